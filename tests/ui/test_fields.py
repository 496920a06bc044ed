from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit
from ui.i18n import format_amount, install_language, parse_amount


@pytest.mark.parametrize("typed", ["1.234,56", "1234,56", "1234.56", "1.234,56 kr."])
def test_danish_amount_field_accepts_both_ways_of_writing(qtbot, typed):
    install_language("da")
    field = AmountEdit()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    assert field.is_valid()
    assert field.value() == Decimal("1234.56")


@pytest.mark.parametrize("typed", ["12a", "1,2,3", "1.234,567", "--5"])
def test_bad_amount_is_marked_red_at_the_field_with_a_danish_message(qtbot, typed):
    install_language("da")
    field = AmountEdit()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.sig_validity_changed, timeout=1000) as signal:
        qtbot.keyClicks(field, typed)
    assert signal.args == [False]
    assert field.property("invalid") is True
    assert field.value() is None
    assert "Ugyldigt beløb" in field.toolTip()


def test_negative_amount_is_refused_unless_allowed(qtbot):
    field = AmountEdit()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "-10")
    assert not field.is_valid()
    allowed = AmountEdit(allow_negative=True)
    qtbot.addWidget(allowed)
    qtbot.keyClicks(allowed, "-10")
    assert allowed.value() == Decimal("-10")


def test_required_amount_field_starts_invalid(qtbot):
    field = AmountEdit(required=True)
    qtbot.addWidget(field)
    assert not field.is_valid()
    qtbot.keyClicks(field, "5")
    assert field.is_valid()


@given(st.decimals(min_value=Decimal("-10000000"), max_value=Decimal("10000000"), places=2))
def test_a_formatted_amount_reads_back_to_the_same_decimal_in_every_language(amount):
    for code in ("da", "sv", "en"):
        install_language(code)
        assert parse_amount(format_amount(amount)) == amount
    install_language("en")


def test_amount_with_a_currency_is_written_the_danish_way():
    install_language("da")
    assert format_amount(Decimal("1234.56"), currency="DKK") == "1.234,56\xa0kr."


def test_date_field_shows_day_month_year_with_hyphens_in_danish(qtbot):
    import datetime as dt

    install_language("da")
    field = DateField(value=dt.date(2026, 11, 24))
    qtbot.addWidget(field)
    assert field.text() == "24-11-2026"
    assert field.value() == dt.date(2026, 11, 24)
