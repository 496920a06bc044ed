"""Effective rate schedules of interest codes.

A reference_plus_margin code changes rate at every reference-rate change and at every change of
its own margin rows; the rate is reference + margin as they are (a negative reference rate lowers
the rate). Consecutive equal rates are merged: only a change of rate starts a new period.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from models.enums import DayCount, RateKind
from workflows.statement.day_count import year_pieces
from workflows.statement.errors import StatementError
from workflows.statement.inputs import InterestCodeSpec, RateCap, RatePoint

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class RateSchedule:
    """Rates valid from each start date on, with the code's day count.

    A capped schedule (see RateCap) keeps the rates before the cap in `uncapped` and the cap's
    reason in `cap_note`, so a period's specification line can say why its rate is lower."""

    code: str
    day_count: DayCount
    points: tuple[RatePoint, ...]
    uncapped: tuple[RatePoint, ...] = ()
    cap_note: str = ""
    _starts: tuple[date, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.valid_from for p in self.points))

    def uncapped_rate_on(self, day: date) -> Decimal | None:
        """The rate before the cap on `day`, if the cap lowered it that day (else None)."""
        if not self.uncapped:
            return None
        index = bisect_right([p.valid_from for p in self.uncapped], day) - 1
        if index < 0:
            return None
        rate = self.uncapped[index].pct
        return rate if rate > self.rate_on(day) else None

    def cap_text(self, day: date) -> str:
        """Why the rate on `day` is lower than agreed, for a specification ("" if it is not)."""
        uncapped = self.uncapped_rate_on(day)
        if uncapped is None:
            return ""
        shown = uncapped.quantize(Decimal("0.01")) if uncapped == round(uncapped, 2) else uncapped
        agreed = f"{shown}".replace(".", ",")
        return f"nedsat fra {agreed} % p.a.: {self.cap_note}"

    def rate_on(self, day: date) -> Decimal:
        index = bisect_right(self._starts, day) - 1
        if index < 0:
            raise StatementError(
                f"Rentekode {self.code} har ingen rentesats den {day:%d-%m-%Y}.",
                field="interest_code",
                rule="rate_schedule",
            )
        return self.points[index].pct

    def segment_at(self, day: date) -> tuple[date, Decimal]:
        """The last day of the rate segment (and ACT/ACT year) that `day` lies in, and its rate."""
        starts = self._starts
        index = bisect_right(starts, day) - 1
        if index < 0:
            self.rate_on(day)  # raises the Danish error
        last = starts[index + 1] - _ONE_DAY if index + 1 < len(starts) else date.max
        if self.day_count is DayCount.ACT_ACT:
            last = min(last, date(day.year, 12, 31))
        return last, self.points[index].pct

    def segments(self, first: date, last: date) -> Iterator[tuple[date, date, Decimal]]:
        """first..last cut at every rate change (and year end under ACT/ACT), with the rate."""
        starts = self._starts
        index = bisect_right(starts, first) - 1
        if index < 0:
            self.rate_on(first)  # raises the Danish error
        while first <= last:
            next_start = starts[index + 1] if index + 1 < len(starts) else None
            seg_last = last if next_start is None or next_start > last else next_start - _ONE_DAY
            rate = self.points[index].pct
            if self.day_count is DayCount.ACT_ACT and first.year != seg_last.year:
                for piece_first, piece_last in year_pieces(first, seg_last):
                    yield piece_first, piece_last, rate
            else:
                yield first, seg_last, rate
            first = seg_last + _ONE_DAY
            index += 1


def build_rate_schedule(
    spec: InterestCodeSpec, *, fixed_rate_pct: Decimal | None = None, cap: RateCap | None = None
) -> RateSchedule:
    """The effective schedule of a code; claim_fixed codes take the claim's own rate. With a
    cap, each day's rate is the lower of the code's rate and the cap."""
    if spec.kind is RateKind.CLAIM_FIXED:
        if fixed_rate_pct is None:
            raise StatementError(
                f"Rentekode {spec.code} kræver en aftalt fast rentesats på fordringen.",
                field="fixed_rate_pct",
                rule="claim_fixed",
            )
        points = [RatePoint(date.min, fixed_rate_pct)]
    elif spec.kind is RateKind.FIXED:
        points = sorted(spec.rate_rows, key=lambda p: p.valid_from)
    else:
        points = _reference_plus_margin(spec.reference_rates, spec.rate_rows)
    if not points:
        raise StatementError(
            f"Rentekode {spec.code} har ingen rentesatser.", field="interest_code", rule="setup"
        )
    merged = tuple(_merge_equal(points))
    if cap is not None and cap.points:
        capped = tuple(_merge_equal(_lower_of(merged, cap.points)))
        if capped != merged:
            return RateSchedule(spec.code, spec.day_count, capped, merged, cap.note)
    return RateSchedule(spec.code, spec.day_count, merged)


def build_rate_cap(
    reference: Sequence[RatePoint], margins: Sequence[RatePoint], note: str
) -> RateCap:
    """The cap reference + margin from the first margin row on (margins: the cap rows)."""
    return RateCap(tuple(_merge_equal(_reference_plus_margin(reference, margins))), note)


def _lower_of(rates: Sequence[RatePoint], cap: Sequence[RatePoint]) -> list[RatePoint]:
    rate_starts = [p.valid_from for p in rates]
    cap_starts = [p.valid_from for p in cap]
    days = sorted(set(rate_starts) | {d for d in cap_starts if d >= rate_starts[0]})
    points = []
    for day in days:
        rate = rates[bisect_right(rate_starts, day) - 1].pct
        index = bisect_right(cap_starts, day) - 1
        points.append(RatePoint(day, rate if index < 0 else min(rate, cap[index].pct)))
    return points


def _reference_plus_margin(
    reference: Sequence[RatePoint], margins: Sequence[RatePoint]
) -> list[RatePoint]:
    reference = sorted(reference, key=lambda p: p.valid_from)
    margins = sorted(margins, key=lambda p: p.valid_from)
    if not reference or not margins:
        return []
    ref_starts = [p.valid_from for p in reference]
    margin_starts = [p.valid_from for p in margins]
    first = max(ref_starts[0], margin_starts[0])
    change_days = sorted({d for d in ref_starts + margin_starts if d >= first})
    points = []
    for day in change_days:
        ref = reference[bisect_right(ref_starts, day) - 1].pct
        margin = margins[bisect_right(margin_starts, day) - 1].pct
        points.append(RatePoint(day, ref + margin))
    return points


def _merge_equal(points: Sequence[RatePoint]) -> Iterator[RatePoint]:
    previous: Decimal | None = None
    for point in points:
        if point.pct != previous:
            yield point
            previous = point.pct


def pick_interest_code(
    codes: Sequence[InterestCodeSpec], *, due_date: date, candidates: Sequence[str]
) -> InterestCodeSpec:
    """Among `candidates` (e.g. DK-MORA, DK-MORA7), the code meant for a claim due on due_date."""
    by_code = {c.code: c for c in codes}
    for code in candidates:
        spec = by_code.get(code)
        if spec is None:
            continue
        if spec.claims_due_from and due_date < spec.claims_due_from:
            continue
        if spec.claims_due_to and due_date > spec.claims_due_to:
            continue
        return spec
    raise StatementError(
        f"Ingen rentekode passer til en fordring med forfald {due_date:%d-%m-%Y}.",
        field="interest_code",
        rule="margin_by_due_date",
    )
