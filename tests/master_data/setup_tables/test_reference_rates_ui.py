"""Referencesatser with pytest-qt on a real database, driven by keys as a secretary would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.cases.helpers import CTRL, MAIN, press, raise_failures, tab, type_keys, when_modal
from tests.master_data.setup_tables.conftest import TODAY
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.i18n import format_date
from ui.service_backend import ServiceBackend
from ui.setup_tables.rates_page import ReferenceRatesPage, documents_folder

JULY = date(2026, 7, 1)
JANUARY = date(2026, 1, 1)
ESC, ENTER = Qt.Key.Key_Escape, Qt.Key.Key_Return


def open_page(qtbot, data) -> ReferenceRatesPage:
    page = ReferenceRatesPage(data)
    qtbot.addWidget(page)
    page.resize(1146, 640)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    MAIN[:] = [page]
    return page


def dk(data, day: date):
    return next((r for r in data.rates("DK") if r.valid_from == day), None)


@pytest.fixture
def window(qtbot, app):
    window = create_main_window(ServiceBackend(app), app_context=app)
    window.setup_tables.today = lambda: TODAY
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    MAIN[:] = [window]
    yield window
    wait_for_background()


def test_a_missing_first_of_july_shows_as_a_red_line_and_ctrl_n_adds_it_by_keyboard(
    qtbot, app, window, data
):
    # GIVEN the DK table without a 1 July 2026 row, in December 2026
    page = window.show_page("reference_rates")
    page.tree.setFocus()
    first = page.rows[0]
    assert first.missing and first.cells[:3] == ["01-07-2026", "–", "mangler"]
    assert page.current_row() is first  # the line to fill in is marked

    # WHEN the secretary presses Ctrl+N and types the rate, Tab, the source, Ctrl+Enter
    def fill(dialog):
        assert dialog.windowTitle() == "Ny referencesats – DK"
        assert dialog.valid_from.text() == "01-07-2026"  # taken from the marked line
        type_keys(qtbot, "1,60")
        tab(qtbot)
        type_keys(qtbot, "Nationalbanken, udlånsrente fra 1. juli 2026")
        press(qtbot, ENTER, CTRL)

    when_modal(fill)
    press(qtbot, Qt.Key.Key_N, CTRL, widget=page.tree)
    raise_failures()

    # THEN the row is saved as a figure still to confirm, and the table shows it marked
    saved = dk(data, JULY)
    assert saved.rate_pct == Decimal("1.6") and saved.needs_confirmation
    assert saved.source == "Nationalbanken, udlånsrente fra 1. juli 2026"
    assert page.current_row().key == JULY and page.current_row().needs_confirmation
    assert page.rows[0].cells[:2] == ["01-07-2026", "1,60"]
    assert not any(row.missing and row.key[1] == JULY for row in page.rows)
    assert window.statusBar().currentMessage() == "DK 1,60 % fra 01-07-2026 gemt."


def test_a_bad_date_or_rate_is_refused_at_its_field_in_danish_and_nothing_is_saved(
    qtbot, app, data
):
    page = open_page(qtbot, data)
    page.mark_date(JANUARY)  # a row, not a missing line: the date is not filled in
    before = data.rates("DK")
    seen = {}

    def refuse(dialog):
        messages = dialog.messages
        type_keys(qtbot, "31-02-2026")
        press(qtbot, ENTER, CTRL)
        seen["kept open"] = dialog.isVisible()
        seen["date"] = messages["valid_from"].text()
        seen["rate"] = messages["value"].text()
        seen["source"] = messages["source"].text()
        dialog.valid_from.clear()
        type_keys(qtbot, "15-07-2026", widget=dialog.valid_from)
        seen["half year"] = messages["valid_from"].text()
        dialog.valid_from.clear()
        type_keys(qtbot, "01-01-2026", widget=dialog.valid_from)  # the table has this date
        type_keys(qtbot, "1e5", widget=dialog.value)
        seen["exponent"] = messages["value"].text()
        dialog.value.clear()
        type_keys(qtbot, "1,50", widget=dialog.value)
        type_keys(qtbot, "Nationalbanken", widget=dialog.source)
        press(qtbot, ENTER, CTRL)
        seen["service"] = messages["valid_from"].text()
        seen["still open"] = dialog.isVisible()
        press(qtbot, ESC)

    when_modal(refuse)
    page.trigger_action("rate_new")
    raise_failures()
    assert seen == {
        "kept open": True,
        "date": "Gyldig fra: ikke en dato. Skriv den som 01-07-2026.",
        "rate": "Sats: angiv satsen i procent.",
        "source": "Kilde: angiv, hvor tallet kommer fra.",
        "half year": "Gyldig fra: en referencesats gælder fra 1. januar eller 1. juli.",
        "exponent": "Sats: ikke en procentsats. Skriv den som 1,75 (højst 4 decimaler).",
        "service": "Tabellen DK har allerede en sats pr. 01-01-2026: ret den i stedet "
        "(caplegal rates correct).",
        "still open": True,
    }
    assert data.rates("DK") == before
    assert data.rate_history("DK", JANUARY) == []  # not even a history line


def test_a_correction_keeps_the_old_rate_in_the_history_with_who_and_why(qtbot, app, data):
    # GIVEN the 1 January 2026 rate of 1,75 %
    page = open_page(qtbot, data)
    page.mark_date(JANUARY)

    # WHEN it is corrected to 1,60 % with a reason
    def correct(dialog):
        assert dialog.value.text() == "1,75" and dialog.value.hasFocus()
        type_keys(qtbot, "1,60")  # types over the marked old value
        tab(qtbot, 2)  # the source stays as it was
        type_keys(qtbot, "Tastefejl: Nationalbankens statistikbank siger 1,60")
        press(qtbot, ENTER, CTRL)

    when_modal(correct)
    page.trigger_action("rate_correct")
    raise_failures()
    assert dk(data, JANUARY).rate_pct == Decimal("1.6")
    assert page.current_row().cells[1] == "1,60"

    # THEN Historik shows the old value, the new one, who and why
    lines = {}

    def look(dialog):
        lines["all"] = dialog.lines()
        press(qtbot, ESC)

    when_modal(look)
    page.trigger_action("figure_history")
    raise_failures()
    rate_lines = [line for line in lines["all"] if line[2] == "Sats (%)"]
    assert rate_lines == [
        [
            rate_lines[0][0],
            "test",
            "Sats (%)",
            "1,75 → 1,60",
            "Tastefejl: Nationalbankens statistikbank siger 1,60",
        ]
    ]
    assert ["Middel → Ikke verificeret"] == [
        line[3] for line in lines["all"] if line[2] == "Sikkerhed"
    ]


def test_bekraeft_puts_the_users_name_and_date_on_the_row_and_drops_its_mark(qtbot, app, data):
    page = open_page(qtbot, data)
    page.mark_date(JANUARY)
    waiting = sum(row.needs_confirmation for row in page.rows)
    assert page.current_row().needs_confirmation
    assert page.status.text() == f"Satser, der mangler: 1  ·  Rækker, der skal bekræftes: {waiting}"

    def yes(box):
        assert "Bekræft DK 1,75 % fra 01-01-2026" in box.text()
        press(qtbot, ENTER)  # Yes is the default

    when_modal(yes)
    page.trigger_action("figure_confirm")
    raise_failures()
    row = page.current_row()
    assert not row.needs_confirmation
    assert row.cells[4:] == ["test", format_date(date.today())]
    assert page.status.text().endswith(f"Rækker, der skal bekræftes: {waiting - 1}")
    assert dk(data, JANUARY).confirmed_by == "test"


def test_import_csv_starts_in_the_documents_folder_and_takes_the_whole_file_or_nothing(
    qtbot, app, data, tmp_path, monkeypatch
):
    documents = tmp_path / "Dokumenter"
    documents.mkdir()
    (tmp_path / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert Path(documents_folder()) == documents
    header = "valid_from,udlaansrente_pct,confidence,source\n"
    bad = documents / "satser-fejl.csv"
    bad.write_text(header + "2026-07-01,1.60,HIGH,Nationalbanken\n2027-01-01,abc,HIGH,x\n")
    good = documents / "satser.csv"
    good.write_text(header + "2026-07-01,1.60,HIGH,Nationalbanken 2026\n")
    page = open_page(qtbot, data)
    shown = {}

    def choose(path):
        def pick(dialog):
            shown["folder"] = Path(dialog.directory().absolutePath())
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            type_keys(qtbot, str(path), widget=name)
            press(qtbot, ENTER, widget=name)

        return pick

    def refused(box):
        shown["refusal"] = (box.text(), box.informativeText())
        press(qtbot, ENTER)

    when_modal(lambda dialog: (choose(bad)(dialog), when_modal(refused, after=dialog)))
    assert page.import_file() is None
    raise_failures()
    assert shown["folder"] == documents
    assert shown["refusal"][0] == "Intet blev importeret. Filen har disse fejl:"
    assert "linje 3: sats" in shown["refusal"][1]
    assert dk(data, JULY) is None and page.rows[0].missing

    when_modal(choose(good))
    imported = page.import_file()
    raise_failures()
    assert [(r.table, r.valid_from, r.rate_pct) for r in imported] == [("DK", JULY, Decimal("1.6"))]
    assert page.rows[0].cells[:2] == ["01-07-2026", "1,60"] and not page.rows[0].missing


def test_the_page_speaks_swedish_and_english(qtbot, app, data):
    from ui.i18n import install_language

    for code, title, tab_text in (
        ("sv", "Referensräntor", "Sverige – Riksbankens referensränta"),
        ("en", "Reference rates", "Sweden – the Riksbank's reference rate"),
    ):
        install_language(code)
        page = ReferenceRatesPage(data)
        qtbot.addWidget(page)
        assert page.title() == title
        assert page.tab_bar.tabText(1) == tab_text
