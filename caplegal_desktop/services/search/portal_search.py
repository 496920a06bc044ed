"""The portal's Ärenden search (the Backstage manual): System, Avdelning, Valuta, Tillstånd and
Situation over the tabs Snabbsök, Kund, Ärende and Skuld; a sorted result list paged on the
server; each run remembered per user (Tidigare sökningar); the user's own favourites.

Everything is scoped by services.office like the desk's lists: a Klient user's queries carry
their client (and departments) in the WHERE clause, so counts, pages, exports, favourites and
saved searches never hold another client's case.

Tillstånd maps onto the case's stage (models.enums.CaseStage):
  fakturering → invoicing, normalinkasso → collection and legal (a legal step is part of the
  ordinary collection), efterbevakning → surveillance.
Situation maps onto the case's status: Aktiva = every status but closed (active, dormant,
recall requested), Avslutade = closed, Alla = no limit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select, union
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.search.browse import signed_amount
from caplegal_desktop.services.search.case_search import find_case_ids
from caplegal_desktop.services.shared import history
from caplegal_desktop.services.shared.text_filter import filter_words, matching_ids
from models import (
    Case,
    CaseParty,
    CaseType,
    Claim,
    ClientDepartment,
    FavouriteCase,
    LedgerEntry,
    Party,
    SavedSearch,
)
from models.money import ZERO, round_ore
from workflows.identity import search_key

PAGE_SIZE = 25
EXPORT_MAX = 10_000  # one export holds at most this many cases
SAVED_SHOWN = 100
QUICK_HITS_MAX = 500

STATES = {  # Tillstånd -> the stages it covers
    "invoicing": ("invoicing",),
    "collection": ("collection", "legal"),
    "surveillance": ("surveillance",),
}
SITUATIONS = ("active", "closed", "all")
STATUSES = ("active", "dormant", "recall_requested", "closed")
TABS = ("quick", "customer", "case", "debt")
SORTS = (
    "case_no",
    "registered",
    "status",
    "rest",
    "customer_name",
    "customer_no",
    "department",
    "system",
)

# The Danish names of the fields, for the messages
_FIELD_NAMES = {
    "personnummer": "personnummer",
    "registered_from": "registreret fra",
    "registered_to": "registreret til",
    "invoice_from": "fakturadato fra",
    "invoice_to": "fakturadato til",
    "due_from": "forfald fra",
    "due_to": "forfald til",
    "rest_min": "restgæld fra",
    "rest_max": "restgæld til",
}
_DATES = ("registered_from", "registered_to", "invoice_from", "invoice_to", "due_from", "due_to")
_AMOUNTS = ("rest_min", "rest_max")
_TEXT_MAX = 100


@dataclass(frozen=True)
class Criteria:
    """What the user filled in; empty text means "any"."""

    # the top of the page
    system: str = ""
    departments: tuple[str, ...] = ()  # the client's department codes
    currency: str = ""
    state: str = ""  # "" | a key of STATES
    situation: str = "active"
    tab: str = "quick"
    # the header's Snabbsök: any of the identifiers, or names (services.case_search)
    quick: str = ""
    # tab Snabbsök: the manual's eight identifiers
    customer_no: str = ""
    previous_customer_no: str = ""
    invoice_no: str = ""
    personnummer: str = ""
    case_no: str = ""
    ocr: str = ""
    email: str = ""
    debtor_no: str = ""
    # tab Kund
    customer_name: str = ""
    # tabs Ärende and Skuld
    reference: str = ""
    status: str = ""
    registered_from: date | None = None
    registered_to: date | None = None
    invoice_from: date | None = None
    invoice_to: date | None = None
    due_from: date | None = None
    due_to: date | None = None
    rest_min: Decimal | None = None
    rest_max: Decimal | None = None

    @classmethod
    def from_form(cls, form: Mapping[str, object]) -> Criteria:
        """From the form's fields (text); a ValidationError in Danish naming each bad field."""
        problems: list[Problem] = []
        values: dict[str, object] = {}
        for spec in fields(cls):
            raw = form.get(spec.name)
            if spec.name == "departments":
                codes = raw if isinstance(raw, list | tuple) else ([raw] if raw else [])
                values["departments"] = tuple(
                    sorted({str(c).strip().upper()[:20] for c in codes if str(c).strip()})
                )
                continue
            text = "" if raw is None else str(raw).strip()[:_TEXT_MAX]
            if spec.name in _DATES:
                values[spec.name] = _parse_date(text, spec.name, problems)
            elif spec.name in _AMOUNTS:
                values[spec.name] = _parse_amount(text, spec.name, problems)
            else:
                values[spec.name] = text
        if values["situation"] not in SITUATIONS:
            values["situation"] = "active"
        if values["tab"] not in TABS:
            values["tab"] = "quick"
        if values["state"] and values["state"] not in STATES:
            values["state"] = ""
        if values["status"] and values["status"] not in STATUSES:
            values["status"] = ""
        person = values["personnummer"]
        if person and len(search_key(person)) != 10:
            problems.append(
                Problem(
                    "personnummer",
                    "CPR-/personnummeret skal have 10 cifre, med eller uden bindestreg.",
                )
            )
        if problems:
            raise ValidationError(problems)
        return cls(**values)

    def filled(self) -> dict[str, object]:
        """The fields that differ from an empty search, as JSON-ready values."""
        out: dict[str, object] = {}
        for key, empty in _EMPTY_FIELDS:
            value = getattr(self, key)
            if value == empty and key != "situation":
                continue
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = str(value)
            elif isinstance(value, tuple):
                value = list(value)
            out[key] = value
        return out

    def to_json(self) -> str:
        return json.dumps(self.filled(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Criteria:
        return cls.from_form(json.loads(text))


_EMPTY_FIELDS = tuple((f.name, getattr(Criteria(), f.name)) for f in fields(Criteria))


def _parse_date(text: str, name: str, problems: list[Problem]) -> date | None:
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    problems.append(Problem(_FIELD_NAMES[name], "Datoen skal skrives som ÅÅÅÅ-MM-DD."))
    return None


def _parse_amount(text: str, name: str, problems: list[Problem]) -> Decimal | None:
    if not text:
        return None
    cleaned = text.replace(" ", "").replace(".", "").replace(",", ".") if "," in text else text
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or abs(amount) >= Decimal(10) ** 15:
        problems.append(Problem(_FIELD_NAMES[name], "Beløbet skal være et tal, fx 1.234,50."))
        return None
    return round_ore(amount)


# ---------------------------------------------------------------- what the form offers
@dataclass(frozen=True)
class Choice:
    code: str
    name: str


@dataclass(frozen=True)
class FormChoices:
    systems: tuple[str, ...]
    departments: tuple[Choice, ...]
    currencies: tuple[str, ...]


def form_choices(session: Session) -> FormChoices:
    """The systems, departments and currencies of the cases the user may see."""
    actor = office.require(session, office.CASE_READ)
    scope = office.case_scope(actor, Case)
    where = () if scope is None else (scope,)
    systems = session.scalars(select(Case.module).where(*where).distinct().order_by(Case.module))
    currencies = session.scalars(
        select(Case.currency).where(*where).distinct().order_by(Case.currency)
    )
    departments = select(ClientDepartment.code, ClientDepartment.name).order_by(
        ClientDepartment.code
    )
    if actor.is_scoped:
        departments = departments.where(ClientDepartment.client_id == (actor.client_id or -1))
        if actor.department_ids:
            departments = departments.where(ClientDepartment.id.in_(sorted(actor.department_ids)))
    return FormChoices(
        tuple(systems),
        tuple(Choice(code, name) for code, name in session.execute(departments.distinct())),
        tuple(currencies),
    )


# ---------------------------------------------------------------- the search
@dataclass(frozen=True)
class ResultRow:
    case_id: int
    case_no: str
    system: str
    case_type: str
    customer_no: str
    registered: date
    status: str
    stage: str
    rest: Decimal
    currency: str
    department: str
    customer_name: str
    favourite: bool

    def export_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class ResultPage:
    rows: tuple[ResultRow, ...]
    total: int
    page: int
    pages: int
    rest_totals: tuple[
        tuple[str, Decimal], ...
    ]  # (currency, the result's outstanding), by currency


def _first_debtor():
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


def _rest():
    return (
        select(func.coalesce(func.sum(signed_amount()), 0))
        .where(LedgerEntry.case_id == Case.id)
        .correlate(Case)
        .scalar_subquery()
    )


def _party_cases(condition):
    return (
        select(CaseParty.case_id)
        .join(Party, Party.id == CaseParty.party_id)
        .where(condition, CaseParty.removed.is_(False))
    )


def _claim_cases(*conditions):
    return select(Claim.case_id).where(Claim.deleted.is_(False), *conditions)


def _conditions(session: Session, actor, criteria: Criteria, quick_ids=None) -> list:
    c = criteria
    where = []
    scope = office.case_scope(actor, Case)
    if scope is not None:
        where.append(scope)
    if c.system:
        where.append(Case.module == c.system)
    if c.departments:
        departments = select(ClientDepartment.id).where(ClientDepartment.code.in_(c.departments))
        if actor.is_scoped:
            departments = departments.where(ClientDepartment.client_id == (actor.client_id or -1))
        where.append(Case.department_id.in_(departments))
    if c.currency:
        where.append(Case.currency == c.currency.upper())
    if c.state:
        where.append(Case.stage.in_(STATES[c.state]))
    if c.situation == "active":
        where.append(Case.status != "closed")
    elif c.situation == "closed":
        where.append(Case.status == "closed")
    if c.quick:  # the desk's own search: identifiers first, else names (scoped inside)
        if quick_ids is None:
            found = find_case_ids(session, text=c.quick, limit=QUICK_HITS_MAX)
            quick_ids = [case_id for case_id, _how in found]
        ids = quick_ids
        where.append(Case.id.in_(ids or [-1]))
    if c.customer_no:
        where.append(
            Case.id.in_(
                union(
                    _party_cases(Party.customer_no == c.customer_no),
                    _claim_cases(Claim.customer_no == c.customer_no),
                )
            )
        )
    if c.previous_customer_no:
        where.append(
            Case.id.in_(_party_cases(Party.previous_customer_no == c.previous_customer_no))
        )
    if c.invoice_no:
        where.append(Case.id.in_(_claim_cases(Claim.invoice_no == c.invoice_no)))
    if c.ocr:
        where.append(Case.id.in_(_claim_cases(Claim.ocr == c.ocr)))
    if c.personnummer:  # with or without the dash, without the century: 10 digits
        where.append(Case.id.in_(_party_cases(Party.cpr == search_key(c.personnummer))))
    if c.email:
        where.append(Case.id.in_(_party_cases(func.lower(Party.email) == c.email.lower())))
    if c.debtor_no:
        where.append(Case.id.in_(_party_cases(Party.no == c.debtor_no)))
    if c.case_no:
        where.append(Case.no == c.case_no)
    if c.reference:
        where.append(Case.external_ref == c.reference)
    if c.status:
        where.append(Case.status == c.status)
    if c.customer_name:
        words = filter_words(c.customer_name, field="søgning")
        if words:
            parties = matching_ids(session, "party_search", words)
            where.append(
                Case.id.in_(
                    select(CaseParty.case_id).where(
                        CaseParty.party_id.in_(parties),
                        CaseParty.party_type == "DEBITOR",
                        CaseParty.removed.is_(False),
                    )
                )
            )
    if c.registered_from:
        where.append(Case.created_on >= c.registered_from)
    if c.registered_to:
        where.append(Case.created_on <= c.registered_to)
    if c.invoice_from or c.invoice_to:
        where.append(
            Case.id.in_(_claim_cases(*_between(Claim.invoice_date, c.invoice_from, c.invoice_to)))
        )
    if c.due_from or c.due_to:
        where.append(Case.id.in_(_claim_cases(*_between(Claim.due_date, c.due_from, c.due_to))))
    if c.rest_min is not None:
        where.append(_rest() >= c.rest_min)
    if c.rest_max is not None:
        where.append(_rest() <= c.rest_max)
    return where


def _between(column, low: date | None, high: date | None) -> list:
    conditions = []
    if low is not None:
        conditions.append(column >= low)
    if high is not None:
        conditions.append(column <= high)
    return conditions


def _order(sort: str):
    first_debtor = _first_debtor()
    return {
        "case_no": Case.no,
        "registered": Case.created_on,
        "status": Case.status,
        "rest": _rest(),
        "customer_name": select(Party.name).where(Party.id == first_debtor).scalar_subquery(),
        "customer_no": select(Party.customer_no).where(Party.id == first_debtor).scalar_subquery(),
        "department": select(ClientDepartment.name)
        .where(ClientDepartment.id == Case.department_id)
        .correlate(Case)
        .scalar_subquery(),
        "system": Case.module,
    }.get(sort, Case.created_on)


def _ordered_ids(session: Session, where: list, sort: str, descending: bool):
    order = _order(sort)
    query = select(Case.id).where(*where)
    if descending:
        return query.order_by(order.desc(), Case.id.desc())
    return query.order_by(order, Case.id)


def search(
    session: Session,
    criteria: Criteria,
    *,
    page: int = 1,
    page_size: int = PAGE_SIZE,
    sort: str = "registered",
    descending: bool = True,
    quick_ids: list[int] | None = None,
) -> ResultPage:
    """One page of the cases matching the criteria, with the whole result's count and rest.
    `quick_ids`: what find_case_ids already answered for `criteria.quick` (not looked up again;
    the scope still applies)."""
    actor = office.require(session, office.CASE_READ)
    where = _conditions(session, actor, criteria, quick_ids)
    matching = select(Case.id).where(*where).subquery()
    total = session.scalar(select(func.count()).select_from(matching)) or 0
    rests = session.execute(
        select(Case.currency, func.coalesce(func.sum(signed_amount()), 0))
        .join(LedgerEntry, LedgerEntry.case_id == Case.id)
        .where(Case.id.in_(select(matching.c.id)))
        .group_by(Case.currency)
        .order_by(Case.currency)
    ).all()
    pages = max(1, -(-total // page_size))
    page = min(max(1, page), pages)
    ids = list(
        session.scalars(
            _ordered_ids(session, where, sort, descending)
            .limit(page_size)
            .offset((page - 1) * page_size)
        )
    )
    return ResultPage(
        tuple(_rows(session, actor, ids)),
        total,
        page,
        pages,
        tuple((currency, round_ore(Decimal(amount or ZERO))) for currency, amount in rests),
    )


def case_no_of(session: Session, case_id: int) -> str:
    """The number of a case the quick search found (in the actor's scope: else NotFound)."""
    actor = office.require(session, office.CASE_READ)
    scope = office.case_scope(actor, Case)
    no = session.scalar(
        select(Case.no).where(Case.id == case_id, *(() if scope is None else (scope,)))
    )
    if no is None:
        raise NotFound(f"Sag {case_id} findes ikke.")
    return no


def export_rows(
    session: Session, criteria: Criteria, *, sort: str = "registered", descending: bool = True
) -> list[ResultRow]:
    """The whole result (at most EXPORT_MAX cases) in the list's order, for an export."""
    actor = office.require(session, office.CASE_READ)
    where = _conditions(session, actor, criteria)
    ids = list(session.scalars(_ordered_ids(session, where, sort, descending).limit(EXPORT_MAX)))
    rows: list[ResultRow] = []
    for start in range(0, len(ids), 500):
        rows += _rows(session, actor, ids[start : start + 500])
    return rows


def record_export(session: Session, *, fmt: str, rows: int, criteria: Criteria) -> None:
    """Exports of case lists are audited (services.office): who, the format, how many cases,
    and the criteria. A Klient user exports only what the search showed them."""
    scoped = office.current_actor(session).is_scoped
    actor = office.require(session, office.PORTAL_USE if scoped else office.REPORTS_READ)
    office.record(
        session,
        login=actor.login,
        kind=office.AuditKind.EXPORT,
        target="portal: sagsliste",
        detail={"format": fmt, "rows": rows, "criteria": criteria.filled()},
    )


def _rows(session: Session, actor, ids: list[int]) -> list[ResultRow]:
    if not ids:
        return []
    scope = office.case_scope(actor, Case)
    debtor = _first_debtor().label("debtor_id")
    found = session.execute(
        select(
            Case.id,
            Case.no,
            Case.module,
            CaseType.description.label("type_name"),
            Case.created_on,
            Case.status,
            Case.stage,
            Case.currency,
            ClientDepartment.name.label("department"),
            debtor,
        )
        .join(CaseType, CaseType.code == Case.case_type_code)
        .outerjoin(ClientDepartment, ClientDepartment.id == Case.department_id)
        .where(Case.id.in_(ids), *(() if scope is None else (scope,)))
    ).all()
    debtors = {
        row.id: row
        for row in session.execute(
            select(Party.id, Party.name, Party.customer_no).where(
                Party.id.in_({r.debtor_id for r in found if r.debtor_id is not None})
            )
        )
    }
    claim_customer_nos = dict(
        session.execute(
            select(Claim.case_id, func.min(Claim.customer_no))
            .where(Claim.case_id.in_(ids), Claim.deleted.is_(False))
            .group_by(Claim.case_id)
        ).all()
    )
    rests = dict(
        session.execute(
            select(LedgerEntry.case_id, func.sum(signed_amount()))
            .where(LedgerEntry.case_id.in_(ids))
            .group_by(LedgerEntry.case_id)
        ).all()
    )
    favourites = favourite_ids(session, ids)
    by_id = {}
    for r in found:
        party = debtors.get(r.debtor_id)
        by_id[r.id] = ResultRow(
            r.id,
            r.no,
            r.module,
            r.type_name or "",
            (party.customer_no if party else None) or claim_customer_nos.get(r.id) or "",
            r.created_on,
            r.status,
            r.stage,
            round_ore(Decimal(rests.get(r.id) or ZERO)),
            r.currency,
            r.department or "",
            party.name if party else "",
            r.id in favourites,
        )
    return [by_id[case_id] for case_id in ids if case_id in by_id]


# ---------------------------------------------------------------- Tidigare sökningar
@dataclass(frozen=True)
class PastSearch:
    id: int
    run_at: datetime
    criteria: Criteria
    hits: int


def _user_id(session: Session) -> int:
    actor = office.require(session, office.CASE_READ)
    if actor.user_id is None:
        raise NotFound("Kun en bruger med login har tidligere søgninger og favoritter.")
    return actor.user_id


def remember_search(session: Session, criteria: Criteria, *, hits: int) -> None:
    """Store a search run for the acting user (the caller commits)."""
    session.add(
        SavedSearch(
            user_id=_user_id(session),
            run_at=datetime.now().replace(microsecond=0),
            criteria=criteria.to_json(),
            hits=hits,
        )
    )


def past_searches(session: Session, *, limit: int = SAVED_SHOWN) -> list[PastSearch]:
    """The acting user's searches, newest first."""
    rows = session.scalars(
        select(SavedSearch)
        .where(SavedSearch.user_id == _user_id(session))
        .order_by(SavedSearch.run_at.desc(), SavedSearch.id.desc())
        .limit(limit)
    )
    return [PastSearch(r.id, r.run_at, Criteria.from_json(r.criteria), r.hits) for r in rows]


def past_search(session: Session, search_id: int) -> Criteria:
    """One of the acting user's searches; another user's answers as one that does not exist."""
    row = session.scalar(
        select(SavedSearch).where(
            SavedSearch.id == search_id, SavedSearch.user_id == _user_id(session)
        )
    )
    if row is None:
        raise NotFound(f"Søgning {search_id} findes ikke.")
    return Criteria.from_json(row.criteria)


def forget_searches(session: Session) -> int:
    """Clear the acting user's list of searches; returns how many went."""
    result = session.execute(delete(SavedSearch).where(SavedSearch.user_id == _user_id(session)))
    return result.rowcount or 0


# ---------------------------------------------------------------- Favoriter
def favourite_ids(session: Session, ids: list[int]) -> set[int]:
    actor = office.current_actor(session)
    if actor.user_id is None or not ids:
        return set()
    return set(
        session.scalars(
            select(FavouriteCase.case_id).where(
                FavouriteCase.user_id == actor.user_id, FavouriteCase.case_id.in_(ids)
            )
        )
    )


def favourites(session: Session) -> list[ResultRow]:
    """The acting user's favourite cases still in their scope, newest marked first."""
    user_id = _user_id(session)
    actor = office.current_actor(session)
    scope = office.case_scope(actor, Case)
    query = (
        select(FavouriteCase.case_id)
        .join(Case, Case.id == FavouriteCase.case_id)
        .where(FavouriteCase.user_id == user_id, *(() if scope is None else (scope,)))
        .order_by(FavouriteCase.marked_at.desc(), FavouriteCase.case_id.desc())
        .limit(EXPORT_MAX)
    )
    return _rows(session, actor, list(session.scalars(query)))


def toggle_favourite(session: Session, *, case_no: str) -> bool:
    """Mark the case as the user's favourite, or unmark it; True when it is one now. A case
    outside the user's scope is answered as one that does not exist. The case's history says
    it (the handler sees what the client does on the case)."""
    user_id = _user_id(session)
    case = session.scalar(select(Case).where(Case.no == case_no[:20]))
    office.require_case(session, case.id if case else None, case_no=case_no[:20])
    actor = office.current_actor(session)
    existing = session.get(FavouriteCase, (user_id, case.id))
    if existing is None:
        session.add(
            FavouriteCase(
                user_id=user_id, case_id=case.id, marked_at=datetime.now().replace(microsecond=0)
            )
        )
        action = "Sagen er gjort til favorit i portalen"
    else:
        session.delete(existing)
        action = "Sagen er fjernet fra favoritter i portalen"
    history.record(
        session,
        case_id=case.id,
        user=actor.employee_initials or actor.login,
        kind="info",
        action=action,
    )
    session.flush()
    return existing is None


__all__ = [
    "EXPORT_MAX",
    "PAGE_SIZE",
    "SITUATIONS",
    "SORTS",
    "STATES",
    "STATUSES",
    "QUICK_HITS_MAX",
    "TABS",
    "Criteria",
    "FormChoices",
    "PastSearch",
    "ResultPage",
    "ResultRow",
    "case_no_of",
    "export_rows",
    "favourite_ids",
    "favourites",
    "forget_searches",
    "form_choices",
    "past_search",
    "past_searches",
    "record_export",
    "remember_search",
    "search",
    "toggle_favourite",
]
