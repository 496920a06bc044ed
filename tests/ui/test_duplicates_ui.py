"""A duplicate client in one Enter (issue 21 §4): before a client or a party is created, the
existing records it probably is are shown first, and Enter takes the existing one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.cases.requests import ClientInput, PartyInput
from caplegal_desktop.services.master_data import master_data
from models import Client, Party
from tests.cases.helpers import CTRL, MAIN, press, raise_failures, type_keys, when_modal
from ui.i18n import DEFAULT_LANGUAGE, install_language
from ui.wizard.case_wizard import CaseWizard
from ui.wizard.data import CaseData

TODAY = date(2026, 11, 23)
ENTER = Qt.Key.Key_Return


@pytest.fixture
def ctx(sqlite_url, qapp):
    install_language("da")
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    with context.uow(write=True) as uow:
        master_data.create_client(
            uow.session,
            ClientInput(name="Ærtebjerg Gartneri ApS", cvr="13585628", address="Ærtevej 4",
                        postcode="5000", city="Odense C"),
            today=TODAY,
        )  # fmt: skip
        master_data.create_party(
            uow.session,
            PartyInput(name="Søren Ærtebjerg", kind="person", address="Åboulevarden 12",
                       postcode="8000"),
        )  # fmt: skip
        uow.commit()
    yield context
    context.close()
    install_language(DEFAULT_LANGUAGE)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def wizards():
    made: list[CaseWizard] = []
    yield made
    for wizard in made:  # closed without its "throw the input away?" question
        QDialog.reject(wizard)
        wizard.deleteLater()


def open_client_step(qtbot, ctx, wizards) -> CaseWizard:
    wizard = CaseWizard(CaseData(ctx, today=lambda: TODAY))
    wizards.append(wizard)  # not qtbot's: its close would ask "leave the wizard?"
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    MAIN[:] = [wizard]
    wizard.show_step(1)
    wizard.client_step.search.search_edit.setFocus()
    return wizard


def test_searching_aertebjerg_in_the_client_step_finds_the_client_in_any_case(qtbot, ctx, wizards):
    wizard = open_client_step(qtbot, ctx, wizards)
    for typed in ("ærtebjerg", "ÆRTEBJERG"):
        wizard.client_step.search.search_edit.setText(typed)
        wizard.client_step.search.run_search()
        assert wizard.client_step.search.results.topLevelItemCount() == 1, typed


def test_a_new_client_that_is_aertebjerg_shows_the_existing_one_and_enter_takes_it(
    qtbot, ctx, wizards
):
    # GIVEN the client step, searched for a spelling the search does not know
    wizard = open_client_step(qtbot, ctx, wizards)
    seen = {}
    type_keys(qtbot, "Aertebjerg", widget=wizard.client_step.search.search_edit)

    def duplicates(dialog):
        seen["hits"] = [
            dialog.hits.topLevelItem(i).text(1) for i in range(dialog.hits.topLevelItemCount())
        ]
        seen["why"] = dialog.hits.topLevelItem(0).text(3)
        press(qtbot, ENTER, widget=dialog.hits)  # Enter: the marked existing client

    def new_client_card(card):
        when_modal(duplicates, after=card)
        press(qtbot, ENTER, CTRL, widget=card.name)  # OK: the duplicates come first

    def not_found(box):
        when_modal(new_client_card, after=box)
        press(qtbot, ENTER, widget=box)  # "Opret en ny klient?" Yes

    when_modal(not_found)
    # WHEN she presses Enter, Enter, Ctrl+Enter, Enter
    press(qtbot, ENTER, widget=wizard.client_step.search.search_edit)
    qtbot.waitUntil(lambda: "hits" in seen, timeout=5000)
    raise_failures()
    # THEN the existing client was offered, and taken; no new client exists
    assert seen == {"hits": ["Ærtebjerg Gartneri ApS"], "why": "Lignende navn"}
    assert "Ærtebjerg Gartneri ApS" in wizard.client_step.chosen.text()
    assert wizard.client_step.client.no is not None
    assert count(ctx, Client) == 1


def test_create_anyway_is_a_deliberate_choice(qtbot, ctx):
    from ui.wizard.record_dialogs import NewClientDialog

    card = NewClientDialog(CaseData(ctx), words="ærtebjerg gartneri")
    qtbot.addWidget(card)
    card.show()

    def duplicates(dialog):
        assert dialog.use_button.isDefault() and not dialog.create_button.isDefault()
        dialog.create_button.click()

    when_modal(duplicates)
    card.accept_if_valid()
    raise_failures()
    assert card.result() == NewClientDialog.DialogCode.Accepted and card.existing is None


def test_new_party_from_the_party_list_shows_the_same_person_at_the_same_address(qtbot, ctx):
    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    MAIN[:] = [window]
    page = window.show_page("party_list")
    before = count(ctx, Party)
    seen = {}

    def duplicates(dialog):
        seen["row"] = [dialog.hits.topLevelItem(0).text(c) for c in (1, 3)]
        press(qtbot, ENTER, widget=dialog.hits)

    def new_party(card):
        type_keys(qtbot, "soeren aertebjerg", widget=card.name)
        card.address.setText("Aaboulevarden 12")
        card.postcode.setText("8000")
        when_modal(duplicates, after=card)
        press(qtbot, ENTER, CTRL, widget=card.name)

    when_modal(new_party)
    window.trigger_action("new_record")
    raise_failures()
    assert seen["row"] == ["Søren Ærtebjerg", "Lignende navn, samme adresse"]
    assert count(ctx, Party) == before  # nothing created
    assert "findes allerede" in window.statusBar().currentMessage()
    assert page.current_id() is not None
