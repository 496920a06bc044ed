"""The list pages' actions in the real main window on a small demo database."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from caplegal_desktop.app import AppContext
from caplegal_desktop.services.demo.generate import generate_demo
from tests.master_data.builders import empty_case
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.service_backend import ServiceBackend

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('list_actions') / 'demo.sqlite3'}"
    context = AppContext.open(url, user="test")
    generate_demo(context, cases=40, seed=5)
    yield context
    context.close()


@pytest.fixture
def window(qtbot, context, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    context.settings.language = "en"
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    window.show()
    wait_for_background()
    yield window
    wait_for_background()


def on_next_dialog(act, *, attempts: int = 200) -> None:
    """Run `act(dialog)` once a modal dialog is open (the action's exec() blocks meanwhile)."""

    def poll(left=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is None and left:
            QTimer.singleShot(20, lambda: poll(left - 1))
        elif dialog is not None:
            act(dialog)

    QTimer.singleShot(0, poll)


def click_button(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def open_list(window, page_id: str):
    page = window.show_page(page_id)
    wait_for_background()
    return page


def test_the_case_list_exports_to_every_format_with_exact_totals(window, tmp_path):
    page = open_list(window, "case_list")
    rows = page.model.ids()
    expected = sum(
        (Decimal(r["outstanding"]) for r in page._source.rows(rows).values()), Decimal(0)
    )
    for file_format in ("xlsx", "csv", "pdf", "docx"):
        page.export_file(file_format, tmp_path / f"sager.{file_format}")
        wait_for_background()
        QApplication.processEvents()
        assert (tmp_path / f"sager.{file_format}").stat().st_size > 0
    sheet = load_workbook(tmp_path / "sager.xlsx").active
    lines = list(sheet.iter_rows(values_only=True))
    assert len(lines) == len(rows) + 2 and lines[-1][0] == "I alt"
    amount = lines[0].index("Balance excl. interest")
    assert Decimal(str(lines[-1][amount])).quantize(Decimal("0.01")) == expected
    csv_lines = (tmp_path / "sager.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_lines[0].split(";")[0] == "Case no." and len(csv_lines) == len(rows) + 1
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / "sager.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        total = f"{expected:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        assert "Case overview" in text and total in text and "Side 1 af" in text
    assert "row(s) exported" in window.statusBar().currentMessage()


def test_printing_the_list_lays_out_every_row_for_the_printer(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    page = open_list(window, "client_list")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))
    page.print_list(printer)
    wait_for_background()
    QApplication.processEvents()
    assert (tmp_path / "print.pdf").stat().st_size > 0
    assert "sent to the printer" in window.statusBar().currentMessage()
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "print.pdf"), "-"], capture_output=True, text=True
        ).stdout
        first = page._source.rows([page.model.ids()[0]])[page.model.ids()[0]]
        assert "Clients" in text and first["name"] in text


def test_a_favourite_marked_on_the_case_list_counts_on_the_role_center(window, qtbot):
    window.role_center.refresh()
    wait_for_background()
    QApplication.processEvents()
    before = window.role_center.figures.favourites
    page = open_list(window, "case_list")
    page.select_row(3)
    with qtbot.waitSignal(window.role_center.sig_figures_loaded, timeout=5000):
        window.trigger_action("favourite")
    assert window.role_center.figures.favourites == before + 1
    assert window.statusBar().currentMessage().startswith("\u2605")
    with qtbot.waitSignal(window.role_center.sig_figures_loaded, timeout=5000):
        window.trigger_action("favourite")  # and off again
    assert window.role_center.figures.favourites == before


def test_deleting_a_case_with_entries_is_refused_with_the_reason(window):
    page = open_list(window, "case_list")
    page.select_row(0)
    case_id = page.current_id()
    seen = []
    on_next_dialog(lambda box: (seen.append(box.text()), box.accept()))
    window.trigger_action("delete_record")
    assert seen == ["Sagen har bogførte poster og kan ikke slettes. Luk sagen i stedet."]
    page.refresh()
    assert page.model.row_of(case_id) >= 0


def test_a_case_with_nothing_posted_is_deleted_after_yes_and_a_neighbour_is_selected(
    window, context
):
    page = open_list(window, "case_list")
    case_id = empty_case(context, like_case_id=page.model.ids()[0], no="S-TOM-UI")
    page.refresh()
    row = page.model.row_of(case_id)
    after = page.model.id_at(row + 1) or page.model.id_at(row - 1)
    page.select_row(row)
    questions = []
    on_next_dialog(lambda box: (questions.append(box.text()), click_button(box, "Yes")))
    window.trigger_action("delete_record")
    assert "S-TOM-UI" in questions[0]
    assert page.model.row_of(case_id) == -1
    assert page.current_id() == after
    assert window.statusBar().currentMessage() == "Sag S-TOM-UI er slettet."


def test_answering_no_keeps_the_case(window, context):
    page = open_list(window, "case_list")
    case_id = empty_case(context, like_case_id=page.model.ids()[0], no="S-TOM-NO")
    page.refresh()
    page.select_row(page.model.row_of(case_id))
    on_next_dialog(lambda box: click_button(box, "No"))
    window.trigger_action("delete_record")
    page.refresh()
    assert page.model.row_of(case_id) >= 0


def test_a_new_client_with_an_invalid_cvr_is_refused_at_the_field(window):
    # Ctrl+N on the client list opens the client card (ui.cards); a refused save marks the field
    open_list(window, "client_list")
    window.trigger_action("new_record")
    card = window.current_page()
    assert card.objectName() == "clientCard"
    card.editors["navn"].setText("Forkert CVR ApS")
    card.editors["cvr"].setText("12345678")
    seen = {}

    def refused(box):
        seen["message"] = box.text()
        box.accept()

    on_next_dialog(refused)
    assert card.save() is False
    assert card.client_id is None  # nothing is created
    assert card.editors["cvr"].property("invalid") is True
    assert "CVR" in seen["message"]
    card.on_close = lambda: None


def test_a_new_client_is_created_and_selected_in_the_list(window):
    page = open_list(window, "client_list")
    window.trigger_action("new_record")
    card = window.current_page()
    card.editors["navn"].setText("Nordisk Varme ApS")
    assert card.save() is True
    assert window.statusBar().currentMessage().endswith("saved.")
    card.close_card()  # back to the list, which shows the new client
    assert window.current_page() is page
    wait_for_background()
    names = [r["name"] for r in page._source.rows(page.model.ids()).values()]
    assert "Nordisk Varme ApS" in names


def test_a_new_employee_appears_in_the_list(window):
    page = open_list(window, "employee_list")

    def fill(dialog):
        dialog.initials.setText("qa")
        dialog.name.setText("Quinn Andersen")
        dialog.email.setText("qa@advokat.dk")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    on_next_dialog(fill)
    window.trigger_action("new_record")
    row = page.model.row_data(page.table.currentIndex().row())
    assert (row["initials"], row["name"]) == ("QA", "Quinn Andersen")


def test_employee_initials_already_taken_keep_ok_disabled(window):
    page = open_list(window, "employee_list")
    taken = page.model.row_data(0)["initials"]
    seen = {}

    def fill(dialog):
        dialog.initials.setText(taken.lower())
        dialog.name.setText("Navn")
        seen["ok"] = dialog.ok_button.isEnabled()
        seen["tip"] = dialog.initials.toolTip()
        dialog.reject()

    on_next_dialog(fill)
    window.trigger_action("new_record")
    assert seen["ok"] is False and taken in seen["tip"]


def test_a_client_with_cases_is_not_deleted_and_the_message_says_why(window):
    page = open_list(window, "client_list")
    page.select_row(0)
    client_id = page.current_id()
    texts = []

    def answer(box):
        texts.append(box.text())
        if len(texts) == 1:
            on_next_dialog(answer)
            click_button(box, "Yes")
        else:
            box.accept()

    on_next_dialog(answer)
    window.trigger_action("delete_record")
    assert "kan ikke slettes, fordi klienten har sager" in texts[1]
    page.refresh()
    assert page.model.row_of(client_id) >= 0


def test_setup_codes_add_a_court_district_but_explain_where_fee_codes_are_kept(window):
    # fee and tariff codes are made in setup now (ui.cards, tests/cards/test_setup_codes.py);
    # interest codes, with their rate tables, still come with the program
    page = open_list(window, "setup_codes")
    fee_row = next(i for i, rid in enumerate(page.model.ids()) if str(rid).startswith("interest:"))
    page.select_row(fee_row)
    texts = []
    on_next_dialog(lambda box: (texts.append(box.text()), box.accept()))
    window.trigger_action("new_record")
    assert "kan ikke oprettes her" in texts[0]

    court_row = next(i for i, rid in enumerate(page.model.ids()) if str(rid).startswith("court:"))
    page.select_row(court_row)

    def fill(dialog):
        dialog.fields["code"].setText("rtest")
        dialog.fields["name"].setText("Retten i Testrup")
        dialog.fields["bailiff_court_name"].setText("Fogedretten i Testrup")
        dialog.ok_button.click()

    on_next_dialog(fill)
    window.trigger_action("new_record")
    assert page.current_id() == "court:RTEST"


def test_post_on_the_role_center_opens_the_collection_journal(window):
    window.show_page("role_center")
    window.trigger_action("post_journal")
    assert window.current_page().page_id == "journals"
    assert "F9" in window.statusBar().currentMessage()


def test_statement_on_the_case_list_opens_the_case_cards_statement(window):
    from ui.case_card.dialogs import StatementDialog

    page = open_list(window, "case_list")
    page.select_row(0)
    seen = []
    on_next_dialog(lambda dialog: (seen.append(dialog), dialog.reject()))
    window.trigger_action("statement")
    assert isinstance(seen[0], StatementDialog)
