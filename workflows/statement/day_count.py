"""Day counts for an inclusive interest period [first, last].

A period covers the days first..last, i.e. the span from the start of `first` to the start of
`last + 1`. 30E/360 counts that span by the 30E/360 day number, so splitting a period never
changes the day total (1 Jan - 31 Jan = 30 days, a whole February = 30 days). ACT/365 counts
calendar days over 365; ACT/ACT counts calendar days over the length of the year they lie in
(callers split at year ends, see `year_pieces`).
"""

from __future__ import annotations

from datetime import date, timedelta

from models.enums import DayCount

_ONE_DAY = timedelta(days=1)


def day_number_30e(day: date) -> int:
    day_of_month = day.day
    return day.year * 360 + day.month * 30 + (day_of_month if day_of_month < 30 else 30)


def period_days(first: date, last: date, day_count: DayCount) -> int:
    """Interest days of the inclusive period first..last."""
    if day_count is DayCount.THIRTY_E_360:
        return day_number_30e(last + _ONE_DAY) - day_number_30e(first)
    return (last - first).days + 1


def year_basis(first: date, day_count: DayCount) -> int:
    """Days in the interest year of a period (which must not cross a year end under ACT/ACT)."""
    if day_count is DayCount.THIRTY_E_360:
        return 360
    if day_count is DayCount.ACT_365:
        return 365
    return 366 if _is_leap(first.year) else 365


def year_pieces(first: date, last: date) -> list[tuple[date, date]]:
    """Cut first..last at each 31 December (for ACT/ACT)."""
    pieces = []
    while first.year < last.year:
        year_end = date(first.year, 12, 31)
        pieces.append((first, year_end))
        first = year_end + _ONE_DAY
    pieces.append((first, last))
    return pieces


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
