"""Properties of quotes taken from a stored case (hypothesis over the calculator's input)."""

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.payment_plans import plans
from models.money import ZERO
from tests.payment_plans.conftest import TODAY, new_case


def test_quotes_pay_the_debt_and_the_plan_interest_exactly(sqlite_url):
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    case_no = new_case(context, principal="23456.78", rate="8.05", fees=[("INKGEB", "100.00")])

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        periods=st.integers(min_value=1, max_value=60),
        order=st.sampled_from(["interest_first", "costs_first"]),
        allocation=st.sampled_from(["oldest_first", "pro_rata", "special"]),
    )
    def check(periods, order, allocation):
        calculator = plans.CalculatorInput(
            periods=periods,
            first_date=date(2026, 2, 1),
            payment_order=order,
            allocation_type=allocation,
        )
        with context.uow() as uow:
            quote = plans.quote_case(
                uow.session, case_no=case_no, today=TODAY, calculator=calculator
            )
        total = sum((line.instalment for line in quote.lines), ZERO)
        assert total == quote.total_paid == quote.debt_at_start + quote.accrued_interest_total
        assert quote.lines[-1].remaining_balance == ZERO
        assert quote.periods <= periods
        # the old interest and the fee are paid before the principal (interest and costs first)
        first_principal = next(n for n, line in enumerate(quote.lines) if line.to_principal)
        paid_before = sum(
            (ln.to_interest + ln.to_costs for ln in quote.lines[: first_principal + 1]), ZERO
        )
        assert paid_before >= Decimal("100.00") + quote.lines[0].interest_accrued
        assert quote.credit_cost == quote.total_paid - quote.credit_amount

    try:
        check()
    finally:
        context.close()
