"""Betalingsaftaler: general and single-period agreements recompute the plan's future lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.money import ZERO
from tests.payment_plans.rules.builders import capital, item
from workflows.payment_plan import (
    GeneralAgreement,
    GeneralKind,
    ItemKind,
    PaymentPlanError,
    PeriodAgreement,
    PeriodKind,
    PlanRequest,
    PlanSetup,
    apply_agreements,
    quote_plan,
)

TODAY = date(2026, 1, 1)
SETUP = PlanSetup()


@pytest.fixture
def plan():
    # 10 000 at 10 % and a 500 fee, 300 a month: period 1 takes 83,33 interest + 216,67 fee,
    # period 2 the rest of the fee, so period 3 is the first that pays on the principal
    items = (capital("10000", rate="10"), item(ItemKind.FEE, "500", item_id="F1"))
    request = PlanRequest(items=items, today=TODAY, instalment=Decimal("300"))
    return quote_plan(request, setup=SETUP)


def agree(plan, **agreements):
    return apply_agreements(plan, setup=SETUP, today=TODAY, **agreements)


def test_the_first_principal_period_is_after_interest_and_costs(plan):
    assert plan.first_principal_period == 3
    assert plan.lines[1].to_principal == ZERO and plan.lines[2].to_principal > ZERO


def test_no_agreements_reproduce_the_plan(plan):
    assert agree(plan).lines == plan.lines


def test_an_instalment_change_from_period_5_shortens_the_plan(plan):
    change = GeneralAgreement(
        kind=GeneralKind.INSTALMENT_CHANGE, from_period=5, new_instalment=Decimal("600")
    )
    changed = agree(plan, general=[change])
    assert [line.instalment for line in changed.lines[:6]] == [Decimal("300.00")] * 4 + [
        Decimal("600.00")
    ] * 2
    assert changed.lines[:4] == plan.lines[:4]
    assert changed.periods < plan.periods
    assert changed.total_paid == changed.debt_at_start + changed.accrued_interest_total


def test_an_interest_stop_from_period_5_accrues_no_more_interest(plan):
    stopped = agree(plan, general=[GeneralAgreement(kind=GeneralKind.INTEREST_STOP, from_period=5)])
    assert stopped.lines[3].interest_accrued > ZERO
    assert all(line.interest_accrued == ZERO for line in stopped.lines[4:])
    assert stopped.credit_cost < plan.credit_cost


def test_a_general_agreement_before_the_first_principal_period_is_refused(plan):
    change = GeneralAgreement(
        kind=GeneralKind.INSTALMENT_CHANGE, from_period=2, new_instalment=Decimal("600")
    )
    with pytest.raises(PaymentPlanError, match="tidligst gælde fra periode 3"):
        agree(plan, general=[change])


def test_an_instalment_change_needs_a_new_instalment(plan):
    with pytest.raises(PaymentPlanError, match="ny ydelse"):
        agree(plan, general=[GeneralAgreement(kind=GeneralKind.INSTALMENT_CHANGE, from_period=4)])


def test_a_deferral_moves_the_instalment_to_the_next_period(plan):
    deferred = agree(plan, single=[PeriodAgreement(kind=PeriodKind.DEFERRAL, period_no=6)])
    assert deferred.lines[5].instalment == ZERO
    assert deferred.lines[6].instalment == Decimal("600.00")
    # interest keeps running on the unpaid balance, so the deferral costs a little interest
    assert deferred.accrued_interest_total > plan.accrued_interest_total


def test_a_reduced_and_an_increased_payment_change_one_period_each(plan):
    changed = agree(
        plan,
        single=[
            PeriodAgreement(kind=PeriodKind.REDUCED, period_no=4, amount=Decimal("100")),
            PeriodAgreement(kind=PeriodKind.INCREASED, period_no=5, amount=Decimal("1000")),
        ],
    )
    assert [line.instalment for line in changed.lines[2:6]] == [
        Decimal("300.00"),
        Decimal("100.00"),
        Decimal("1000.00"),
        Decimal("300.00"),
    ]


def test_an_interest_agreement_changes_the_rate_for_that_period_only(plan):
    # period 6 at 0 %: no interest that month; period 7 back at 10 %
    changed = agree(
        plan,
        single=[PeriodAgreement(kind=PeriodKind.INTEREST, period_no=6, annual_rate_pct=ZERO)],
    )
    assert changed.lines[5].interest_accrued == ZERO
    assert changed.lines[6].interest_accrued > ZERO


@pytest.mark.parametrize(
    ("agreement", "message"),
    [
        (PeriodAgreement(kind=PeriodKind.REDUCED, period_no=4, amount=Decimal("300")), "mindre"),
        (PeriodAgreement(kind=PeriodKind.INCREASED, period_no=4, amount=Decimal("200")), "større"),
        (PeriodAgreement(kind=PeriodKind.INTEREST, period_no=4), "rentesats"),
        (PeriodAgreement(kind=PeriodKind.DEFERRAL, period_no=99), "findes ikke"),
    ],
)
def test_bad_single_period_agreements_are_refused(plan, agreement, message):
    with pytest.raises(PaymentPlanError, match=message):
        agree(plan, single=[agreement])


def test_two_agreements_on_one_period_are_refused(plan):
    twice = [PeriodAgreement(kind=PeriodKind.DEFERRAL, period_no=4)] * 2
    with pytest.raises(PaymentPlanError, match="allerede en aftale"):
        agree(plan, single=twice)


def test_a_period_already_due_cannot_be_changed(plan):
    with pytest.raises(PaymentPlanError, match="forfaldt 01-03-2026"):
        apply_agreements(
            plan,
            setup=SETUP,
            today=date(2026, 3, 15),
            single=[PeriodAgreement(kind=PeriodKind.DEFERRAL, period_no=2)],
        )
