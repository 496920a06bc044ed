"""List pages: ids first (cheap, sorted, filtered), rows in blocks by id (see ui's lazy models)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import String, and_, case, cast, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from caplegal_desktop.services import office
from caplegal_desktop.services.shared.text_filter import filter_words, matching_ids
from models import (
    Case,
    CaseParty,
    CaseType,
    Client,
    CourtDistrict,
    Employee,
    FeeCode,
    InterestCode,
    LedgerEntry,
    Party,
    TariffCode,
)
from models.ledger_sign import DEBT_TYPES
from models.money import ZERO, round_ore
from workflows.text_fold import fold


def signed_amount():
    """The entry's effect on the debt (+ raises, - reduces) as an SQL expression."""
    return case(
        (LedgerEntry.entry_type.in_([str(t) for t in DEBT_TYPES]), LedgerEntry.amount),
        else_=-LedgerEntry.amount,
    )


def _first_debtor_id():
    return (
        select(func.min(CaseParty.party_id))
        .where(
            CaseParty.case_id == Case.id,
            CaseParty.party_type == "DEBITOR",
            CaseParty.removed.is_(False),
        )
        .correlate(Case)
        .scalar_subquery()
    )


def _folded_match(texts, words: list[str]) -> bool:
    """Every word somewhere in the folded texts (the small setup lists are filtered here)."""
    haystack = fold(" ".join(t for t in texts if t))
    return all(word in haystack for word in words)


# ---------------------------------------------------------------- cases
@dataclass(frozen=True)
class CaseRow:
    no: str
    client_name: str
    debtor_name: str
    created_on: date
    status: str
    handler: str | None
    outstanding: Decimal
    # Limitation and objections (docs/limitation.md): "disputed" (an open objection),
    # "time_barred" (a claim time-barred today), both joined by "+", or "" when neither.
    marks: str = ""


def case_marks(session: Session, ids: list[int], *, today: date | None = None) -> dict[int, str]:
    """The marks of the listed cases: open objections and claims time-barred as of today."""
    from caplegal_desktop.services.limitation import disputed_reasons, time_barred_reasons

    disputed = disputed_reasons(session, ids)
    barred = time_barred_reasons(session, ids, as_of=today or date.today())
    return {
        case_id: "+".join(
            mark
            for mark, found in (("disputed", disputed), ("time_barred", barred))
            if case_id in found
        )
        for case_id in ids
    }


def case_ids(
    session: Session,
    *,
    filter_text: str = "",
    sort_key: str | None = None,
    descending: bool = False,
    view: str | None = None,
    today: date | None = None,
) -> list[int]:
    """`view` narrows the list as the Role Center's cues count: "created_today", "active",
    "favourites" (None: all cases)."""
    scope = office.case_scope(office.require(session, office.CASE_READ), Case)
    query = select(Case.id) if scope is None else select(Case.id).where(scope)
    if view == "created_today":
        query = query.where(Case.created_on == (today or date.today()))
    elif view == "active":
        query = query.where(Case.status == "active")
    elif view == "favourites":
        query = query.where(Case.favourite.is_(True))
    elif view is not None:
        raise ValueError(f"unknown case view: {view!r}")
    words = filter_words(filter_text)
    if words:  # case no., client, debtors and their contacts, e-mails, phone numbers
        query = query.where(Case.id.in_(matching_ids(session, "case_search", words)))
    order = {
        None: Case.no,
        "no": Case.no,
        "created_on": Case.created_on,
        "status": Case.status,
        "client_name": select(Client.name)
        .where(Client.id == Case.client_id)
        .correlate(Case)
        .scalar_subquery(),
        "handler": select(Employee.initials)
        .where(Employee.id == Case.handler_employee_id)
        .correlate(Case)
        .scalar_subquery(),
        "debtor_name": select(Party.name)
        .where(Party.id == _first_debtor_id())
        .correlate(Case)
        .scalar_subquery(),
        "outstanding": select(func.coalesce(func.sum(signed_amount()), 0))
        .where(LedgerEntry.case_id == Case.id)
        .correlate(Case)
        .scalar_subquery(),
    }.get(sort_key, Case.no)
    query = query.order_by(order.desc() if descending else order, Case.id)
    return list(session.scalars(query))


def case_rows(session: Session, *, ids: list[int]) -> dict[int, CaseRow]:
    if not ids:
        return {}
    scope = office.case_scope(office.require(session, office.CASE_READ), Case)
    debtor = _first_debtor_id().label("debtor_id")
    rows = session.execute(
        select(
            Case.id, Case.no, Client.name, Case.created_on, Case.status, Employee.initials, debtor
        )
        .join(Client, Client.id == Case.client_id)
        .outerjoin(Employee, Employee.id == Case.handler_employee_id)
        .where(Case.id.in_(ids), *(() if scope is None else (scope,)))
    ).all()
    ids = [r.id for r in rows]
    debtor_names = dict(
        session.execute(
            select(Party.id, Party.name).where(Party.id.in_({r.debtor_id for r in rows}))
        ).all()
    )
    balances = dict(
        session.execute(
            select(LedgerEntry.case_id, func.sum(signed_amount()))
            .where(LedgerEntry.case_id.in_(ids))
            .group_by(LedgerEntry.case_id)
        ).all()
    )
    marks = case_marks(session, ids)
    return {
        r.id: CaseRow(
            r.no,
            r.name,
            debtor_names.get(r.debtor_id, ""),
            r.created_on,
            r.status,
            r.initials,
            round_ore(Decimal(balances.get(r.id) or ZERO)),
            marks.get(r.id, ""),
        )
        for r in rows
    }


def case_factbox(session: Session, *, record_id: int, as_of: date | None = None) -> dict:
    """The selected case's figures as of today, from the statement engine (interest included)."""
    from caplegal_desktop.services.statements import case_totals

    office.require_case(session, record_id)
    case_ = session.get(Case, record_id)
    totals = case_totals(session, case_id=record_id, as_of=as_of or date.today())
    handler = (
        session.get(Employee, case_.handler_employee_id) if case_.handler_employee_id else None
    )
    return {
        "principal": totals.principal,
        "interest": totals.interest,
        "costs": totals.fees + totals.salary + totals.costs,
        "paid": totals.paid,
        "total": totals.balance,
        "regarding": case_.regarding,
        "handler": handler.initials if handler else None,
    }


# ---------------------------------------------------------------- clients
@dataclass(frozen=True)
class ClientRow:
    no: str
    name: str
    city: str | None
    cvr: str | None
    vat_registered: bool


_CLIENT_SORT = {
    "no": Client.no,
    "name": Client.name,
    "city": Client.city,
    "cvr": Client.cvr,
    "vat_registered": Client.vat_registered,
}


def client_ids(
    session: Session,
    *,
    filter_text: str = "",
    sort_key: str | None = None,
    descending: bool = False,
) -> list[int]:
    query = select(Client.id)
    words = filter_words(filter_text)
    if words:  # no., name, CVR, address, e-mail
        query = query.where(Client.id.in_(matching_ids(session, "client_search", words)))
    order = _CLIENT_SORT.get(sort_key, Client.no)
    return list(session.scalars(query.order_by(order.desc() if descending else order, Client.id)))


def client_rows(session: Session, *, ids: list[int]) -> dict[int, ClientRow]:
    return {
        c.id: ClientRow(c.no, c.name, c.city, c.cvr, c.vat_registered)
        for c in session.scalars(select(Client).where(Client.id.in_(ids)))
    }


def client_factbox(session: Session, *, record_id: int) -> dict:
    cases = session.scalar(select(func.count(Case.id)).where(Case.client_id == record_id))
    active = session.scalar(
        select(func.count(Case.id)).where(
            and_(Case.client_id == record_id, Case.status == "active")
        )
    )
    return {"cases": cases, "active_cases": active}


# ---------------------------------------------------------------- parties
@dataclass(frozen=True)
class PartyRow:
    no: str
    name: str
    party_type: str
    postcode: str | None
    city: str | None
    cpr_cvr: str | None
    email: str | None


_PARTY_SORT = {
    "no": Party.no,
    "name": Party.name,
    "party_type": Party.party_type,
    "postcode": Party.postcode,
    "city": Party.city,
    "email": Party.email,
    "cpr_cvr": func.coalesce(Party.cpr, Party.cvr),
}


def party_ids(
    session: Session,
    *,
    filter_text: str = "",
    sort_key: str | None = None,
    descending: bool = False,
) -> list[int]:
    query = select(Party.id)
    words = filter_words(filter_text)
    if words:  # no., names, address, e-mail, customer no., phone, contacts; CPR/CVR from 6 digits
        conditions = [Party.id.in_(matching_ids(session, "party_search", words))]
        digits = "".join(ch for ch in filter_text if ch.isascii() and ch.isdigit())
        if len(digits) >= 6:
            conditions += [Party.cpr.startswith(digits), Party.cvr.startswith(digits)]
        query = query.where(or_(*conditions))
    order = _PARTY_SORT.get(sort_key, Party.no)
    return list(session.scalars(query.order_by(order.desc() if descending else order, Party.id)))


def party_rows(session: Session, *, ids: list[int]) -> dict[int, PartyRow]:
    return {
        p.id: PartyRow(
            p.no,
            p.name,
            p.party_type,
            p.postcode,
            p.city,
            _masked_cpr(p.cpr) if p.cpr else p.cvr,
            p.email,
        )
        for p in session.scalars(select(Party).where(Party.id.in_(ids)))
    }


def _masked_cpr(cpr: str) -> str:
    """CPR numbers are shown as DDMMYY-XXXX in lists (the full number only on the card)."""
    return f"{cpr[:6]}-XXXX"


# ---------------------------------------------------------------- employees
@dataclass(frozen=True)
class EmployeeRow:
    initials: str
    name: str
    function: str | None
    team: str | None


def employee_ids(
    session: Session,
    *,
    filter_text: str = "",
    sort_key: str | None = None,
    descending: bool = False,
) -> list[int]:
    query = select(Employee.id)
    words = filter_words(filter_text)
    if words:  # a few dozen rows: folded and compared here
        rows = session.execute(select(Employee.id, Employee.name, Employee.initials))
        query = query.where(Employee.id.in_([r.id for r in rows if _folded_match(r[1:], words)]))
    order = {
        "initials": Employee.initials,
        "name": Employee.name,
        "function": Employee.function_code,
        "team": Employee.team,
    }.get(sort_key, Employee.initials)
    return list(session.scalars(query.order_by(order.desc() if descending else order)))


def employee_rows(session: Session, *, ids: list[int]) -> dict[int, EmployeeRow]:
    return {
        e.id: EmployeeRow(e.initials, e.name, e.function_code, e.team)
        for e in session.scalars(select(Employee).where(Employee.id.in_(ids)))
    }


# ---------------------------------------------------------------- setup codes
@dataclass(frozen=True)
class SetupCodeRow:
    table: str
    code: str
    description: str


_SETUP_TABLES = (
    ("case", "Sagstyper", CaseType.code, CaseType.description),
    ("fee", "Salær- og gebyrkoder", FeeCode.code, FeeCode.description),
    ("interest", "Rentekoder", InterestCode.code, InterestCode.description),
    ("tariff", "Takstkoder", TariffCode.code, TariffCode.description),
    ("court", "Retskredse", CourtDistrict.code, CourtDistrict.name),
)


def _setup_union():
    return union_all(
        *[
            select(
                (literal(f"{key}:") + cast(code, String)).label("id"),
                literal(label).label("table"),
                code.label("code"),
                description.label("description"),
            )
            for key, label, code, description in _SETUP_TABLES
        ]
    ).subquery()


def setup_code_ids(
    session: Session,
    *,
    filter_text: str = "",
    sort_key: str | None = None,
    descending: bool = False,
) -> list[str]:
    union = _setup_union()
    query = select(union.c.id)
    words = filter_words(filter_text)
    if words:  # a few hundred codes: folded and compared here
        rows = session.execute(select(union.c.id, union.c.code, union.c.description, union.c.table))
        query = query.where(union.c.id.in_([r.id for r in rows if _folded_match(r[1:], words)]))
    order = {"table": union.c.table, "code": union.c.code, "description": union.c.description}.get(
        sort_key, union.c.table
    )
    return list(
        session.scalars(query.order_by(order.desc() if descending else order, union.c.code))
    )


def setup_code_rows(session: Session, *, ids: list[str]) -> dict[str, SetupCodeRow]:
    union = _setup_union()
    return {
        r.id: SetupCodeRow(r.table, r.code, r.description)
        for r in session.execute(select(union).where(union.c.id.in_(ids)))
    }
