"""The client card in the real window, driven by keys: open with Enter, edit, Ctrl+Enter saves,
a refused edit says why in Danish and changes nothing, Esc asks, Ctrl+N makes a new client,
"Ny sag" starts the wizard with the client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from caplegal_desktop.services.master_data.client_card import client_card
from models import Client
from tests.cases.helpers import CTRL, raise_failures, when_modal
from ui.framework.background import wait_for_background


def open_client_list(window, qtbot):
    page = window.show_page("client_list")
    wait_for_background()
    page.table.setFocus()
    page.table.selectRow(0)
    return page


def open_first_client(window, qtbot):
    page = open_client_list(window, qtbot)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    card = window.current_page()
    assert card.objectName() == "clientCard"
    return card


def retype(qtbot, widget, text):
    widget = getattr(widget, "line_edit", widget)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_enter_on_the_client_list_opens_the_card_and_ctrl_enter_saves_with_history(
    window, qtbot, demo_context
):
    card = open_first_client(window, qtbot)
    old_name = card.editors["navn"].text()
    retype(qtbot, card.editors["navn"], "Nyt Navn ApS")
    retype(qtbot, card.editors["iban"], "DK50 0040 0440 1162 43")
    card.editors["moms"].setFocus()
    qtbot.keyClick(card.editors["moms"], Qt.Key.Key_Space)
    assert card.is_changed()
    qtbot.keyClick(card.editors["navn"], Qt.Key.Key_Return, CTRL)
    raise_failures()
    assert not card.is_changed()
    with demo_context.uow() as uow:
        saved = client_card(uow.session, client_id=card.client_id)
    assert saved.card.name == "Nyt Navn ApS"
    assert saved.card.settlement_iban == "DK5000400440116243"
    fields = {h.field: (h.old_value, h.new_value) for h in saved.history}
    assert fields["Navn"] == (old_name, "Nyt Navn ApS")
    assert "Momsregistreret" in fields
    assert card.history.topLevelItemCount() == len(saved.history)
    assert "gemt" in window.statusBar().currentMessage()


def test_a_refused_edit_shows_the_danish_reason_and_changes_nothing(window, qtbot, demo_context):
    card = open_first_client(window, qtbot)
    with demo_context.uow() as uow:
        before = client_card(uow.session, client_id=card.client_id)
    retype(qtbot, card.editors["cvr"], "12345678")
    retype(qtbot, card.editors["regnr"], "12")
    seen = []

    def refused(box):
        seen.append(box.text())
        box.accept()

    when_modal(refused)
    qtbot.keyClick(card.editors["cvr"], Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    raise_failures()
    assert "CVR-nummeret er ugyldigt" in seen[0]
    assert "Angiv både reg.nr. og kontonr." in seen[0]
    assert card.editors["cvr"].property("invalid") or card.message.isVisible()
    with demo_context.uow() as uow:
        after = client_card(uow.session, client_id=card.client_id)
    assert after.card == before.card and after.history == before.history
    assert card.is_changed()  # what was typed stays on the card


def test_esc_on_a_changed_card_asks_and_stay_keeps_it_open_discard_closes(window, qtbot):
    card = open_first_client(window, qtbot)
    retype(qtbot, card.editors["afdeling"], "Erhverv")
    questions = []

    def stay(box):
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(stay)
    qtbot.keyClick(card.editors["afdeling"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(questions))
    raise_failures()
    assert "ændret" in questions[0]
    assert window.current_page() is card

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    window.activateWindow()
    card.editors["afdeling"].setFocus()
    qtbot.keyClick(card.editors["afdeling"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_page().page_id == "client_list")
    raise_failures()


def test_ctrl_n_on_the_client_list_makes_a_new_client_from_its_card(window, qtbot, demo_context):
    page = open_client_list(window, qtbot)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    card = window.current_page()
    assert card.objectName() == "clientCard" and card.client_id is None
    assert card.editors["sagstype"].text() == "INK-ALM"
    retype(qtbot, card.editors["navn"], "Odense Tandklinik ApS")
    retype(qtbot, card.editors["cvr"], "13585628")
    qtbot.keyClick(card.editors["cvr"], Qt.Key.Key_Return, CTRL)
    raise_failures()
    assert card.client_id is not None and window.pages[f"client:{card.client_id}"] is card
    with demo_context.uow() as uow:
        client = uow.session.get(Client, card.client_id)
        assert (client.name, client.cvr) == ("Odense Tandklinik ApS", "13585628")


def test_new_case_from_the_client_card_starts_the_wizard_with_that_client(window, qtbot):
    card = open_first_client(window, qtbot)
    client_no = card.client_no()
    seen = []

    def wizard(dialog):
        seen.append(dialog.client_step.client.no if dialog.client_step.client else None)
        QDialog.reject(dialog)  # past the wizard's "leave?" question

    when_modal(wizard)
    window.trigger_action("new_case")
    qtbot.waitUntil(lambda: bool(seen))
    raise_failures()
    assert seen == [client_no]
    QApplication.processEvents()


def test_the_client_cards_departments_tab_adds_a_department(window, qtbot, demo_context):
    card = open_first_client(window, qtbot)
    panel = card.departments
    assert panel.add_button.isEnabled() and panel.tree.topLevelItemCount() == 0
    panel.ask = lambda: ("vest", "Afdeling Vest")
    panel.add_department()
    assert [panel.tree.topLevelItem(0).text(c) for c in (0, 1)] == ["VEST", "Afdeling Vest"]
    panel.ask = lambda: ("vest", "Igen")  # the same code twice is refused in Danish
    panel.add_department()
    assert panel.tree.topLevelItemCount() == 1 and panel.message.text()
