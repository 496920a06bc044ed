"""The party card in the real window by keys: Navn 2, c/o, Adresse 2, contacts and the flags;
a flagged party is named in red on its case card and in the wizard's party step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from caplegal_desktop.services.master_data.party_card import party_card
from models import Case, CaseParty, Party
from tests.cards.test_client_card_ui import retype
from tests.cases.helpers import CTRL, raise_failures, when_modal
from ui.framework.background import wait_for_background


def debtor_of_first_case(context) -> tuple[int, int]:
    with context.uow() as uow:
        case_id = uow.session.scalar(select(Case.id).order_by(Case.id).limit(1))
        party_id = uow.session.scalar(
            select(CaseParty.party_id).where(
                CaseParty.case_id == case_id, CaseParty.party_type == "DEBITOR"
            )
        )
        return case_id, party_id


def test_enter_on_the_party_list_opens_the_card_and_the_flags_save_with_history(
    window, qtbot, demo_context
):
    page = window.show_page("party_list")
    wait_for_background()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    card = window.current_page()
    assert card.objectName() == "partyCard" and not card.warning.isVisible()
    retype(qtbot, card.editors["navn2"], "Dødsboet efter")
    retype(qtbot, card.editors["co"], "Advokat Lise Berg")
    retype(qtbot, card.editors["adresse2"], "2. sal th.")
    card.editors["afdød"].setFocus()
    qtbot.keyClick(card.editors["afdød"], Qt.Key.Key_Space)
    card.contacts.add_contact()
    card.contacts.table.item(0, 0).setText("Lise Berg")
    card.contacts.table.item(0, 1).setText("Att.")
    qtbot.keyClick(card.editors["navn2"], Qt.Key.Key_Return, CTRL)
    raise_failures()
    assert card.warning.isVisible() and "Afdød" in card.warning.text()
    with demo_context.uow() as uow:
        saved = party_card(uow.session, party_id=card.party_id)
    assert (saved.card.name2, saved.card.co, saved.card.address2) == (
        "Dødsboet efter",
        "Advokat Lise Berg",
        "2. sal th.",
    )
    assert saved.card.deceased and [c.role for c in saved.card.contacts] == ["Att."]
    fields = {h.field: (h.old_value, h.new_value) for h in saved.history}
    assert fields["Afdød"] == ("Nej", "Ja") and fields["Kontaktpersoner"][1] == "Lise Berg (Att.)"
    assert card.history.topLevelItemCount() == len(saved.history)


def test_a_refused_party_edit_shows_the_danish_reason_and_changes_nothing(
    window, qtbot, demo_context
):
    _case_id, party_id = debtor_of_first_case(demo_context)
    card = window.open_record("party", party_id)
    card.kind.setCurrentIndex(card.kind.findData("person"))
    retype(qtbot, card.editors["cpr"], "320199-1234")
    retype(qtbot, card.editors["postnr"], "0000")
    seen = []

    def refused(box):
        seen.append(box.text())
        box.accept()

    when_modal(refused)
    qtbot.keyClick(card.editors["cpr"], Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    raise_failures()
    assert "CPR-nummeret" in seen[0] and "Postnummeret 0000 findes ikke." in seen[0]
    with demo_context.uow() as uow:
        assert party_card(uow.session, party_id=party_id).history == ()
        assert uow.session.get(Party, party_id).postcode != "0000"


def test_a_flagged_debtor_is_named_on_the_case_card_and_in_the_wizard(window, qtbot, demo_context):
    case_id, party_id = debtor_of_first_case(demo_context)
    with demo_context.uow(write=True) as uow:
        party = uow.session.get(Party, party_id)
        party.in_debt_restructuring, party.in_bankruptcy = True, False
        party.deceased = False
        name, no = party.name, party.no
        uow.commit()
    case_card = window.open_record("case", case_id)
    assert case_card.party_warnings.isVisible()
    assert f"{name} ({no}): Gældssanering" in case_card.party_warnings.text()

    seen = []

    def wizard(dialog):
        step = dialog.party_step
        hits = [h for h in dialog.data.search_parties(no) if h.no == no]
        step._add_existing(hits[0])
        seen.append(step.flag_warning.text() if step.flag_warning.isVisibleTo(step) else "")
        QDialog.reject(dialog)

    when_modal(wizard)
    window.trigger_action("new_case")
    qtbot.waitUntil(lambda: bool(seen))
    raise_failures()
    assert "Gældssanering" in seen[0] and name in seen[0]
