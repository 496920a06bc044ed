"""Figures for the Role Center: cues, key figures and the monthly chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from models import Case, LedgerEntry
from models.money import ZERO, round_ore


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


def _collected(session: Session, start: date, end: date) -> Decimal:
    value = session.scalar(
        select(func.sum(LedgerEntry.amount)).where(
            LedgerEntry.entry_type == "payment",
            LedgerEntry.posting_date >= start,
            LedgerEntry.posting_date <= end,
        )
    )
    return round_ore(Decimal(value or 0))


def _count_if_table(session: Session, table: str, sql_where: str) -> int:
    """Cues of features that add their own tables later (journal, follow-ups) read 0 until then."""
    if not inspect(session.connection()).has_table(table):
        return 0
    from sqlalchemy import text

    return session.scalar(text(f"SELECT count(*) FROM {table} WHERE {sql_where}")) or 0


def role_center_figures(session: Session, *, today: date, user: str) -> RoleCenterFigures:
    from caplegal_desktop.services.browse import signed_amount

    counts = session.execute(
        select(
            func.count().filter(Case.created_on == today),
            func.count().filter(Case.status == "active"),
            func.count().filter(Case.favourite.is_(True)),
        )
    ).one()
    outstanding = session.scalar(select(func.sum(signed_amount())))
    return RoleCenterFigures(
        cases_created_today=counts[0],
        active_cases=counts[1],
        due_follow_ups=_count_if_table(
            session, "follow_up", f"status = 'open' AND due_date <= '{today.isoformat()}'"
        ),
        unposted_journal_lines=_count_if_table(session, "journal_line", "1 = 1"),
        favourites=counts[2],
        total_outstanding=round_ore(Decimal(outstanding or 0)),
        collected_this_month=_collected(session, today.replace(day=1), today),
        collected_this_year=_collected(session, today.replace(month=1, day=1), today),
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


def company_name(session: Session) -> str:
    """The firm's name for the status bar."""
    from models import CompanySetup

    return session.scalar(select(CompanySetup.company_name).limit(1)) or ""
