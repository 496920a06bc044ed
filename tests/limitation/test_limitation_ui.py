"""The limitation FactBox, specification, list, cues and objection windows (pytest-qt,
offscreen, Danish), on the real database through the real services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from caplegal_desktop.services.limitation.objections import case_objections
from models import LedgerEntry
from tests.cases.helpers import CTRL, MAIN, raise_failures, when_modal
from tests.limitation.builders import old_case
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.i18n import DEFAULT_LANGUAGE, install_language
from ui.service_backend import ServiceBackend

TODAY = date(2026, 12, 1)
SHOTS = "/tmp/limitation-"


@pytest.fixture
def window(qtbot, app):
    install_language("da")
    window = create_main_window(ServiceBackend(app), app_context=app)
    window.limitation_today = lambda: TODAY
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    MAIN[:] = [window]
    yield window
    wait_for_background()
    install_language(DEFAULT_LANGUAGE)


def test_the_case_card_factbox_shows_the_date_and_opens_the_specification(qtbot, app, window):
    # GIVEN a claim due 21 Dec 2023 with a part payment on 10 Jan 2023 ... and one long barred
    case_id, case_no = old_case(app, due=date(2023, 12, 21), claims=2)
    # WHEN its card opens
    card = window.open_record("case", case_id)
    box = card.limitation_box
    # THEN the FactBox shows the earliest limitation date, 20 days off, and the rule
    assert "21-12-2026" in box.value_text("earliest")
    assert box.value_text("state") == "om 20 dage"
    assert box.toolTip().startswith("Fordring 1: Forældelsesloven § 3, stk. 1")
    assert box.rule.text() == "Forældelsesloven § 3, stk. 1"
    card.grab().save(f"{SHOTS}card.png")
    # AND its blue date opens the specification with each step explained
    box.sig_drill_down.emit("earliest", case_id)
    dialog = card.limitation_dialog
    assert dialog.tree.topLevelItemCount() == 2
    first = dialog.tree.topLevelItem(0)
    assert first.text(4) == "21-12-2026"
    assert first.child(0).text(2).startswith("Fristen begynder ved forfald: 3 år")
    dialog.grab().save(f"{SHOTS}specification.png")
    dialog.close()


def test_the_list_shows_claims_soon_time_barred_and_opens_the_case(qtbot, app, window):
    barred, _ = old_case(app)
    soon, soon_no = old_case(app, due=date(2023, 12, 21))
    later, _ = old_case(app, due=date(2024, 2, 14))
    page = window.show_page("limitation")
    assert page.tree.topLevelItemCount() == 3  # within 90 days, the barred one first
    page.set_within(30)
    rows = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    assert [r.text(4) for r in rows] == ["forældet", "20"]
    assert rows[1].text(6).startswith("Indgiv betalingspåkrav")
    page.grab().save(f"{SHOTS}list.png")
    page.tree.setCurrentItem(rows[1])
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.current_case_id() == soon and later and barred


def test_the_role_center_cues_count_claims_by_horizon(qtbot, app, window):
    old_case(app)
    old_case(app, due=date(2023, 12, 21))
    window.show_page("role_center")
    window.role_center.sig_figures_loaded.emit()
    cues = window.limitation_cues
    qtbot.waitUntil(lambda: cues.barred.figure.text() == "1", timeout=10000)
    assert cues.within.figure.text() == "1 · 1 · 1"
    window.role_center.grab().save(f"{SHOTS}role-center.png")
    cues.within.click()
    assert window.current_page().within.currentData() == 30


def test_register_and_close_an_objection_from_the_case_card(qtbot, app, window):
    # GIVEN a case card open
    case_id, _ = old_case(app, due=date(2026, 10, 1))
    card = window.open_record("case", case_id)

    def fill(dialog):
        dialog.raised_by.setText("Jens Ærø Sørensen")
        dialog.claim.setCurrentIndex(1)
        dialog.disputed.setPlainText("Varmen var afbrudt i september")
        dialog.grab().save(f"{SHOTS}objection.png")
        qtbot.keyClick(dialog.disputed, Qt.Key.Key_Return, CTRL)

    # WHEN the secretary registers an objection on claim 1 (Ctrl+Enter)
    when_modal(fill)
    window.trigger_action("objection_register")
    raise_failures()
    # THEN the FactBox counts it
    assert card.limitation_box.value_text("objections") == "1"

    # WHEN the handler closes it, reducing the claim by 1.200,00
    def choose(listing):
        def reduce(closing):
            closing.choices["reduced"].setChecked(True)
            closing.amount.setFocus()
            qtbot.keyClicks(closing.amount, "1.200,00")
            closing.grab().save(f"{SHOTS}close-objection.png")
            ok = closing.buttons.button(QDialogButtonBox.StandardButton.Ok)
            assert ok.isEnabled()
            ok.click()

        when_modal(reduce, after=listing)
        listing.accept()

    when_modal(choose)
    window.trigger_action("objections")
    raise_failures()
    # THEN the objection is closed and the credit posted
    with app.uow() as uow:
        (row,) = case_objections(uow.session, case_id=case_id)
        credit = uow.session.scalar(
            select(LedgerEntry.amount).where(
                LedgerEntry.case_id == case_id, LedgerEntry.entry_type == "credit"
            )
        )
    assert (row.status, row.outcome, credit) == ("closed", "reduced", Decimal("1200.00"))
    assert card.limitation_box.value_text("objections") == "0"


def test_the_claims_window_warns_but_does_not_refuse_a_time_barred_claim(qtbot, app):
    from ui.claims.adjust import AdjustClaimsWindow
    from ui.wizard.data import CaseData

    install_language("da")
    # GIVEN a case whose claim is dated 1 Mar 2020 and one dated this autumn
    barred, _ = old_case(app)
    fresh, _ = old_case(app, due=date(2026, 10, 1))
    window = AdjustClaimsWindow(CaseData(app, today=lambda: TODAY), barred)
    qtbot.addWidget(window)
    window.show()
    window.revalidate()
    # THEN the window says the claim is time-barred, and OK stays available
    (line,) = window.limitation_warning.lines()
    assert line.startswith("Fordring 1 er forældet pr. 01-03-2023 (Forældelsesloven § 3, stk. 1)")
    assert window.limitation_warning.isVisible() and window.ok_button.isEnabled()
    window.grab().save(f"{SHOTS}claims-warning.png")
    other = AdjustClaimsWindow(CaseData(app, today=lambda: TODAY), fresh)
    qtbot.addWidget(other)
    other.revalidate()
    assert other.limitation_warning.lines() == []
    install_language(DEFAULT_LANGUAGE)


def test_a_written_acknowledgement_added_from_the_case_card_moves_the_date(qtbot, app, window):
    # GIVEN a card of a claim that lapses in 20 days
    case_id, _ = old_case(app, due=date(2023, 12, 21))
    card = window.open_record("case", case_id)

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("acknowledgement"))
        dialog.on.set_value(date(2026, 11, 25))
        dialog.written.setChecked(True)
        dialog.document.setText("C:/sager/anerkendelse.pdf")
        dialog.grab().save(f"{SHOTS}event.png")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    # WHEN the secretary adds the debtor's written acknowledgement of 25 Nov 2026
    when_modal(fill)
    window.trigger_action("limitation_event")
    raise_failures()
    # THEN the FactBox shows 10 years from it (§ 5, stk. 1, nr. 2)
    assert card.limitation_box.value_text("earliest").endswith("25-11-2036</a>")
    assert card.limitation_box.rule.text() == "Forældelsesloven §§ 5, stk. 1, nr. 2, 15, 19, stk. 1"


def test_the_claims_window_of_a_disputed_case_says_no_new_fees(qtbot, app):
    from caplegal_desktop.services.limitation.objections import NewObjection, register_objection
    from ui.claims.adjust import AdjustClaimsWindow
    from ui.wizard.data import CaseData

    install_language("da")
    case_id, _ = old_case(app, due=date(2026, 10, 1))
    with app.uow(write=True) as uow:
        register_objection(
            uow.session,
            NewObjection(case_id, date(2026, 11, 20), "Jens", "Beløbet"),
            user="test",
            today=TODAY,
        )
        uow.commit()
    window = AdjustClaimsWindow(CaseData(app, today=lambda: TODAY), case_id)
    qtbot.addWidget(window)
    window.revalidate()
    assert window.limitation_warning.lines() == [
        "Sagen har en åben indsigelse: tilføj ingen gebyrer eller salær for den bestridte del, "
        "før den er afsluttet."
    ]
    install_language(DEFAULT_LANGUAGE)
