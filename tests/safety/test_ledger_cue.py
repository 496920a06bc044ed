"""The Role Center shows a red cue while the posted ledger is not intact, hidden otherwise."""

from __future__ import annotations

import sqlite3

import pytest

from caplegal_desktop.app import AppContext
from ui.app import create_main_window
from ui.service_backend import ServiceBackend

pytestmark = pytest.mark.gui


def _window(qtbot, url):
    from PySide6.QtWidgets import QApplication

    from ui.theme import apply_theme

    apply_theme(QApplication.instance())  # the red shows in the screenshot
    context = AppContext.open(url)
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return context, window


def test_the_red_cue_is_hidden_while_the_ledger_is_intact(qtbot, sqlite_url):
    context, window = _window(qtbot, sqlite_url)
    qtbot.waitUntil(lambda: window.ledger_cue.loaded, timeout=10000)
    assert not window.ledger_cue.isVisible()
    context.close()


def test_the_red_cue_shows_when_a_guard_trigger_was_dropped(qtbot, sqlite_url):
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as connection:
        connection.execute("DROP TRIGGER ledger_entry_no_delete")
    context, window = _window(qtbot, sqlite_url)  # the start re-creates it, and says so
    qtbot.waitUntil(lambda: window.ledger_cue.isVisible(), timeout=10000)
    assert "ledger_entry_no_delete" in window.ledger_cue.toolTip()
    assert window.ledger_cue.caption.text() == "Bogføringen er ikke urørt"
    window.ledger_cue.grab().save("/tmp/safety-ledger-cue.png")
    window.grab().save("/tmp/safety-role-center.png")
    assert "genoprettet" in window.statusBar().currentMessage()
    context.close()


def test_the_red_cue_shows_when_the_nightly_check_found_the_audit_log_changed(qtbot, sqlite_url):
    from datetime import date

    from caplegal_desktop.services.maintenance.nightly import run_nightly_check
    from caplegal_desktop.services.office import AuditKind, record

    first = AppContext.open(sqlite_url)
    with first.uow(write=True) as uow:
        record(uow.session, login="bo", kind=AuditKind.EXPORT, target="sagsliste")
        uow.commit()
    first.close()
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET login = 'nogen' WHERE id = 1")
    checking = AppContext.open(sqlite_url)
    assert not run_nightly_check(checking, today=date.today(), server="nat").intact
    checking.close()
    context, window = _window(qtbot, sqlite_url)
    qtbot.waitUntil(lambda: window.ledger_cue.isVisible(), timeout=10000)
    assert "Revisionsloggens kæde er brudt ved linje nr. 1" in window.ledger_cue.toolTip()
    context.close()
