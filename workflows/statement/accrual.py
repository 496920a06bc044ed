"""Simple interest on one interest-bearing amount whose base falls as payments reach it.

Interest runs from `start` to the as-of date, both inclusive, and not past `stop` (the interest
stop date, inclusive). A period is a run of days with one rate and one base (and, under ACT/ACT,
one calendar year); each period's amount is rounded half up to øre. Days must be asked for in
date order: a finished piece of a period (cut by a rate change before the asked day) is final,
because the base can only change on the asked day or later.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from models.enums import DayCount
from models.money import ORE, ZERO
from workflows.statement.day_count import day_number_30e, period_days, year_basis
from workflows.statement.rates import RateSchedule

_ONE_DAY = timedelta(days=1)
_HUNDRED = Decimal(100)
_NEXT_DAY_30E: dict[date, int] = {}


def next_day_30e(day: date) -> int:
    """The 30E/360 day number of the day after `day` (memoised: statements ask the same days)."""
    number = _NEXT_DAY_30E.get(day)
    if number is None:
        if len(_NEXT_DAY_30E) > 100_000:
            _NEXT_DAY_30E.clear()
        number = _NEXT_DAY_30E[day] = day_number_30e(day + _ONE_DAY)
    return number


class InterestPeriod(NamedTuple):
    first: date
    last: date
    days: int
    day_count: DayCount
    rate_pct: Decimal
    base: Decimal
    amount: Decimal


def period_interest(base: Decimal, rate_pct: Decimal, days: int, basis: int) -> Decimal:
    """base × rate × days / (100 × basis), rounded half up to øre."""
    return (base * rate_pct * days / (_HUNDRED * basis)).quantize(ORE, ROUND_HALF_UP)


class InterestAccrual:
    __slots__ = (
        "schedule", "stop", "open_from", "base", "periods", "closed_total",
        "_asked_day", "_asked_total", "_segment",
    )  # fmt: skip

    def __init__(self, schedule: RateSchedule, *, start: date, stop: date | None, base: Decimal):
        self.schedule = schedule
        self.stop = stop or date.max
        self.open_from = start
        self.base = base
        self.periods: list[InterestPeriod] = []
        self.closed_total = ZERO
        self._asked_day: date | None = None
        self._asked_total = ZERO
        self._segment: tuple[date, Decimal, Decimal, bool, int, Decimal] | None = None

    def accrued_through(self, day: date) -> Decimal:
        """All interest up to and including `day` on the bases known so far."""
        if day == self._asked_day:
            return self._asked_total
        last = day if day <= self.stop else self.stop
        if last < self.open_from or not self.base:
            return self.closed_total
        segment = self._segment or self._open_segment()
        if last <= segment[0]:  # the common case: still inside the open rate segment
            if segment[3]:
                days = next_day_30e(last) - segment[4]
            else:
                days = last.toordinal() + 1 - segment[4]
            partial = (segment[1] * days / segment[2]).quantize(ORE, ROUND_HALF_UP)
            total = self.closed_total + partial
        else:
            partial = ZERO
            for first, seg_last, rate in self.schedule.segments(self.open_from, last):
                if seg_last < last:
                    self._close(self._period(first, seg_last, rate))
                else:
                    partial = self._amount(first, seg_last, rate)
            total = self.closed_total + partial
        self._asked_day = day
        self._asked_total = total
        return total

    def _open_segment(self) -> tuple[date, Decimal, Decimal, bool, int, Decimal]:
        """(last day (not past the stop), base × rate, 100 × year basis, 30E/360?, day number of
        open_from, rate): enough to price any day of the open segment with one division."""
        day_count = self.schedule.day_count
        seg_last, rate = self.schedule.segment_at(self.open_from)
        divisor = _HUNDRED * year_basis(self.open_from, day_count)
        is_30e = day_count is DayCount.THIRTY_E_360
        start = day_number_30e(self.open_from) if is_30e else self.open_from.toordinal()
        last = seg_last if seg_last <= self.stop else self.stop
        self._segment = (last, self.base * rate, divisor, is_30e, start, rate)
        return self._segment

    def change_base(self, day: date, new_base: Decimal) -> None:
        """The base is `new_base` from the day after `day` on (a payment counts from next day)."""
        self.close_through(day)
        self.base = new_base

    def close_through(self, day: date) -> None:
        self._asked_day = None
        last = day if day <= self.stop else self.stop
        first = self.open_from
        if last < first:
            self._segment = None
            return
        if self.base:
            segment = self._segment or self._open_segment()
            if last <= segment[0]:  # one piece: the same arithmetic as _period, ready-made
                if segment[3]:
                    days = next_day_30e(last) - segment[4]
                else:
                    days = last.toordinal() + 1 - segment[4]
                amount = (segment[1] * days / segment[2]).quantize(ORE, ROUND_HALF_UP)
                day_count = self.schedule.day_count
                self.periods.append(
                    InterestPeriod(first, last, days, day_count, segment[5], self.base, amount)
                )
                self.closed_total += amount
            else:
                for piece_first, seg_last, rate in self.schedule.segments(first, last):
                    self._close(self._period(piece_first, seg_last, rate))
        self._segment = None
        self.open_from = last + _ONE_DAY

    def _period(self, first: date, last: date, rate: Decimal) -> InterestPeriod:
        day_count = self.schedule.day_count
        days = period_days(first, last, day_count)
        amount = period_interest(self.base, rate, days, year_basis(first, day_count))
        return InterestPeriod(first, last, days, day_count, rate, self.base, amount)

    def _amount(self, first: date, last: date, rate: Decimal) -> Decimal:
        day_count = self.schedule.day_count
        days = period_days(first, last, day_count)
        return period_interest(self.base, rate, days, year_basis(first, day_count))

    def _close(self, period: InterestPeriod) -> None:
        self.periods.append(period)
        self.closed_total += period.amount
        self.open_from = period.last + _ONE_DAY
        self._segment = None
