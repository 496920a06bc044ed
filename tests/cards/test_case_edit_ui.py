"""Rediger sag and Tilføj part on the case card, in the real window, by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from caplegal_desktop.services.cases.card import case_card, case_history
from models import Case, Employee, Party
from tests.cards.test_client_card_ui import retype
from tests.cases.helpers import CTRL, raise_failures, when_modal


def first_case(context) -> int:
    with context.uow() as uow:
        return uow.session.scalar(select(Case.id).order_by(Case.id).limit(1))


def an_employee(context) -> str:
    with context.uow() as uow:
        return uow.session.scalar(select(Employee.initials).order_by(Employee.initials).limit(1))


def test_the_case_is_edited_on_its_card_and_each_change_is_in_the_history(
    window, qtbot, demo_context
):
    case_id = first_case(demo_context)
    initials = an_employee(demo_context)
    card = window.open_record("case", case_id)
    done = []

    def edit(dialog):
        retype(qtbot, dialog.regarding, "Varmeregning 2026, 2. rate")
        dialog.narrative.setFocus()
        qtbot.keyClicks(dialog.narrative, "Debitor har lovet at betale.")
        retype(qtbot, dialog.team, "Stud.jur.")
        retype(qtbot, dialog.responsible, initials)
        dialog.party_table.item(0, 2).setText("Lejer af Vestergade 3")
        qtbot.keyClick(dialog.regarding, Qt.Key.Key_Return, CTRL)
        done.append(dialog.result())

    when_modal(edit)
    card.trigger_action("edit_case")
    raise_failures()
    assert done == [1]
    assert card.fields["regarding"].text() == "Varmeregning 2026, 2. rate"
    with demo_context.uow() as uow:
        general = case_card(uow.session, case_id=case_id).general
        actions = {h.action: h.detail for h in case_history(uow.session, case_id=case_id)}
    assert general.team == "Stud.jur." and general.responsible == initials
    assert general.narrative.endswith("Debitor har lovet at betale.")
    assert actions["Sag vedr. ændret"].endswith("-> Varmeregning 2026, 2. rate")
    assert actions["Team ændret"].endswith("-> Stud.jur.")
    assert any(a.startswith("Sag vedrørende ændret for") for a in actions)


def test_a_refused_case_edit_shows_the_danish_reason_and_the_dialog_stays(
    window, qtbot, demo_context
):
    case_id = first_case(demo_context)
    card = window.open_record("case", case_id)
    with demo_context.uow() as uow:
        rows = len(case_history(uow.session, case_id=case_id))
    seen = []

    def edit(dialog):
        retype(qtbot, dialog.regarding, "Skal ikke gemmes")
        retype(qtbot, dialog.responsible, "XYZ")

        def refused(box):
            seen.append(box.text())
            box.accept()

            def leave(question):
                seen.append(question.text())
                question.button(QMessageBox.StandardButton.Yes).click()

            when_modal(leave, after=dialog)
            dialog.reject()  # Esc: asks, since something was typed

        when_modal(refused, after=dialog)
        qtbot.keyClick(dialog.regarding, Qt.Key.Key_Return, CTRL)

    when_modal(edit)
    card.trigger_action("edit_case")
    qtbot.waitUntil(lambda: len(seen) == 2)
    raise_failures()
    assert seen[0] == "Der findes ingen medarbejder med initialerne XYZ."
    assert "uden at gemme" in seen[1]
    with demo_context.uow() as uow:
        assert uow.session.get(Case, case_id).regarding != "Skal ikke gemmes"
        assert len(case_history(uow.session, case_id=case_id)) == rows


def test_a_party_and_a_second_court_district_are_added_from_the_card(window, qtbot, demo_context):
    case_id = first_case(demo_context)
    with demo_context.uow() as uow:
        on_case = {p.party_id for p in uow.session.get(Case, case_id).parties}
        other = uow.session.scalar(select(Party).where(Party.id.not_in(on_case)).limit(1))
        other_no, court = other.no, uow.session.get(Case, case_id).court_district_code
    card = window.open_record("case", case_id)

    def add_lawyer(dialog):
        dialog.party_type.setCurrentText("ADVOKAT")
        retype(qtbot, dialog.party, other_no)
        retype(qtbot, dialog.regarding, "Debitors advokat")
        qtbot.keyClick(dialog.regarding, Qt.Key.Key_Return, CTRL)

    when_modal(add_lawyer)
    card.trigger_action("add_party")
    raise_failures()

    def add_court(dialog):
        dialog.party_type.setCurrentText("RETSKREDS")
        retype(qtbot, dialog.court, "KBH" if court != "KBH" else "AAR")
        qtbot.keyClick(dialog.court.line_edit, Qt.Key.Key_Return, CTRL)

    when_modal(add_court)
    card.trigger_action("add_party")
    raise_failures()
    types = [
        card.contacts.topLevelItem(i).text(2) for i in range(card.contacts.topLevelItemCount())
    ]
    assert "ADVOKAT" in types and types.count("RETSKREDS") == 2 and types.count("FOGEDRET") == 2
