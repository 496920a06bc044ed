"""Warnings, never silence: the case card, the Role Center and the claims window say when a
legal figure behind them is missing, unconfirmed or over the Swedish cap."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.cases.helpers import CTRL, MAIN, press, raise_failures, tab, type_keys, when_modal
from tests.master_data.setup_tables.conftest import TODAY, new_case
from ui.app import create_main_window
from ui.case_card.page import CaseCardPage
from ui.claims.adjust import AdjustClaimsWindow
from ui.framework.background import wait_for_background
from ui.service_backend import ServiceBackend
from ui.wizard.data import CaseData

JULY = date(2026, 7, 1)
MISSING_LINE = (
    "Referencesats (DK) mangler for 1. juli 2026: opgørelsen fører den seneste sats videre."
)
UNCONFIRMED_LINE = (
    "Referencesats (DK) fra 1. januar 2026, som opgørelsen bruger, er ikke bekræftet."
)


@pytest.fixture
def window(qtbot, app):
    window = create_main_window(ServiceBackend(app), app_context=app)
    window.setup_tables.today = lambda: TODAY
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    MAIN[:] = [window]
    yield window
    wait_for_background()


def open_card(qtbot, app, case_id) -> CaseCardPage:
    page = CaseCardPage(CaseData(app, today=lambda: TODAY), case_id)
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    return page


def test_the_case_card_warns_when_its_statement_crosses_a_missing_first_of_july(qtbot, app, data):
    # GIVEN a case with default interest (DK-MORA) from 1 March 2026, seen in December 2026
    case_id = new_case(app, interest_code="DK-MORA")
    # WHEN its card opens
    card = open_card(qtbot, app, case_id)
    # THEN a yellow bar at the top says what is missing and what is unconfirmed (read after
    # the card is up, on the background worker)
    qtbot.waitUntil(card.rate_warnings.isVisible)
    assert card.rate_warnings.lines() == [MISSING_LINE, UNCONFIRMED_LINE]
    assert card.layout().indexOf(card.rate_warnings) == 1  # right under the heading

    # and once the rows are there and confirmed, the bar goes
    data.add_rate("DK", JULY, Decimal("1.60"), "Nationalbanken")
    data.confirm_rate("DK", JULY)
    data.confirm_rate("DK", date(2026, 1, 1))
    card.refresh()
    qtbot.waitUntil(lambda: not card.rate_warnings.isVisible())
    assert card.rate_warnings.lines() == []


def test_a_case_with_its_own_fixed_rate_shows_no_rate_warning(qtbot, app):
    card = open_card(qtbot, app, new_case(app, interest_code="FAST", rate=Decimal("8")))
    wait_for_background()
    qtbot.wait(10)  # the result's signal reaches the card
    assert card.rate_warnings.warnings == [] and not card.rate_warnings.isVisible()


def test_the_warning_bar_opens_referencesatser_at_the_missing_line(qtbot, app, window):
    card = window.open_record("case", new_case(app, interest_code="DK-MORA"))
    qtbot.waitUntil(card.rate_warnings.isVisible)
    qtbot.mouseClick(card.rate_warnings.open_button, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert page.page_id == "reference_rates" and page.current_table() == "DK"
    assert page.current_row().key == ("missing", JULY)


def test_the_role_center_cue_says_the_rate_is_missing_and_opens_the_setup_page(qtbot, app, window):
    cues = window.setup_tables.cue_row
    qtbot.waitUntil(cues.missing.isVisible, timeout=10000)
    assert cues.missing.caption.text() == "Referencesats mangler for 1. juli 2026"
    assert cues.to_confirm.isVisible() and int(cues.to_confirm.figure.text()) > 0
    assert cues.to_confirm.caption.text() == "Lovbestemte tal til bekræftelse"
    qtbot.mouseClick(cues.missing, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert page.page_id == "reference_rates"
    assert page.current_row().key == ("missing", JULY)
    assert window.navigation.currentItem().text(0) == "Referencesatser"

    qtbot.mouseClick(cues_of(window).to_confirm, Qt.MouseButton.LeftButton)
    assert window.current_page().current_row().needs_confirmation


def cues_of(window):
    window.show_page("role_center")
    return window.setup_tables.cue_row


def test_the_cue_goes_when_the_missing_rate_is_added(qtbot, app, window, data):
    cues = window.setup_tables.cue_row
    qtbot.waitUntil(cues.missing.isVisible, timeout=10000)
    for table in ("DK", "SE"):
        if any(w.table == table for w in data.missing_rate_cues()):
            data.add_rate(table, JULY, Decimal("1.60"), "Nationalbanken / Riksbanken")
    window.setup_tables.load_cues()
    wait_for_background()
    qtbot.waitUntil(lambda: not cues.missing.isVisible(), timeout=10000)


def test_the_claims_window_warns_but_does_not_refuse_a_swedish_consumer_rate_over_the_cap(
    qtbot, app
):
    # GIVEN a Swedish case (SEK) against a private person with its own rate of 30 %
    case_id = new_case(app, interest_code="FAST", rate=Decimal("30"), currency="SEK")
    window = AdjustClaimsWindow(CaseData(app, today=lambda: TODAY), case_id)
    qtbot.addWidget(window)
    window.show()
    window.revalidate()
    # THEN the window says so, in Danish, and OK stays available
    (line,) = window.cap_warning.lines()
    assert line.startswith("Fordring 1: Renten 30,00 % overstiger renteloftet")
    assert window.cap_warning.isVisible() and window.ok_button.isEnabled()
    # WHEN the rate is lowered under the cap, the warning goes
    rate = window.claims.rows()[0].editors["rate"]
    rate.setFocus()
    rate.selectAll()
    type_keys(qtbot, "10", widget=rate)
    press(qtbot, Qt.Key.Key_Tab, widget=rate)
    window.revalidate()
    assert window.cap_warning.lines() == [] and not window.cap_warning.isVisible()


@pytest.mark.parametrize(
    "currency, debtor",
    [(None, "person"), ("SEK", "business")],
    ids=["danish case", "swedish business debtor"],
)
def test_no_cap_warning_outside_swedish_consumer_claims(qtbot, app, currency, debtor):
    case_id = new_case(
        app, interest_code="FAST", rate=Decimal("30"), currency=currency, debtor_kind=debtor
    )
    window = AdjustClaimsWindow(CaseData(app, today=lambda: TODAY), case_id)
    qtbot.addWidget(window)
    window.revalidate()
    assert window.cap_warning.lines() == []


def test_a_fixed_fee_is_corrected_with_a_reason_and_its_history_shows_the_old_amount(
    qtbot, app, data
):
    from ui.setup_tables.amounts_page import FixedFeesPage

    page = FixedFeesPage(data)
    qtbot.addWidget(page)
    page.show()
    MAIN[:] = [page]
    row = next(r for r in page.rows if r.record.code == "RYKKER")
    page.mark_key(row.key)

    def correct(dialog):
        assert dialog.value.text() == "100,00"
        type_keys(qtbot, "110")
        tab(qtbot, 2)
        type_keys(qtbot, "Lovændring (prøve)")
        press(qtbot, Qt.Key.Key_Return, CTRL)

    when_modal(correct)
    page.trigger_action("figure_correct")
    raise_failures()
    assert page.current_row().record.amount == Decimal("110.00")
    assert page.current_row().needs_confirmation  # a user's figure waits for confirmation
    lines = {}

    def look(dialog):
        lines["all"] = dialog.lines()
        press(qtbot, Qt.Key.Key_Escape)

    when_modal(look)
    page.trigger_action("figure_history")
    raise_failures()
    assert ["100,00 → 110,00"] == [line[3] for line in lines["all"] if line[2] == "Beløb"]


def test_the_new_case_claims_window_warns_for_a_new_swedish_private_debtor(qtbot, app):
    from caplegal_desktop.services.cases.requests import ClientInput, NewCase, PartyInput
    from ui.claims.new_case import NewCaseClaimsWindow

    # GIVEN a case being created in SEK against a private person (the wizard's request)
    request = NewCase(
        client=ClientInput(name="Norrlands Energi AB"),
        debtors=[PartyInput(name="Anna Lind", kind="person", country="SE")],
        claims=[],
        currency="SEK",
    )
    window = NewCaseClaimsWindow(
        CaseData(app, today=lambda: TODAY), request, debtor_names=["Anna Lind"]
    )
    qtbot.addWidget(window)
    window.show()
    # WHEN the secretary types a claim with its own rate of 25 %
    editors = window.claims.rows(include_empty=True)[0].editors
    type_keys(qtbot, "Elregning", widget=editors["description"])
    type_keys(qtbot, "01-03-2026", widget=editors["invoice_date"])
    type_keys(qtbot, "5000", widget=editors["principal"])
    editors["interest_code"].set_text("FAST")
    type_keys(qtbot, "25", widget=editors["rate"])
    press(qtbot, Qt.Key.Key_Tab, widget=editors["rate"])
    window.revalidate()
    # THEN the window warns under the claims, and registering stays possible
    (line,) = window.cap_warning.lines()
    assert line.startswith("Fordring 1: Renten 25,00 % overstiger renteloftet")
    assert window.ok_button.isEnabled()
