"""What the reports read from the database: per-case statement figures, closed cases, payments.

Amounts owed come from the statement engine as of the report date (services.statements), in
blocks of cases exactly as `outstanding_by_client` reads them; nothing is re-derived here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.statements import InterestSetup, case_inputs
from models import Case, Client, Employee, LedgerEntry
from models.enums import CaseStatus, EntryType
from models.money import ZERO
from workflows.reports import CaseFigures, ClosedCase, CollectedSum
from workflows.statement import CaseInput, Figures, StatementError, compute_statement, owed_so_far

Progress = Callable[[int, int], None]


def _scoped(session: Session, query, client_id: int | None):
    """The query on one client's cases (if asked) and never beyond the actor's scope: a Klient
    user's figures are those of their client, or of the departments granted (docs/office.md)."""
    if client_id is not None:
        query = query.where(Case.client_id == client_id)
    scope = office.case_scope(office.current_actor(session), Case)
    return query if scope is None else query.where(scope)


def _totals(data: CaseInput, as_of: date) -> Figures:
    try:
        return compute_statement(owed_so_far(data, as_of), as_of=as_of, debtor_party_id=None).totals
    except StatementError as exc:
        raise ValidationError(Problem("sag", f"Sag {data.case_no}: {exc}")) from exc


def status_as_of(status: str, closed_on: date | None, as_of: date) -> str:
    """The status a case had on a date: a case closed after it was still open (active) then."""
    if status == CaseStatus.CLOSED and closed_on is not None and closed_on > as_of:
        return CaseStatus.ACTIVE
    return status


def case_figures(
    session: Session,
    *,
    as_of: date,
    client_id: int | None = None,
    chunk: int = 2000,
    progress: Progress | None = None,
) -> list[CaseFigures]:
    """Every case created on or before `as_of` (of one client, if given) with its figures."""
    query = (
        select(
            Case.id,
            Case.no,
            Case.currency,
            Case.status,
            Case.closed_on,
            Client.no,
            Client.name,
            Employee.initials,
            Employee.name,
        )
        .join(Client, Client.id == Case.client_id)
        .outerjoin(Employee, Employee.id == Case.handler_employee_id)
        .where(Case.created_on <= as_of)
        .order_by(Case.id)
    )
    heads = session.execute(_scoped(session, query, client_id)).all()
    setup = InterestSetup.load(session)
    figures: list[CaseFigures] = []
    for start in range(0, len(heads), chunk):
        block = heads[start : start + chunk]
        inputs = case_inputs(session, [(h[0], h[1], h[2]) for h in block], setup)
        for case_id, case_no, _, status, closed_on, client_no, client_name, ini, name in block:
            totals = _totals(inputs[case_id], as_of)
            amounts = totals.known_amounts()
            figures.append(
                CaseFigures(
                    case_no=case_no,
                    client_no=client_no,
                    client_name=client_name,
                    status=status_as_of(status, closed_on, as_of),
                    handler=ini or "",
                    handler_name=name or "",
                    principal=amounts["principal"],
                    interest=amounts["interest"],
                    costs=amounts["fees"] + amounts["salary"] + amounts["costs"],
                    paid=amounts["paid"],
                    balance=totals.balance,
                )
            )
        if progress:
            progress(min(start + chunk, len(heads)), len(heads))
    return figures


def closed_cases(
    session: Session,
    *,
    period_from: date,
    period_to: date,
    client_id: int | None = None,
    progress: Progress | None = None,
) -> list[ClosedCase]:
    """Cases closed in the period (a closed case without a closing date has no period)."""
    query = (
        select(Case.id, Case.no, Case.currency, Case.closed_on, Client.no, Client.name)
        .join(Client, Client.id == Case.client_id)
        .where(Case.status == CaseStatus.CLOSED, Case.closed_on.between(period_from, period_to))
        .order_by(Case.id)
    )
    heads = session.execute(_scoped(session, query, client_id)).all()
    if not heads:
        return []
    reductions = _reductions_until_closed(session, [h[0] for h in heads])
    setup = InterestSetup.load(session)
    inputs = case_inputs(session, [(h[0], h[1], h[2]) for h in heads], setup)
    result = []
    for done, (case_id, case_no, _, closed_on, client_no, client_name) in enumerate(heads, 1):
        totals = _totals(inputs[case_id], closed_on)
        sums = reductions.get(case_id, {})
        result.append(
            ClosedCase(
                case_no=case_no,
                client_no=client_no,
                client_name=client_name,
                closed_on=closed_on,
                principal=totals.principal,
                collected=sums.get(EntryType.PAYMENT, ZERO),
                written_off=sums.get(EntryType.WRITE_OFF, ZERO),
                remaining=totals.balance,
            )
        )
        if progress and done % 500 == 0:
            progress(done, len(heads))
    return result


def _reductions_until_closed(session: Session, case_ids: list[int]) -> dict[int, dict]:
    """Payments and write-offs of each case posted up to its closing day."""
    sums: dict[int, dict] = {}
    for start in range(0, len(case_ids), 2000):
        block = case_ids[start : start + 2000]
        rows = session.execute(
            select(LedgerEntry.case_id, LedgerEntry.entry_type, func.sum(LedgerEntry.amount))
            .join(Case, Case.id == LedgerEntry.case_id)
            .where(
                LedgerEntry.case_id.in_(block),
                LedgerEntry.entry_type.in_((EntryType.PAYMENT, EntryType.WRITE_OFF)),
                LedgerEntry.posting_date <= Case.closed_on,
            )
            .group_by(LedgerEntry.case_id, LedgerEntry.entry_type)
        )
        for case_id, entry_type, amount in rows:
            sums.setdefault(case_id, {})[EntryType(entry_type)] = amount or ZERO
    return sums


def collected_sums(
    session: Session, *, period_from: date, period_to: date, client_id: int | None = None
) -> list[CollectedSum]:
    """Payment entries in the period, summed per case and month (a reversal counts minus one)."""
    counted = func.sum(case((LedgerEntry.reverses_entry_id.is_(None), 1), else_=-1))
    query = (
        select(
            Client.no,
            Client.name,
            Case.no,
            LedgerEntry.posting_date,
            counted,
            func.sum(LedgerEntry.amount),
        )
        .join(Case, Case.id == LedgerEntry.case_id)
        .join(Client, Client.id == Case.client_id)
        .where(
            and_(
                LedgerEntry.entry_type == EntryType.PAYMENT,
                LedgerEntry.posting_date.between(period_from, period_to),
            )
        )
        .group_by(Client.no, Client.name, Case.no, LedgerEntry.posting_date)
    )
    sums: dict[tuple, list] = {}
    query = _scoped(session, query, client_id)
    for client_no, client_name, case_no, day, count, amount in session.execute(query):
        key = (client_no, client_name, day.replace(day=1), case_no)
        total = sums.setdefault(key, [0, ZERO])
        total[0] += int(count)
        total[1] += amount
    return [CollectedSum(k[0], k[1], k[2], k[3], n, a) for k, (n, a) in sums.items()]


def client_by_no(session: Session, client_no: str) -> tuple[int, str] | None:
    row = session.execute(
        select(Client.id, Client.name).where(Client.no == client_no.strip())
    ).first()
    return (row[0], row[1]) if row else None
