"""The settlement page and the Role Center cue with pytest-qt on a real database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

import ui  # noqa: F401  (before any Qt call: see ui/_none_refcount.py)
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.client_funds import bank
from tests.client_funds.builders import new_case, pay
from ui.app import create_main_window
from ui.client_funds.cue import ReconciliationCue
from ui.client_funds.ops import FundsOps
from ui.client_funds.settlement_page import SettlementPage
from ui.framework.background import wait_for_background
from ui.i18n import install_language
from ui.service_backend import ServiceBackend
from workflows.client_funds.bank_statements import BankEntry, make_camt


@pytest.fixture
def ctx(sqlite_url, qapp):
    install_language("da")
    context = AppContext.open(sqlite_url)
    yield context
    context.close()


def test_make_drafts_check_and_post_with_f9(qtbot, ctx, tmp_path):
    case_id, _ = new_case(ctx)
    pay(ctx, case_id, "1500.00")
    page = SettlementPage(FundsOps(ctx))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.refresh()
    page.to_date.set_value(date(2026, 11, 30))
    # Dan kladder: one draft with its line, in Danish
    page.make_drafts()
    assert page.settlements.rowCount() == 1
    assert page.settlements.item(0, 3).text() == "Kladde"
    assert page.lines.rowCount() == 1
    assert page.settlements.item(0, 9).text() == "250,00"
    assert page.check() == []
    # F9 asks, then posts; the balance tab shows what the firm holds
    asked = []
    page.confirm = lambda question: asked.append(question) or True
    page.show()
    qtbot.keyClick(page, Qt.Key.Key_F9)
    assert asked == ["Bogfør 1 afregningskladde(r)?"]
    assert page.settlements.item(0, 3).text() == "Bogført"
    assert page.balances.rowCount() == 1 and page.balances.item(0, 5).text() == "250,00"
    page.grab().save(str(tmp_path / "settlements.png"))
    pdf = page.print_selected(tmp_path / "a.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    # F9 with no drafts says so and asks nothing
    qtbot.keyClick(page, Qt.Key.Key_F9)
    assert len(asked) == 1 and page.message.text() == "Der er ingen kladder at bogføre."


def test_the_role_center_shows_a_cue_while_the_client_account_does_not_reconcile(qtbot, ctx):
    camt = make_camt("camt.053", account="DK5000400440116243", closing=D("75.00"),
                     day=date(2026, 12, 3),
                     entries=[BankEntry(date(2026, 12, 3), D("75.00"), "", "X9", "Ukendt")])  # fmt: skip
    with ctx.uow(write=True) as uow:
        bank.record_reconciliation(uow.session, bank.reconcile(uow.session, data=camt),
                                   user="t")  # fmt: skip
        uow.commit()
    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    window.show()
    # a loaded machine: the cue loads in the background
    qtbot.waitUntil(lambda: window.client_funds_cue.isVisible(), timeout=20000)
    wait_for_background()
    cue: ReconciliationCue = window.client_funds_cue
    assert cue.figure.text() == "1"  # one bank line without a match
    assert cue.caption.text() == "Klientkontoen stemmer ikke (difference 75,00)"
    assert "Bank 75,00" in cue.toolTip()
    cue.click()
    assert window.current_page().page_id == "settlements"


def test_the_report_archive_lists_runs_and_opens_their_files(qtbot, ctx):
    from caplegal_desktop.services.client_funds import scheduler

    with ctx.uow(write=True) as uow:
        scheduler.add_schedule(uow.session, report="client_funds_statement", frequency="month",
                               first_run=date(2026, 11, 1), user="t")  # fmt: skip
        uow.commit()
    scheduler.run_due(ctx, today=date(2026, 12, 3), server="srv")
    page = SettlementPage(FundsOps(ctx))
    qtbot.addWidget(page)
    page.refresh()
    assert page.archive.rowCount() == 2
    assert page.archive.item(0, 1).text() == "Klientmiddelsopgørelse"
    page.archive.selectRow(0)
    target = page.open_archived("xlsx", launch=False)
    assert target.read_bytes().startswith(b"PK")
    assert page.open_archived("pdf", launch=False).read_bytes().startswith(b"%PDF")
