"""Reading cases: the detail behind `caplegal case show` and the case card."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from caplegal_desktop.errors import NotFound
from caplegal_desktop.services import office
from caplegal_desktop.services.shared.case_refs import case_id_by_no  # noqa: F401
from models import Case, CaseParty, Claim, Client, Employee, LedgerEntry, Party
from models.money import ZERO


@dataclass(frozen=True)
class PartyLine:
    no: str
    name: str
    kind: str
    party_type: str
    address: str | None
    postcode: str | None
    city: str | None
    flags: tuple[str, ...]


@dataclass(frozen=True)
class ClaimLine:
    claim_no: int
    description: str
    invoice_no: str | None
    invoice_date: date
    due_date: date | None
    principal: Decimal
    interest_code: str
    interest_rate_pct: Decimal | None
    interest_from: date
    debtors: tuple[str, ...]


@dataclass(frozen=True)
class FeeLineView:
    fee_code: str
    claim_no: int | None
    posting_date: date
    amount: Decimal
    vat_amount: Decimal


@dataclass(frozen=True)
class CaseDetail:
    case_id: int
    case_no: str
    case_type: str
    status: str
    regarding: str | None
    currency: str
    created_on: date
    client_no: str
    client_name: str
    responsible: str | None
    handler: str | None
    court_district: str | None
    parties: tuple[PartyLine, ...]
    claims: tuple[ClaimLine, ...]
    fees: tuple[FeeLineView, ...]
    ledger_totals: dict[str, Decimal]
    payment_id: str | None = None  # the betalings-id our letters print

    def to_json_dict(self) -> dict:
        return _jsonable(asdict(self))


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def get_case_detail(session: Session, case_no: str) -> CaseDetail:
    case = session.scalar(
        select(Case)
        .where(Case.no == case_no)
        .options(
            selectinload(Case.parties),
            selectinload(Case.claims).selectinload(Claim.debtors),
            selectinload(Case.fee_lines),
        )
    )
    office.require_case(session, case.id if case else None, case_no=case_no)
    if case is None:
        raise NotFound(f"Sag {case_no} findes ikke.")
    client = session.get(Client, case.client_id)
    party_ids = {cp.party_id for cp in case.parties}
    parties = {p.id: p for p in session.scalars(select(Party).where(Party.id.in_(party_ids)))}
    employees = {
        e.id: e.initials
        for e in session.scalars(
            select(Employee).where(
                Employee.id.in_([case.responsible_employee_id, case.handler_employee_id])
            )
        )
    }
    claim_no = {c.id: c.line_no for c in case.claims}
    totals = dict(
        session.execute(
            select(LedgerEntry.entry_type, func.sum(LedgerEntry.amount))
            .where(LedgerEntry.case_id == case.id)
            .group_by(LedgerEntry.entry_type)
        ).all()
    )
    return CaseDetail(
        case_id=case.id,
        case_no=case.no,
        case_type=case.case_type_code,
        status=case.status,
        regarding=case.regarding,
        currency=case.currency,
        created_on=case.created_on,
        client_no=client.no,
        client_name=client.name,
        responsible=employees.get(case.responsible_employee_id),
        handler=employees.get(case.handler_employee_id),
        court_district=case.court_district_code,
        payment_id=case.payment_id,
        parties=tuple(
            _party_line(parties[cp.party_id], cp) for cp in case.parties if not cp.removed
        ),
        claims=tuple(
            ClaimLine(
                claim_no=c.line_no,
                description=c.description,
                invoice_no=c.invoice_no,
                invoice_date=c.invoice_date,
                due_date=c.due_date,
                principal=c.principal,
                interest_code=c.interest_code,
                interest_rate_pct=c.interest_rate_pct,
                interest_from=c.interest_from,
                debtors=tuple(
                    f"{parties[d.party_id].no}" + ("" if d.in_solidum else f" ({d.share_pct}%)")
                    for d in c.debtors
                    if d.party_id in parties
                ),
            )
            for c in case.claims
            if not c.deleted
        ),
        fees=tuple(
            FeeLineView(
                f.fee_code, claim_no.get(f.claim_id), f.posting_date, f.amount, f.vat_amount
            )
            for f in case.fee_lines
            if not f.deleted
        ),
        ledger_totals={k: v or ZERO for k, v in totals.items()},
    )


def _party_line(party: Party, case_party: CaseParty) -> PartyLine:
    flags = tuple(
        label
        for label, on in (
            ("gældssanering", party.in_debt_restructuring),
            ("afdød", party.deceased),
            ("konkurs", party.in_bankruptcy),
        )
        if on
    )
    return PartyLine(
        party.no,
        party.name,
        party.kind,
        case_party.party_type,
        party.address,
        party.postcode,
        party.city,
        flags,
    )


@dataclass(frozen=True)
class RecentCase:
    case_no: str
    client_name: str
    created_on: date
    status: str


def recent_cases(session: Session, *, limit: int = 10) -> list[RecentCase]:
    """The newest cases the acting user may see (a Klient user: their client's)."""
    query = (
        select(Case.no, Client.name, Case.created_on, Case.status)
        .join(Client, Client.id == Case.client_id)
        .order_by(Case.created_on.desc(), Case.id.desc())
        .limit(limit)
    )
    scope = office.case_scope(office.current_actor(session), Case)
    if scope is not None:
        query = query.where(scope)
    return [RecentCase(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class ScopedFigures:
    cases: int
    active: int
    created_today: int


def scoped_case_figures(session: Session, *, today: date | None = None) -> ScopedFigures:
    """How many cases the acting user may see, how many are active, how many came in today."""
    today = today or date.today()
    query = select(
        func.count(Case.id),
        func.sum(sql_case((Case.status == "active", 1), else_=0)),
        func.sum(sql_case((Case.created_on == today, 1), else_=0)),
    )
    scope = office.case_scope(office.current_actor(session), Case)
    if scope is not None:
        query = query.where(scope)
    count, active, created = session.execute(query).one()
    return ScopedFigures(int(count or 0), int(active or 0), int(created or 0))


def client_no_of(session: Session, client_id: int) -> str:
    """The client number of a client id (an API token's client registers cases under it)."""
    number = session.scalar(select(Client.no).where(Client.id == client_id))
    if number is None:
        raise NotFound("Klienten findes ikke.")
    return number
