"""Tilføj/Juster fordringer on the fundament card, by keys, on a real SQLite database."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from caplegal_desktop.services.cases.card import fee_lines
from tests.cases.helpers import CTRL, MAIN, raise_failures, when_modal
from tests.fundaments.conftest import TODAY, new_case
from tests.fundaments.test_fundament_ui import a_draft, open_card
from ui.fundament.data import FundamentData


def test_the_awarded_costs_from_the_fundament_card_replace_the_computed_ones(
    qtbot, sqlite_app, danish_ui
):
    data = FundamentData(sqlite_app, today=lambda: TODAY)
    case_id, debtors = new_case(sqlite_app)
    card = open_card(qtbot, data, a_draft(data, case_id, debtors[0]))
    MAIN[:] = [card]
    seen = []

    def told(box):
        seen.append(box.text())
        box.accept()

    def award(dialog):
        when_modal(told, after=dialog)
        dialog.hearing_fee.setFocus()
        qtbot.keyClicks(dialog.hearing_fee, "2.500,00")
        qtbot.keyClick(dialog.hearing_fee, Qt.Key.Key_Return, CTRL)

    when_modal(award)
    card.actions_by_id["awarded"].trigger()
    qtbot.waitUntil(lambda: bool(seen))
    raise_failures()
    assert "posteringer bogført" in seen[0]
    with sqlite_app.uow() as uow:
        lines = {f.fee_code: f.amount for f in fee_lines(uow.session, case_id=case_id)}
    assert lines.get("TILK-MOEDE") == Decimal("2500.00")
    MAIN.clear()
