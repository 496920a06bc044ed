"""Money rules that must hold for any plan the calculator makes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from models.enums import DayCount
from models.money import ZERO
from tests.payment_plans.rules.builders import capital, item
from workflows.payment_plan import (
    Bucket,
    ItemKind,
    PaymentOrder,
    PaymentPlanError,
    PlanAllocation,
    PlanRequest,
    PlanSetup,
    PlanTerm,
    ProblemHandling,
    quote_plan,
)

TODAY = date(2026, 1, 1)
money = st.decimals(min_value="1.00", max_value="50000.00", places=2)
rates = st.sampled_from(["0", "2.5", "8", "10.05", "18"])


@st.composite
def plan_items(draw):
    items = []
    for n in range(draw(st.integers(1, 3))):
        items.append(
            capital(
                str(draw(money)),
                item_id=f"C{n}",
                rate=draw(rates),
                claim_date=date(2025, draw(st.integers(1, 12)), 1),
                day_count=draw(st.sampled_from(list(DayCount))),
            )
        )
    if draw(st.booleans()):
        items.append(item(ItemKind.FEE, str(draw(money) / 10), item_id="F1"))
    if draw(st.booleans()):
        items.append(item(ItemKind.INTEREST, str(draw(money) / 10), item_id="I1"))
    if draw(st.booleans()):
        fee = draw(money) / 10
        items.append(
            item(
                ItemKind.COST,
                str(fee),
                item_id="K1",
                interest_bearing=True,
                annual_rate_pct=Decimal("8.05"),
            )
        )
    return tuple(items)


@st.composite
def requests(draw):
    items = draw(plan_items())
    how = draw(st.sampled_from(["periods", "instalment"]))
    fields = {}
    if how == "periods":
        fields["periods"] = draw(st.integers(1, 60))
    else:
        fields["instalment"] = draw(st.decimals(min_value="50.00", max_value="20000.00", places=2))
    return PlanRequest(
        items=items,
        today=TODAY,
        first_date=date(2026, draw(st.integers(1, 6)), draw(st.integers(1, 28))),
        term=draw(st.sampled_from(list(PlanTerm))),
        allocation=draw(st.sampled_from(list(PlanAllocation))),
        payment_order=draw(st.sampled_from(list(PaymentOrder))),
        **fields,
    )


SETUP = PlanSetup(interest_over_instalment=ProblemHandling.WARNING)


def quote_or_skip(request):
    try:
        return quote_plan(request, setup=SETUP)
    except PaymentPlanError:
        assume(False)


@settings(max_examples=150, deadline=None)
@given(requests())
def test_instalments_sum_exactly_to_the_debt_plus_the_interest_over_the_plan(request):
    plan = quote_or_skip(request)
    assert plan.total_paid == sum((line.instalment for line in plan.lines), ZERO)
    assert plan.total_paid == plan.debt_at_start + plan.accrued_interest_total
    assert plan.lines[-1].remaining_balance == ZERO
    for line in plan.lines:
        assert line.instalment == line.to_interest + line.to_costs + line.to_principal
        assert line.instalment == sum((s.amount for s in line.shares), ZERO)
        assert line.instalment.as_tuple().exponent == -2


@settings(max_examples=150, deadline=None)
@given(requests())
def test_only_the_last_instalment_differs_and_it_is_never_larger(request):
    plan = quote_or_skip(request)
    *regular, last = plan.lines
    assert all(line.instalment == plan.instalment for line in regular)
    assert ZERO < last.instalment <= plan.instalment


@settings(max_examples=150, deadline=None)
@given(requests())
def test_no_line_pays_principal_while_interest_or_costs_are_owed(request):
    plan = quote_or_skip(request)
    costs_owed = sum((i.plan_amount for i in plan.request.items if i.bucket is Bucket.COSTS), ZERO)
    interest_owed = sum(
        (i.plan_amount for i in plan.request.items if i.bucket is Bucket.INTEREST), ZERO
    )
    for line in plan.lines:
        interest_owed += line.interest_accrued - line.to_interest
        costs_owed -= line.to_costs
        if line.to_principal:
            assert interest_owed == ZERO and costs_owed == ZERO


@settings(max_examples=60, deadline=None)
@given(requests())
def test_a_plan_given_by_periods_uses_the_least_instalment_that_pays_it(request):
    assume(request.periods is not None)
    plan = quote_or_skip(request)
    assert plan.periods <= request.periods
    one_ore_less = plan.instalment - Decimal("0.01")
    assume(one_ore_less > 0)
    try:
        slower = quote_plan(
            PlanRequest(**{**request.__dict__, "periods": None, "instalment": one_ore_less}),
            setup=SETUP,
        )
    except PaymentPlanError:
        return
    assert slower.periods > request.periods
