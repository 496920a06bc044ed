"""Reading fundaments: the card, the active one of a debtor (merge fields), the statistics from
the statement engine, and the overview across cases as a browse list (ids first, rows by id)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, ValidationError
from caplegal_desktop.services.shared.text_filter import contains, filter_fragment, matching_ids
from caplegal_desktop.services.statements import case_statement
from models import Case, Client, CourtDistrict, Fundament, Party
from models.fundament import FundamentStatus
from models.money import ZERO


@dataclass(frozen=True)
class FundamentDetail:
    fundament_id: int
    no: str
    case_id: int
    case_no: str
    case_regarding: str
    debtor_party_id: int
    debtor_no: str
    debtor_name: str
    kind: str
    status: str
    fundament_date: date
    court_no: str | None
    court_district_code: str | None
    court_district_name: str | None
    hearing_at: datetime | None
    execution_deadline: date | None
    awarded_costs: Decimal | None
    previous_bailiff_fee: Decimal | None
    note: str | None
    created: tuple[str, datetime]
    activated: tuple[str | None, datetime | None]
    closed: tuple[str | None, datetime | None]


@dataclass(frozen=True)
class FundamentStatistics:
    """Statistik: the debtor's debt on the case as of a day, from the ledger (read-only)."""

    as_of: date
    principal: Decimal
    interest: Decimal
    fees: Decimal
    salary: Decimal
    costs: Decimal
    paid: Decimal
    balance: Decimal
    problem: str | None = None  # why there are no figures (e.g. the debtor owes no claim)
    lines: tuple[SpecificationLine, ...] = ()  # Specifikation: the entries behind the balance


@dataclass(frozen=True)
class SpecificationLine:
    day: date
    text: str
    amount: Decimal  # + raises the debt, - a payment or credit


@dataclass(frozen=True)
class FundamentRow:
    """A row of the overview of all fundaments (Fundamenter, oversigt)."""

    no: str
    case_no: str
    client_name: str
    debtor_name: str
    kind: str
    status: str
    fundament_date: date
    court_no: str | None
    hearing_at: datetime | None
    execution_deadline: date | None


def load_fundament(session: Session, no: str, *, for_update: bool = False) -> Fundament:
    query = select(Fundament).where(Fundament.no == no)
    if for_update:
        query = query.with_for_update()
    fundament = session.scalars(query).one_or_none()
    if fundament is None:
        raise NotFound(f"Fundament {no} findes ikke.")
    return fundament


def get_fundament(session: Session, *, fundament_no: str) -> FundamentDetail:
    return _detail(session, load_fundament(session, fundament_no))


def active_fundament(
    session: Session, *, case_id: int, debtor_party_id: int
) -> FundamentDetail | None:
    """The debtor's active fundament on the case, if there is one."""
    fundament = session.scalars(
        select(Fundament).where(
            Fundament.case_id == case_id,
            Fundament.debtor_party_id == debtor_party_id,
            Fundament.status == FundamentStatus.ACTIVE.value,
        )
    ).first()
    return _detail(session, fundament) if fundament else None


def active_fundament_nos(
    session: Session, *, case_id: int, debtor_party_id: int, except_id: int | None = None
) -> list[str]:
    query = select(Fundament.no).where(
        Fundament.case_id == case_id,
        Fundament.debtor_party_id == debtor_party_id,
        Fundament.status == FundamentStatus.ACTIVE.value,
    )
    if except_id is not None:
        query = query.where(Fundament.id != except_id)
    return list(session.scalars(query.order_by(Fundament.no)))


def merge_court_no(session: Session, *, case_id: int, debtor_party_id: int) -> str | None:
    """Fletfelt Rettens_Nr: the court no. of the debtor's active fundament on the case."""
    return _active_value(session, Fundament.court_no, case_id, debtor_party_id)


def merge_hearing_at(session: Session, *, case_id: int, debtor_party_id: int) -> datetime | None:
    """Fletfelt Berammelsesdato: date and time of the hearing of the active fundament."""
    return _active_value(session, Fundament.hearing_at, case_id, debtor_party_id)


def _active_value(session: Session, column, case_id: int, debtor_party_id: int):
    return session.scalar(
        select(column)
        .where(
            Fundament.case_id == case_id,
            Fundament.debtor_party_id == debtor_party_id,
            Fundament.status == FundamentStatus.ACTIVE.value,
        )
        .limit(1)
    )


def fundament_statistics(
    session: Session, *, fundament_no: str, as_of: date
) -> FundamentStatistics:
    fundament = load_fundament(session, fundament_no)
    try:
        statement = case_statement(
            session,
            case_id=fundament.case_id,
            as_of=as_of,
            debtor_party_id=fundament.debtor_party_id,
        )
    except ValidationError as exc:
        return FundamentStatistics(as_of, *([ZERO] * 7), problem=str(exc))
    totals = statement.totals
    return FundamentStatistics(
        as_of=as_of,
        principal=totals.principal,
        interest=totals.interest,
        fees=totals.fees,
        salary=totals.salary,
        costs=totals.costs,
        paid=totals.paid,
        balance=totals.balance,
        lines=tuple(
            SpecificationLine(line.day, line.text, line.amount)
            for line in sorted(totals.specification("balance"), key=lambda line: line.day)
        ),
    )


# ---------------------------------------------------------------- the overview (browse)
_SORT = {
    "no": Fundament.no,
    "case_no": Case.no,
    "client_name": Client.name,
    "debtor_name": Party.name,
    "kind": Fundament.kind,
    "status": Fundament.status,
    "fundament_date": Fundament.fundament_date,
    "court_no": Fundament.court_no,
    "hearing_at": Fundament.hearing_at,
    "execution_deadline": Fundament.execution_deadline,
}


def _overview_query(columns):
    return (
        select(*columns)
        .join(Case, Case.id == Fundament.case_id)
        .join(Client, Client.id == Case.client_id)
        .join(Party, Party.id == Fundament.debtor_party_id)
    )


def fundament_ids(
    session: Session,
    *,
    filter_text: str = "",
    sort_key: str | None = None,
    descending: bool = False,
    status: str | None = None,
    case_id: int | None = None,
) -> list[str]:
    """Fundament numbers across cases, filtered on no., case, client, debtor, court no. or
    status; newest first unless sorted by a column."""
    query = _overview_query([Fundament.no])
    needle = filter_fragment(filter_text)
    if needle:  # one fragment, folded; names through the search texts (docs/search.md)
        query = query.where(
            or_(
                contains(func.lower(Fundament.no), needle),
                contains(func.lower(Case.no), needle),
                contains(func.lower(func.coalesce(Fundament.court_no, "")), needle),
                contains(func.lower(Fundament.status), needle),
                Case.client_id.in_(matching_ids(session, "client_search", [needle])),
                Fundament.debtor_party_id.in_(matching_ids(session, "party_search", [needle])),
            )
        )
    if status:
        query = query.where(Fundament.status == status)
    if case_id is not None:
        query = query.where(Fundament.case_id == case_id)
    column = _SORT.get(sort_key or "")
    if column is None:
        query = query.order_by(Fundament.id.desc())
    else:
        query = query.order_by(column.desc() if descending else column, Fundament.id)
    return list(session.scalars(query))


def fundament_rows(session: Session, *, ids: list[str]) -> dict[str, FundamentRow]:
    rows = session.execute(
        _overview_query([Fundament, Case.no, Client.name, Party.name]).where(
            Fundament.no.in_(list(ids))
        )
    ).all()
    return {
        f.no: FundamentRow(
            no=f.no,
            case_no=case_no,
            client_name=client,
            debtor_name=debtor,
            kind=f.kind,
            status=f.status,
            fundament_date=f.fundament_date,
            court_no=f.court_no,
            hearing_at=f.hearing_at,
            execution_deadline=f.execution_deadline,
        )
        for f, case_no, client, debtor in rows
    }


def _detail(session: Session, f: Fundament) -> FundamentDetail:
    case = session.get(Case, f.case_id)
    debtor = session.get(Party, f.debtor_party_id)
    district = session.get(CourtDistrict, f.court_district_code) if f.court_district_code else None
    return FundamentDetail(
        fundament_id=f.id,
        no=f.no,
        case_id=f.case_id,
        case_no=case.no,
        case_regarding=case.regarding or "",
        debtor_party_id=f.debtor_party_id,
        debtor_no=debtor.no,
        debtor_name=debtor.name,
        kind=f.kind,
        status=f.status,
        fundament_date=f.fundament_date,
        court_no=f.court_no,
        court_district_code=f.court_district_code,
        court_district_name=district.name if district else None,
        hearing_at=f.hearing_at,
        execution_deadline=f.execution_deadline,
        awarded_costs=f.awarded_costs,
        previous_bailiff_fee=f.previous_bailiff_fee,
        note=f.note,
        created=(f.created_by, f.created_at),
        activated=(f.activated_by, f.activated_at),
        closed=(f.closed_by, f.closed_at),
    )
