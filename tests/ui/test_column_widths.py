"""Columns that clip while space is free (issue 13, "Danish everywhere"): the list framework sizes
each column to its header and content up to a cap and gives the room left to the name column;
when there is no room the text columns give way, never an amount; a width the user dragged
stays. Historik's Handling takes the room the other columns leave."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ui.framework.columns import MIN_STRETCH, PADDING, keep_fitted
from ui.pages.list_pages import case_list


def make_page(qtbot, backend, width: int):
    page = case_list(backend)
    qtbot.addWidget(page)
    page.resize(width, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.wait(50)
    return page


def visible_texts(page, column: int) -> list[str]:
    model = page.model
    rows = min(model.rowCount(QModelIndex()), 20)
    return [str(model.index(r, column).data() or "") for r in range(rows)]


def column_of(page, key: str) -> int:
    return next(i for i, c in enumerate(page.model.columns()) if c.key == key)


def needed(page, texts: list[str]) -> int:
    metrics = page.table.fontMetrics()
    return max(metrics.horizontalAdvance(t) for t in texts) + PADDING


def test_with_room_to_spare_every_name_shows_whole_and_the_name_column_takes_the_rest(
    qtbot, sample_backend
):
    page = make_page(qtbot, sample_backend, 1700)
    table = page.table
    client, debtor = column_of(page, "client_name"), column_of(page, "debtor_name")
    assert table.columnWidth(client) >= needed(page, visible_texts(page, client))
    assert table.columnWidth(debtor) >= needed(page, visible_texts(page, debtor))
    total = sum(table.columnWidth(c) for c in range(page.model.columnCount()))
    assert abs(total - table.viewport().width()) <= 3, "the name column takes the room left"
    assert table.columnWidth(client) == max(
        table.columnWidth(c) for c in range(page.model.columnCount())
    )
    assert not table.horizontalScrollBar().isVisible()


def test_when_room_is_short_the_names_give_way_but_no_amount_or_heading_does(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend, 800)
    table = page.table
    for column, spec in enumerate(page.model.columns()):
        assert table.columnWidth(column) >= table.floors[column], spec.title
        if spec.kind == "amount":
            assert table.columnWidth(column) >= needed(page, visible_texts(page, column))
    client = column_of(page, "client_name")
    assert MIN_STRETCH <= table.columnWidth(client) < needed(page, visible_texts(page, client))


def test_a_width_the_user_dragged_stays_after_f5(qtbot, sample_backend):
    page = make_page(qtbot, sample_backend, 1400)
    table = page.table
    debtor = column_of(page, "debtor_name")
    table.horizontalHeader().resizeSection(debtor, 300)  # as a drag does
    page.refresh()
    qtbot.wait(50)
    assert table.user_sized and table.columnWidth(debtor) == 300


def test_historiks_handling_takes_the_room_the_others_leave(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Type", "Tidspunkt", "Bruger", "Handling", "Detaljer"])
    fitter = keep_fitted(tree, stretch=3, caps={4: 260}, cap=420)
    action = "Indbetaling direkte til klient 1.000,00 kr. registreret i kladde ABH"
    when = dt.datetime(2026, 6, 30, 8, 0).strftime("%d-%m-%Y %H:%M")
    for _ in range(5):
        tree.addTopLevelItem(QTreeWidgetItem(["Ændring", when, "test", action, ""]))
    tree.resize(1000, 400)
    tree.show()
    qtbot.waitExposed(tree)
    fitter.fit()
    widths = [tree.columnWidth(c) for c in range(5)]
    metrics = tree.fontMetrics()
    assert widths[3] == max(widths) and widths[3] >= metrics.horizontalAdvance(action)
    assert widths[0] >= metrics.horizontalAdvance("Ændring")
    assert widths[1] >= metrics.horizontalAdvance(when)
