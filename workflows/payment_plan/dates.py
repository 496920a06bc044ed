"""Calendar steps used by plans and by the ÅOP time axis."""

from __future__ import annotations

import calendar
from datetime import date

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    # calendar.monthrange also works out a weekday; the ÅOP time axis asks this thousands of times
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def add_months(anchor: date, months: int) -> date:
    """``anchor`` moved by whole months, the day kept or clamped to the month's last day."""
    month_index = anchor.month - 1 + months
    year = anchor.year + month_index // 12
    month = month_index % 12 + 1
    day = anchor.day if anchor.day <= 28 else min(anchor.day, days_in_month(year, month))
    return date(year, month, day)


def whole_months_between(start: date, end: date) -> int:
    """How many whole monthly steps from ``start`` fit up to and including ``end``."""
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months


def first_of_next_month(today: date) -> date:
    return add_months(today.replace(day=1), 1)
