"""Merge values are shown the Danish way; amounts round half up to øre."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from workflows.mailmerge._values import apply_case, format_value, parse_number


def test_amount_rounds_half_up_to_ore_before_formatting():
    assert format_value(Decimal("0.005")) == "0,01"
    assert format_value(Decimal("2.675")) == "2,68"
    assert format_value(Decimal("-1234.565")) == "-1.234,57"


def test_dates_none_and_booleans():
    assert format_value(dt.date(2026, 1, 2)) == "02-01-2026"
    assert format_value(None) == ""
    assert format_value(True) == "Ja"


def test_case_switches_handle_danish_letters():
    assert apply_case("ærø å", "caps") == "Ærø Å"


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
def test_formatted_amount_reads_back_as_the_amount_rounded_half_up(amount):
    shown = format_value(amount)
    assert parse_number(shown) == amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert shown.count(",") == 1 and len(shown.split(",")[1]) == 2
