"""Navision's hands in the create-case wizard (issue 13): Ctrl+N opens it where cases are the
subject, Alt+N / Alt+P and Ctrl+PgDn / Ctrl+PgUp move between steps, and Enter walks the fields
of a step and from its last field on to the next step."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.cases.helpers import ALT, CTRL, MAIN, press, raise_failures, type_keys, when_modal
from ui.app import create_main_window
from ui.service_backend import ServiceBackend
from ui.wizard.case_wizard import CaseWizard
from ui.wizard.data import CaseData

TODAY = date(2026, 11, 23)


@pytest.fixture
def wizard(qtbot, ctx, danish_ui):
    wizard = CaseWizard(CaseData(ctx, today=lambda: TODAY))
    qtbot.addWidget(wizard, before_close_func=lambda w: QDialog.done(w, 0))
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    MAIN[:] = [wizard]
    return wizard


def test_alt_n_alt_p_and_ctrl_page_keys_move_between_steps(qtbot, wizard):
    type_keys(qtbot, "INK-ERHV")  # the cursor starts in Case type
    press(qtbot, Qt.Key.Key_N, ALT)
    assert wizard.current_index() == 1
    press(qtbot, Qt.Key.Key_P, ALT)
    assert wizard.current_index() == 0
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert wizard.current_index() == 1
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert wizard.current_index() == 0
    assert "Alt+N" in wizard.next_button.toolTip() and "Alt+P" in wizard.back_button.toolTip()


def test_alt_n_on_an_invalid_step_stays_and_says_why(qtbot, wizard):
    said = []

    def problem(box):
        said.append(box.text())
        press(qtbot, Qt.Key.Key_Return, widget=box)

    when_modal(problem, after=wizard)
    press(qtbot, Qt.Key.Key_N, ALT)  # no case type chosen
    raise_failures()
    assert wizard.current_index() == 0
    assert said == ["Vælg en sagstype (F4)."]


def test_enter_walks_the_fields_and_goes_on_from_the_last_one(qtbot, wizard):
    step = wizard.case_step
    type_keys(qtbot, "INK-ERHV")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is step.regarding
    type_keys(qtbot, "Varmeregninger 2026")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is step.team
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is step.legal_department
    press(qtbot, Qt.Key.Key_Return)  # the step's last field: on to the client step
    assert wizard.current_index() == 1
    assert step.regarding.text() == "Varmeregninger 2026"


@pytest.mark.parametrize("page_id", ["role_center", "case_list"])
def test_ctrl_n_opens_the_create_case_wizard(qtbot, ctx, danish_ui, tmp_path, monkeypatch, page_id):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    MAIN[:] = [window]
    window.show_page(page_id)
    seen = []

    def look(dialog):
        seen.append(type(dialog).__name__)
        dialog.done(0)

    when_modal(look)
    press(qtbot, Qt.Key.Key_N, CTRL, widget=window.current_page())
    raise_failures()
    assert seen == ["CaseWizard"]


def test_f4_in_the_empty_client_search_lists_the_clients_to_pick_from(qtbot, ctx, wizard):
    from tests.payment_plans.conftest import new_case

    new_case(ctx)  # Fjernvarme Fyn A/S is a client
    type_keys(qtbot, "INK-ERHV")
    press(qtbot, Qt.Key.Key_N, ALT)
    search = wizard.client_step.search
    assert QApplication.focusWidget() is search.search_edit and not search.search_edit.text()
    press(qtbot, Qt.Key.Key_F4)
    assert [
        search.results.topLevelItem(i).text(1) for i in range(search.results.topLevelItemCount())
    ] == ["Fjernvarme Fyn A/S"]
    assert QApplication.focusWidget() is search.results
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.client_step.client.no == "K00001"  # the existing client, chosen
