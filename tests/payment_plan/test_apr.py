"""ÅOP by Directive 2008/48/EC Annex I, checked against the directive's worked examples and an
independent bisection written here."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workflows.payment_plan.apr import (
    AprTimeBasis,
    annual_percentage_rate,
    apr_for_dated_flows,
    apr_from_json,
    years_from,
)
from workflows.payment_plan.errors import PaymentPlanError


def bisect_rate(advances, payments) -> float:
    """Plain bisection of sum A(1+x)^-t - sum P(1+x)^-s on [-0.99, 10 000]; shares no code
    with apr.py."""

    def npv(x):
        return sum(p * (1 + x) ** -s for s, p in payments) - sum(
            a * (1 + x) ** -t for t, a in advances
        )

    low, high = -0.99, 10_000.0
    for _ in range(200):
        middle = (low + high) / 2
        if (npv(middle) > 0) == (npv(low) > 0):
            low = middle
        else:
            high = middle
    return (low + high) / 2


def test_directive_first_example_single_repayment_after_546_days_gives_12_96_pct():
    # 1 000 lent 1 Jan 1994, 1 200 repaid 1 Jul 1995: 1000 = 1200 (1+X)^-(546/365)
    # X = 1.2^(365/546) - 1 = 0.1296204 -> 12,96 % (13,0 % to one decimal)
    result = apr_for_dated_flows(
        advances=[(date(1994, 1, 1), Decimal(1000))],
        payments=[(date(1995, 7, 1), Decimal(1200))],
    )
    assert result.apr_pct == Decimal("12.9620")
    assert result.apr_pct_print == Decimal("13.0")


def test_directive_second_example_with_50_retained_as_expenses_gives_16_9_pct():
    result = apr_for_dated_flows(
        advances=[(date(1994, 1, 1), Decimal(950))],
        payments=[(date(1995, 7, 1), Decimal(1200))],
    )
    assert result.apr_pct_print == Decimal("16.9")


def test_directive_third_example_two_repayments_of_600_gives_13_07_pct():
    # 1000 = 600/(1+X) + 600/(1+X)^2  ->  1+X = (600 + sqrt(600^2 + 4*1000*600)) / 2000
    # = 1.1306624 -> 13,07 % (13,1 % to one decimal)
    result = apr_from_json(
        {
            "advances": [{"months": 0, "amount": "1000"}],
            "payments": [{"months": 12, "amount": "600"}, {"months": 24, "amount": "600"}],
        }
    )
    assert result == {"apr_pct": "13.0662", "apr_pct_print": "13.1"}


def test_zero_cost_credit_gives_zero_pct():
    result = apr_from_json(
        {
            "advances": [{"date": "2026-01-01", "amount": "1200"}],
            "payments": [{"date": f"2026-{m:02d}-01", "amount": "100"} for m in range(2, 13)]
            + [{"date": "2027-01-01", "amount": "100"}],
        }
    )
    assert result["apr_pct"] == "0.0000"


def test_a_year_holding_29_february_counts_366_days():
    # 1 Jan 2024 -> 1 Jul 2024 is 182 days of a 366-day year
    assert years_from(date(2024, 1, 1), date(2024, 7, 1)) == pytest.approx(182 / 366)
    assert years_from(date(2024, 1, 1), date(2025, 1, 1)) == 1.0
    assert years_from(date(2023, 3, 1), date(2024, 3, 1)) == 1.0
    # a whole year, then 31 days of the 365-day year 2025-01-01 .. 2026-01-01
    assert years_from(date(2024, 1, 1), date(2025, 2, 1)) == pytest.approx(1 + 31 / 365)


def test_equal_months_basis_counts_whole_months_then_days_of_30_41666():
    first = date(2026, 1, 31)
    assert years_from(first, date(2026, 2, 28), AprTimeBasis.EQUAL_MONTHS) == pytest.approx(1 / 12)
    # 2 whole months to 31 Mar, then 15 days of an equal month (365/12 days)
    got = years_from(first, date(2026, 4, 15), AprTimeBasis.EQUAL_MONTHS)
    assert got == pytest.approx(2 / 12 + 15 / 365)


def test_regular_monthly_schedule_matches_an_independent_bisection():
    # 10 000 lent, 24 monthly payments of 470 (months / 12 as time)
    payments = [(k / 12, Decimal(470)) for k in range(1, 25)]
    result = annual_percentage_rate(advances=[(0.0, Decimal(10000))], payments=payments)
    expected = bisect_rate([(0.0, 10000.0)], [(s, float(p)) for s, p in payments])
    assert float(result.apr_pct) == pytest.approx(expected * 100, abs=1e-4)


def test_irregular_dated_schedule_with_a_fee_and_two_drawdowns_matches_a_bisection():
    # 2025 and 2026 are not leap years, so days / 365 is exact for the check
    first = date(2025, 1, 1)
    advances = [(first, Decimal("5000")), (date(2025, 3, 15), Decimal("2500.50"))]
    payments = [
        (date(2025, 2, 1), Decimal("75")),  # establishment fee
        (date(2025, 5, 3), Decimal("1500")),
        (date(2025, 9, 20), Decimal("3000")),
        (date(2026, 1, 1), Decimal("10")),
        (date(2026, 6, 30), Decimal("3400.25")),
    ]
    result = apr_for_dated_flows(advances=advances, payments=payments)

    def years(when):
        days = (when - first).days
        return days / 365

    expected = bisect_rate(
        [(years(d), float(a)) for d, a in advances], [(years(d), float(p)) for d, p in payments]
    )
    assert float(result.apr_pct) == pytest.approx(expected * 100, abs=1e-4)


@settings(max_examples=60, deadline=None)
@given(
    advance=st.integers(1_000, 200_000),
    months=st.lists(st.integers(1, 120), min_size=1, max_size=40),
    markup_pct=st.integers(1, 80),
)
def test_any_schedule_agrees_with_a_bisection_to_four_decimals(advance, months, markup_pct):
    total = Decimal(advance) * (100 + markup_pct) / 100
    each = (total / len(months)).quantize(Decimal("0.01"))
    payments = [(m / 12, each) for m in months]
    result = annual_percentage_rate(advances=[(0.0, Decimal(advance))], payments=payments)
    expected = bisect_rate([(0.0, float(advance))], [(s, float(p)) for s, p in payments])
    assert float(result.apr_pct) == pytest.approx(expected * 100, abs=1e-4)


def test_payments_below_the_advance_give_a_negative_rate():
    result = apr_from_json(
        {
            "advances": [{"months": 0, "amount": "1000"}],
            "payments": [{"months": 12, "amount": "900"}],
        }
    )
    assert result["apr_pct"] == "-10.0000"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"advances": [], "payments": [{"months": 1, "amount": "1"}]}, "ingen udbetalinger"),
        ({"advances": [{"months": 0, "amount": "1"}], "payments": []}, "ingen betalinger"),
        (
            {
                "advances": [{"months": 0, "amount": "1000"}],
                "payments": [{"months": 0, "amount": "1200"}],
            },
            "ingen rente",
        ),
        (
            {
                "advances": [{"date": "2026-01-01", "amount": "1000"}],
                "payments": [{"months": 1, "amount": "1200"}],
            },
            "enten datoer eller måneder",
        ),
        (
            {
                "advances": [{"months": 0, "amount": "-5"}],
                "payments": [{"months": 1, "amount": "1"}],
            },
            "negativt",
        ),
        (
            {"advances": [{"amount": "5"}], "payments": [{"months": 1, "amount": "1"}]},
            "enten 'date' eller 'months'",
        ),
        (
            {
                "advances": [{"months": 0, "amount": "abc"}],
                "payments": [{"months": 1, "amount": "1"}],
            },
            "ikke et beløb",
        ),
    ],
)
def test_bad_flows_are_refused_with_a_danish_message(data, message):
    with pytest.raises(PaymentPlanError, match=message):
        apr_from_json(data)


def test_json_numbers_given_as_floats_are_read_as_typed():
    result = apr_from_json(
        {
            "advances": [{"date": "1994-01-01", "amount": 1000.0}],
            "payments": [{"date": "1995-07-01", "amount": 1200.0}],
        }
    )
    assert result["apr_pct"] == "12.9620"


def test_apr_for_240_monthly_payments_takes_under_a_few_milliseconds():
    payments = [(k / 12, Decimal("550.00")) for k in range(1, 241)]
    runs = []
    for _ in range(20):
        started = time.perf_counter()
        annual_percentage_rate(advances=[(0.0, Decimal(80000))], payments=payments)
        runs.append(time.perf_counter() - started)
    assert sorted(runs)[10] < 0.010  # the bench holds the 2 ms target; this guards regressions
