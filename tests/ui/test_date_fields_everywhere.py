"""Dates that never bend (issue 21 §3): every date field of the desk is the one DateField, and
each of them takes the same good inputs to the same dates and refuses the same bad ones, with
the message at the field, never turning what was typed into another date."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from ui.framework.date_field import DateField
from ui.i18n import DEFAULT_LANGUAGE, install_language, parse_date

TODAY = dt.date(2026, 12, 4)
CTRL = Qt.KeyboardModifier.ControlModifier
ROOT = Path(__file__).resolve().parents[2]

GOOD = {
    "310125": dt.date(2025, 1, 31),  # ddmmyy
    "31012025": dt.date(2025, 1, 31),  # ddmmyyyy
    "31-01-2025": dt.date(2025, 1, 31),
    "31.01.2025": dt.date(2025, 1, 31),
    "1-12-2026": dt.date(2026, 12, 1),
    "01-12-2026": dt.date(2026, 12, 1),
    "5-1-26": dt.date(2026, 1, 5),
    "t": TODAY,
    "T": TODAY,
}
BAD = ["31022025", "31-02-2025", "29-02-2025", "32-01-2025", "00-01-2025", "1-13-2026", "abc",
       "12345", "31-01-20255"]  # fmt: skip


# --- the reader ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "meant"), GOOD.items())
def test_the_danish_ways_of_typing_a_date_are_read(typed, meant):
    assert parse_date(typed, today=TODAY, year_first=False) == meant


@pytest.mark.parametrize("typed", BAD)
def test_an_impossible_date_is_refused_never_bent(typed):
    with pytest.raises(ValueError):
        parse_date(typed, today=TODAY, year_first=False)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("20250131", dt.date(2025, 1, 31)), ("250131", dt.date(2025, 1, 31)),
     ("2025-01-31", dt.date(2025, 1, 31)), ("31-01-2025", dt.date(2025, 1, 31)), ("t", TODAY)],
)  # fmt: skip
def test_the_swedish_ways_read_year_first(typed, meant):
    assert parse_date(typed, today=TODAY, year_first=True) == meant


def test_no_other_date_widget_or_date_reader_is_left_in_the_program():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bQDate(Time)?Edit\b|\bQCalendarWidget\b", text):
            offenders.append(f"{path.relative_to(ROOT)}: a Qt spin-box date")
        if re.search(r"^class \w*Date\w*\((QLineEdit|QWidget)\)", text, re.M):
            if path.name != "date_field.py":
                offenders.append(f"{path.relative_to(ROOT)}: its own date field")
        if re.search(r"^def parse_\w*date\w*\(", text, re.M) and path.name != "i18n.py":
            offenders.append(f"{path.relative_to(ROOT)}: its own date reader")
    assert offenders == []


# --- every date field of the desk, through its real window -------------------------------------
@pytest.fixture(scope="module")
def context(tmp_path_factory, request):
    from tests.conftest import _migrate_and_seed  # the same migrated, seeded file as elsewhere

    path = tmp_path_factory.mktemp("dates") / "caplegal.sqlite3"
    url = f"sqlite:///{path}"
    _migrate_and_seed(url)
    app_context = AppContext(open_database(url), Settings(), "test")
    yield app_context
    app_context.close()


@pytest.fixture(scope="module")
def case(context):
    from tests.fundaments.conftest import new_case

    return new_case(context)


def _payment_dialog(context, case):
    from ui.journal.ops import JournalOps
    from ui.journal.payment_dialog import RegisterPaymentDialog

    return RegisterPaymentDialog(JournalOps(context).payment_choices(case[0]), today=TODAY)


def _reports_page(context, case):
    from ui.reports.data import ReportData
    from ui.reports.page import ReportsPage

    return ReportsPage(ReportData(context, today=lambda: TODAY))


def _settlement_page(context, case):
    from ui.client_funds.ops import FundsOps
    from ui.client_funds.settlement_page import SettlementPage

    return SettlementPage(FundsOps(context))


def _plan_card(context, case):
    from ui.payment_plan.data import PlanData
    from ui.payment_plan.plan_card import PlanCard

    data = PlanData(context, today=lambda: TODAY)
    case_no = data.case_no(case[0])
    plan = data.create(case_no, [d.party_id for d in data.debtors(case_no)])
    return PlanCard(data, plan.plan_no)


def _fundament_dialog(context, case):
    from ui.fundament.data import FundamentData
    from ui.fundament.dialogs import NewFundamentDialog

    data = FundamentData(context, today=lambda: TODAY)
    return NewFundamentDialog(
        case_no=data.case_no(case[0]),
        debtors=data.debtors(case[0]),
        defaults=data.defaults(case[0]),
        today=data.today,
        districts=data.court_districts,
    )


def _statement_dialog(context, case):
    from ui.case_card.dialogs import StatementDialog
    from ui.case_card.page import figure_titles
    from ui.wizard.data import CaseData

    return StatementDialog(CaseData(context, today=lambda: TODAY), case[0], figure_titles())


def _claims_window(context, case):
    from ui.claims.adjust import AdjustClaimsWindow
    from ui.wizard.data import CaseData

    return AdjustClaimsWindow(CaseData(context, today=lambda: TODAY), case[0])


def _figure_dialog(context, case):
    from ui.setup_tables.dialogs import RATE, FigureDialog

    return FigureDialog(title="Ny sats", kind=RATE, submit=lambda value: value, today=TODAY)


HOSTS = {
    "register payment": _payment_dialog,
    "reports page": _reports_page,
    "client funds settlement": _settlement_page,
    "payment plan card": _plan_card,
    "new fundament": _fundament_dialog,
    "collection statement": _statement_dialog,
    "claims window": _claims_window,
    "reference rate": _figure_dialog,
}


def _fields(qtbot, context, case, host):
    widget = HOSTS[host](context, case)
    qtbot.addWidget(widget)
    widget.show()
    fields = [
        f for f in widget.findChildren(DateField) if f.isVisibleTo(widget) and not f.isReadOnly()
    ]
    assert fields, f"{host} shows no date field"
    return widget, fields


def _type(qtbot, field, text):
    """As a secretary would: mark everything (Ctrl+A), type over it, leave the field (Tab)."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()


@pytest.fixture
def danish(qapp):
    install_language("da")
    yield
    install_language(DEFAULT_LANGUAGE)


@pytest.mark.parametrize("host", HOSTS)
def test_every_date_field_takes_the_good_ways_and_refuses_the_bad(
    qtbot, context, case, host, danish
):
    window, fields = _fields(qtbot, context, case, host)
    for field in fields:
        field._today = TODAY  # "t" is the day the test says, in every window
        field.setText("24-11-2026")
        for typed, meant in GOOD.items():
            _type(qtbot, field, typed)
            assert field.value() == meant, (host, typed)
            assert field.is_valid() and field.error_message() == ""  # the window may add rules
            assert field.text() == meant.strftime("%d-%m-%Y")  # shown the Danish way
        for typed in BAD:
            _type(qtbot, field, typed)
            assert field.value() is None, (host, typed)
            assert field.text() == typed  # what was typed stays; it is never another date
            assert field.property("invalid") is True
            assert field.toolTip() == "Ikke en gyldig dato. Skriv den som 04-12-2026."


def test_the_payment_dialog_does_not_take_an_impossible_date(qtbot, context, case, danish):
    dialog = _payment_dialog(context, case)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.amount, "250,00")
    assert ok.isEnabled()
    _type(qtbot, dialog.date, "31022025")
    assert not ok.isEnabled() and dialog.date.text() == "31022025"
    _type(qtbot, dialog.date, "01-12-2026")
    assert ok.isEnabled() and dialog.request().posting_date == dt.date(2026, 12, 1)


def test_a_swedish_date_field_reads_year_first_and_says_so_in_swedish(qtbot):
    install_language("sv")
    try:
        field = DateField(today=TODAY)
        qtbot.addWidget(field)
        _type(qtbot, field, "251231")
        assert field.value() == dt.date(2025, 12, 31) and field.text() == "2025-12-31"
        _type(qtbot, field, "2025-02-31")
        assert field.value() is None
        assert field.toolTip() == "Inget giltigt datum. Skriv det som 2026-12-04."
    finally:
        install_language(DEFAULT_LANGUAGE)
