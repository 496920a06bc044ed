"""Due dates and periods of scheduled reports."""

from datetime import date

import pytest

from workflows.client_funds.schedule import due_dates, next_due, period_of


def test_a_monthly_report_missed_for_two_months_runs_each_missed_month():
    # GIVEN a monthly report first run 1 September, last run 1 September, server down since
    got = due_dates(date(2026, 10, 1), "month", first_run=date(2026, 9, 1), today=date(2026, 12, 3))
    # THEN 1 October, 1 November and 1 December are all due, oldest first
    assert got == [date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1)]
    assert period_of(date(2026, 12, 1), "month", first_run=date(2026, 9, 1)) == (
        date(2026, 11, 1), date(2026, 11, 30))  # fmt: skip


def test_month_ends_stay_month_ends_and_a_one_off_runs_once():
    first = date(2026, 1, 31)
    assert next_due(first, "month", first_run=first) == date(2026, 2, 28)
    assert next_due(date(2026, 2, 28), "month", first_run=first) == date(2026, 3, 31)
    assert next_due(date(2026, 11, 15), "quarter", first_run=date(2026, 2, 15)) == date(2027, 2, 15)
    assert next_due(date(2026, 1, 5), "week", first_run=date(2026, 1, 5)) == date(2026, 1, 12)
    assert due_dates(date(2026, 1, 5), "once", first_run=date(2026, 1, 5),
                     today=date(2027, 1, 1)) == [date(2026, 1, 5)]  # fmt: skip
    with pytest.raises(ValueError, match="hyppighed"):
        next_due(first, "daily", first_run=first)
