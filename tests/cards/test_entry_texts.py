"""Rediger liste behind Gæld i alt: only an entry's text changes; the old one is in history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases.card import case_history
from caplegal_desktop.services.cases.entry_texts import correct_entry_texts, entry_texts
from models import Case, LedgerEntry
from tests.cases.helpers import CTRL, raise_failures, when_modal
from tests.master_data.builders import posted_case


def test_an_entry_text_is_corrected_and_nothing_else_about_the_entry_changes(app):
    case_id, _no = posted_case(app)
    with app.uow() as uow:
        first = entry_texts(uow.session, case_id=case_id)[0]
    with app.uow(write=True) as uow:
        done = correct_entry_texts(
            uow.session, case_id=case_id, texts={first.entry_id: "Hovedstol: faktura 4711"},
            user="bo",
        )  # fmt: skip
        uow.commit()
    assert done.corrected == 1
    with app.uow() as uow:
        entry = uow.session.get(LedgerEntry, first.entry_id)
        after = (entry.description, entry.amount, entry.posting_date, entry.entry_type)
        line = case_history(uow.session, case_id=case_id)[0]
    assert after == ("Hovedstol: faktura 4711", first.amount, first.posting_date, first.entry_type)
    assert line.detail == f"{first.description} -> Hovedstol: faktura 4711" and line.user == "bo"


def test_an_empty_text_is_refused_in_danish_and_nothing_changes(app):
    case_id, _no = posted_case(app)
    with app.uow() as uow:
        first = entry_texts(uow.session, case_id=case_id)[0]
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="teksten skal udfyldes"):
        correct_entry_texts(uow.session, case_id=case_id, texts={first.entry_id: " "}, user="bo")
    with app.uow() as uow:
        assert uow.session.get(LedgerEntry, first.entry_id).description == first.description


def test_edit_list_behind_total_debt_corrects_a_text_by_keys(window, qtbot, demo_context):
    with demo_context.uow() as uow:
        case_id = uow.session.scalar(
            select(Case.id).join(LedgerEntry, LedgerEntry.case_id == Case.id).limit(1)
        )
    card = window.open_record("case", case_id)
    drill = card.drill_down("balance")
    done = []

    def edit(dialog):
        table = dialog.table
        table.setFocus()
        table.setCurrentCell(0, 3)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = table.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, "Rettet tekst")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        done.append(dialog.texts())
        qtbot.keyClick(table, Qt.Key.Key_Return, CTRL)

    when_modal(edit, after=drill)
    drill.findChild(type(drill.buttons.buttons()[0]), "editEntryTexts").click()
    raise_failures()
    entry_id = next(iter(done[0]))
    assert done[0][entry_id] == "Rettet tekst"
    with demo_context.uow() as uow:
        assert uow.session.get(LedgerEntry, entry_id).description == "Rettet tekst"
        actions = [h.action for h in case_history(uow.session, case_id=case_id)]
    assert any(a.startswith("Posteringstekst rettet") for a in actions)
