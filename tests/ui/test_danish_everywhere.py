"""Danish (and Swedish) everywhere (issue 13, issue 21 §5): every page of the main window and the
feature dialogs, walked offscreen in both languages on a demo database, show no known English
word, no amount with a decimal point, no "−0,00", no red field without its words, and no amount
cut off by its column. Screenshots of the Swedish report page and case overview are saved."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.demo.generate import generate_demo
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.i18n import DEFAULT_LANGUAGE, install_language
from ui.main_window import navigation_groups
from ui.service_backend import ServiceBackend

TODAY = dt.date(2026, 6, 30)
SHOTS = Path(os.environ.get("CAPLEGAL_SHOTS", "/tmp"))
# English words that have no business on a Danish or Swedish screen (whole words, as written)
ENGLISH = re.compile(
    r"\b(payment|payments|done|draft|pending|posted|active|closed|dormant|Fundaments?|"
    r"Look in|Files of type|File name|Cancel|Refresh|Case|Client|Debtor|Amount|Balance|"
    r"Interest|Principal|None|True|False|hit|hits|Status report|Closed cases|"
    # stored enum values that reach a screen unrendered (ui.framework.display names them)
    r"open|fee|fees|principal|interest|salary|disbursement|write_off|reversal|credit|"
    r"recall_requested|payment_to_client|credit_from_amount|returned_order|paid_out)\b"
)
POINT_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}(?:\d{3})*\.\d{2}(?![\d.])")
NEGATIVE_ZERO = re.compile(r"[−-]0,00\b")
# a legal figure's source is its provenance as recorded (seed rows cite the bank's own words)
FREE_TEXT = {"Kilde", "Källa", "Source"}


def nav_pages() -> list[str]:
    top, groups = navigation_groups()
    return [e.page_id for e in top] + [e.page_id for g in groups for e in g.entries]


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    from tests.conftest import _migrate_and_seed

    url = f"sqlite:///{tmp_path_factory.mktemp('lang') / 'caplegal.sqlite3'}"
    _migrate_and_seed(url)
    app_context = AppContext(open_database(url), Settings(language="da"), "test")
    generate_demo(app_context, cases=25, seed=11, today=TODAY)
    yield app_context
    app_context.close()


@pytest.fixture
def window(qtbot, context, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wait_for_background()
    yield window
    wait_for_background()
    install_language(DEFAULT_LANGUAGE)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads on `root`: labels, buttons, placeholders,
    group titles, tooltips of red fields, table headers and the first rows of every table."""
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
            if widget.isReadOnly():
                found.append((name, widget.text()))
        if isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            found.append((name, widget.toPlainText()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = _columns(model)
            for column in range(columns):
                found.append((f"{name} header", str(model.headerData(column, Qt.Horizontal) or "")))
            for row in range(min(model.rowCount(QModelIndex()), 15)):
                for column in range(columns):
                    if model.headerData(column, Qt.Horizontal) in FREE_TEXT:
                        continue
                    value = model.index(row, column).data()
                    if value is not None:
                        found.append((f"{name} cell", str(value)))
    return found


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model (its columnCount is private in PySide)
        return 1


def problems_of(root: QWidget) -> list[str]:
    problems = []
    for where, text in shown_texts(root):
        plain = re.sub(r"<[^>]+>", " ", text)
        if match := ENGLISH.search(plain):
            problems.append(f"English {match.group(0)!r} in {where}: {plain[:80]!r}")
        if match := POINT_DECIMAL.search(plain):
            problems.append(f"point decimal {match.group(0)!r} in {where}: {plain[:80]!r}")
        if NEGATIVE_ZERO.search(plain):
            problems.append(f"negative zero in {where}: {plain[:80]!r}")
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.property("invalid") and not widget.toolTip():
            problems.append(f"red {type(widget).__name__} without words")
    return problems + clipped_amounts(root)


def clipped_amounts(root: QWidget) -> list[str]:
    """Amount cells whose text is wider than their column ("18 890," for 18 890,00)."""
    clipped = []
    for table in root.findChildren(QTableView):
        if not table.isVisibleTo(root) or table.model() is None:
            continue
        model, metrics = table.model(), table.fontMetrics()
        for column in range(_columns(model)):
            if table.isColumnHidden(column):
                continue
            width = table.columnWidth(column)
            for row in range(min(model.rowCount(QModelIndex()), 15)):
                text = str(model.index(row, column).data() or "")
                if re.fullmatch(r"[−-]?[\d .\xa0\u202f]+,\d{2}( kr\.)?", text):
                    if metrics.horizontalAdvance(text) + 8 > width:
                        header = model.headerData(column, Qt.Horizontal)
                        clipped.append(f"{text!r} cut in column {header!r} ({width}px)")
    return clipped


@pytest.mark.parametrize("code", ["da", "sv"])
def test_every_page_speaks_the_language_with_its_amounts(qtbot, window, code):
    window.apply_language(code)
    found = []
    for page_id in nav_pages():
        page = window.show_page(page_id)
        wait_for_background()
        qtbot.wait(50)
        found += [f"{page_id}: {p}" for p in problems_of(page)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("code", ["da", "sv"])
def test_the_case_card_and_its_dialogs_speak_the_language(qtbot, window, context, code):
    from ui.case_card.dialogs import StatementDialog
    from ui.case_card.page import figure_titles
    from ui.wizard.data import CaseData

    window.apply_language(code)
    found = []
    for case_id in (1, 2, 3):
        card = window.open_record("case", case_id)
        wait_for_background()
        found += [f"case card {case_id}: {p}" for p in problems_of(card)]
    data = CaseData(context, today=lambda: TODAY)
    statement = StatementDialog(data, 1, figure_titles())
    qtbot.addWidget(statement)
    statement.show()
    found += [f"statement: {p}" for p in problems_of(statement)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("code", ["da", "sv"])
def test_qts_own_file_dialog_is_translated(qtbot, code):
    install_language(code)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(t for _w, t in shown_texts(dialog))
    assert "Look in" not in texts and "Files of type" not in texts
    assert ("Kig i" if code == "da" else "Titta i") in texts


def test_screenshots_of_the_swedish_report_page_and_case_overview(qtbot, window):
    window.apply_language("sv")
    page = window.show_page("case_list")
    wait_for_background()
    qtbot.wait(100)
    window.grab().save(str(SHOTS / "keys-sv-case-overview.png"))
    assert clipped_amounts(page) == []
    reports = window.show_page("reports")
    reports.select_report("status")
    with qtbot.waitSignal(reports.sig_report_shown, timeout=60000):
        reports.run_button.click()
    qtbot.wait(100)
    window.grab().save(str(SHOTS / "keys-sv-reports.png"))
    assert reports.heading.text() == "Statusrapport"
    assert "Antal ärenden" in reports.description.text()
    assert problems_of(reports) == []
    assert QApplication.instance() is not None


def test_a_zero_is_never_negative_and_counts_are_danish_words():
    from decimal import Decimal

    from ui.i18n import format_amount, translate

    install_language("da")
    try:
        assert format_amount(Decimal("-0.00")) == "0,00"
        assert format_amount(Decimal("-0.004"), currency="DKK") == "0,00\xa0kr."
        assert format_amount(Decimal("-5")) == "-5,00"
        hits = QApplication.translate(
            "SearchPanel", "%n hit(s). Enter picks the marked one.", "", 1
        )
        assert hits == "1 resultat. Enter vælger det markerede."
        rows = QApplication.translate("ListPage", "%n record(s)", "", 1)
        assert rows == "1 post"
        assert translate("ReportWords", "Status report") == "Statusrapport"
    finally:
        install_language(DEFAULT_LANGUAGE)


def test_the_demo_data_has_no_payment_after_its_today(context):
    from sqlalchemy import func, select

    from models import LedgerEntry

    with context.uow() as uow:
        latest = uow.session.scalar(select(func.max(LedgerEntry.posting_date)))
    assert latest is not None and latest <= TODAY


def _register_a_payment(context, case_id: int) -> None:
    """A journal line (entry type payment) and its history text with an amount."""
    from decimal import Decimal

    from caplegal_desktop.services.cases.actions import PaymentRequest
    from ui.journal.ops import JournalOps

    request = PaymentRequest("payment_to_client", Decimal("1000.00"), TODAY)
    JournalOps(context).register_payment(case_id, request)


@pytest.mark.parametrize("code", ["da", "sv"])
def test_the_wizard_and_the_main_dialogs_speak_the_language(qtbot, window, context, code):
    """Every step of the create-case wizard, its claims window, and the dialogs a secretary
    opens daily: register payment, history (with a payment's amount), letters, settings, the
    journal with the payment's line, the entries behind a FactBox figure."""
    from ui.case_card.dialogs import EntriesDialog
    from ui.case_card.history_dialog import CaseHistoryDialog, HistoryData
    from ui.case_card.letter_dialog import LetterDialog
    from ui.claims.new_case import NewCaseClaimsWindow
    from ui.journal.ops import JournalOps
    from ui.journal.payment_dialog import RegisterPaymentDialog
    from ui.settings_dialog import SettingsDialog
    from ui.wizard.case_wizard import CaseWizard
    from ui.wizard.data import CaseData

    if code == "da":
        _register_a_payment(context, 2)
    window.apply_language(code)
    found: list[str] = []

    def look(widget: QWidget, where: str) -> None:
        qtbot.addWidget(widget)
        widget.show()
        wait_for_background()
        qtbot.wait(30)
        found.extend(f"{where}: {p}" for p in problems_of(widget))
        widget.grab().save(str(SHOTS / f"desk-{code}-{where}.png"))

    data = CaseData(context, today=lambda: TODAY)
    wizard = CaseWizard(data, parent=window)
    for index in range(len(wizard.steps)):
        wizard.show_step(index)
        look(wizard, f"wizard-step{index + 1}")
    claims = NewCaseClaimsWindow(data, wizard._make_request(), debtor_names=["Jens Hansen"])
    look(claims, "claims-window")
    claims.close()
    wizard.close()

    look(RegisterPaymentDialog(JournalOps(context).payment_choices(2), today=TODAY), "payment")
    history = CaseHistoryDialog(HistoryData(context, today=lambda: TODAY), 2)
    look(history, "history")
    history_text = " ".join(t for _w, t in shown_texts(history))
    assert ("1.000,00" if code == "da" else "1\xa0000,00") in history_text or "1.000,00" in (
        history_text
    ), "the payment's history line carries its amount the Danish way (stored Danish)"
    look(LetterDialog("000002", ["Rykker 1.docx", "Inkassovarsel.docx"]), "letters")
    look(SettingsDialog(language=code), "settings")
    journal = window.show_page("journals")
    ops = JournalOps(context)
    journal.show_batch(next(b.id for b in ops.batches() if ops.lines(b.id)))
    wait_for_background()
    qtbot.wait(50)
    journal.preview()  # the posting preview
    look(journal.preview_dialog, "posting-preview")
    journal.preview_dialog.close()
    found += [f"journal: {p}" for p in problems_of(journal)]
    cells = " ".join(t for _w, t in shown_texts(journal))
    assert ("Indbetaling" if code == "da" else "Inbetalning") in cells, "entry type in words"
    card = window.open_record("case", 2)
    wait_for_background()
    for figure in ("principal", "paid"):
        look(EntriesDialog(figure, data.figure_lines(2, figure)), f"entries-{figure}")
    assert card is window.current_page()
    assert not found, "\n".join(found)
