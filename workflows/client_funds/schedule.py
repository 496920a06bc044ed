"""When a scheduled report is due, and the period each run covers (pure date rules).

A schedule has a first run date and a frequency: once, week, month, quarter or year. Each run
covers the period that ended the day before it (a monthly run on 1 December covers November).
A run missed while no server was up is caught up: every due date up to today runs, oldest first.
"""

from __future__ import annotations

from datetime import date, timedelta

FREQUENCIES = ("once", "week", "month", "quarter", "year")
_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _add_months(day: date, months: int, anchor_day: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(anchor_day, last))


def next_due(due: date, frequency: str, *, first_run: date) -> date | None:
    """The due date after `due` (None for a one-off report). Month ends stay month ends:
    a schedule first run on 31 January is next due 28/29 February, then 31 March."""
    if frequency == "once":
        return None
    if frequency == "week":
        return due + timedelta(days=7)
    if frequency not in _MONTHS:
        raise ValueError(f"Ukendt hyppighed '{frequency}'; brug {', '.join(FREQUENCIES)}.")
    return _add_months(due, _MONTHS[frequency], first_run.day)


def previous_due(due: date, frequency: str, *, first_run: date) -> date:
    if frequency == "week":
        return due - timedelta(days=7)
    if frequency in _MONTHS:
        return _add_months(due, -_MONTHS[frequency], first_run.day)
    return date(due.year, due.month, 1) if due.day > 1 else _add_months(due, -1, 1)


def period_of(due: date, frequency: str, *, first_run: date) -> tuple[date, date]:
    """The days a run on `due` covers: from the previous due date up to the day before."""
    return previous_due(due, frequency, first_run=first_run), due - timedelta(days=1)


def due_dates(next_run: date | None, frequency: str, *, first_run: date, today: date) -> list[date]:
    """Every due date from `next_run` up to and including today (the missed ones too)."""
    out = []
    due = next_run
    while due is not None and due <= today:
        out.append(due)
        due = next_due(due, frequency, first_run=first_run)
    return out
