"""The keyboard map (docs/keyboard.md, issue 21 §2): F9, Ctrl+F9, Ctrl+Enter and Esc on every page
of the main window, pressed where the secretary's cursor is. F9 means "post"; where there is
nothing to post it does the page's own thing (calculate the plan) or nothing, and never takes
the user away from typed input."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.demo.generate import generate_demo
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.framework.list_page import ListPage
from ui.i18n import DEFAULT_LANGUAGE
from ui.main_window import navigation_groups
from ui.pages.role_center import ROLE_CENTER
from ui.service_backend import ServiceBackend

TODAY = dt.date(2026, 6, 30)
CTRL = Qt.KeyboardModifier.ControlModifier
JOURNAL = "journals"
# F9 on a page that posts: the page's own posting (it asks first, or says there is nothing)
POSTS = {"journals", "settlements"}
# the plan card works on the real today: its first instalment lies ahead of it
FIRST = (dt.date.today().replace(day=1) + dt.timedelta(days=45)).replace(day=1).strftime("%d-%m-%Y")


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    from tests.conftest import _migrate_and_seed

    path = tmp_path_factory.mktemp("keys") / "caplegal.sqlite3"
    url = f"sqlite:///{path}"
    _migrate_and_seed(url)
    app_context = AppContext(open_database(url), Settings(language="da"), "test")
    generate_demo(app_context, cases=12, seed=3, today=TODAY)
    yield app_context
    app_context.close()


@pytest.fixture
def window(qtbot, context, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_background()
    yield window
    wait_for_background()
    from ui.i18n import install_language

    install_language(DEFAULT_LANGUAGE)


class Modals:
    """Answers No/Cancel to every modal that opens, and remembers their titles."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._close)
        self._timer.start(20)

    def _close(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.titles.append(modal.windowTitle())
            modal.reject() if hasattr(modal, "reject") else modal.close()

    def stop(self) -> None:
        self._timer.stop()


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)
    qtbot.wait(30)
    wait_for_background()


def nav_pages() -> list[str]:
    top, groups = navigation_groups()
    return [e.page_id for e in top] + [e.page_id for g in groups for e in g.entries]


@pytest.mark.parametrize("page_id", nav_pages())
def test_f9_ctrl_f9_and_esc_on_every_navigation_page(qtbot, window, page_id):
    modals = Modals()
    try:
        page = window.show_page(page_id)
        wait_for_background()
        page.setFocus()
        page.focusNextChild()  # the cursor in the page, as after a click into it
        browse_only = isinstance(page, ListPage) or page_id == ROLE_CENTER
        # Esc and Ctrl+F9 on a page: nothing happens, the page stays
        for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                              (Qt.Key.Key_F9, CTRL)):  # fmt: skip
            press(qtbot, window, key, modifier)
            assert window.current_page() is page, (page_id, key)
        # F9: a list or the Role Center opens the journal; every other page stays
        press(qtbot, window, Qt.Key.Key_F9)
        shown = window.current_page()
        if page_id in POSTS:
            assert shown is page
        elif browse_only:
            assert shown.page_id == JOURNAL, page_id
        else:
            assert shown is page, f"F9 left {page_id} for {shown.page_id}"
    finally:
        modals.stop()


def _open_plan(window, context):
    from ui.payment_plan.data import PlanData
    from ui.payment_plan.overview import RECORD_KIND

    data = PlanData(context, today=lambda: TODAY)
    for case_id in range(1, 13):
        case_no = data.case_no(case_id)
        debtors = data.debtors(case_no)
        try:
            plan = data.create(case_no, [d.party_id for d in debtors])
        except Exception:  # a case that already has a plan, or is closed: take the next
            continue
        return window.open_record(RECORD_KIND, plan.plan_no)
    raise AssertionError("no case for a plan")


def test_f9_on_the_plan_card_calculates_and_keeps_the_typed_instalment(qtbot, window, context):
    # GIVEN a new plan with 12 instalments typed, the cursor still in the periods field
    card = _open_plan(window, context)
    card.first_date.setText(FIRST)
    card.periods.setFocus()
    qtbot.keyClick(card.periods, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(card.periods, "12")
    # WHEN the secretary presses F9
    with qtbot.waitSignal(card.sig_plan_changed, timeout=5000):
        press(qtbot, window, Qt.Key.Key_F9)
    # THEN the plan is calculated where she is: same card, her input kept, the instalment shown
    assert window.current_page() is card
    assert card.periods.value() == 12
    assert card.first_date.text() == FIRST
    assert card.instalment.value() is not None
    assert "12 perioder à" in window.statusBar().currentMessage()


def test_ctrl_f9_on_the_plan_card_activates_it(qtbot, window, context):
    card = _open_plan(window, context)
    card.first_date.setText(FIRST)
    card.periods.setValue(6)
    card.periods.setFocus()
    press(qtbot, window, Qt.Key.Key_F9)
    assert card.plan.status == "draft" and card.instalment.value() is not None
    press(qtbot, window, Qt.Key.Key_F9, CTRL)
    assert window.current_page() is card
    assert card.plan.status == "active"
    assert len(card.plan.lines) == 6


def test_f9_on_a_card_with_nothing_to_post_stays_and_says_so(qtbot, window, context):
    case_card = window.open_record("case", 1)
    wait_for_background()
    case_card.setFocus()
    press(qtbot, window, Qt.Key.Key_F9)
    assert window.current_page() is case_card
    assert "F9" in window.statusBar().currentMessage()


def test_the_register_payment_dialog_takes_ctrl_enter_and_esc(qtbot, context):
    for widget in QApplication.topLevelWidgets():  # nothing left over from another test
        if widget.isVisible():
            widget.close()
    from ui.journal.ops import JournalOps
    from ui.journal.payment_dialog import RegisterPaymentDialog

    dialog = RegisterPaymentDialog(JournalOps(context).payment_choices(1), today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClicks(dialog.amount, "100")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return, CTRL)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
