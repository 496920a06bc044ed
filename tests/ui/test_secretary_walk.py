"""A secretary's first hour, keyboard only, in the real main window on a real database (issue 13):
Ctrl+N and the wizard make a case for Erik Sørensen, quick search finds him by name, the ribbon's
key tips register a payment, F9 posts the journal it opened on, the follow-up page is looked at,
and a letter is printed from the card. Every step is saved as a screenshot (desk-walk-*.png)."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

import tests.cases.test_wizard_keyboard as wizard_keys
from models import Case, JournalLine, LedgerEntry
from tests.cases.helpers import ALT, CTRL, MAIN, press, raise_failures, tab, type_keys, when_modal
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.framework.key_tips import shown_within
from ui.framework.list_page import ListPage
from ui.i18n import install_language
from ui.service_backend import ServiceBackend


@pytest.fixture
def ctx(sqlite_url):
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.config import Settings
    from caplegal_desktop.db import open_database

    context = AppContext(open_database(sqlite_url), Settings(), "test")
    yield context
    context.close()


@pytest.fixture
def danish_ui():
    install_language("da")
    yield


SHOTS = Path(os.environ.get("CAPLEGAL_SHOTS", "/tmp"))
ENTER = Qt.Key.Key_Return


@pytest.fixture
def window(qtbot, ctx, danish_ui, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    MAIN[:] = [window]
    wait_for_background()
    yield window
    wait_for_background()
    window.ribbon.key_tips.hide_tips()


def shot(widget, name: str) -> None:
    widget.grab().save(str(SHOTS / f"desk-walk-{name}.png"))
    if widget.objectName() == "mainWindow":  # no page pushes the window past the screen
        assert (widget.width(), widget.height()) == (1366, 768), name


def settle(qtbot) -> None:
    wait_for_background()
    qtbot.wait(60)


def key_tip(qtbot, window, button_name: str) -> None:
    """Alt, then the letters of the tab (on a card) and of the button, as the user reads them."""
    tips = window.ribbon.key_tips
    qtbot.waitUntil(lambda: window.ribbon.currentWidget().height() > 60, timeout=3000)
    qtbot.wait(30)
    target = QApplication.focusWidget() or window
    qtbot.keyPress(target, Qt.Key.Key_Alt)
    qtbot.keyRelease(target, Qt.Key.Key_Alt)
    if tips.level() == "tabs":  # the tab that holds the button
        ribbon = window.ribbon
        tab_index = next(
            i
            for i in range(ribbon.count())
            if any(
                shown_within(b, ribbon.widget(i))
                for b in ribbon.widget(i).findChildren(QWidget, button_name)
            )
        )
        qtbot.keyClicks(QApplication.focusWidget() or window, tips.tip_for(tab_index).lower())
    assert tips.level() == "buttons"
    button = next(b for b in tips.tips().values() if b.objectName() == button_name)
    qtbot.keyClicks(QApplication.focusWidget() or window, tips.tip_for(button).lower())


def drive_the_wizard(qtbot, wizard) -> None:
    wizard.resize(1100, 700)
    wizard_keys.fill_case_step(qtbot, wizard)
    shot(wizard, "1-wizard-client")
    wizard_keys.create_client_by_search(qtbot)
    press(qtbot, Qt.Key.Key_Right, ALT)
    wizard_keys.create_party_by_search(
        qtbot, "Erik Sørensen", identity="010160-0000", postcode="5000"
    )
    shot(wizard, "2-wizard-debtor")
    press(qtbot, Qt.Key.Key_Right, ALT)
    press(qtbot, Qt.Key.Key_Right, ALT)

    def claims(claims_window):
        wizard_keys.type_claim(qtbot, "Faktura 4711", "05-01-2026", "12.345,67")
        shot(claims_window, "3-claims")
        when_modal(lambda box: press(qtbot, ENTER, widget=box), after=claims_window)
        press(qtbot, ENTER, CTRL)

    def choice(box):
        when_modal(claims, after=box)
        press(qtbot, ENTER, widget=box)  # Opret sag

    when_modal(choice, after=wizard)
    press(qtbot, ENTER, CTRL)


def test_a_secretarys_first_hour_by_keyboard(qtbot, window, ctx):
    # 1. Ctrl+N on the case overview: the wizard, then the new case's card
    window.show_page("case_list")
    settle(qtbot)
    when_modal(lambda wizard: drive_the_wizard(qtbot, wizard))
    press(qtbot, Qt.Key.Key_N, CTRL, widget=window.current_page())
    raise_failures()
    qtbot.waitUntil(
        lambda: getattr(window.current_page(), "case_id", None) is not None, timeout=5000
    )
    settle(qtbot)
    shot(window, "4-new-case-card")
    with ctx.uow() as uow:
        case_id, case_no = uow.session.execute(select(Case.id, Case.no)).one()
    assert window.current_page().case_id == case_id

    # 2. Quick search by the debtor's name, any order, lower case: one hit opens the card
    window.show_page("role_center")
    press(qtbot, Qt.Key.Key_K, CTRL, widget=window)
    assert QApplication.focusWidget() is window.quick_search
    type_keys(qtbot, "sørensen erik")
    qtbot.wait(400)  # the dropdown of hits as one types
    shot(window, "5-quick-search")
    press(qtbot, ENTER)
    raise_failures()
    settle(qtbot)
    card = window.current_page()
    assert getattr(card, "case_id", None) == case_id, "the one hit opened its card"

    # 3. Register a payment through the ribbon's key tips; the journal opens on its batch
    def payment(dialog):
        shot(dialog, "6-payment-dialog")
        dialog.amount.setFocus()
        type_keys(qtbot, "1.000,00", widget=dialog.amount)
        press(qtbot, ENTER, CTRL, widget=dialog.amount)

    when_modal(payment)
    key_tip(qtbot, window, "ribbon_register_payment")
    qtbot.waitUntil(lambda: window.current_page().page_id == "journals", timeout=5000)
    raise_failures()
    settle(qtbot)
    journal = window.current_page()
    shot(window, "7-journal-on-its-batch")
    assert journal.table.rowCount() == 1
    entry_type = journal.table.item(0, 2).text()
    assert entry_type == "Indbetaling"
    assert journal.table.columnWidth(2) >= journal.table.fontMetrics().horizontalAdvance(entry_type)
    assert journal.table.item(0, 6).text() == "1.000,00"

    # 4. F9 posts the batch after asking; the line becomes a ledger entry
    def post_question(box):
        shot(box, "8-post-question")
        press(qtbot, ENTER, widget=box)

    when_modal(post_question)
    journal.table.setFocus()
    press(qtbot, Qt.Key.Key_F9, widget=journal.table)
    raise_failures()
    qtbot.waitUntil(lambda: journal.table.rowCount() == 0, timeout=10000)
    settle(qtbot)
    shot(window, "9-posted")
    assert "1 post." in window.statusBar().currentMessage(), "one entry: '1 post', not '1 poster'"
    with ctx.uow() as uow:
        paid = uow.session.scalars(
            select(LedgerEntry.amount).where(LedgerEntry.entry_type == "payment")
        ).all()
        assert paid == [Decimal("-1000.00")] or paid == [Decimal("1000.00")]
        assert uow.session.scalars(select(JournalLine)).all() == []

    # 5. The follow-up page (the mass run's) and the case overview show the new case
    follow_ups = window.show_page("follow_ups")
    settle(qtbot)
    shot(window, "10-follow-ups")
    # the mass run: its button by keyboard, Enter on the question, the run in the log
    asked = []

    def mass_question(box):
        asked.append(box.text())
        press(qtbot, ENTER, widget=box)

    when_modal(mass_question)
    mass = follow_ups.findChild(QWidget, "button_MassAct")
    mass.setFocus()
    press(qtbot, Qt.Key.Key_Space, widget=mass)
    qtbot.waitUntil(lambda: follow_ups.runs.rowCount() == 1, timeout=20000)
    raise_failures()
    settle(qtbot)
    shot(window, "10b-mass-run-log")
    assert asked and "1" in asked[0]
    assert follow_ups.runs.item(0, 4).text() == "Udført", "the run's status in words"
    assert "1 brev." in follow_ups.message.text()
    overview = window.show_page("case_list")
    settle(qtbot)
    assert isinstance(overview, ListPage) and overview.model.rowCount() == 1
    shot(window, "11-case-overview")
    assert follow_ups is not None

    # 6. A letter from the card: the ribbon's "Udskriv brev" opens the letter dialog
    window.open_record("case", case_id)
    settle(qtbot)
    seen = []

    def letters(dialog):
        seen.append(type(dialog).__name__)
        shot(dialog, "12-letter-dialog")
        press(qtbot, Qt.Key.Key_Escape, widget=dialog)

    when_modal(letters)
    key_tip(qtbot, window, "ribbon_print_letter")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    raise_failures()
    assert seen and QApplication.activeModalWidget() is None
    assert not isinstance(QApplication.activeModalWidget(), QDialog)
    assert tab is not None
