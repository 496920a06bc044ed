"""The one amount reader: plain ASCII amounts within the money column, or our Danish refusal."""

import json
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from models.base import MONEY_HOLDS, Money, Percent
from workflows import amounts
from workflows.amounts import MAX_AMOUNT, MAX_PERCENT, AmountError, read_amount, read_percent

TOO_LARGE = "Hovedstol: beløbet er for stort (højst 9.999.999.999.999,99)."


def test_the_upper_bound_leaves_room_for_totals_in_the_money_column():
    # NUMERIC(18, 2) on both backends (integer øre on SQLite): one amount from outside has 13
    # digits before the point, so a thousand of them still fit a money column
    assert (Money.precision, Money.scale) == (amounts.MONEY_PRECISION, amounts.MONEY_SCALE)
    assert (amounts.PERCENT_PRECISION, amounts.PERCENT_SCALE) == (Percent.precision, Percent.scale)
    assert MAX_AMOUNT == Decimal("9999999999999.99")
    assert MAX_AMOUNT * 1000 <= MONEY_HOLDS
    assert int(MAX_AMOUNT * 100) * 9_000 < 2**63  # SQLite's integer sum() of øre
    assert MAX_PERCENT == Decimal("99999.9999")


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("1234.50", Decimal("1234.50")),
        ("0.5", Decimal("0.5")),
        (" 12 ", Decimal("12")),
        ("9999999999999.99", MAX_AMOUNT),
        (1500, Decimal("1500")),
        (Decimal("1875.5"), Decimal("1875.5")),
        (Decimal("1E+2"), Decimal("100")),  # a JSON number 1e2, read exactly
    ],
)
def test_a_plain_amount_is_read_exactly(written, amount):
    assert read_amount(written, "Hovedstol") == amount


@pytest.mark.parametrize(
    "written",
    [
        "10000000000000.00",
        "9999999999999999.99",  # Numeric(18, 2)'s own limit: SQLite would store 1E+16
        "9" * 40,
        int("9" * 40),
        Decimal("1E+9999"),
        Decimal("1E+308"),
        Decimal("1E+30"),
        "-10000000000000",
    ],
)
def test_an_amount_beyond_the_money_column_is_too_large(written):
    with pytest.raises(AmountError) as refused:
        read_amount(written, "Hovedstol", signed=True)
    assert str(refused.value) == TOO_LARGE


@pytest.mark.parametrize(
    "written",
    [
        "1e9999",
        "1e30",
        "1E5",
        "NaN",
        "Infinity",
        "-inf",
        Decimal("NaN"),
        Decimal("Infinity"),
        "1_000.00",
        "١٢٣",  # Arabic-Indic digits
        "١٢٣.٥٠",
        "１２３",  # full-width digits
        "12.500,00",
        "1,5",
        "0x10",
        "abc",
        "1 000",
        1e308,
        1.5,
        True,
        None,
        [],
    ],
)
def test_anything_but_ascii_digits_with_a_point_is_not_an_amount(written):
    with pytest.raises(AmountError, match="^Hovedstol: .* er ikke et beløb"):
        read_amount(written, "Hovedstol")


def test_more_than_two_decimals_a_minus_or_nothing_is_refused_with_its_own_message():
    with pytest.raises(AmountError, match="^Hovedstol: beløbet kan højst have to decimaler.$"):
        read_amount("1.005", "Hovedstol")
    with pytest.raises(AmountError, match="^Hovedstol: beløbet må ikke være negativt.$"):
        read_amount("-100.00", "Hovedstol")
    with pytest.raises(AmountError, match="^Hovedstol: beløbet skal udfyldes.$"):
        read_amount("  ", "Hovedstol")
    assert read_amount("-100.00", "Beløb", signed=True) == Decimal("-100.00")


def test_a_percentage_takes_four_decimals_within_the_percent_column():
    assert read_percent("33.3333", "Hæftelsesandel") == Decimal("33.3333")
    with pytest.raises(AmountError, match="satsen kan højst have fire decimaler"):
        read_percent("33.33333", "Hæftelsesandel")
    with pytest.raises(AmountError, match=r"satsen er for stor \(højst 99.999,9999\)"):
        read_percent("100000", "Rentesats")


def _in_range(amount: Decimal, decimals: int = 2, maximum: Decimal = MAX_AMOUNT) -> bool:
    return (
        type(amount) is Decimal
        and amount.is_finite()
        and abs(amount) <= maximum
        and amount.as_tuple().exponent >= -decimals
    )


@given(st.text())
@example("1e9999")
@example("9" * 40)
@example("١٢٣")
@example("١٢٣.٥٠")
@example("NaN")
@example("-Infinity")
@example("1_000.00")
@example("１２３")
def test_any_text_is_an_amount_in_range_or_our_refusal(text):
    for signed in (False, True):
        try:
            amount = read_amount(text, "Beløb", signed=signed)
        except AmountError as refused:
            assert str(refused).startswith("Beløb: ")
            continue
        assert _in_range(amount) and (signed or amount >= 0)
        assert text.strip(" \t").lstrip("+-").replace(".", "", 1).isascii()


_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.from_regex(r"-?[0-9]{1,45}(\.[0-9]{1,4})?([eE][+-]?[0-9]{1,5})?", fullmatch=True),
)


@given(_JSON_SCALARS)
def test_any_json_scalar_is_an_amount_in_range_or_our_refusal(scalar):
    """As the case import reads it: a JSON number arrives exactly (parse_float=Decimal)."""
    for value in (scalar, _as_json_number(scalar)):
        try:
            amount = read_amount(value, "Beløb", signed=True)
        except AmountError:
            continue
        assert _in_range(amount)


@given(st.text())
def test_any_text_is_a_percentage_in_range_or_our_refusal(text):
    try:
        rate = read_percent(text, "Rentesats")
    except AmountError:
        return
    assert _in_range(rate, 4, MAX_PERCENT)


def _as_json_number(scalar):
    if isinstance(scalar, str):
        try:
            return json.loads(scalar, parse_float=Decimal, parse_constant=Decimal)
        except (ValueError, RecursionError):
            return scalar
    return scalar
