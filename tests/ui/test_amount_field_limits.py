"""The desk's amount fields read Danish "1.234,56" with Babel, then the one amount reader decides:
other scripts' digits, exponents and amounts beyond what the database holds are marked at the
field, never read as some other number."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.framework.fields import AmountEdit
from ui.i18n import install_language, parse_amount
from workflows.amounts import MAX_AMOUNT


def typed_into_a_field(qtbot, text: str) -> AmountEdit:
    field = AmountEdit(allow_negative=True)
    qtbot.addWidget(field)
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest cannot type outside Latin-1: such text arrives pasted
        field.insert(text)
    return field


@pytest.mark.parametrize(
    "typed", ["١٢٣", "١٢٣,٥٠", "１２３", "1e5", "1_000", "NaN", "Infinity", "12a"]
)
def test_a_number_no_one_meant_is_marked_invalid_in_danish(qtbot, typed):
    install_language("da")
    field = typed_into_a_field(qtbot, typed)
    assert not field.is_valid() and field.value() is None
    assert field.property("invalid") is True
    assert "Ugyldigt beløb" in field.toolTip()


@pytest.mark.parametrize("typed", ["10.000.000.000.000,00", "9" * 40, "-10000000000000"])
def test_an_amount_beyond_what_the_database_holds_is_called_too_large(qtbot, typed):
    install_language("da")
    field = typed_into_a_field(qtbot, typed)
    assert not field.is_valid() and field.value() is None
    assert field.toolTip() == "Beløbet er for stort (højst 9.999.999.999.999,99)."


def test_the_largest_amount_is_taken_to_the_ore_in_every_language(qtbot):
    for code, typed in (("da", "9.999.999.999.999,99"), ("sv", "9 999 999 999 999,99")):
        install_language(code)
        field = typed_into_a_field(qtbot, typed)
        assert field.is_valid() and field.value() == MAX_AMOUNT
    install_language("sv")
    assert "för stort" in typed_into_a_field(qtbot, "10 000 000 000 000").toolTip()


@given(st.text(max_size=30))
def test_any_typed_text_is_an_amount_in_range_or_refused(text):
    for code in ("da", "sv", "en"):
        install_language(code)
        try:
            amount = parse_amount(text)
        except ValueError:
            continue
        assert type(amount) is Decimal and amount.is_finite()
        assert abs(amount) <= MAX_AMOUNT and amount.as_tuple().exponent >= -2
        assert all(ch.isascii() for ch in text if ch.isdigit())
    install_language("en")
