"""Simple interest on one interest-bearing amount whose base falls as payments reach it.

Interest runs from `start` to the as-of date, both inclusive, and not past `stop` (the interest
stop date, inclusive). A period is a run of days with one rate and one base (and, under ACT/ACT,
one calendar year); each period's amount is rounded half up to øre. Days must be asked for in
date order: a finished piece of a period (cut by a rate change before the asked day) is final,
because the base can only change on the asked day or later.

The running sums are whole øre as Python ints (see `ore`): base × rate × days / (100 × basis) is
then an exact fraction of ints, and rounding it half up gives what Decimal gives (Decimal's 28
digits are far more than the øre of any amount needs, so its one rounding step never reaches a
half-øre boundary). Periods are reported in Decimal, as before.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from models.enums import DayCount
from models.money import ORE
from workflows.statement.day_count import day_number_30e, year_basis
from workflows.statement.errors import StatementError
from workflows.statement.rates import RateSchedule

_ONE_DAY = timedelta(days=1)
_HUNDRED = Decimal(100)
_NEXT_DAY_30E: dict[date, int] = {}
_RATIOS: dict[Decimal, tuple[int, int]] = {}


def next_day_30e(day: date) -> int:
    """The 30E/360 day number of the day after `day` (memoised: statements ask the same days)."""
    number = _NEXT_DAY_30E.get(day)
    if number is None:
        if len(_NEXT_DAY_30E) > 100_000:
            _NEXT_DAY_30E.clear()
        number = _NEXT_DAY_30E[day] = day_number_30e(day + _ONE_DAY)
    return number


def ore(amount: Decimal, entry_id: int | None = None) -> int:
    """A whole-øre amount as an int of øre; amounts with fractions of an øre are refused."""
    hundredfold = amount * 100
    whole = int(hundredfold)
    if whole != hundredfold:
        raise StatementError(
            f"Beløbet {amount} på post {entry_id} er ikke et helt antal øre.",
            field="amount",
            rule="whole_ore",
        )
    return whole


def kroner(amount_ore: int) -> Decimal:
    """Øre as a Decimal amount with two decimals (as ZERO + amounts would give)."""
    return Decimal(amount_ore).scaleb(-2)


def rate_ratio(rate_pct: Decimal) -> tuple[int, int]:
    """rate_pct as numerator / denominator ints (7.65 -> (765, 100))."""
    found = _RATIOS.get(rate_pct)
    if found is None:
        exponent = rate_pct.as_tuple().exponent
        if exponent >= 0:
            found = (int(rate_pct), 1)
        else:
            found = (int(rate_pct.scaleb(-exponent)), 10**-exponent)
        if len(_RATIOS) > 10_000:
            _RATIOS.clear()
        _RATIOS[rate_pct] = found
    return found


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator (denominator > 0) rounded half away from zero."""
    if numerator >= 0:
        return (2 * numerator + denominator) // (2 * denominator)
    return -((denominator - 2 * numerator) // (2 * denominator))


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
    """`base` and `closed` (the interest of the closed periods) are in øre."""

    __slots__ = (
        "schedule", "stop", "open_from", "base", "base_amount", "closed", "_pieces", "_periods",
        "_asked_day", "_asked_total", "_segment",
    )  # fmt: skip

    def __init__(self, schedule: RateSchedule, *, start: date, stop: date | None, base: Decimal):
        self.schedule = schedule
        self.stop = stop or date.max
        self.open_from = start
        self.base = ore(base)
        self.base_amount = base  # the base as reported in the periods
        self.closed = 0
        # the closed periods as (first, last, days, rate, base, amount in øre): the
        # InterestPeriod rows are built only when read (most statements are only summed)
        self._pieces: list[tuple[date, date, int, Decimal, Decimal, int]] = []
        self._periods: list[InterestPeriod] = []
        self._asked_day: date | None = None
        self._asked_total = 0
        # (last day, 2 × base × rate numerator, denominator, 2 × denominator, 30E/360?,
        #  day number of open_from, rate)
        self._segment: tuple[date, int, int, int, bool, int, Decimal] | None = None

    @property
    def closed_total(self) -> Decimal:
        return kroner(self.closed)

    @property
    def span(self) -> tuple[date, date] | None:
        """The first and last day of the closed periods (None: no interest ran)."""
        pieces = self._pieces
        return (pieces[0][0], pieces[-1][1]) if pieces else None

    @property
    def periods(self) -> list[InterestPeriod]:
        """The closed periods, each amount rounded half up to øre."""
        built, pieces = self._periods, self._pieces
        if len(built) < len(pieces):
            day_count = self.schedule.day_count
            built.extend(
                InterestPeriod(
                    first, last, days, day_count, rate, base,
                    self._reported(amount, rate, days, first, base),
                )
                for first, last, days, rate, base, amount in pieces[len(built) :]
            )  # fmt: skip
        return built

    def accrued_through(self, day: date) -> int:
        """All interest up to and including `day` on the bases known so far, in øre."""
        if day == self._asked_day:
            return self._asked_total
        last = day if day <= self.stop else self.stop
        if last < self.open_from or not self.base:
            return self.closed
        segment = self._segment or self._open_segment()
        if last <= segment[0]:  # the common case: still inside the open rate segment
            total = self.closed + segment_interest(segment, last)
        else:  # past a rate change (or year end): the finished segments are final
            while last > segment[0]:
                self._close_piece(segment, segment[0])
                segment = self._open_segment()
            total = self.closed + segment_interest(segment, last)
        self._asked_day = day
        self._asked_total = total
        return total

    def _open_segment(self) -> tuple[date, int, int, int, bool, int, Decimal]:
        """Enough to price any day of the open segment with a few int operations."""
        day_count = self.schedule.day_count
        seg_last, rate = self.schedule.segment_at(self.open_from)
        numerator, scale = rate_ratio(rate)
        divisor = scale * 100 * year_basis(self.open_from, day_count)
        is_30e = day_count is DayCount.THIRTY_E_360
        start = day_number_30e(self.open_from) if is_30e else self.open_from.toordinal()
        last = seg_last if seg_last <= self.stop else self.stop
        self._segment = (
            last, 2 * self.base * numerator, divisor, 2 * divisor, is_30e, start, rate
        )  # fmt: skip
        return self._segment

    def change_base(self, day: date, new_base: int) -> None:
        """The base is `new_base` øre from the day after `day` on (a payment counts from next
        day)."""
        self.close_through(day)
        self.base = new_base
        self.base_amount = kroner(new_base)

    def close_through(self, day: date) -> None:
        self._asked_day = None
        last = day if day <= self.stop else self.stop
        first = self.open_from
        if last < first:
            self._segment = None
            return
        if self.base:
            segment = self._segment or self._open_segment()
            while last > segment[0]:
                self._close_piece(segment, segment[0])
                segment = self._open_segment()
            self._close_piece(segment, last)
        self._segment = None
        self.open_from = last + _ONE_DAY

    def _close_piece(self, segment: tuple, last: date) -> None:
        """Close open_from..last, which lies in the open segment, as one period."""
        if segment[4]:
            days = next_day_30e(last) - segment[5]
        else:
            days = last.toordinal() + 1 - segment[5]
        amount = segment_interest(segment, last)
        self._pieces.append((self.open_from, last, days, segment[6], self.base_amount, amount))
        self.closed += amount
        self.open_from = last + _ONE_DAY
        self._segment = None

    def _reported(
        self, amount: int, rate: Decimal, days: int, first: date, base: Decimal
    ) -> Decimal:
        if amount:
            return kroner(amount)
        # zero keeps the sign Decimal arithmetic gives it (a negative rate shows -0.00)
        basis = year_basis(first, self.schedule.day_count)
        return period_interest(base, rate, days, basis)


def segment_interest(segment: tuple, last: date) -> int:
    """The interest in øre of the open segment from its first day through `last`."""
    if segment[4]:
        days = next_day_30e(last) - segment[5]
    else:
        days = last.toordinal() + 1 - segment[5]
    twice = segment[1] * days
    if twice >= 0:
        return (twice + segment[2]) // segment[3]
    return -((segment[2] - twice) // segment[3])
