"""The case card: FastTabs, FactBoxes whose blue figures drill down, and its Inkasso actions."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import CaseHistory, LedgerEntry
from tests.cases.helpers import CTRL, MAIN, focused, press, raise_failures, type_keys, when_modal
from tests.cases.test_case_services import a_request
from ui.app import create_main_window
from ui.case_card.dialogs import CourtDistrictDialog
from ui.case_card.page import CaseCardPage
from ui.claims.adjust import AdjustClaimsWindow
from ui.i18n import parse_amount
from ui.service_backend import ServiceBackend
from ui.wizard.data import CaseData

TODAY = date(2026, 11, 23)


def a_case(ctx) -> int:
    with ctx.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        created = create_case(uow.session, a_request(), user="test", setup=setup, today=TODAY)
        uow.commit()
    return created.case_id


def open_card(qtbot, ctx, case_id):
    page = CaseCardPage(CaseData(ctx, today=lambda: TODAY), case_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_every_case_entries_figure_drills_down_to_entries_that_sum_to_it(qtbot, ctx, danish_ui):
    page = open_card(qtbot, ctx, a_case(ctx))
    for figure in ("principal", "fees", "salary", "balance"):
        shown = parse_amount(page.entries_box.value_text(figure).split(">")[1].split("<")[0])
        dialog = page.drill_down(figure)
        assert dialog.tree.topLevelItemCount() > 0
        assert dialog.total == shown
        dialog.close()
    assert page.entries_box.value_text("principal").count("8.700,00") == 1


def test_the_card_shows_claims_contacts_with_court_district_and_bailiffs_court(
    qtbot, ctx, danish_ui
):
    page = open_card(qtbot, ctx, a_case(ctx))
    assert page.claims_table.topLevelItemCount() == 2
    types = [
        page.contacts.topLevelItem(i).text(2) for i in range(page.contacts.topLevelItemCount())
    ]
    assert types == ["DEBITOR", "DEBITOR", "RETSKREDS", "FOGEDRET"]
    assert [t.header.text() for t in page.fast_tabs()] == [
        "Generelt",
        "Fordringer",
        "Fremnoteringer",
        "Kontakter",
    ]
    page.grab().save("/tmp/case_card.png")


def test_the_main_window_opens_the_card_with_the_inkasso_actions_on_the_ribbon(
    qtbot, ctx, danish_ui
):
    case_id = a_case(ctx)
    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    # not shown: showing starts the Role Center's background chart, which outlives this test
    page = window.open_record("case", case_id)
    assert isinstance(page, CaseCardPage)
    buttons = [b.objectName() for b in window.ribbon.buttons("collection")]
    assert buttons == [
        "ribbon_adjust_claims",
        "ribbon_delete_claim",
        "ribbon_parties",
        "ribbon_court_district",
    ]
    # the card's many case actions are on the Sagshandlinger tab, in small buttons
    case_buttons = [b.objectName() for b in window.ribbon.buttons("case")]
    assert case_buttons[:2] == ["ribbon_edit_case", "ribbon_add_party"]
    assert "ribbon_print_case" in case_buttons and "ribbon_print_letter" in case_buttons
    assert "new_case" in window.action_handlers
    window.grab().save("/tmp/case_card_in_window.png")


def entries_and_history(ctx):
    with ctx.uow() as uow:
        return (
            uow.session.scalar(select(func.count(LedgerEntry.id))),
            uow.session.scalar(select(func.count(CaseHistory.id))),
        )


def test_adjusting_a_principal_registers_only_on_ok_and_yes(qtbot, ctx, danish_ui):
    case_id = a_case(ctx)
    before = entries_and_history(ctx)
    window = AdjustClaimsWindow(CaseData(ctx, today=lambda: TODAY), case_id)
    qtbot.addWidget(window)
    MAIN[:] = [window]
    window.show()
    window.activateWindow()
    principal = window.claims.rows()[0].editors["principal"]
    principal.setFocus()
    principal.selectAll()
    type_keys(qtbot, "8000")
    press(qtbot, Qt.Key.Key_Tab)
    assert entries_and_history(ctx) == before  # nothing yet
    window.grab().save("/tmp/adjust_claims.png")
    when_modal(lambda box: press(qtbot, Qt.Key.Key_Return, widget=box), after=window)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    raise_failures()
    entries, history = entries_and_history(ctx)
    assert (entries, history) == (before[0] + 1, before[1] + 1)
    with ctx.uow() as uow:
        newest = uow.session.scalars(select(LedgerEntry).order_by(LedgerEntry.id.desc())).first()
        assert (newest.entry_type, newest.amount) == ("principal", Decimal("500.00"))


def test_esc_in_the_adjust_window_asks_and_registers_nothing(qtbot, ctx, danish_ui, monkeypatch):
    case_id = a_case(ctx)
    before = entries_and_history(ctx)
    window = AdjustClaimsWindow(CaseData(ctx, today=lambda: TODAY), case_id)
    qtbot.addWidget(window)
    window.show()
    window.claims.rows()[0].editors["principal"].set_value(Decimal("1"))
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply

        return question

    # Esc after a change asks first; No keeps the window and the change
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    press(qtbot, Qt.Key.Key_Escape, widget=focused() or window)
    assert asked == ["Luk vinduet? De linjer, du har indtastet, gemmes ikke."]
    assert window.isVisible()
    # Yes throws it away and registers nothing
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    press(qtbot, Qt.Key.Key_Escape, widget=focused() or window)
    assert not window.isVisible()
    assert entries_and_history(ctx) == before


def test_esc_in_an_unchanged_adjust_window_closes_without_asking(qtbot, ctx, danish_ui):
    window = AdjustClaimsWindow(CaseData(ctx, today=lambda: TODAY), a_case(ctx))
    qtbot.addWidget(window)
    window.show()
    assert not window.has_input()
    press(qtbot, Qt.Key.Key_Escape, widget=focused() or window)
    assert not window.isVisible()


def test_delete_claim_on_the_card_reverses_it_after_a_yes(qtbot, ctx, danish_ui, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = open_card(qtbot, ctx, a_case(ctx))
    page.claims_table.setCurrentItem(page.claims_table.topLevelItem(1))
    before = entries_and_history(ctx)
    page.trigger_action("delete_claim")
    assert page.claims_table.topLevelItemCount() == 1
    entries, history = entries_and_history(ctx)
    assert entries > before[0] and history == before[1] + 1


def test_changing_the_court_district_from_the_card(qtbot, ctx, danish_ui, monkeypatch):
    page = open_card(qtbot, ctx, a_case(ctx))
    monkeypatch.setattr(CourtDistrictDialog, "exec", lambda self: True)
    monkeypatch.setattr(CourtDistrictDialog, "code", lambda self: "KBH")
    page.trigger_action("court_district")
    names = [
        page.contacts.topLevelItem(i).text(1) for i in range(page.contacts.topLevelItemCount())
    ]
    assert "Københavns Byret" in names and "Fogedretten i København" in names


def test_a_note_typed_on_the_card_is_kept_with_history_and_shown_in_the_notes_factbox(
    qtbot, ctx, danish_ui
):
    page = open_card(qtbot, ctx, a_case(ctx))
    before = entries_and_history(ctx)

    def write(dialog) -> None:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing to save yet
        type_keys(qtbot, "Debitor ringede; betaler fredag", widget=dialog.editor)
        assert ok.isEnabled()
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.editor)

    when_modal(write, after=page)
    assert page.trigger_action("add_note") is None  # trigger_action returns nothing
    raise_failures()
    assert "Debitor ringede; betaler fredag" in page.notes_text.text()
    assert entries_and_history(ctx) == (before[0], before[1] + 1)


def test_esc_in_the_note_dialog_keeps_nothing(qtbot, ctx, danish_ui):
    page = open_card(qtbot, ctx, a_case(ctx))
    before = entries_and_history(ctx)

    def cancel(dialog) -> None:
        type_keys(qtbot, "kladde", widget=dialog.editor)
        press(qtbot, Qt.Key.Key_Escape, widget=dialog.editor)

    when_modal(cancel, after=page)
    page.trigger_action("add_note")
    raise_failures()
    assert page.notes_text.text() == "Ingen noter."
    assert entries_and_history(ctx) == before


def test_the_card_offers_payment_plan_and_register_payment_in_its_process_group(
    qtbot, ctx, danish_ui
):
    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    window.open_record("case", a_case(ctx))
    buttons = [b.objectName() for b in window.ribbon.buttons("process")]
    assert {"ribbon_register_payment", "ribbon_payment_plan"} <= set(buttons)
    assert "ribbon_add_note" in [b.objectName() for b in window.ribbon.buttons("case")]
