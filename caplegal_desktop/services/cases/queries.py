"""Reading cases: the detail behind `caplegal case show` and the case card."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased

from caplegal_desktop.errors import NotFound
from caplegal_desktop.services import office
from caplegal_desktop.services.shared.case_refs import case_id_by_no  # noqa: F401
from models import (
    Case,
    CaseParty,
    Claim,
    ClaimDebtor,
    Client,
    Employee,
    FeeLine,
    LedgerEntry,
    Party,
)
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


# The case card's and the portal's case page's reads, built once: a page reads them on every
# view, and building a statement costs SQLAlchemy more than SQLite takes to answer it.
_responsible, _handler = aliased(Employee), aliased(Employee)
_CASE_ROW = (
    select(Case.id, Case.no, Case.case_type_code, Case.status, Case.regarding, Case.currency,
           Case.created_on, Client.no, Client.name, _responsible.initials, _handler.initials,
           Case.court_district_code, Case.payment_id)
    .join(Client, Client.id == Case.client_id)
    .outerjoin(_responsible, _responsible.id == Case.responsible_employee_id)
    .outerjoin(_handler, _handler.id == Case.handler_employee_id)
    .where(Case.no == bindparam("case_no"))
)  # fmt: skip
_PARTIES = (
    select(Party.id, Party.no, Party.name, Party.kind, CaseParty.party_type, Party.address,
           Party.postcode, Party.city, Party.in_debt_restructuring, Party.deceased,
           Party.in_bankruptcy, CaseParty.removed)
    .join(Party, Party.id == CaseParty.party_id)
    .where(CaseParty.case_id == bindparam("case_id"))
    .order_by(CaseParty.id)
)  # fmt: skip
_CLAIMS = (
    select(Claim.id, Claim.line_no, Claim.description, Claim.invoice_no, Claim.invoice_date,
           Claim.due_date, Claim.principal, Claim.interest_code, Claim.interest_rate_pct,
           Claim.interest_from, Claim.deleted)
    .where(Claim.case_id == bindparam("case_id"))
    .order_by(Claim.line_no)
)  # fmt: skip
_CLAIM_DEBTORS = (
    select(ClaimDebtor.claim_id, ClaimDebtor.party_id, ClaimDebtor.in_solidum,
           ClaimDebtor.share_pct)
    .join(Claim, Claim.id == ClaimDebtor.claim_id)
    .where(Claim.case_id == bindparam("case_id"))
    .order_by(ClaimDebtor.id)
)  # fmt: skip
_FEE_LINES = (
    select(FeeLine.fee_code, FeeLine.claim_id, FeeLine.posting_date, FeeLine.amount,
           FeeLine.vat_amount)
    .where(FeeLine.case_id == bindparam("case_id"), FeeLine.deleted.is_(False))
    .order_by(FeeLine.id)
)  # fmt: skip
_LEDGER_TOTALS = (
    select(LedgerEntry.entry_type, func.sum(LedgerEntry.amount))
    .where(LedgerEntry.case_id == bindparam("case_id"))
    .group_by(LedgerEntry.entry_type)
)


def get_case_detail(session: Session, case_no: str) -> CaseDetail:
    session.flush()  # the reads below go to the connection: what this unit of work changed first
    connection = session.connection()
    row = connection.execute(_CASE_ROW, {"case_no": case_no}).first()
    office.require_case(session, row[0] if row else None, case_no=case_no)
    if row is None:
        raise NotFound(f"Sag {case_no} findes ikke.")
    case_id = row[0]
    key = {"case_id": case_id}
    parties = connection.execute(_PARTIES, key).all()
    party_no = {p[0]: p[1] for p in parties}
    debtors: dict[int, list[str]] = {}
    for claim_id, party_id, in_solidum, share_pct in connection.execute(_CLAIM_DEBTORS, key):
        if party_id in party_no:
            debtors.setdefault(claim_id, []).append(
                f"{party_no[party_id]}" + ("" if in_solidum else f" ({share_pct}%)")
            )
    claims = connection.execute(_CLAIMS, key).all()
    claim_no = {c[0]: c[1] for c in claims}
    totals = dict(connection.execute(_LEDGER_TOTALS, key).all())
    return CaseDetail(
        case_id=case_id,
        case_no=row[1],
        case_type=row[2],
        status=row[3],
        regarding=row[4],
        currency=row[5],
        created_on=row[6],
        client_no=row[7],
        client_name=row[8],
        responsible=row[9],
        handler=row[10],
        court_district=row[11],
        payment_id=row[12],
        parties=tuple(_party_line(p) for p in parties if not p[11]),
        claims=tuple(
            ClaimLine(
                claim_no=c[1],
                description=c[2],
                invoice_no=c[3],
                invoice_date=c[4],
                due_date=c[5],
                principal=c[6],
                interest_code=c[7],
                interest_rate_pct=c[8],
                interest_from=c[9],
                debtors=tuple(debtors.get(c[0], ())),
            )
            for c in claims
            if not c[10]
        ),
        fees=tuple(
            FeeLineView(code, claim_no.get(claim_id), day, amount, vat)
            for code, claim_id, day, amount, vat in connection.execute(_FEE_LINES, key)
        ),
        ledger_totals={k: v or ZERO for k, v in totals.items()},
    )


def _party_line(row) -> PartyLine:
    _id, no, name, kind, party_type, address, postcode, city, restructuring, deceased, bankrupt = (
        row[:11]
    )
    flags = tuple(
        label
        for label, on in (
            ("gældssanering", restructuring),
            ("afdød", deceased),
            ("konkurs", bankrupt),
        )
        if on
    )
    return PartyLine(no, name, kind, party_type, address, postcode, city, flags)


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
