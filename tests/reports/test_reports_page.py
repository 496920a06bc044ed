"""The Reports page with pytest-qt (offscreen): pick a report, set dates, run, export."""

from datetime import date
from decimal import Decimal

import pytest

from tests.reports.conftest import CLOSED_ON, TODAY, close_some_cases
from ui.framework.background import wait_for_background
from ui.reports.data import ReportData
from ui.reports.page import ReportsPage


@pytest.fixture
def page(qtbot, demo):
    page = ReportsPage(ReportData(demo, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.resize(1140, 620)
    page.show()
    yield page
    wait_for_background()


def _run(page, qtbot):
    with qtbot.waitSignal(page.sig_report_shown, timeout=60000) as shown:
        page.run_button.click()
    return shown.args[0]


def test_the_closed_cases_of_a_period_fill_the_table_with_a_totals_row(
    page, qtbot, demo, qtmodeltester
):
    closed = close_some_cases(demo)
    page.select_report("closed")
    assert page.period_from.isVisible() and not page.as_of.isVisible()
    page.period_from.set_value(date(2026, 5, 1))
    page.period_to.set_value(date(2026, 5, 31))
    result = _run(page, qtbot)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == len(closed) + 1
    assert page.model.index(0, 0).data() == closed[0]
    assert page.model.index(0, 2).data() == "15-05-2026"  # Danish date
    last = page.model.rowCount() - 1
    assert page.model.index(last, 0).data() == "I alt"
    collected = result.totals[result.column_index("collected")]
    assert page.model.index(last, result.column_index("collected")).data() == (
        f"{collected:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    )
    assert CLOSED_ON.strftime("%d-%m-%Y") in page.model.index(0, 2).data()


def test_a_period_ending_before_it_starts_is_shown_in_danish_on_the_page(page, qtbot):
    page.select_report("collected")
    page.period_from.set_value(date(2026, 6, 1))
    page.period_to.set_value(date(2026, 5, 1))
    with qtbot.waitSignal(page.sig_report_failed, timeout=30000):
        page.run_button.click()
    assert page.problem_label.isVisible()
    assert page.problem_label.text() == "Periodens slutdato ligger før startdatoen."
    assert page.period_to.toolTip()


def test_the_status_report_per_case_exports_to_excel_and_csv(page, qtbot, tmp_path):
    from openpyxl import load_workbook

    page.select_report("status")
    page.detailed.setChecked(True)
    result = _run(page, qtbot)
    assert len(result.rows) == 60 and page.chart_widget() is not None
    for fmt in ("xlsx", "csv", "pdf"):
        target = tmp_path / f"status.{fmt}"
        with qtbot.waitSignal(page.sig_status_message, timeout=60000):
            page.export_file(fmt, target)
        assert target.stat().st_size > 0
    sheet = load_workbook(tmp_path / "status.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 62 and rows[-1][0] == "I alt"
    assert Decimal(str(rows[-1][-1])) == result.totals[-1]


def test_the_role_center_status_report_button_opens_the_page_with_rows(qtbot, demo):
    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    window = create_main_window(ServiceBackend(demo), app_context=demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.trigger_action("report_status")
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.result is not None, timeout=60000)
    assert page.definition().report_id == "status"
    assert page.as_of.value() == date.today()
    assert page.model.rowCount() > 1
    table = page.table
    header = table.horizontalHeader()
    # every column of the status report is in sight at 1366 x 768, no horizontal scrolling
    assert header.length() <= table.viewport().width()
    window.grab().save("/tmp/reports_role_center_status.png")  # to look at by eye
    wait_for_background()
