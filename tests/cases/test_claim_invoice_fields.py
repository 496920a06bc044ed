"""Claims carry their invoice: invoice no., date, due date, OCR and customer no. are typed in the
claims window, stored on the claim, found by quick search and changed in the adjust window."""

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from caplegal_desktop.services.search.case_search import find_cases
from models import CaseHistory, Claim
from tests.cases.helpers import CTRL, MAIN, focused, press, raise_failures, type_keys, when_modal
from tests.cases.test_case_card import a_case
from tests.cases.test_wizard_refusals import claims_window, invalid
from ui.claims.adjust import AdjustClaimsWindow
from ui.wizard.data import CaseData

TODAY = date(2026, 11, 23)


def answer_yes(qtbot, window) -> None:
    when_modal(lambda box: press(qtbot, Qt.Key.Key_Return, widget=box), after=window)


def test_a_claim_typed_with_its_invoice_is_stored_and_found_by_quick_search(qtbot, ctx, danish_ui):
    # GIVEN the claims window of a new case, focus in the first claim's description
    window = claims_window(qtbot, ctx)
    row = window.claims.rows(include_empty=True)[0]
    row.editors["description"].setFocus()
    # WHEN the secretary types the line field after field with Tab, as on a CapLegal claim line
    type_keys(qtbot, "Varmeregning 2026")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row.editors["invoice_no"]
    type_keys(qtbot, "F-88123")
    press(qtbot, Qt.Key.Key_Tab)  # debtors (read-only, F4)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "01102026")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row.editors["due_date"]
    type_keys(qtbot, "31102026")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "4.250,00")
    for _field in ("interest_code", "rate", "interest_from"):
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row.editors["ocr"]
    type_keys(qtbot, "000000000424242")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "K-7781")
    press(qtbot, Qt.Key.Key_Tab)
    window.grab().save("/tmp/letters-claims-window.png")
    assert window.ok_button.isEnabled(), window.message.text()
    answer_yes(qtbot, window)
    press(qtbot, Qt.Key.Key_Return, CTRL, widget=row.editors["customer_no"])
    raise_failures()
    # THEN the claim holds what was typed, and quick search finds the case by each identifier
    with ctx.uow() as uow:
        claim = uow.session.scalars(select(Claim)).one()
        assert (claim.invoice_no, claim.invoice_date, claim.due_date) == (
            "F-88123",
            date(2026, 10, 1),
            date(2026, 10, 31),
        )
        assert (claim.ocr, claim.customer_no) == ("000000000424242", "K-7781")
        for text in ("F-88123", "000000000424242", "K-7781"):
            hits = find_cases(uow.session, text=text)
            assert [h.case_id for h in hits] == [claim.case_id], text


def test_a_due_date_before_the_invoice_date_is_refused_at_the_field(qtbot, ctx, danish_ui):
    window = claims_window(qtbot, ctx)
    row = window.claims.rows(include_empty=True)[0]
    row.editors["description"].setText("Faktura 1")
    row.editors["invoice_date"].setText("05-01-2026")
    row.editors["principal"].setText("1000")
    row.editors["due_date"].setFocus()
    type_keys(qtbot, "01012026")
    press(qtbot, Qt.Key.Key_Tab)
    assert not window.ok_button.isEnabled()
    assert invalid(row.editors["due_date"])
    assert "Forfaldsdatoen kan ikke ligge før fakturadatoen." in window.message.text()


def test_the_adjust_window_changes_the_invoice_details_of_an_existing_claim(qtbot, ctx, danish_ui):
    # GIVEN a case whose claim came without invoice no., OCR or customer no.
    case_id = a_case(ctx)
    window = AdjustClaimsWindow(CaseData(ctx, today=lambda: TODAY), case_id)
    qtbot.addWidget(window)
    MAIN[:] = [window]
    window.show()
    window.activateWindow()
    e = window.claims.rows()[0].editors
    # WHEN the secretary types them in and registers with Ctrl+Enter, Yes
    for key, text in (("invoice_no", "INV-5501"), ("ocr", "123456789012347")):
        e[key].setFocus()
        e[key].selectAll()
        type_keys(qtbot, text)
    e["customer_no"].setFocus()
    e["customer_no"].selectAll()
    type_keys(qtbot, "C-19")
    press(qtbot, Qt.Key.Key_Tab)
    window.grab().save("/tmp/letters-adjust-claims.png")
    answer_yes(qtbot, window)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    raise_failures()
    # THEN they are stored, the history says so in Danish, and the invoice no. finds the case
    with ctx.uow() as uow:
        claim = uow.session.scalars(
            select(Claim).where(Claim.case_id == case_id, Claim.line_no == 1)
        ).one()
        assert (claim.invoice_no, claim.ocr, claim.customer_no) == (
            "INV-5501",
            "123456789012347",
            "C-19",
        )
        actions = uow.session.scalars(
            select(CaseHistory.action).where(CaseHistory.case_id == case_id)
        ).all()
        assert any("fakturanr. ændret" in a for a in actions), actions
        assert [h.case_id for h in find_cases(uow.session, text="INV-5501")] == [case_id]
