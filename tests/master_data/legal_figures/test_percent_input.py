"""The percent reader: ASCII digits, a sign, one decimal mark; nothing else gets through."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.master_data.percent_input import LIMIT, read_percent


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.75", "1.75"), ("1,75", "1.75"), ("-0.35", "-0.35"), (" 8 % ", "8"), ("+20", "20")],
)
def test_a_plain_percent_is_read_exactly(text, value):
    assert read_percent(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "1e5",
        "1E-2",
        "NaN",
        "inf",
        "-Infinity",
        "١٢٣",
        "１２",
        "1.000,50",
        "1_0",
        "0x10",
        "",
        "1.23456",
        "123456",
    ],
)
def test_anything_else_is_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as refused:
        read_percent(text, field="sats")
    assert refused.value.problems[0].field == "sats"


def test_a_range_is_kept():
    with pytest.raises(ValidationError, match="uden for"):
        read_percent("101", low=Decimal(-100), high=Decimal(100))


@given(st.text(max_size=30))
def test_any_text_gives_a_decimal_in_range_or_our_validation_error(text):
    try:
        value = read_percent(text)
    except ValidationError:
        return
    assert isinstance(value, Decimal) and value.is_finite()
    assert abs(value) < LIMIT and value == round(value, 4)
    # only ASCII digits, sign, decimal mark and a % sign, within surrounding spaces
    assert all(ch in "0123456789.,+-% \t" for ch in text.strip(" \t"))


@given(st.decimals(allow_nan=True, allow_infinity=True))
def test_any_decimal_gives_a_decimal_in_range_or_our_validation_error(number):
    try:
        value = read_percent(number)
    except ValidationError:
        return
    assert value.is_finite() and abs(value) < LIMIT and value == round(value, 4)
