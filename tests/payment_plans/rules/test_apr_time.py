"""The ÅOP time axis (Annex I, Part I, remark (c)): whole periods and then days, counted back
from each flow's date to the first drawdown, the days over the 365 or 366 days of the year that
ends on the last day counted.

Published examples: the Commission's "Guidelines on the application of Directive 2008/48/EC
(Consumer Credit Directive) in relation to costs and the Annual Percentage Rate of charge",
SWD(2012) 128 final of 8 May 2012, section 4.1.1 "Remark (c): measurement of time intervals".
The guidelines give each interval as an exact fraction of a year (e.g. 1/12 + 3/365), so these
tests compare exact fractions. The figures were taken from the transcription of those examples in
the test suite of the open-source curo library, which cites the same section; the PDF itself was
not at hand.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workflows.payment_plan.apr_time import (
    AprPeriod,
    AprTimeBasis,
    annex_interval,
    period_of,
    years_from,
)
from workflows.payment_plan.dates import add_months
from workflows.payment_plan.errors import PaymentPlanError

MONTH, YEAR, WEEK = AprPeriod.MONTH, AprPeriod.YEAR, AprPeriod.WEEK


@pytest.mark.parametrize(
    ("drawdown", "flow", "expected"),
    [
        # SWD(2012) 128 §4.1.1, monthly instalments: drawdown 12 Jan 2012, instalments on the 15th
        (date(2012, 1, 12), date(2012, 2, 15), F(1, 12) + F(3, 365)),
        (date(2012, 1, 12), date(2012, 3, 15), F(2, 12) + F(3, 365)),
        (date(2012, 1, 12), date(2012, 4, 15), F(3, 12) + F(3, 365)),
        # §4.1.1, the same a year later: the year counted back from 15 Jan 2013 holds 29 Feb 2012
        (date(2013, 1, 12), date(2013, 2, 15), F(1, 12) + F(3, 366)),
        (date(2013, 1, 12), date(2013, 3, 15), F(2, 12) + F(3, 366)),
        (date(2013, 1, 12), date(2013, 4, 15), F(3, 12) + F(3, 366)),
        # §4.1.1, February: a month back from 28 Mar 2013 is 28 Feb 2013, 3 days left, and the
        # year 28 Feb 2012 - 28 Feb 2013 holds 29 Feb 2012
        (date(2013, 2, 25), date(2013, 3, 28), F(1, 12) + F(3, 366)),
        # §4.1.1: a month back from 29 Mar 2013 is 28 Feb 2013 (there is no 29 Feb 2013)
        (date(2013, 2, 26), date(2013, 3, 29), F(1, 12) + F(2, 366)),
        # §4.1.1: in 2012 it is 29 Feb 2012, and the year back to 28 Feb 2011 has 366 days
        (date(2012, 2, 26), date(2012, 3, 29), F(1, 12) + F(3, 366)),
    ],
)
def test_the_guidelines_monthly_examples_count_months_back_then_days(drawdown, flow, expected):
    assert annex_interval(drawdown, flow, MONTH).exact == expected


@pytest.mark.parametrize(
    ("drawdown", "flow", "expected"),
    [
        # SWD(2012) 128 §4.1.1, yearly instalments: drawdown 12 Jan 2012, payments on 15 Feb
        (date(2012, 1, 12), date(2012, 2, 15), F(34, 365)),
        (date(2012, 1, 12), date(2013, 2, 15), 1 + F(34, 365)),
        (date(2012, 1, 12), date(2014, 2, 15), 2 + F(34, 365)),
    ],
)
def test_the_guidelines_yearly_examples_count_years_back_then_days(drawdown, flow, expected):
    assert annex_interval(drawdown, flow, YEAR).exact == expected


@pytest.mark.parametrize(
    ("drawdown", "flow", "expected"),
    [
        # SWD(2012) 128 §4.1.1, weekly instalments: drawdown 12 Jan 2012
        (date(2012, 1, 12), date(2012, 1, 26), F(2, 52)),
        (date(2012, 1, 12), date(2012, 1, 30), F(2, 52) + F(4, 365)),
        (date(2012, 1, 12), date(2013, 1, 10), F(52, 52)),
        # 52 weeks back from 12 Jan 2013 is 14 Jan 2012: 2 days of the year 14 Jan 2011-2012
        (date(2012, 1, 12), date(2013, 1, 12), 1 + F(2, 365)),
    ],
)
def test_the_guidelines_weekly_examples_count_weeks_back_then_days(drawdown, flow, expected):
    assert annex_interval(drawdown, flow, WEEK).exact == expected


def test_the_directives_own_example_is_546_days_of_a_365_day_year():
    # Directive 2008/48/EC Annex I (and 87/102/EEC Annex II example 1): 1 Jan 1994 -> 1 Jul 1995
    assert annex_interval(date(1994, 1, 1), date(1995, 7, 1), YEAR).exact == F(546, 365)


@pytest.mark.parametrize(
    ("drawdown", "flow", "period", "expected"),
    [
        # a drawdown and a flow both on a month's last day are whole months apart
        (date(2025, 12, 31), date(2026, 2, 28), MONTH, F(2, 12)),
        (date(2024, 1, 31), date(2024, 2, 29), MONTH, F(1, 12)),
        (date(2025, 1, 31), date(2025, 4, 30), MONTH, F(3, 12)),
        (date(2024, 2, 29), date(2025, 2, 28), YEAR, F(1)),
        # a month back from 31 Mar 2024 is 29 Feb 2024: one day after 28 Feb, of a 366-day year
        (date(2024, 2, 28), date(2024, 3, 31), MONTH, F(1, 12) + F(1, 366)),
        # no whole year fits: 365 days of the year 27 Feb 2024 - 27 Feb 2025 (366 days)
        (date(2024, 2, 28), date(2025, 2, 27), YEAR, F(365, 366)),
        # 30 Jan -> 28 Feb is not a whole month counted back (28 Jan is before the drawdown);
        # the year counted back from 28 Feb 2025 to 28 Feb 2024 holds 29 Feb 2024
        (date(2025, 1, 30), date(2025, 2, 28), MONTH, F(29, 366)),
    ],
)
def test_month_ends_and_leap_years(drawdown, flow, period, expected):
    assert annex_interval(drawdown, flow, period).exact == expected


def test_whole_years_then_days_of_a_year_holding_29_february_count_366():
    # 1 Jan 2024 -> 1 Jul 2024: 182 days of the year 1 Jul 2023 - 1 Jul 2024 (366 days)
    assert annex_interval(date(2024, 1, 1), date(2024, 7, 1), YEAR).exact == F(182, 366)
    assert annex_interval(date(2024, 1, 1), date(2025, 1, 1), YEAR).exact == 1
    assert annex_interval(date(2023, 3, 1), date(2024, 3, 1), YEAR).exact == 1
    # a year back from 1 Feb 2025 is 1 Feb 2024: 31 days of the year 1 Feb 2023 - 1 Feb 2024
    assert annex_interval(date(2024, 1, 1), date(2025, 2, 1), YEAR).exact == 1 + F(31, 365)


def test_equal_months_count_months_back_then_days_of_an_equal_month():
    first = date(2026, 1, 31)
    equal = AprTimeBasis.EQUAL_MONTHS
    assert years_from(first, date(2026, 2, 28), equal) == pytest.approx(1 / 12)
    # 15 Apr back: 15 Mar, 15 Feb; 15 days to 31 Jan of an equal month (365/12 days)
    assert years_from(first, date(2026, 4, 15), equal) == pytest.approx(2 / 12 + 15 / 365)
    # a leap year does not change an equal month
    assert years_from(date(2024, 1, 12), date(2024, 2, 15), equal) == pytest.approx(
        1 / 12 + 3 / 365
    )


def test_a_date_before_the_first_drawdown_is_refused():
    with pytest.raises(PaymentPlanError, match="før den første udbetaling"):
        annex_interval(date(2026, 2, 1), date(2026, 1, 31))


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([date(1995, 7, 1)], YEAR),  # one repayment: whole years, then days
        ([date(2026, 2, 15), date(2026, 3, 15), date(2026, 4, 15)], MONTH),
        ([date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)], MONTH),
        ([date(2026, 3, 1), date(2026, 6, 1), date(2026, 9, 1)], MONTH),  # quarterly
        ([date(2026, 2, 15), date(2027, 2, 15), date(2028, 2, 15)], YEAR),
        ([date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28)], YEAR),
        ([date(2026, 1, 5), date(2026, 1, 19), date(2026, 2, 2)], WEEK),  # fortnightly
        ([date(2026, 1, 5), date(2026, 2, 1), date(2026, 4, 17)], MONTH),  # irregular
    ],
)
def test_the_period_is_read_from_the_payment_dates(dates, expected):
    assert period_of(dates) is expected


days_2000_2060 = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))


@settings(max_examples=300, deadline=None)
@given(flow=days_2000_2060, months=st.integers(0, 240))
def test_a_flow_whole_months_after_the_drawdown_counted_back_is_that_many_twelfths(flow, months):
    drawdown = add_months(flow, -months)
    assert annex_interval(drawdown, flow, MONTH).exact == F(months, 12)


@settings(max_examples=300, deadline=None)
@given(drawdown=days_2000_2060, months=st.integers(0, 240))
def test_whole_months_forward_from_the_1st_to_28th_or_a_month_end_are_whole(drawdown, months):
    month_end = add_months(drawdown.replace(day=1), 1) - timedelta(days=1)
    if drawdown.day > 28 and drawdown != month_end:
        drawdown = drawdown.replace(day=28)
    flow = add_months(drawdown, months)
    assert annex_interval(drawdown, flow, MONTH).exact == F(months, 12)
    if months % 12 == 0:
        assert annex_interval(drawdown, flow, YEAR).exact == months // 12


@settings(max_examples=400, deadline=None)
@given(
    drawdown=days_2000_2060,
    first_gap=st.integers(0, 4000),
    second_gap=st.integers(1, 400),
    period=st.sampled_from(list(AprPeriod)),
    basis=st.sampled_from(list(AprTimeBasis)),
)
def test_the_time_of_a_later_date_is_never_smaller(drawdown, first_gap, second_gap, period, basis):
    earlier = drawdown + timedelta(days=first_gap)
    later = earlier + timedelta(days=second_gap)
    assert years_from(drawdown, earlier, basis, period) <= years_from(
        drawdown, later, basis, period
    )


@settings(max_examples=300, deadline=None)
@given(drawdown=days_2000_2060, gap=st.integers(0, 4000), period=st.sampled_from(list(AprPeriod)))
def test_the_time_stays_within_a_few_days_of_the_calendar_days(drawdown, gap, period):
    # whole months are 28-31 days and years 365-366: the count stays within a few days of the
    # calendar; 52 weeks are 364 days, so weeks drift by a day and a quarter a year
    years = years_from(drawdown, drawdown + timedelta(days=gap), AprTimeBasis.DAYS, period)
    assert abs(years - gap / 365.25) <= (3.5 + 1.3 * gap / 365) / 365
