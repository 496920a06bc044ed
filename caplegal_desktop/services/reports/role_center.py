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
_FIGURES_SQL = """
    SELECT
      (SELECT count(*) FROM collection_case WHERE created_on = :today),
      (SELECT count(*) FROM collection_case WHERE status = 'active'),
      (SELECT count(*) FROM follow_up WHERE status = 'open' AND due_date <= :today),
      (SELECT count(*) FROM journal_line),
      (SELECT count(*) FROM collection_case WHERE favourite = :yes),
      (SELECT sum(CASE WHEN entry_type IN ({debt_types}) THEN amount ELSE -amount END)
         FROM ledger_entry),
      (SELECT sum(amount) FROM ledger_entry
         WHERE entry_type = 'payment' AND posting_date BETWEEN :month_start AND :today),
      (SELECT sum(amount) FROM ledger_entry
         WHERE entry_type = 'payment' AND posting_date BETWEEN :year_start AND :today)
    """.format(debt_types=", ".join(f":debt_{i}" for i in range(len(_DEBT_TYPES))))


def role_center_figures(database: Database, *, today: date, user: str) -> RoleCenterFigures:
    (row,) = database.fetch_all(
        _FIGURES_SQL,
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

    from models import Case, LedgerEntry

    start = _month_start(today, months - 1)
    created = dict(
        session.execute(
            select(Case.created_on, func.count())
            .where(Case.created_on >= start)
            .group_by(Case.created_on)
        ).all()
    )
    paid = session.execute(
        select(LedgerEntry.posting_date, func.sum(LedgerEntry.amount))
        .where(LedgerEntry.entry_type == "payment", LedgerEntry.posting_date >= start)
        .group_by(LedgerEntry.posting_date)
    ).all()
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
