"""What create_case will add as fees and salary, shown in the claims window before saving."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services.cases.intake import fee_amounts, fee_requests
from caplegal_desktop.services.cases.requests import NewCase
from caplegal_desktop.services.master_data import SetupSnapshot
from models import Client, Party
from models.enums import FeeLevel


@dataclass(frozen=True)
class FeePreview:
    fee_code: str
    description: str
    level: str  # models.enums.FeeLevel
    claim_index: int | None
    basis: Decimal | None
    amount_ex_vat: Decimal
    vat_pct: Decimal
    vat_amount: Decimal
    amount: Decimal  # incl. VAT
    posting_date: date
    interest_bearing_in_plan: bool
    apr_included: bool


@dataclass(frozen=True)
class _ClientTerms:
    use_compensation_fee: bool
    salary_code: str | None
    currency: str | None
    vat_registered: bool


@dataclass(frozen=True)
class _DebtorKind:
    kind: str


def preview_fees(
    session: Session, request: NewCase, *, setup: SetupSnapshot, today: date | None = None
) -> list[FeePreview]:
    """The fee lines create_case would write for `request` (claims without a principal or an
    invoice date are left out); nothing is written."""
    claims = [c for c in request.claims if c.principal and c.invoice_date]
    if not claims:
        return []
    request_for_preview = NewCase(**{**request.__dict__, "claims": claims})
    client = _client_terms(session, request, setup)
    if request.vat_registered is not None:
        client = _ClientTerms(
            client.use_compensation_fee,
            client.salary_code,
            client.currency,
            request.vat_registered,
        )
    debtors = [_debtor_kind(session, d) for d in request.debtors]
    fees = fee_requests(request_for_preview, claims, debtors, client, setup)
    posting_date = request.created_on or today or date.today()
    previews = []
    for fee in fees:
        if fee.fee_code not in setup.fee_codes:
            continue
        code = setup.fee_codes[fee.fee_code]
        if code.level == FeeLevel.CLAIM and fee.claim_index is None:
            continue
        ex_vat, vat_pct, amount, vat = fee_amounts(
            fee, claims, setup, client_vat_registered=client.vat_registered
        )
        previews.append(
            FeePreview(
                fee_code=code.code,
                description=code.description,
                level=code.level,
                claim_index=fee.claim_index,
                basis=fee.basis,
                amount_ex_vat=ex_vat,
                vat_pct=vat_pct,
                vat_amount=vat,
                amount=amount,
                posting_date=fee.posting_date or posting_date,
                interest_bearing_in_plan=code.interest_bearing_in_plan,
                apr_included=code.apr_included,
            )
        )
    return previews


def _client_terms(session: Session, request: NewCase, setup: SetupSnapshot) -> _ClientTerms:
    if request.client.no:
        client = session.scalar(select(Client).where(Client.no == request.client.no))
        if client is not None:
            return _ClientTerms(
                client.use_compensation_fee,
                client.salary_code,
                client.currency,
                client.vat_registered,
            )
    # A new client gets what parties.create_client gives it
    vat_registered = request.client.vat_registered
    return _ClientTerms(
        True,
        setup.company.default_salary_code,
        setup.company.currency,
        True if vat_registered is None else vat_registered,
    )


def _debtor_kind(session: Session, party_input) -> _DebtorKind:
    if party_input.no:
        kind = session.scalar(select(Party.kind).where(Party.no == party_input.no))
        if kind:
            return _DebtorKind(kind)
    return _DebtorKind(party_input.kind)
