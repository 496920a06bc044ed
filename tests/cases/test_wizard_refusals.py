"""Bad input in each step is refused at the field with a Danish message; Esc saves nothing."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from caplegal_desktop.services.cases.requests import ClientInput, PartyInput
from models import Case, Client, LedgerEntry, Party
from tests.cases.helpers import ALT, CTRL, MAIN, press, raise_failures, type_keys, when_modal
from ui.claims.new_case import NewCaseClaimsWindow
from ui.wizard.case_wizard import CaseWizard
from ui.wizard.data import CaseData
from ui.wizard.record_dialogs import NewPartyDialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


def nothing_saved(ctx) -> bool:
    with ctx.uow() as uow:
        return all(
            uow.session.scalar(select(func.count()).select_from(model)) == 0
            for model in (Case, Client, Party, LedgerEntry)
        )


def a_wizard(qtbot, ctx) -> CaseWizard:
    wizard = CaseWizard(CaseData(ctx, today=lambda: TODAY))
    # closed without the "leave the wizard?" question when the test ends
    qtbot.addWidget(wizard, before_close_func=lambda w: QDialog.done(w, 0))
    MAIN[:] = [wizard]
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    return wizard


def filled_up_to(wizard, step: int) -> None:
    """Valid input in the steps before `step` (set directly: the keyboard test covers typing)."""
    wizard.case_step.case_type.set_text("INK-ALM")
    wizard.client_step.client = ClientInput(name="Fjernvarme Fyn A/S")
    wizard.party_step._append(PartyInput(name="Jens Sørensen"), "(ny)", "", "")
    wizard.show_step(step)


def invalid(widget) -> bool:
    target = getattr(widget, "line_edit", widget)
    return bool(target.property("invalid"))


def test_an_unknown_case_type_is_refused_at_the_field(qtbot, ctx, danish_ui, warnings):
    wizard = a_wizard(qtbot, ctx)
    type_keys(qtbot, "RAADGIV")  # a case type of another module
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert wizard.current_index() == 0
    assert warnings == ["Sagstypen RAADGIV er ikke en sagstype i modulet Inkasso."]
    assert invalid(wizard.case_step.case_type)
    assert nothing_saved(ctx)


@pytest.mark.parametrize(
    ("step", "spoil", "message"),
    [
        (1, lambda w: setattr(w.client_step, "client", None), "Vælg en klient"),
        (2, lambda w: w.party_step.remove_current(), "mindst én debitor"),
        (3, lambda w: w.employees_step.responsible.set_text("ZZ"), "initialerne ZZ"),
        (4, lambda w: w.collection_step.salary_code.set_text("NOPE"), "Salærkoden NOPE"),
    ],
)
def test_bad_input_in_a_later_step_stops_the_wizard_with_a_message(
    qtbot, ctx, danish_ui, warnings, step, spoil, message
):
    wizard = a_wizard(qtbot, ctx)
    filled_up_to(wizard, step)
    spoil(wizard)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # finish checks every step first
    assert wizard.current_index() == step
    assert warnings and message in warnings[-1]
    assert wizard.isVisible() and nothing_saved(ctx)


def a_party_card(qtbot, ctx) -> NewPartyDialog:
    card = NewPartyDialog(CaseData(ctx), words="Jens Sørensen")
    qtbot.addWidget(card)
    with qtbot.waitActive(card):
        card.show()
        card.activateWindow()
    return card


def test_a_party_card_with_an_impossible_cpr_date_keeps_ok_disabled(qtbot, ctx, danish_ui):
    card = a_party_card(qtbot, ctx)
    qtbot.keyClicks(card.identity, "310290-4285")  # 31 February
    qtbot.keyClicks(card.postcode, "9999")
    assert not card.ok_button.isEnabled()
    assert invalid(card.identity) and invalid(card.postcode)
    assert "CPR-nummeret indeholder ikke en gyldig fødselsdato (310290)." in card.message.text()
    assert "Postnummeret 9999 findes ikke." in card.message.text()


@pytest.mark.parametrize(
    "cpr",
    [
        "070761-4285",  # with the modulus-11 property
        "070761-4286",  # without it
        "010160-0000",  # 1 January numbers issued without it since 2007
        "010195-2000",
        "290200-4000",  # 7th digit 4: the year 2000, so 29 February exists
    ],
)
def test_a_party_card_accepts_every_cpr_with_a_real_birth_date(qtbot, ctx, danish_ui, cpr):
    card = a_party_card(qtbot, ctx)
    qtbot.keyClicks(card.identity, cpr)
    qtbot.keyClicks(card.postcode, "5000")
    assert card.ok_button.isEnabled() and not invalid(card.identity)
    assert card.message.text() == ""
    qtbot.keyClick(card.postcode, Qt.Key.Key_Return, CTRL)
    assert card.result() == QDialog.DialogCode.Accepted
    assert card.party_input().cpr == cpr


def claims_window(qtbot, ctx) -> NewCaseClaimsWindow:
    wizard = CaseWizard(CaseData(ctx, today=lambda: TODAY))  # never shown: only its request
    qtbot.addWidget(wizard, before_close_func=lambda w: QDialog.done(w, 0))
    filled_up_to(wizard, 4)
    request = wizard._make_request()
    for step in wizard.steps:
        step.fill(request)
    window = NewCaseClaimsWindow(
        CaseData(ctx, today=lambda: TODAY), request, debtor_names=["Jens Sørensen"]
    )
    qtbot.addWidget(window)
    MAIN[:] = [window]
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_the_claims_window_marks_bad_amounts_and_lines_without_a_code(qtbot, ctx, danish_ui):
    window = claims_window(qtbot, ctx)
    row = window.claims.rows(include_empty=True)[0]
    row.editors["description"].setText("Faktura 1")
    row.editors["invoice_date"].setText("31-02-2026")
    row.editors["principal"].setText("12a")
    fee = window.case_fees.rows(include_empty=True)[0]
    fee.editors["amount"].setText("100")
    assert not window.ok_button.isEnabled()
    assert invalid(row.editors["principal"]) and invalid(row.editors["invoice_date"])
    assert invalid(fee.editors["code"])
    assert "Der må ikke være linjer uden salær-/gebyrkode." in window.message.text()
    press(qtbot, Qt.Key.Key_Return, CTRL, widget=row.editors["description"])
    assert window.isVisible() and nothing_saved(ctx)
    row.editors["invoice_date"].setText("05-01-2026")
    row.editors["principal"].setText("1.000,00")
    window.case_fees.remove_row(fee)
    assert window.ok_button.isEnabled()


@pytest.mark.parametrize("step", [0, 1, 2, 3, 4])
def test_esc_at_any_step_leaves_without_saving(qtbot, ctx, danish_ui, monkeypatch, step):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    wizard = a_wizard(qtbot, ctx)
    filled_up_to(wizard, step)
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.result_value is None and nothing_saved(ctx)


def test_esc_in_the_claims_window_returns_to_the_wizard_without_saving(qtbot, ctx, danish_ui):
    wizard = a_wizard(qtbot, ctx)
    filled_up_to(wizard, 4)
    asked = []

    def fill_then_leave(window):
        row = window.claims.rows(include_empty=True)[0]
        row.editors["description"].setText("Faktura 1")
        row.editors["invoice_date"].setText("05-01-2026")
        row.editors["principal"].setText("1000")

        def throw_away(box):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

        when_modal(throw_away, after=window)  # Esc with lines entered asks first
        press(qtbot, Qt.Key.Key_Escape, widget=row.editors["principal"])

    def choice(box):
        when_modal(fill_then_leave, after=box)
        press(qtbot, Qt.Key.Key_Return, widget=box)

    when_modal(choice)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    raise_failures()
    assert wizard.isVisible() and wizard.claims_window is not None
    assert asked == ["Luk vinduet? De linjer, du har indtastet, gemmes ikke."]
    assert nothing_saved(ctx)
