"""Statements from the ledger: the database side of workflows.statement.

Loads a case's claims, fee lines and posted entries plus the interest setup, and hands them to
the pure engine. Nothing is stored: a statement as of any date is recomputed from the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from models import (
    Case,
    CaseParty,
    Claim,
    Client,
    CompanySetup,
    Employee,
    FeeCode,
    FeeLine,
    InterestCode,
    LedgerEntry,
    Party,
    ReferenceRate,
)
from models.enums import AllocationOrder, AllocationTarget, DayCount, EntryType, FeeKind, RateKind
from workflows.statement import (
    CaseInput,
    ClaimInput,
    DebtorShare,
    FeeLineInput,
    InterestCodeSpec,
    RatePoint,
    Statement,
    StatementError,
    compute_statement,
)
from workflows.statement import LedgerEntry as EntryInput


@dataclass
class InterestSetup:
    """Every interest code with its rows, loaded once and reused for many statements."""

    specs: tuple[InterestCodeSpec, ...]
    allocation_order: AllocationOrder
    fee_kinds: dict[str, FeeKind]

    @classmethod
    def load(cls, session: Session) -> InterestSetup:
        references: dict[str, list[RatePoint]] = {}
        for rate in session.scalars(select(ReferenceRate).order_by(ReferenceRate.valid_from)):
            references.setdefault(rate.series, []).append(RatePoint(rate.valid_from, rate.rate_pct))
        specs = []
        codes = session.scalars(select(InterestCode).options(selectinload(InterestCode.rates)))
        for code in codes:
            rows = tuple(
                RatePoint(
                    r.valid_from, r.margin_pct if r.margin_pct is not None else r.fixed_rate_pct
                )
                for r in code.rates
            )
            specs.append(
                InterestCodeSpec(
                    code=code.code,
                    day_count=DayCount(code.day_count),
                    kind=RateKind(code.kind),
                    rate_rows=rows,
                    reference_rates=tuple(references.get(code.reference_series, ())),
                    claims_due_from=code.applies_due_from,
                    claims_due_to=code.applies_due_to,
                )
            )
        company = session.scalars(select(CompanySetup)).one()
        kinds = {f.code: FeeKind(f.kind) for f in session.scalars(select(FeeCode))}
        return cls(tuple(specs), AllocationOrder(company.allocation_order), kinds)


def case_input(session: Session, case: Case, setup: InterestSetup) -> CaseInput:
    claims = [c for c in case.claims if not c.deleted]
    entries = session.scalars(
        select(LedgerEntry).where(LedgerEntry.case_id == case.id).order_by(LedgerEntry.id)
    ).all()
    return CaseInput(
        case_no=case.no,
        claims=tuple(_claim_input(c) for c in claims),
        entries=tuple(_entry_input(e) for e in entries),
        interest_codes=setup.specs,
        fee_lines=tuple(_fee_input(f, setup) for f in case.fee_lines if not f.deleted),
        currency=case.currency,
        allocation_order=setup.allocation_order,
    )


def _claim_input(claim: Claim) -> ClaimInput:
    return ClaimInput(
        claim_id=claim.id,
        claim_no=str(claim.line_no),
        description=claim.description,
        invoice_date=claim.invoice_date,
        interest_code=claim.interest_code,
        due_date=claim.due_date,
        interest_from=claim.interest_from,
        interest_stop=claim.interest_stop,
        fixed_rate_pct=claim.interest_rate_pct,
        debtors=tuple(DebtorShare(d.party_id, d.in_solidum, d.share_pct) for d in claim.debtors),
    )


def _fee_input(line: FeeLine, setup: InterestSetup) -> FeeLineInput:
    return FeeLineInput(
        fee_line_id=line.id,
        claim_id=line.claim_id,
        code=line.fee_code,
        kind=setup.fee_kinds.get(line.fee_code, FeeKind.OTHER),
        posting_date=line.posting_date,
        amount=line.amount,
        vat_amount=line.vat_amount,
        interest_bearing=line.interest_code is not None,
        interest_code=line.interest_code,
        interest_from=line.interest_from,
        fixed_rate_pct=line.interest_rate_pct,
    )


def _entry_input(entry: LedgerEntry) -> EntryInput:
    targets = None
    if entry.allocation_targets:
        targets = tuple(AllocationTarget(t) for t in entry.allocation_targets.split(","))
    return EntryInput(
        entry_id=entry.id,
        posting_date=entry.posting_date,
        entry_type=EntryType(entry.entry_type),
        amount=entry.amount,
        claim_id=entry.claim_id,
        fee_line_id=entry.fee_line_id,
        debtor_party_id=entry.debtor_party_id,
        reverses_entry_id=entry.reverses_entry_id,
        allocation_targets=targets,
        description=entry.description,
    )


def load_case(session: Session, case_id: int) -> Case:
    case = session.scalar(
        select(Case)
        .where(Case.id == case_id)
        .options(
            selectinload(Case.claims).selectinload(Claim.debtors), selectinload(Case.fee_lines)
        )
    )
    if case is None:
        raise NotFound(f"Sagen (id {case_id}) findes ikke.")
    return case


def case_statement(
    session: Session,
    *,
    case_id: int,
    as_of: date,
    debtor_party_id: int | None = None,
    setup: InterestSetup | None = None,
) -> Statement:
    case = load_case(session, case_id)
    if debtor_party_id is not None and not any(
        d.party_id == debtor_party_id for c in case.claims for d in c.debtors
    ):
        raise ValidationError(
            Problem("debitor", "Debitoren hæfter ikke for nogen fordring på sagen.")
        )
    data = case_input(session, case, setup or InterestSetup.load(session))
    try:
        return compute_statement(data, as_of=as_of, debtor_party_id=debtor_party_id)
    except StatementError as exc:
        raise ValidationError(Problem(getattr(exc, "field", "") or "", str(exc))) from exc


def party_id_by_no(session: Session, party_no: str) -> int:
    party_id = session.scalar(select(Party.id).where(Party.no == party_no))
    if party_id is None:
        raise NotFound(f"Part {party_no} findes ikke.")
    return party_id


def statement_pdf(
    session: Session,
    *,
    case_id: int,
    as_of: date,
    target: Path,
    debtor_party_id: int | None = None,
    account: bool = False,
) -> Path:
    """The printable statement (inkassoopgørelse) or the account statement (kontoudtog) as PDF."""
    from workflows.statement.render import (
        LetterContext,
        html_to_pdf,
        render_account_html,
        render_statement_html,
    )

    setup = InterestSetup.load(session)
    case = load_case(session, case_id)
    data = case_input(session, case, setup)
    statement = case_statement(
        session, case_id=case_id, as_of=as_of, debtor_party_id=debtor_party_id, setup=setup
    )
    company = session.scalars(select(CompanySetup)).one()
    client = session.get(Client, case.client_id)
    debtor = _letter_debtor(session, case, debtor_party_id)
    handler = session.get(Employee, case.handler_employee_id) if case.handler_employee_id else None
    iban = company.iban or ""
    letter = LetterContext(
        firm_name=company.company_name,
        firm_address=tuple(
            x
            for x in (company.address, f"{company.postcode or ''} {company.city or ''}".strip())
            if x
        ),
        firm_phone=company.phone or "",
        firm_email=company.email or "",
        firm_cvr=company.cvr or "",
        debtor_name=debtor.name,
        debtor_address=tuple(
            x
            for x in (
                debtor.address,
                debtor.address2,
                f"{debtor.postcode or ''} {debtor.city or ''}".strip(),
            )
            if x
        ),
        client_name=client.name,
        handler=handler.name if handler else "",
        bank_reg_no=iban[4:8] if iban.startswith("DK") else "",
        bank_account_no=iban[8:].lstrip("0") if iban.startswith("DK") else iban,
        letter_date=as_of,
    )
    render = render_account_html if account else render_statement_html
    html_to_pdf(render(data, statement, letter), target)
    return target


def _letter_debtor(session: Session, case: Case, debtor_party_id: int | None) -> Party:
    if debtor_party_id is not None:
        return session.get(Party, debtor_party_id)
    first = session.scalar(
        select(CaseParty.party_id)
        .where(
            CaseParty.case_id == case.id,
            CaseParty.party_type == "DEBITOR",
            CaseParty.removed.is_(False),
        )
        .order_by(CaseParty.id)
    )
    return session.get(Party, first)
