"""The plan calculator (Beregner): give one of periods, last date or instalment; get the plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal

from models.money import ORE, ZERO, round_ore
from workflows.payment_plan.apr import AprPeriod, AprResult, apr_for_dated_flows
from workflows.payment_plan.checks import check_items, check_max, check_request
from workflows.payment_plan.dates import first_of_next_month, whole_months_between
from workflows.payment_plan.engine import PlanLine, PlanRun, run_plan
from workflows.payment_plan.errors import PaymentPlanError, kr
from workflows.payment_plan.items import (
    PaymentOrder,
    PlanAllocation,
    PlanItem,
    PlanSetup,
    PlanTerm,
    ProblemHandling,
)

EXTRA_BOTH_ERR = "Angiv både beløb og dato for den ekstraordinære betaling."
NOT_PAID_ERR = "Ydelsen {instalment} betaler ikke gælden inden for {max} perioder."
INTEREST_OVER_MSG = "Periode {period}: renten {interest} er større end ydelsen {instalment}."

_HARD_PERIOD_LIMIT = 1200  # 100 years of months: a plan that needs more is not a plan


@dataclass(frozen=True, kw_only=True)
class PlanRequest:
    """The calculator's input fields. Exactly one of periods / last_date / instalment."""

    items: tuple[PlanItem, ...]
    today: date
    first_date: date | None = None  # default: the 1st of next month
    start_date: date | None = None  # plan interest runs from here; default: today
    term: PlanTerm = PlanTerm.MONTH
    periods: int | None = None
    last_date: date | None = None
    instalment: Decimal | None = None
    extra_amount: Decimal | None = None
    extra_date: date | None = None
    allocation: PlanAllocation | None = None  # default from setup
    payment_order: PaymentOrder | None = None  # default from setup


@dataclass(frozen=True, kw_only=True)
class PlanQuote:
    """A computed plan: what *Activate* stores and what the quote command prints."""

    request: PlanRequest
    first_date: date
    start_date: date
    last_date: date
    term: PlanTerm
    periods: int
    instalment: Decimal  # the ordinary instalment; the last one absorbs rounding
    lines: tuple[PlanLine, ...]
    debt_at_start: Decimal
    credit_amount: Decimal  # the ÅOP advance: the debt less items flagged as plan costs
    accrued_interest_total: Decimal
    interest_specification: tuple[tuple[str, Decimal], ...]
    total_paid: Decimal
    credit_cost: Decimal  # kreditomkostninger: total paid less the credit amount
    apr: AprResult
    warnings: tuple[str, ...] = field(default=())

    @property
    def first_principal_period(self) -> int | None:
        """The first ordinary period that pays on the principal."""
        return next((ln.period_no for ln in self.lines if ln.period_no and ln.to_principal), None)

    def to_json_dict(self) -> dict:
        return {
            "first_date": self.first_date.isoformat(),
            "start_date": self.start_date.isoformat(),
            "last_date": self.last_date.isoformat(),
            "term": self.term.value,
            "periods": self.periods,
            "instalment": str(self.instalment),
            "debt_at_start": str(self.debt_at_start),
            "credit_amount": str(self.credit_amount),
            "accrued_interest_total": str(self.accrued_interest_total),
            "interest_specification": [
                {"item_id": item_id, "amount": str(amount)}
                for item_id, amount in self.interest_specification
            ],
            "total_paid": str(self.total_paid),
            "credit_cost": str(self.credit_cost),
            **self.apr.to_json_dict(),
            "warnings": list(self.warnings),
            "lines": [line.to_json_dict() for line in self.lines],
        }


def quote_plan(request: PlanRequest, *, setup: PlanSetup) -> PlanQuote:
    """Compute the plan for ``request`` under ``setup``; raise PaymentPlanError on bad input."""
    check_items(request.items)
    run = build_run(request, setup=setup)
    check_request(request, run)
    limit = hard_period_limit(setup)
    if request.instalment is not None:
        instalment = round_ore(request.instalment)
    else:
        periods = request.periods or _periods_until(run, request.last_date)
        check_max(periods, run.term, setup)
        instalment = _smallest_instalment(run, periods)
    result = run_plan(run, lambda _period: instalment, max_periods=limit)
    warnings = check_interest(result.lines, lambda _period: instalment, setup)
    if not result.paid_off:
        raise PaymentPlanError(NOT_PAID_ERR.format(instalment=kr(instalment), max=limit))
    return finish_quote(request, run, setup, result.lines, instalment, warnings)


def hard_period_limit(setup: PlanSetup) -> int:
    """How far a run may go before it counts as never paid off; past the setup's maximum
    so that a too-long plan is reported as such."""
    return max(_HARD_PERIOD_LIMIT, (setup.max_periods or 0) + 1)


def build_run(request: PlanRequest, *, setup: PlanSetup, rate_for_period=None) -> PlanRun:
    first_date = request.first_date or first_of_next_month(request.today)
    extra = None
    if request.extra_amount is not None or request.extra_date is not None:
        if request.extra_amount is None or request.extra_date is None:
            raise PaymentPlanError(EXTRA_BOTH_ERR)
        extra = (request.extra_date, round_ore(request.extra_amount))
    return PlanRun(
        items=request.items,
        start_date=request.start_date or request.today,
        first_date=first_date,
        term=request.term,
        order=request.payment_order or setup.payment_order,
        allocation=request.allocation or setup.allocation,
        extra=extra,
        rate_for_period=rate_for_period,
    )


def check_interest(lines: Sequence[PlanLine], planned, setup: PlanSetup, skip=frozenset()):
    """'Rente større end betaling': an error or warnings, as the setup says."""
    warnings = []
    for line in lines:
        asked = planned(line.period_no) if line.period_no else None
        if asked is None or line.period_no in skip or line.interest_accrued <= asked:
            continue
        message = INTEREST_OVER_MSG.format(
            period=line.period_no, interest=kr(line.interest_accrued), instalment=kr(asked)
        )
        if setup.interest_over_instalment is ProblemHandling.ERROR:
            raise PaymentPlanError(message)
        warnings.append(message)
    return tuple(warnings)


def finish_quote(request, run, setup, lines, instalment, warnings) -> PlanQuote:
    ordinary = [line for line in lines if line.period_no]
    check_max(len(ordinary), run.term, setup)
    debt = sum((item.plan_amount for item in run.items), ZERO)
    credit_amount = debt - sum((i.plan_amount for i in run.items if i.apr_cost), ZERO)
    total_paid = sum((line.instalment for line in lines), ZERO)
    by_item: dict[str, Decimal] = {}
    for line in lines:
        for item_id, amount in line.interest_by_item:
            by_item[item_id] = by_item.get(item_id, ZERO) + amount
    apr = plan_apr(
        start_date=run.start_date,
        credit_amount=credit_amount,
        payments=[(line.due_date, line.instalment) for line in lines],
        term=run.term,
    )
    return PlanQuote(
        request=request,
        first_date=run.first_date,
        start_date=run.start_date,
        last_date=ordinary[-1].due_date if ordinary else run.first_date,
        term=run.term,
        periods=len(ordinary),
        instalment=instalment,
        lines=tuple(lines),
        debt_at_start=debt,
        credit_amount=credit_amount,
        accrued_interest_total=sum(by_item.values(), ZERO),
        interest_specification=tuple(by_item.items()),
        total_paid=total_paid,
        credit_cost=total_paid - credit_amount,
        apr=apr,
        warnings=tuple(warnings),
    )


def plan_apr(
    *,
    start_date: date,
    credit_amount: Decimal,
    payments: Sequence[tuple[date, Decimal]],
    term: PlanTerm,
) -> AprResult:
    """A plan's ÅOP: the credit amount advanced on the start date, the instalments on their due
    dates; whole years for a yearly term, else whole months, then days (remark (c))."""
    return apr_for_dated_flows(
        advances=[(start_date, credit_amount)],
        payments=payments,
        period=AprPeriod.YEAR if term is PlanTerm.YEAR else AprPeriod.MONTH,
    )


def _periods_until(run: PlanRun, last_date: date) -> int:
    return whole_months_between(run.first_date, last_date) // run.term.months + 1


def _smallest_instalment(run: PlanRun, periods: int) -> Decimal:
    """The least whole-øre instalment that pays the plan off within ``periods`` periods."""

    seen: dict[Decimal, Decimal] = {}

    def residual(instalment: Decimal) -> Decimal:
        if instalment not in seen:
            seen[instalment] = run_plan(
                run,
                lambda _p: instalment,
                max_periods=periods,
                exact_periods=True,
                keep_lines=False,
            ).residual
        return seen[instalment]

    # Once the instalment covers each period's interest the residual is affine in it,
    # so secant steps between the latest two guesses land on it within an øre or two.
    points = [(ZERO, residual(ZERO))]
    guess = max(ORE, (points[0][1] / periods).quantize(ORE, rounding=ROUND_CEILING))
    for _ in range(4):
        at_guess = residual(guess)
        if at_guess == 0:
            break
        (previous, at_previous) = points[-1]
        points.append((guess, at_guess))
        slope = (at_previous - at_guess) / (guess - previous)
        if slope <= 0:
            break
        step = (at_guess / slope).quantize(ORE, rounding=ROUND_CEILING)
        if abs(step) <= ORE:
            break
        guess = max(ORE, guess + step)
    return _bisect_in_ore(residual, guess, ORE)


def _bisect_in_ore(residual, guess: Decimal, floor: Decimal) -> Decimal:
    step = ORE
    if residual(guess) > 0:
        low, high = guess, guess + step
        while residual(high) > 0:
            low, step = high, step * 2
            high = guess + step
    else:
        high, low = guess, guess - step
        while low >= floor and residual(low) <= 0:
            high, step = low, step * 2
            low = guess - step
        low = max(low, floor - ORE)
    while high - low > ORE:
        middle = ((low + high) / 2).quantize(ORE, rounding=ROUND_DOWN)
        if residual(middle) > 0:
            low = middle
        else:
            high = middle
    return high
