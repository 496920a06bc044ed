"""The calculator (Beregner): worked examples, the three ways to give the plan, and refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.enums import DayCount
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
SETUP = PlanSetup()


def quote(items, setup=SETUP, **fields):
    return quote_plan(PlanRequest(items=tuple(items), today=TODAY, **fields), setup=setup)


def test_ten_thousand_at_ten_pct_30e_360_over_twelve_months_is_the_classic_annuity():
    # GIVEN 10 000,00 kr at 10 % p.a., 30E/360, plan from 1 Jan 2026, first payment 1 Feb 2026
    # WHEN the plan is asked for 12 monthly periods
    plan = quote([capital("10000", rate="10")], first_date=date(2026, 2, 1), periods=12)
    # THEN the monthly rate is 10 % * 30/360 = 0,8333 %, and the annuity
    #   10 000 * i / (1 - (1+i)^-12) = 879,158... -> 879,16 kr (the least øre that pays it off)
    assert plan.instalment == Decimal("879.16")
    first = plan.lines[0]
    # period 1: interest 10 000 * 10 % * 30/360 = 83,333 -> 83,33; principal 879,16 - 83,33
    assert (first.to_interest, first.to_principal) == (Decimal("83.33"), Decimal("795.83"))
    assert first.remaining_balance == Decimal("9204.17")
    # period 2: interest 9 204,17 * 10 % * 30/360 = 76,70
    assert plan.lines[1].to_interest == Decimal("76.70")
    # the last instalment absorbs the rounding: 879,13
    assert [line.instalment for line in plan.lines[:-1]] == [Decimal("879.16")] * 11
    assert plan.lines[-1].instalment == Decimal("879.13")
    assert plan.lines[-1].remaining_balance == Decimal("0.00")
    # total paid 11 * 879,16 + 879,13 = 10 549,89; credit cost = 549,89 = all the interest
    assert plan.total_paid == Decimal("10549.89")
    assert plan.credit_cost == Decimal("549.89") == plan.accrued_interest_total
    assert plan.interest_specification == (("C1", Decimal("549.89")),)
    assert plan.last_date == date(2027, 1, 1)
    # ÅOP: 10 000 on 1 Jan 2026 against the 12 instalments on the 1st, each a whole number of
    # months from the start (Annex I remark (c): t_n = n/12), so the ÅOP is the monthly rate
    # compounded, 1,008333^12 - 1 = 10,4713 %, a hair lower as the last instalment is 3 øre less
    assert plan.apr.apr_pct == Decimal("10.4710")
    assert plan.apr.apr_pct_print == Decimal("10.5")


def test_given_an_instalment_the_periods_and_last_date_are_computed():
    # 10 000 at 10 %: 1 000 a month pays it in 11 periods, the last 485,85
    # (period 11: 481,83 principal + 481,83 * 10 % * 30/360 = 4,02 interest)
    plan = quote(
        [capital("10000", rate="10")], first_date=date(2026, 2, 1), instalment=Decimal("1000")
    )
    assert plan.periods == 11
    assert plan.last_date == date(2026, 12, 1)
    assert plan.lines[-1].instalment == Decimal("485.85")
    assert plan.total_paid == Decimal("10485.85")


def test_given_a_last_date_the_periods_are_the_due_dates_up_to_it():
    by_date = quote([capital("10000", rate="10")], last_date=date(2027, 1, 15))
    by_periods = quote([capital("10000", rate="10")], periods=12)
    assert by_date.periods == 12
    assert by_date.lines == by_periods.lines


def test_the_first_payment_date_defaults_to_the_first_of_next_month():
    plan = quote_plan(
        PlanRequest(items=(capital("900"),), today=date(2026, 1, 20), periods=3), setup=SETUP
    )
    assert [line.due_date for line in plan.lines] == [
        date(2026, 2, 1),
        date(2026, 3, 1),
        date(2026, 4, 1),
    ]
    assert [line.instalment for line in plan.lines] == [Decimal("300.00")] * 3


def test_a_quarterly_term_steps_three_months_and_keeps_the_day_or_the_month_end():
    plan = quote([capital("1000")], first_date=date(2026, 1, 31), periods=4, term=PlanTerm.QUARTER)
    assert [line.due_date for line in plan.lines] == [
        date(2026, 1, 31),
        date(2026, 4, 30),
        date(2026, 7, 31),
        date(2026, 10, 31),
    ]


def test_an_interest_free_plan_splits_evenly_and_has_zero_apr():
    # 1 000 over 3: 333,34 twice, last 333,32
    plan = quote([capital("1000")], periods=3)
    assert [line.instalment for line in plan.lines] == [
        Decimal("333.34"),
        Decimal("333.34"),
        Decimal("333.32"),
    ]
    assert plan.credit_cost == Decimal("0.00")
    assert plan.apr.apr_pct == Decimal("0.0000")


def test_act_365_interest_counts_actual_days():
    # 36 500 at 10 % ACT/365 from 1 Jan to 1 Feb 2026 (31 days): 36 500 * 0,10 * 31/365 = 310,00
    plan = quote(
        [capital("36500", rate="10", day_count=DayCount.ACT_365)], instalment=Decimal("10000")
    )
    assert plan.lines[0].interest_accrued == Decimal("310.00")


def test_interest_first_pays_interest_before_costs_and_costs_before_principal():
    items = [
        capital("10000", rate="10"),
        item(ItemKind.FEE, "100", item_id="F1"),
        item(ItemKind.INTEREST, "250", item_id="I1", claim_date=date(2025, 6, 1)),
    ]
    plan = quote(items, instalment=Decimal("200"), payment_order=PaymentOrder.INTEREST_FIRST)
    first = plan.lines[0]
    # period 1: 83,33 plan interest + 116,67 of the old interest; nothing to the fee yet
    assert (first.to_interest, first.to_costs, first.to_principal) == (
        Decimal("200.00"),
        Decimal("0.00"),
        Decimal("0.00"),
    )


def test_costs_first_pays_the_fee_before_any_interest():
    items = [
        capital("10000", rate="10"),
        item(ItemKind.FEE, "100", item_id="F1"),
        item(ItemKind.INTEREST, "250", item_id="I1", claim_date=date(2025, 6, 1)),
    ]
    plan = quote(items, instalment=Decimal("200"), payment_order=PaymentOrder.COSTS_FIRST)
    first = plan.lines[0]
    assert (first.to_costs, first.to_interest) == (Decimal("100.00"), Decimal("100.00"))


def test_oldest_first_pays_the_oldest_claim_before_the_next():
    items = [
        capital("500", item_id="NEW", claim_date=date(2025, 9, 1)),
        capital("500", item_id="OLD", claim_date=date(2025, 3, 1)),
    ]
    plan = quote(items, instalment=Decimal("300"))
    shares = [(s.item_id, s.amount) for s in plan.lines[1].shares]
    # period 1: 300 to OLD; period 2: the last 200 of OLD, then 100 to NEW
    assert sorted(shares) == [("NEW", Decimal("100.00")), ("OLD", Decimal("200.00"))]


def test_pro_rata_splits_each_payment_by_balance():
    items = [capital("300", item_id="A"), capital("100", item_id="B")]
    plan = quote(items, instalment=Decimal("100"), allocation=PlanAllocation.PRO_RATA)
    shares = {s.item_id: s.amount for s in plan.lines[0].shares}
    assert shares == {"A": Decimal("75.00"), "B": Decimal("25.00")}


def test_pro_rata_follows_the_repayment_share_when_given():
    items = [
        capital("300", item_id="A", repayment_share_pct=Decimal(50)),
        capital("100", item_id="B", repayment_share_pct=Decimal(50)),
    ]
    plan = quote(items, instalment=Decimal("100"), allocation=PlanAllocation.PRO_RATA)
    shares = {s.item_id: s.amount for s in plan.lines[0].shares}
    assert shares == {"A": Decimal("50.00"), "B": Decimal("50.00")}


def test_special_allocation_follows_the_payment_priority():
    items = [
        capital("500", item_id="OLD", claim_date=date(2025, 1, 1), payment_priority=2),
        capital("500", item_id="FIRST", claim_date=date(2025, 9, 1), payment_priority=1),
    ]
    plan = quote(items, instalment=Decimal("300"), allocation=PlanAllocation.SPECIAL)
    assert [(s.item_id, s.amount) for s in plan.lines[0].shares] == [("FIRST", Decimal("300.00"))]


def test_payment_percentage_limit_caps_an_items_share_while_others_owe():
    items = [
        capital("1000", item_id="OLD", claim_date=date(2025, 1, 1), payment_pct_limit=Decimal(40)),
        capital("1000", item_id="NEW", claim_date=date(2025, 9, 1)),
    ]
    plan = quote(items, instalment=Decimal("100"))
    shares = {s.item_id: s.amount for s in plan.lines[0].shares}
    assert shares == {"OLD": Decimal("40.00"), "NEW": Decimal("60.00")}
    # once NEW is paid, OLD takes the whole instalment
    assert {s.item_id for s in plan.lines[-1].shares} == {"OLD"}


def test_a_debtor_not_in_solidum_carries_only_the_liability_share():
    plan = quote([capital("1000", in_solidum=False, liability_share_pct=Decimal(40))], periods=2)
    assert plan.debt_at_start == Decimal("400.00")
    assert plan.total_paid == Decimal("400.00")


def test_an_item_flagged_as_plan_cost_counts_in_the_credit_cost_not_the_advance():
    # the 170 kr amortisation-plan fee is a cost of the credit: advance 1 000, paid 1 170
    items = [capital("1000"), item(ItemKind.FEE, "170", item_id="PLANFEE", apr_cost=True)]
    plan = quote(items, periods=12)
    assert plan.credit_amount == Decimal("1000.00")
    assert plan.credit_cost == Decimal("170.00")
    assert plan.apr.apr_pct > Decimal("30")


def test_an_extraordinary_payment_is_line_zero_before_the_first_period():
    plan = quote(
        [capital("10000", rate="10")],
        first_date=date(2026, 2, 1),
        extra_amount=Decimal("4000"),
        extra_date=date(2026, 1, 16),
        periods=6,
    )
    extra = plan.lines[0]
    assert (extra.period_no, extra.due_date, extra.instalment) == (
        0,
        date(2026, 1, 16),
        Decimal("4000.00"),
    )
    # interest 1-16 Jan: 10 000 * 10 % * 15/360 = 41,67 taken first, 3 958,33 to principal
    assert (extra.to_interest, extra.to_principal) == (Decimal("41.67"), Decimal("3958.33"))
    assert plan.periods == 6 and len(plan.lines) == 7
    # 1 Feb: interest on 6 041,67 for 15 days (16 Jan -> 1 Feb under 30E/360)
    assert plan.lines[1].interest_accrued == Decimal("25.17")


def test_interest_over_the_instalment_is_an_error_when_setup_says_error():
    # 10 000 at 10 %: 83,33 interest a month against an instalment of 50
    with pytest.raises(PaymentPlanError, match=r"Periode 1: renten 83,33 kr er større end ydelsen"):
        quote([capital("10000", rate="10")], instalment=Decimal("50"))


def test_interest_over_the_instalment_is_a_warning_when_setup_says_warning():
    # first period is long (1 Jan -> 1 Apr, 90 days): 250 interest against 200
    setup = PlanSetup(interest_over_instalment=ProblemHandling.WARNING)
    plan = quote(
        [capital("10000", rate="10")], setup, first_date=date(2026, 4, 1), instalment=Decimal("200")
    )
    assert plan.warnings == ("Periode 1: renten 250,00 kr er større end ydelsen 200,00 kr.",)
    # the unpaid interest waits in the interest bucket and does not bear interest itself
    assert plan.lines[0].to_interest == Decimal("200.00")
    assert plan.lines[1].interest_accrued == Decimal("83.33")


def test_a_plan_beyond_the_max_periods_is_refused():
    setup = PlanSetup(max_periods=24)
    with pytest.raises(PaymentPlanError, match="højst 24"):
        quote([capital("10000")], setup, periods=25)
    with pytest.raises(PaymentPlanError, match="højst 24"):
        quote([capital("10000")], setup, instalment=Decimal("100"))


def test_a_plan_beyond_the_max_months_is_refused():
    setup = PlanSetup(max_months=24)
    with pytest.raises(PaymentPlanError, match="27 måneder; højst 24"):
        quote([capital("10000")], setup, periods=9, term=PlanTerm.QUARTER)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"periods": 3, "instalment": Decimal(10)}, "præcis én"),
        ({}, "præcis én"),
        ({"periods": 3, "first_date": date(2025, 12, 1)}, "ligger før dags dato"),
        ({"periods": 0}, "mindst 1"),
        ({"instalment": Decimal(0)}, "større end 0"),
        ({"last_date": date(2025, 12, 1)}, "før første betalingsdato"),
        ({"periods": 3, "extra_amount": Decimal(10)}, "både beløb og dato"),
        (
            {"periods": 3, "extra_amount": Decimal(10), "extra_date": date(2026, 2, 1)},
            "før første betalingsdato",
        ),
        (
            {"periods": 3, "extra_amount": Decimal(-1), "extra_date": date(2026, 1, 5)},
            "større end 0",
        ),
        (
            {"periods": 3, "extra_amount": Decimal(1000), "extra_date": date(2026, 1, 5)},
            "dækker hele gælden",
        ),
    ],
)
def test_bad_calculator_input_is_refused_in_danish(fields, message):
    with pytest.raises(PaymentPlanError, match=message):
        quote([capital("1000")], **fields)


@pytest.mark.parametrize("amount", ["0", "-5"])
def test_zero_or_negative_items_are_refused(amount):
    with pytest.raises(PaymentPlanError, match="skal være større end 0"):
        quote([capital(amount)], periods=3)


def test_interest_cannot_bear_interest():
    bad = item(ItemKind.INTEREST, "100", item_id="I1", interest_bearing=True)
    with pytest.raises(PaymentPlanError, match="ingen renters rente"):
        quote([bad], periods=3)


def test_a_plan_without_items_is_refused():
    with pytest.raises(PaymentPlanError, match="ingen poster"):
        quote([], periods=3)


def test_the_quote_serialises_to_plain_json_values():
    data = quote([capital("1000", rate="5")], periods=2).to_json_dict()
    assert data["instalment"] == "503.13"
    assert data["periods"] == 2
    assert data["lines"][0]["due_date"] == "2026-02-01"
    assert data["lines"][0]["specification"][0]["bucket"] in {b.value for b in Bucket}
    assert set(data) >= {"credit_cost", "apr_pct", "apr_pct_print", "total_paid", "warnings"}


def test_an_instalment_given_beyond_ore_is_rounded_half_up():
    plan = quote([capital("1000")], instalment=Decimal("333.335"))
    assert plan.instalment == Decimal("333.34")
    assert plan.lines[0].instalment == Decimal("333.34")
