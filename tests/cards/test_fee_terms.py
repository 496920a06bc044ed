"""The adjust window's fee/salary terms: registered basis, interest code/rate/from, "rentebærende
i betalingsplan" and ÅOP, each change in the history; nothing is posted for them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases.card import case_history, fee_lines
from caplegal_desktop.services.claims.edit import adjust_fee_terms
from models import FeeLine, LedgerEntry
from tests.cases.helpers import CTRL, MAIN, press, raise_failures, when_modal
from tests.master_data.builders import posted_case
from ui.claims.adjust import AdjustClaimsWindow
from ui.wizard.data import CaseData


def _entries(app, case_id) -> int:
    with app.uow() as uow:
        return uow.session.scalar(
            select(func.count(LedgerEntry.id)).where(LedgerEntry.case_id == case_id)
        )


def test_a_fee_lines_terms_change_with_history_and_no_entry(app):
    case_id, _no = posted_case(app)
    with app.uow() as uow:
        line = fee_lines(uow.session, case_id=case_id)[0]
    entries = _entries(app, case_id)
    with app.uow(write=True) as uow:
        done = adjust_fee_terms(
            uow.session, case_id=case_id, fee_line_id=line.fee_line_id, user="bo",
            registered_basis=Decimal("5001"), interest_code="FAST",
            interest_from=date(2026, 3, 1), apr_included=not line.apr_included,
            interest_bearing_in_plan=not line.interest_bearing_in_plan,
        )  # fmt: skip
        uow.commit()
    assert done.history_rows == 5 and _entries(app, case_id) == entries
    with app.uow() as uow:
        row = uow.session.get(FeeLine, line.fee_line_id)
        assert (row.registered_basis, row.interest_code) == (Decimal("5001"), "FAST")
        assert row.apr_included != line.apr_included
        details = {h.action: h.detail for h in case_history(uow.session, case_id=case_id)}
    assert f"{line.fee_code}: ÅOP ændret" in details
    assert details[f"{line.fee_code}: rente fra ændret"] == "(tom) -> 01-03-2026"


def test_an_unknown_interest_code_on_a_fee_line_is_refused_in_danish(app):
    case_id, _no = posted_case(app)
    with app.uow() as uow:
        line = fee_lines(uow.session, case_id=case_id)[0]
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="NOPE findes ikke"):
        adjust_fee_terms(
            uow.session, case_id=case_id, fee_line_id=line.fee_line_id, user="bo",
            interest_code="NOPE", apr_included=True,
        )  # fmt: skip
    with app.uow() as uow:
        assert not uow.session.get(FeeLine, line.fee_line_id).apr_included


def test_the_adjust_window_registers_a_fee_lines_flags_and_basis_by_keys(qtbot, sqlite_app):
    app = sqlite_app
    case_id, _no = posted_case(app)
    window = AdjustClaimsWindow(CaseData(app), case_id)
    qtbot.addWidget(window)
    MAIN[:] = [window]
    window.show()
    window.activateWindow()
    grid = window.claim_fees if window.claim_fees.rows() else window.case_fees
    row = grid.rows()[0]
    basis = row.editors["registered_basis"]
    basis.setFocus()
    basis.selectAll()
    qtbot.keyClicks(basis, "4.000,00")
    row.editors["apr"].setFocus()
    qtbot.keyClick(row.editors["apr"], Qt.Key.Key_Space)
    changes = window.changes()
    assert changes == [
        (
            "adjust_fee_terms",
            {
                "fee_line_id": row.meta["fee_line_id"],
                "registered_basis": Decimal("4000.00"),
                "apr_included": True,
            },
        )
    ]
    when_modal(lambda box: press(qtbot, Qt.Key.Key_Return, widget=box), after=window)
    window.activateWindow()
    basis.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    raise_failures()
    assert window.shown_problems == [], window.shown_problems
    with app.uow() as uow:
        saved = uow.session.get(FeeLine, row.meta["fee_line_id"])
        assert (saved.registered_basis, saved.apr_included) == (Decimal("4000.00"), True)
    MAIN.clear()
