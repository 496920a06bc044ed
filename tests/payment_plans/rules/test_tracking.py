"""Plan status and following a plan through the posted payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.payment_plans.rules.builders import capital
from workflows.payment_plan import (
    LineStatus,
    PaymentPlanError,
    PlanAction,
    PlanRequest,
    PlanSetup,
    PlanStatus,
    follow_up,
    next_status,
    quote_plan,
)


def test_a_plan_goes_draft_active_closed_and_can_be_reopened():
    status = next_status(PlanStatus.DRAFT, PlanAction.ACTIVATE)
    assert status is PlanStatus.ACTIVE
    status = next_status(status, PlanAction.CLOSE)
    assert status is PlanStatus.CLOSED
    assert next_status(status, PlanAction.REOPEN) is PlanStatus.ACTIVE


@pytest.mark.parametrize(
    ("status", "action", "message"),
    [
        (PlanStatus.DRAFT, PlanAction.CLOSE, "kladde kan ikke lukkes"),
        (PlanStatus.ACTIVE, PlanAction.ACTIVATE, "aktiv kan ikke aktiveres"),
        (PlanStatus.ACTIVE, PlanAction.REOPEN, "aktiv kan ikke genåbnes"),
        (PlanStatus.CLOSED, PlanAction.CLOSE, "lukket kan ikke lukkes"),
    ],
)
def test_steps_that_do_not_fit_the_status_are_refused(status, action, message):
    with pytest.raises(PaymentPlanError, match=message):
        next_status(status, action)


@pytest.fixture
def lines():
    # 1 200 interest-free over 4 months: 300 due 1 Feb, 1 Mar, 1 Apr, 1 May 2026
    request = PlanRequest(items=(capital("1200"),), today=date(2026, 1, 1), periods=4)
    return quote_plan(request, setup=PlanSetup()).lines


def test_payments_are_matched_to_the_lines_in_due_order(lines):
    # GIVEN 300 paid 30 Jan and 150 paid 5 Mar
    payments = [(date(2026, 1, 30), Decimal("300")), (date(2026, 3, 5), Decimal("150"))]
    # WHEN the plan is followed up on 10 Apr
    result = follow_up(lines, payments, as_of=date(2026, 4, 10))
    # THEN Feb is paid, Mar partly paid, Apr overdue, May not yet due
    assert [line.status for line in result.lines] == [
        LineStatus.PAID,
        LineStatus.PARTLY_PAID,
        LineStatus.OVERDUE,
        LineStatus.NOT_DUE,
    ]
    assert result.lines[0].paid_on == date(2026, 1, 30)
    assert result.lines[1].outstanding == Decimal("150.00")
    assert [line.period_no for line in result.missed] == [2, 3]
    assert result.arrears == Decimal("450.00")
    assert result.total_paid == Decimal("450")


def test_a_line_due_today_is_not_yet_missed(lines):
    result = follow_up(lines, [], as_of=date(2026, 2, 1))
    assert result.lines[0].status is LineStatus.NOT_DUE
    assert result.missed == ()


def test_payments_after_the_as_of_date_are_not_counted(lines):
    result = follow_up(lines, [(date(2026, 2, 10), Decimal("300"))], as_of=date(2026, 2, 5))
    assert result.lines[0].status is LineStatus.OVERDUE
    assert [line.period_no for line in result.missed] == [1]


def test_one_large_payment_covers_several_lines(lines):
    result = follow_up(lines, [(date(2026, 2, 1), Decimal("700"))], as_of=date(2026, 3, 2))
    assert [line.status for line in result.lines] == [
        LineStatus.PAID,
        LineStatus.PAID,
        LineStatus.PARTLY_PAID,
        LineStatus.NOT_DUE,
    ]
    assert result.missed == ()
    assert result.lines[0].to_json_dict()["status"] == "paid"
