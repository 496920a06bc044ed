"""Interest between two dates under the day-count conventions a plan item may use."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal
from functools import lru_cache

from models.enums import DayCount

_HUNDRED = Decimal(100)


@lru_cache(maxsize=8192)  # a plan asks for the same periods on every solver run
def year_fraction(start: date, end: date, day_count: DayCount) -> Decimal:
    """The part of a year from ``start`` to ``end`` (``end`` counted, ``start`` not)."""
    if end <= start:
        return Decimal(0)
    if day_count is DayCount.THIRTY_E_360:
        days = (
            360 * (end.year - start.year)
            + 30 * (end.month - start.month)
            + min(end.day, 30)
            - min(start.day, 30)
        )
        return Decimal(days) / Decimal(360)
    if day_count is DayCount.ACT_365:
        return Decimal((end - start).days) / Decimal(365)
    # ACT/ACT: the days falling in each calendar year over that year's length.
    fraction = Decimal(0)
    cursor = start
    while cursor < end:
        year_end = date(cursor.year + 1, 1, 1)
        stop = min(end, year_end)
        year_days = 366 if calendar.isleap(cursor.year) else 365
        fraction += Decimal((stop - cursor).days) / Decimal(year_days)
        cursor = stop
    return fraction


def simple_interest(
    balance: Decimal, annual_rate_pct: Decimal, start: date, end: date, day_count: DayCount
) -> Decimal:
    """Unrounded simple interest on ``balance`` from ``start`` to ``end``."""
    return balance * annual_rate_pct / _HUNDRED * year_fraction(start, end, day_count)
