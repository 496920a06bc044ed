"""Runs a plan period by period: accrue simple interest, then allocate the payment.

The calculator and the agreements both drive this one loop; they differ only in what they ask to
be paid in each period and at what rate interest runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.money import ZERO, round_ore
from workflows.payment_plan.allocation import Balance, Share, allocate
from workflows.payment_plan.dates import add_months
from workflows.payment_plan.day_count import year_fraction
from workflows.payment_plan.items import Bucket, PaymentOrder, PlanAllocation, PlanItem, PlanTerm

_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class PlanLine:
    """One instalment; ``period_no`` 0 is the extraordinary payment before the first period."""

    period_no: int
    due_date: date
    instalment: Decimal
    to_interest: Decimal
    to_costs: Decimal
    to_principal: Decimal
    remaining_balance: Decimal
    interest_accrued: Decimal  # plan interest that arose in this period
    interest_by_item: tuple[tuple[str, Decimal], ...]
    shares: tuple[Share, ...]

    def to_json_dict(self) -> dict:
        return {
            "period_no": self.period_no,
            "due_date": self.due_date.isoformat(),
            "instalment": str(self.instalment),
            "to_interest": str(self.to_interest),
            "to_costs": str(self.to_costs),
            "to_principal": str(self.to_principal),
            "remaining_balance": str(self.remaining_balance),
            "interest_accrued": str(self.interest_accrued),
            "specification": [share.to_json_dict() for share in self.shares],
        }


@dataclass(frozen=True, kw_only=True)
class PlanRun:
    """Everything that shapes a run, apart from the amounts asked for per period."""

    items: Sequence[PlanItem]
    start_date: date  # interest in the plan runs from here
    first_date: date
    term: PlanTerm
    order: PaymentOrder
    allocation: PlanAllocation
    extra: tuple[date, Decimal] | None = None
    rate_for_period: Callable[[int, PlanItem], Decimal] | None = None

    def due_date(self, period_no: int) -> date:
        return add_months(self.first_date, (period_no - 1) * self.term.months)


@dataclass(frozen=True)
class RunResult:
    lines: tuple[PlanLine, ...]
    paid_off: bool
    residual: Decimal  # what is still owed after the run, less anything paid beyond the debt


def run_plan(
    run: PlanRun,
    planned: Callable[[int], Decimal],
    *,
    max_periods: int,
    exact_periods: bool = False,
    keep_lines: bool = True,
) -> RunResult:
    """Run until the debt is paid (or ``max_periods``); with ``exact_periods`` run exactly
    ``max_periods`` periods paying ``planned`` in full, to measure over- or underpayment."""
    balances = [Balance(item, item.bucket, item.plan_amount) for item in run.items]
    accrued = {
        item.item_id: Balance(item, Bucket.INTEREST, ZERO)
        for item in run.items
        if item.interest_bearing
    }
    balances.extend(accrued.values())
    bearing = [b for b in balances if b.item.interest_bearing and b.bucket is not Bucket.INTEREST]
    lines: list[PlanLine] = []
    overpaid = ZERO
    previous = run.start_date
    schedule: list[tuple[int, date, Decimal]] = []
    if run.extra is not None:
        schedule.append((0, run.extra[0], run.extra[1]))
    period_no = 0
    while True:
        if schedule:
            period_no, due, asked = schedule.pop()
        else:
            period_no += 1
            if period_no > max_periods:
                break
            due, asked = run.due_date(period_no), planned(period_no)
        interest_by_item = _accrue(run, bearing, accrued, period_no, previous, due)
        outstanding = sum((b.outstanding for b in balances), ZERO)
        paying = asked if exact_periods else min(asked, outstanding)
        shares, left_over = allocate(
            paying, balances, order=run.order, allocation=run.allocation, instalment=asked
        )
        overpaid += left_over
        previous = due
        remaining = outstanding - paying + left_over
        if keep_lines:
            paid = paying - left_over
            lines.append(_line(period_no, due, paid, shares, remaining, interest_by_item))
        if remaining == 0 and not exact_periods:
            return RunResult(tuple(lines), True, ZERO)
    remaining = sum((b.outstanding for b in balances), ZERO)
    return RunResult(tuple(lines), remaining == 0, remaining - overpaid)


def _accrue(run, bearing, accrued, period_no, start, end) -> tuple[tuple[str, Decimal], ...]:
    """Simple interest on each interest-bearing balance; never on interest (no renters rente)."""
    result = []
    fractions: dict = {}
    for balance in bearing:
        item = balance.item
        if balance.outstanding <= 0:
            continue
        rate = run.rate_for_period(period_no, item) if run.rate_for_period else item.annual_rate_pct
        if not rate:
            continue
        fraction = fractions.get(item.day_count)
        if fraction is None:
            fraction = fractions[item.day_count] = year_fraction(start, end, item.day_count)
        interest = round_ore(balance.outstanding * rate / _HUNDRED * fraction)
        if interest:
            accrued[item.item_id].outstanding += interest
            result.append((item.item_id, interest))
    return tuple(result)


def _line(period_no, due, paid, shares, remaining, interest_by_item) -> PlanLine:
    by_bucket = {bucket: ZERO for bucket in Bucket}
    for share in shares:
        by_bucket[share.bucket] += share.amount
    return PlanLine(
        period_no=period_no,
        due_date=due,
        instalment=paid,
        to_interest=by_bucket[Bucket.INTEREST],
        to_costs=by_bucket[Bucket.COSTS],
        to_principal=by_bucket[Bucket.PRINCIPAL],
        remaining_balance=remaining,
        interest_accrued=sum((amount for _, amount in interest_by_item), ZERO),
        interest_by_item=interest_by_item,
        shares=tuple(shares),
    )
