"""The journal pages with pytest-qt on a real database: edit, Ctrl+Del, Check, F9, suspense."""

from __future__ import annotations

from decimal import Decimal

import pytest

import ui  # noqa: F401  (before any Qt call: see ui/_none_refcount.py)
from caplegal_desktop.app import AppContext
from tests.journal.builders import a_payment, add_to_standard, ledger_sum, new_case
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.i18n import install_language
from ui.journal import register_payment
from ui.journal.journal_page import JournalPage
from ui.journal.ops import JournalOps
from ui.journal.payment_dialog import RegisterPaymentDialog
from ui.journal.suspense_page import SuspensePage
from ui.service_backend import ServiceBackend
from workflows.bankfiles import PaymentSpec, make_camt054


@pytest.fixture
def ctx(sqlite_url, qapp):
    install_language("da")
    context = AppContext.open(sqlite_url)
    yield context
    context.close()
    install_language("da")


def test_check_lists_the_problems_and_f9_posts_after_the_question(qtbot, ctx):
    case_id, _ = new_case(ctx)
    add_to_standard(ctx, [a_payment(case_id, "10.00"), a_payment(case_id, tariff_code="FOGED")])
    page = JournalPage(JournalOps(ctx))
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.rowCount() == 2
    # Check shows the bad line's problem
    assert [p.field for p in page.check()] == ["takstkode"]
    assert page.problems.item(0).text() == (
        "Linje 20: takstkode: Takstkode må ikke udfyldes for indbetalinger."
    )
    # Ctrl+Del on the bad line removes it
    page.table.setCurrentCell(1, 0)
    page.trigger_action("delete_record")
    assert page.table.rowCount() == 1
    # F9: the question is asked, then the line is posted on the worker
    questions = []
    page.confirm = lambda q: questions.append(q) or True
    before = ledger_sum(ctx, entry_type="payment")
    page.trigger_action("post_journal")
    assert wait_for_background()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    assert questions == ["Vil du bogføre 1 linje(r) i kladden STANDARD?"]
    assert ledger_sum(ctx, entry_type="payment")[0] == before[0] + 1
    assert page.message.text() == "Kladden STANDARD er bogført: 1 post."


def test_editing_a_cell_changes_the_line(qtbot, ctx):
    case_id, _ = new_case(ctx)
    add_to_standard(ctx, [a_payment(case_id, "10.00")])
    page = JournalPage(JournalOps(ctx))
    qtbot.addWidget(page)
    page.refresh()
    page.table.item(0, 6).setText("1.234,50")
    page.table.item(0, 5).setText("Afdrag marts")
    lines = JournalOps(ctx).lines(page.batch_id())
    assert (lines[0].values.amount, lines[0].values.description) == (
        Decimal("1234.50"),
        "Afdrag marts",
    )
    assert page.table.item(0, 6).text() == "1.234,50"


def test_preview_shows_the_entries_and_posts_nothing(qtbot, ctx):
    case_id, case_no = new_case(ctx)
    add_to_standard(ctx, [a_payment(case_id, "10.00")])
    before = ledger_sum(ctx)
    page = JournalPage(JournalOps(ctx))
    qtbot.addWidget(page)
    page.refresh()
    page.preview()
    assert page.preview_dialog.table.item(0, 1).text() == case_no
    assert ledger_sum(ctx) == before


def test_an_imported_file_fills_the_journal_and_the_suspense_list(qtbot, ctx, tmp_path):
    _, case_no = new_case(ctx)
    from datetime import date

    path = tmp_path / "bank.xml"
    path.write_bytes(
        make_camt054(
            [
                PaymentSpec(Decimal("5.00"), date(2026, 3, 2), text=f"sag {case_no}"),
                PaymentSpec(Decimal("7.00"), date(2026, 3, 2), "ukendt"),
            ],
            msg_id="UI-1",
        )
    )
    page = JournalPage(JournalOps(ctx))
    qtbot.addWidget(page)
    page.refresh()
    page.import_file(str(path))
    assert wait_for_background()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    suspense = SuspensePage(JournalOps(ctx))
    qtbot.addWidget(suspense)
    suspense.refresh()
    assert suspense.table.rowCount() == 1
    suspense.table.setCurrentCell(0, 0)
    suspense.ask_case_no = lambda: case_no
    suspense.assign_current()
    assert suspense.table.rowCount() == 0
    page.refresh()
    assert page.table.rowCount() == 2


def test_the_register_payment_dialog_returns_the_request(qtbot, ctx):
    case_id, _ = new_case(ctx)
    ops = JournalOps(ctx)
    dialog = RegisterPaymentDialog(ops.payment_choices(case_id))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.amount.setText("250,00")
    dialog.payment_type.setCurrentIndex(dialog.payment_type.findData("returned_order"))
    dialog.allocation["interest"].setChecked(True)
    dialog.claim.setCurrentIndex(1)
    assert ok.isEnabled()
    request = dialog.request()
    assert (request.payment_type, request.amount, request.allocation) == (
        "returned_order",
        Decimal("250.00"),
        ("interest",),
    )
    assert request.claim_id == ops.payment_choices(case_id).claims[0][0]


def test_register_payment_from_the_case_in_front_makes_a_journal_line(qtbot, ctx):
    case_id, _ = new_case(ctx)
    ops = JournalOps(ctx)

    class Accepting(RegisterPaymentDialog):
        def exec(self):
            self.amount.setText("99,00")
            return self.DialogCode.Accepted

    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    window.open_record("case", case_id)  # the case card in front
    done = register_payment(window, ops, dialog_factory=lambda choices, parent: Accepting(choices))
    assert done.journal_line_id is not None
    assert window.statusBar().currentMessage().startswith("Indbetaling direkte til klient 99,00")
    # AND the journal is in front, on the batch the line went to, with the line marked
    page = window.current_page()
    assert page.page_id == "journals"
    assert page.batch_id() == done.journal_batch_id
    assert page.current_line_id() == done.journal_line_id


@pytest.fixture
def page_factories():
    from ui.pages.list_pages import PAGE_FACTORIES

    saved = dict(PAGE_FACTORIES)
    yield PAGE_FACTORIES
    PAGE_FACTORIES.clear()
    PAGE_FACTORIES.update(saved)


def test_the_main_window_opens_the_journal_and_suspense_pages_once_installed(
    qtbot, ctx, page_factories
):
    from ui.app import backend_for, create_main_window
    from ui.journal import install

    window = create_main_window(backend_for(ctx), app_context=ctx)
    qtbot.addWidget(window)
    install(window, ctx)  # until ui.app lists "ui.journal" among its feature modules
    assert isinstance(window.show_page("journals"), JournalPage)
    assert isinstance(window.show_page("suspense"), SuspensePage)
    assert "register_payment" in window.action_handlers
