"""æøå, äöü and é through the real widgets on a real database: the case list filter, an F4
lookup, and the wizard's client search (pytest-qt, keys typed as a secretary types them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.search.conftest import AERTEBJERG


def type_text(widget, text: str) -> None:
    """Key presses carrying each character, as a keyboard sends them (QTest.keyClicks aborts on
    letters outside its own table, such as ü)."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ord(ch.upper()) < 0x100 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def case_list(app, qtbot, danish_ui):
    from ui.pages.list_pages import case_list
    from ui.service_backend import ServiceBackend

    page = case_list(ServiceBackend(app))
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    page.refresh()
    return page


def _filter(qtbot, page, typed: str) -> list[tuple[str, str]]:
    page.focus_filter()
    type_text(page.filter_edit, typed)
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)  # re-reads at once, cursor to the list
    model = page.model
    return [
        (model.index(row, 0).data(), model.index(row, 1).data()) for row in range(model.rowCount())
    ]


@pytest.mark.parametrize("typed", ["ærtebjerg", "ÆRTEBJERG", "Ærtebjerg"])
def test_the_case_list_filter_finds_the_clients_cases_whatever_the_case(
    qtbot, office, case_list, typed
):
    # GIVEN the case overview; WHEN the secretary types the client's name into the filter
    rows = _filter(qtbot, case_list, typed)
    # THEN exactly that client's cases are listed
    assert sorted(rows) == [(no, AERTEBJERG) for no in office.aertebjerg_cases]
    assert case_list.table.hasFocus()


@pytest.mark.parametrize(
    ("typed", "debtor"), [("ÅSE", "Åse Ähnström"), ("üzel", "Émile Üzel"), ("ÉMILE", "Émile Üzel")]
)
def test_the_case_list_filter_finds_a_debtor_by_accented_letters(
    qtbot, office, case_list, typed, debtor
):
    rows = _filter(qtbot, case_list, typed)
    assert [no for no, _client in rows] == [office.case_of[debtor]]


def test_wildcards_in_the_list_filter_are_plain_characters(qtbot, office, case_list):
    rows = _filter(qtbot, case_list, "100%")
    assert [client for _no, client in rows] == ["100% Rent ApS"]


def test_the_list_filter_takes_200_characters_and_says_so_in_danish(qtbot, office, case_list):
    QGuiApplication.clipboard().setText("ø" * 250)
    case_list.focus_filter()
    with qtbot.waitSignal(case_list.sig_status_message) as said:
        qtbot.keyClick(case_list.filter_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert case_list.filter_edit.text() == "ø" * 200
    assert said.args == ["Filteret kan højst være på 200 tegn."]
    qtbot.keyClick(case_list.filter_edit, Qt.Key.Key_Return)
    assert case_list.model.rowCount() == 0  # searched, nothing matched, nothing broke


def test_f4_in_the_reports_client_field_drops_down_the_client(app, qtbot, office):
    from ui.framework.lookup import LookupEdit
    from ui.reports.data import ReportData

    field = LookupEdit(ReportData(app).clients, title="Klienter")
    qtbot.addWidget(field)
    with qtbot.waitActive(field):
        field.show()
        field.activateWindow()
    field.line_edit.setFocus()
    type_text(field.line_edit, "ÆRTEBJERG")
    qtbot.keyClick(field.line_edit, Qt.Key.Key_F4)
    tree = field.popup.tree
    assert field.popup.isVisible()
    assert [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ] == [(office.client_no[AERTEBJERG], AERTEBJERG)]
    with qtbot.waitSignal(field.sig_item_chosen) as chosen:
        qtbot.keyClick(field.popup, Qt.Key.Key_Return)
    assert chosen.args[0].description == AERTEBJERG
    assert field.text() == office.client_no[AERTEBJERG]


@pytest.mark.parametrize("typed", ["ærtebjerghave", "BOLIGSELSKABET ÆRTE"])
def test_the_wizards_client_search_finds_the_client_and_enter_picks_it(app, qtbot, office, typed):
    from ui.wizard.data import CaseData
    from ui.wizard.steps import ClientStep

    step = ClientStep(CaseData(app))
    qtbot.addWidget(step)
    step.show()
    step.search.search_edit.setFocus()
    type_text(step.search.search_edit, typed)
    qtbot.keyClick(step.search.search_edit, Qt.Key.Key_Return)
    results = step.search.results
    assert [results.topLevelItem(i).text(1) for i in range(results.topLevelItemCount())] == [
        AERTEBJERG
    ]
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert step.chosen.text() == f"{office.client_no[AERTEBJERG]} · {AERTEBJERG}"
