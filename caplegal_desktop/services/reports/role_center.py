"""Figures for the Role Center: cues, key figures and the monthly chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from models.ledger_sign import DEBT_TYPES
from models.money import ZERO, money_from_sql, round_ore

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from caplegal_desktop.actor import Actor
    from caplegal_desktop.db import Database


@dataclass(frozen=True)
class RoleCenterFigures:
    cases_created_today: int
    active_cases: int
    due_follow_ups: int
    unposted_journal_lines: int
    favourites: int
    total_outstanding: Decimal
    collected_this_month: Decimal
    collected_this_year: Decimal


_DEBT_TYPES = sorted(str(t) for t in DEBT_TYPES)
# One round trip of plain SQL through the DB-API (Database.fetch_all): the Role Center is on
# screen at start-up, before anything else needs SQLAlchemy, and every figure is one indexed
# count or sum.
# A Klient user's figures count only their cases ({case}, {follow}, ... are "" for everyone else).
_FIGURES_TEMPLATE = """
    SELECT
      (SELECT count(*) FROM collection_case WHERE created_on = :today{case}),
      (SELECT count(*) FROM collection_case WHERE status = 'active'{case}),
      (SELECT count(*) FROM follow_up WHERE status = 'open' AND due_date <= :today{follow}),
      (SELECT count(*) FROM journal_line{journal}),
      (SELECT count(*) FROM collection_case WHERE favourite = :yes{case}),
      (SELECT sum(CASE WHEN entry_type IN ({debt_types}) THEN amount ELSE -amount END)
         FROM ledger_entry{ledger_only}),
      (SELECT sum(amount) FROM ledger_entry
         WHERE entry_type = 'payment' AND posting_date BETWEEN :month_start AND :today{ledger}),
      (SELECT sum(amount) FROM ledger_entry
         WHERE entry_type = 'payment' AND posting_date BETWEEN :year_start AND :today{ledger})
    """
_DEBT_PARAMS = ", ".join(f":debt_{i}" for i in range(len(_DEBT_TYPES)))
_FIGURES_SQL = _FIGURES_TEMPLATE.format(debt_types=_DEBT_PARAMS, case="", follow="", journal="",
                                        ledger="", ledger_only="")  # fmt: skip


def _scoped_sql(actor: Actor) -> str:
    from caplegal_desktop.services.office import case_scope_sql  # only for a Klient user

    def scope(column: str) -> str:
        return case_scope_sql(actor, column)

    return _FIGURES_TEMPLATE.format(
        debt_types=_DEBT_PARAMS,
        case=f" AND {scope('collection_case.id')}",
        follow=f" AND {scope('follow_up.case_id')}",
        journal=f" WHERE {scope('journal_line.case_id')}",
        ledger=f" AND {scope('ledger_entry.case_id')}",
        ledger_only=f" WHERE {scope('ledger_entry.case_id')}",
    )


def role_center_figures(
    database: Database, *, today: date, user: str, actor: Actor | None = None
) -> RoleCenterFigures:
    """The cues and key figures; a Klient user (`actor` scoped) gets those of their cases only."""
    scoped = actor is not None and actor.is_scoped
    (row,) = database.fetch_all(
        _scoped_sql(actor) if scoped else _FIGURES_SQL,
        {
            "today": today,
            "yes": True,
            "month_start": today.replace(day=1),
            "year_start": today.replace(month=1, day=1),
            **{f"debt_{i}": entry_type for i, entry_type in enumerate(_DEBT_TYPES)},
        },
    )
    return RoleCenterFigures(
        cases_created_today=row[0],
        active_cases=row[1],
        due_follow_ups=row[2],
        unposted_journal_lines=row[3],
        favourites=row[4],
        total_outstanding=money_from_sql(row[5], sqlite=database.is_sqlite),
        collected_this_month=money_from_sql(row[6], sqlite=database.is_sqlite),
        collected_this_year=money_from_sql(row[7], sqlite=database.is_sqlite),
    )


@dataclass(frozen=True)
class MonthFigure:
    month: date
    cases_created: int
    collected: Decimal


def _month_start(day: date, back: int) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def monthly_figures(session: Session, *, today: date, months: int = 12) -> list[MonthFigure]:
    from sqlalchemy import func, select

    from caplegal_desktop.services import office
    from models import Case, LedgerEntry

    scope = office.case_scope(office.require(session, office.CASE_READ), Case)
    scoped = () if scope is None else (scope,)
    start = _month_start(today, months - 1)
    created = dict(
        session.execute(
            select(Case.created_on, func.count())
            .where(Case.created_on >= start, *scoped)
            .group_by(Case.created_on)
        ).all()
    )
    paid_query = select(LedgerEntry.posting_date, func.sum(LedgerEntry.amount)).where(
        LedgerEntry.entry_type == "payment", LedgerEntry.posting_date >= start
    )
    if scope is not None:
        paid_query = paid_query.join(Case, Case.id == LedgerEntry.case_id).where(scope)
    paid = session.execute(paid_query.group_by(LedgerEntry.posting_date)).all()
    figures = {_month_start(today, back): [0, ZERO] for back in range(months)}
    for day, count in created.items():
        figures[day.replace(day=1)][0] += count
    for day, amount in paid:
        if day.replace(day=1) in figures:
            figures[day.replace(day=1)][1] += Decimal(amount or 0)
    return [
        MonthFigure(month, n, round_ore(amount)) for month, (n, amount) in sorted(figures.items())
    ]


def company_name(database: Database) -> str:
    """The firm's name for the status bar."""
    rows = database.fetch_all("SELECT company_name FROM company_setup LIMIT 1")
    return (rows[0][0] if rows else "") or ""
