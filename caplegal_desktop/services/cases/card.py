"""Everything the case card shows: FastTabs (general, claims, follow-ups, contacts) and FactBoxes
(case entries with their drill-down lines, statistics, optional fields, notes), plus history."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from caplegal_desktop.errors import NotFound, ServiceError
from caplegal_desktop.services import office
from models import (
    Case,
    CaseHistory,
    CaseType,
    Claim,
    Client,
    CourtDistrict,
    Employee,
    FeeCode,
    FeeLine,
    LedgerEntry,
    Note,
    OptionalFieldDef,
    OptionalFieldValue,
    Party,
)
from models.enums import EntryType
from models.ledger_sign import REDUCING_TYPES
from models.money import ZERO, round_ore

# The Case entries FactBox, top to bottom; "balance" is the total debt.
ENTRY_FIGURES = ("principal", "interest", "fees", "salary", "costs", "paid", "balance")
_TYPES_OF_FIGURE = {
    "principal": (EntryType.PRINCIPAL,),
    "interest": (EntryType.INTEREST,),
    "fees": (EntryType.FEE,),
    "salary": (EntryType.SALARY,),
    "costs": (EntryType.DISBURSEMENT,),
    "paid": (EntryType.PAYMENT, EntryType.CREDIT, EntryType.WRITE_OFF),
}


@dataclass(frozen=True)
class CardGeneral:
    case_id: int
    case_no: str
    case_type: str
    case_type_description: str
    regarding: str | None
    status: str
    stage: str
    client_no: str
    client_name: str
    responsible: str | None
    handler: str | None
    team: str | None
    legal_department: str | None
    salary_code: str | None
    currency: str
    created_on: date
    created_by: str
    narrative: str | None


@dataclass(frozen=True)
class CardClaim:
    claim_id: int
    claim_no: int
    description: str
    invoice_date: date
    principal: Decimal
    registered_principal: Decimal
    interest_code: str
    interest_rate_pct: Decimal | None
    interest_from: date
    debtors: str  # "P0000001, P0000002 (50 %)"
    invoice_no: str | None = None
    due_date: date | None = None
    ocr: str | None = None
    customer_no: str | None = None
    version: int = 0  # an adjustment names it: a claim changed meanwhile is refused


@dataclass(frozen=True)
class CardContact:
    party_id: int | None
    no: str
    name: str
    party_type: str  # DEBITOR, RETSKREDS, FOGEDRET ...
    address: str
    regarding_party: str | None


@dataclass(frozen=True)
class CardFollowUp:
    due: date
    activity: str
    employee: str | None


@dataclass(frozen=True)
class CaseCard:
    general: CardGeneral
    claims: tuple[CardClaim, ...]
    follow_ups: tuple[CardFollowUp, ...]
    contacts: tuple[CardContact, ...]
    court_district_code: str | None
    municipality: str | None


@dataclass(frozen=True)
class FigureLine:
    day: date
    text: str
    amount: Decimal
    entry_id: int | None = None


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    user: str
    kind: str
    action: str
    detail: str | None


def case_card(session: Session, *, case_id: int) -> CaseCard:
    office.require_case(session, case_id)
    case = session.scalar(
        select(Case)
        .where(Case.id == case_id)
        .options(selectinload(Case.parties), selectinload(Case.claims).selectinload(Claim.debtors))
    )
    if case is None:
        raise NotFound(f"Sag med id {case_id} findes ikke.")
    client = session.get(Client, case.client_id)
    case_type = session.get(CaseType, case.case_type_code)
    initials = _initials(session, case.responsible_employee_id, case.handler_employee_id)
    party_ids = {cp.party_id for cp in case.parties} | {
        d.party_id for c in case.claims for d in c.debtors
    }
    parties = {p.id: p for p in session.scalars(select(Party).where(Party.id.in_(party_ids)))}
    general = CardGeneral(
        case_id=case.id,
        case_no=case.no,
        case_type=case.case_type_code,
        case_type_description=case_type.description if case_type else "",
        regarding=case.regarding,
        status=case.status,
        stage=case.stage,
        client_no=client.no,
        client_name=client.name,
        responsible=initials.get(case.responsible_employee_id),
        handler=initials.get(case.handler_employee_id),
        team=case.team,
        legal_department=case.legal_department,
        salary_code=case.salary_code,
        currency=case.currency,
        created_on=case.created_on,
        created_by=case.created_by,
        narrative=case.narrative,
    )
    claims = tuple(
        CardClaim(
            claim_id=c.id,
            claim_no=c.line_no,
            description=c.description,
            invoice_date=c.invoice_date,
            principal=c.principal,
            registered_principal=c.registered_principal,
            interest_code=c.interest_code,
            interest_rate_pct=c.interest_rate_pct,
            interest_from=c.interest_from,
            debtors=", ".join(
                parties[d.party_id].name + ("" if d.in_solidum else f" ({_pct(d.share_pct)} %)")
                for d in c.debtors
            ),
            invoice_no=c.invoice_no,
            due_date=c.due_date,
            ocr=c.ocr,
            customer_no=c.customer_no,
            version=c.version or 0,
        )
        for c in case.claims
        if not c.deleted
    )
    contacts = [
        CardContact(
            cp.party_id,
            parties[cp.party_id].no,
            parties[cp.party_id].name,
            cp.party_type,
            _address(parties[cp.party_id]),
            cp.regarding_party,
        )
        for cp in case.parties
        if not cp.removed
    ]
    contacts += _court_contacts(session, case.court_district_code)
    return CaseCard(
        general=general,
        claims=claims,
        follow_ups=_open_follow_ups(session, case.id),
        contacts=tuple(contacts),
        court_district_code=case.court_district_code,
        municipality=case.municipality,
    )


def _open_follow_ups(session: Session, case_id: int) -> tuple[CardFollowUp, ...]:
    """Fremnoteringer not yet executed (the Follow-ups FastTab shows only those)."""
    try:
        from caplegal_desktop.services.follow_ups import case_follow_ups
    except ImportError:  # the activity workflows are not installed
        return ()
    rows = case_follow_ups(session, case_id=case_id)
    return tuple(
        CardFollowUp(r.due_date, r.description, r.responsible) for r in rows if r.status == "open"
    )


def _pct(value: Decimal | None) -> str:
    return f"{(value or ZERO).normalize():f}".replace(".", ",")


def _initials(session: Session, *ids: int | None) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(select(Employee.id, Employee.initials).where(Employee.id.in_(wanted)))
    return dict(rows.all())


def _address(party: Party) -> str:
    town = " ".join(p for p in (party.postcode, party.city) if p)
    return ", ".join(p for p in (party.address, town) if p)


def _court_contacts(session: Session, code: str | None) -> list[CardContact]:
    court = session.get(CourtDistrict, code) if code else None
    if court is None:
        return []
    town = " ".join(p for p in (court.postcode, court.city) if p)
    address = ", ".join(p for p in (court.address, town) if p)
    return [
        CardContact(None, court.code, court.name, "RETSKREDS", address, None),
        CardContact(None, court.code, court.bailiff_court_name, "FOGEDRET", address, None),
    ]


# --- the Case entries FactBox -------------------------------------------------------------------
def _statement_service():
    try:
        module = importlib.import_module("caplegal_desktop.services.statements")
    except ImportError:
        return None
    return getattr(module, "case_statement", None)


def _statement_totals(
    session: Session, case_id: int, as_of: date, debtor_party_id: int | None = None
):
    """The statement engine's totals, or None when it is not installed or refuses the case
    (the FactBox then shows the posted entries by type)."""
    statement_fn = _statement_service()
    if statement_fn is None:
        return None
    try:
        return statement_fn(
            session, case_id=case_id, as_of=as_of, debtor_party_id=debtor_party_id
        ).totals
    except ServiceError:
        return None


def entry_figures(
    session: Session, *, case_id: int, as_of: date, debtor_party_id: int | None = None
) -> dict[str, Decimal]:
    """principal, interest, fees, salary, costs, paid and balance of the case as of a date (of
    one debtor's share when given, else in solidum): from the statement engine when it is
    installed, else the posted entries by type."""
    totals = _statement_totals(session, case_id, as_of, debtor_party_id)
    if totals is not None:
        return {figure: totals.amount(figure) for figure in ENTRY_FIGURES}
    sums = dict(
        session.execute(
            select(LedgerEntry.entry_type, func.sum(LedgerEntry.amount))
            .where(LedgerEntry.case_id == case_id, LedgerEntry.posting_date <= as_of)
            .group_by(LedgerEntry.entry_type)
        ).all()
    )
    figures = {
        figure: round_ore(sum((Decimal(sums.get(t) or 0) for t in types), ZERO))
        for figure, types in _TYPES_OF_FIGURE.items()
    }
    debt = sum((figures[f] for f in ("principal", "interest", "fees", "salary", "costs")), ZERO)
    figures["balance"] = debt - figures["paid"]
    return figures


def figure_lines(session: Session, *, case_id: int, figure: str, as_of: date) -> list[FigureLine]:
    """The lines behind one figure of entry_figures; their amounts sum to it."""
    totals = _statement_totals(session, case_id, as_of)
    if totals is not None:
        return [
            FigureLine(s.day, s.text, s.amount, s.entry_id) for s in totals.specification(figure)
        ]
    types = (
        [t for f in _TYPES_OF_FIGURE.values() for t in f]
        if figure == "balance"
        else list(_TYPES_OF_FIGURE[figure])
    )
    entries = session.scalars(
        select(LedgerEntry)
        .where(
            LedgerEntry.case_id == case_id,
            LedgerEntry.posting_date <= as_of,
            LedgerEntry.entry_type.in_(types),
        )
        .order_by(LedgerEntry.posting_date, LedgerEntry.id)
    )
    lines = []
    for entry in entries:
        reduces = figure == "balance" and entry.entry_type in REDUCING_TYPES
        lines.append(
            FigureLine(
                entry.posting_date,
                entry.description,
                -entry.amount if reduces else entry.amount,
                entry.id,
            )
        )
    return lines


# --- Case statistics, optional fields, notes, history -------------------------------------------
def case_statistics(session: Session, *, case_id: int, today: date) -> dict[str, object]:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"Sag med id {case_id} findes ikke.")
    payments = session.execute(
        select(func.count(LedgerEntry.id), func.max(LedgerEntry.posting_date)).where(
            LedgerEntry.case_id == case_id, LedgerEntry.entry_type == EntryType.PAYMENT
        )
    ).one()
    claims = session.scalar(
        select(func.count(Claim.id)).where(Claim.case_id == case_id, Claim.deleted.is_(False))
    )
    return {
        "created_on": case.created_on,
        "days_open": (today - case.created_on).days,
        "claims": claims or 0,
        "payments": payments[0] or 0,
        "last_payment": payments[1],
        "entries": session.scalar(
            select(func.count(LedgerEntry.id)).where(LedgerEntry.case_id == case_id)
        )
        or 0,
    }


def optional_fields(session: Session, *, case_id: int) -> list[tuple[str, str]]:
    """(label, value) of every optional field; empty value when the case has none."""
    values = dict(
        session.execute(
            select(OptionalFieldValue.field_code, OptionalFieldValue.value).where(
                OptionalFieldValue.case_id == case_id
            )
        ).all()
    )
    defs = session.scalars(select(OptionalFieldDef).order_by(OptionalFieldDef.label))
    return [(d.label, values.get(d.code) or "") for d in defs]


def notes(session: Session, *, case_id: int) -> list[tuple[datetime, str, str]]:
    rows = session.scalars(
        select(Note).where(Note.case_id == case_id).order_by(Note.created_at.desc())
    )
    return [(n.created_at, n.created_by, n.text) for n in rows]


def case_history(session: Session, *, case_id: int) -> list[HistoryLine]:
    rows = session.scalars(
        select(CaseHistory)
        .where(CaseHistory.case_id == case_id)
        .order_by(CaseHistory.at.desc(), CaseHistory.id.desc())
    )
    return [HistoryLine(h.at, h.user, h.kind, h.action, h.detail) for h in rows]


@dataclass(frozen=True)
class CardFeeLine:
    fee_line_id: int
    claim_id: int | None
    fee_code: str
    description: str
    posting_date: date
    basis: Decimal | None
    amount: Decimal  # incl. VAT
    vat_pct: Decimal
    vat_amount: Decimal
    # the terms the adjust window edits (registered basis, interest, plan and ÅOP flags)
    registered_basis: Decimal | None = None
    interest_code: str | None = None
    interest_rate_pct: Decimal | None = None
    interest_from: date | None = None
    interest_bearing_in_plan: bool = False
    apr_included: bool = False


def fee_lines(session: Session, *, case_id: int) -> list[CardFeeLine]:
    """The case's fee and salary lines that are not deleted, per claim first, then per case."""
    rows = session.execute(
        select(FeeLine, FeeCode.description)
        .join(FeeCode, FeeCode.code == FeeLine.fee_code)
        .where(FeeLine.case_id == case_id, FeeLine.deleted.is_(False))
        .order_by(FeeLine.claim_id.is_(None), FeeLine.claim_id, FeeLine.id)
    ).all()
    return [
        CardFeeLine(
            f.id,
            f.claim_id,
            f.fee_code,
            description,
            f.posting_date,
            f.basis,
            f.amount,
            f.vat_pct,
            f.vat_amount,
            f.registered_basis,
            f.interest_code,
            f.interest_rate_pct,
            f.interest_from,
            f.interest_bearing_in_plan,
            f.apr_included,
        )
        for f, description in rows
    ]
