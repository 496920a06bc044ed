"""The ÅOP time axis: remark (c) of the Annex (kreditaftaleloven bilag 1).

An interval from the first drawdown D to a flow's date F is a whole number of periods (weeks,
months or years) plus days. The periods, and then the days, are counted BACKWARDS from F towards
D; the days exclude the first day and include the last, and are turned into years by dividing by
the days (365 or 366) of the complete year that ends on the last day counted (the date E reached
by the periods) and starts on the same day of the year before.

Source: the Commission's guidelines on Directive 2008/48/EC, SWD(2012) 128 final, section 4.1.1,
written into Directive 2014/17/EU and Directive (EU) 2023/2225 (Annex I / III, Part I, remark
(c)). A month back from the 29th-31st lands on the month's last day (29 March -> 28 February), as
in the guidelines' February examples; a drawdown and a flow that both fall on a month's last day
are whole months apart (31 January -> 28 February is one month).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from workflows.payment_plan.dates import add_months, days_in_month
from workflows.payment_plan.errors import PaymentPlanError

BEFORE_FIRST_ERR = "ÅOP kan ikke beregnes: {when} ligger før den første udbetaling."
EQUAL_MONTH_DAYS = 365  # an equal month is 365/12 days, so days / (365/12) / 12 = days / 365


class AprTimeBasis(StrEnum):
    DAYS = "days"  # whole periods counted back, then days / 365 (366) of the year ending there
    EQUAL_MONTHS = "equal_months"  # whole months counted back, then days of 30,41666 (365/12)


class AprPeriod(StrEnum):
    """The whole periods of remark (c): those of the instalments."""

    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    @property
    def per_year(self) -> int:
        return {"week": 52, "month": 12, "year": 1}[self.value]


class Interval(NamedTuple):  # a tuple: thousands are made per plan quote
    """``periods`` whole periods (``per_year`` to a year) plus ``days`` of a ``year_days`` year."""

    periods: int
    per_year: int
    days: int
    year_days: int

    @property
    def years(self) -> float:
        return self.periods / self.per_year + self.days / self.year_days

    @property
    def exact(self) -> Fraction:
        return Fraction(self.periods, self.per_year) + Fraction(self.days, self.year_days)


def _is_month_end(day: date) -> bool:
    return day.day >= 28 and day.day == days_in_month(day.year, day.month)


def _months_apart(first: date, when: date) -> int:
    return (when.year - first.year) * 12 + when.month - first.month


def _year_ending(last: date) -> int:
    """Days of the complete year counted back from ``last`` to the same day a year before:
    366 when that year holds a 29 February (29 Feb itself counts back to 28 Feb)."""
    if (last.month, last.day) >= (2, 29):
        return 366 if calendar.isleap(last.year) else 365
    return 366 if calendar.isleap(last.year - 1) else 365


def _whole_steps_back(first: date, when: date, step_months: int) -> tuple[int, date]:
    """The most whole steps of ``step_months`` counted back from ``when`` staying on or after
    ``first``, and the date reached."""
    steps = max(_months_apart(first, when) // step_months, 0)
    while steps > 0 and add_months(when, -steps * step_months) < first:
        steps -= 1
    return steps, add_months(when, -steps * step_months)


@lru_cache(maxsize=16384)  # a plan asks for the same dates on every quote
def annex_interval(
    first: date, when: date, period: AprPeriod = AprPeriod.MONTH, equal_months: bool = False
) -> Interval:
    """Remark (c): the interval from the first drawdown ``first`` to ``when`` (``equal_months``:
    months counted back, then days of an equal month of 365/12 days)."""
    if when < first:
        raise PaymentPlanError(BEFORE_FIRST_ERR.format(when=when.isoformat()))
    if equal_months:
        period = AprPeriod.MONTH
    if period is AprPeriod.WEEK:
        periods = (when - first).days // 7
        reached = when - timedelta(weeks=periods)
    else:
        step = 12 if period is AprPeriod.YEAR else 1
        apart = _months_apart(first, when)
        if _is_month_end(first) and _is_month_end(when) and apart % step == 0:
            return Interval(apart // step, period.per_year, 0, 365)
        periods, reached = _whole_steps_back(first, when, step)
    days = (reached - first).days
    year_days = EQUAL_MONTH_DAYS if equal_months else _year_ending(reached)
    return Interval(periods, period.per_year, days, year_days)


def years_from(
    first: date,
    when: date,
    basis: AprTimeBasis = AprTimeBasis.DAYS,
    period: AprPeriod = AprPeriod.YEAR,
) -> float:
    """The interval from ``first`` to ``when`` in years (``period`` is ignored for equal
    months, which always count months)."""
    return annex_interval(first, when, period, basis is AprTimeBasis.EQUAL_MONTHS).years


def period_of(payment_dates: Iterable[date]) -> AprPeriod:
    """The instalments' period: years when consecutive payments are whole years apart (so a
    single repayment, as in the Annex's own example, counts whole years then days), weeks when
    they are whole weeks but not whole months apart, otherwise months."""
    dates = sorted(set(payment_dates))
    gaps = list(zip(dates, dates[1:], strict=False))
    whole_months = [_whole_months_between(a, b) for a, b in gaps]
    if all(m is not None and m % 12 == 0 for m in whole_months):
        return AprPeriod.YEAR
    if all(m is not None for m in whole_months):
        return AprPeriod.MONTH
    if all((b - a).days % 7 == 0 for a, b in gaps):
        return AprPeriod.WEEK
    return AprPeriod.MONTH


def _whole_months_between(first: date, when: date) -> int | None:
    interval = annex_interval(first, when, AprPeriod.MONTH)
    return interval.periods if interval.days == 0 else None
