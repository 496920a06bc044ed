from PySide6.QtCore import Qt

from ui.backend import CASE
from ui.pages.list_pages import case_list


def make_page(qtbot, backend):
    page = case_list(backend)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.refresh()
    return page


def test_enter_on_a_row_asks_to_open_that_record_s_card(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend)
    page.table.setFocus()
    page.select_row(3)
    with qtbot.waitSignal(page.sig_open_record) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [CASE, page.model.id_at(3)]


def test_double_click_opens_the_card_too(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend)
    page.select_row(1)
    with qtbot.waitSignal(page.sig_open_record) as opened:
        page.table.doubleClicked.emit(page.model.index(1, 0))
    assert opened.args[1] == page.model.id_at(1)


def test_filter_text_narrows_the_list_after_a_pause(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend)
    page.focus_filter()
    assert page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "S0000012")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.row_data(0)["no"] == "S0000012"


def test_down_from_the_filter_moves_into_the_list(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend)
    page.focus_filter()
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Down)
    assert page.table.hasFocus()


def test_factbox_follows_the_selected_row_and_recomputes_only_on_a_new_id(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend)
    entries = page.factboxes[0]
    page.select_row(2)
    loads = entries.load_count
    assert entries.record_id() == page.model.id_at(2)
    entries.bind(page.model.id_at(2))
    assert entries.load_count == loads
    page.select_row(4)
    assert entries.load_count == loads + 1


def test_clicking_a_blue_amount_emits_a_drill_down_for_that_figure(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend)
    page.select_row(0)
    entries = page.factboxes[0]
    assert "<a href" in entries.value_text("total")
    with qtbot.waitSignal(entries.sig_drill_down) as drilled:
        entries._values["total"].linkActivated.emit("total")
    assert drilled.args == ["total", page.model.id_at(0)]


def test_sorting_by_a_header_reorders_the_ids(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    numbers = [page.model.row_data(r)["no"] for r in range(5)]
    assert numbers == sorted(numbers, reverse=True)


def test_excel_export_writes_every_filtered_row_with_exact_amounts(qtbot, sample_backend, tmp_path):
    from decimal import Decimal

    from openpyxl import load_workbook

    from ui.framework.background import wait_for_background

    page = make_page(qtbot, sample_backend)
    target = tmp_path / "sager.xlsx"
    with qtbot.waitSignal(page.sig_status_message, timeout=10000):
        page.export_excel(target)
    wait_for_background()
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    # heading, the rows, and the totals line ("I alt") for the amount column
    assert rows[0][0] == "Case no." and len(rows) == 2 + page.model.rowCount()
    amount = rows[0].index("Balance excl. interest")
    assert rows[-1][0] == "I alt" and Decimal(str(rows[-1][amount])) == sum(
        Decimal(str(r[amount])) for r in rows[1:-1]
    )
    exported = sum(Decimal(str(r[amount])) for r in rows[1:-1])
    expected = sum(c["outstanding"] for c in sample_backend.cases.values())
    assert exported == expected
    assert sheet.cell(row=2, column=amount + 1).number_format == "#,##0.00"
