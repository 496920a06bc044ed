"""The fundament windows with pytest-qt (offscreen), driven by keys as a secretary would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caplegal_desktop.services.fundaments import fundaments as svc
from tests.fundaments.conftest import TODAY, new_case
from ui.fundament import new_fundament_for_case
from ui.fundament.card import FundamentCard
from ui.fundament.data import FundamentData
from ui.fundament.dialogs import NewFundamentDialog
from ui.i18n import DEFAULT_LANGUAGE, install_language

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def danish_ui(qapp):
    install_language("da")
    yield
    install_language(DEFAULT_LANGUAGE)


@pytest.fixture
def context(app):
    """The real database on both backends (SQLite and PostgreSQL)."""
    return app


@pytest.fixture
def data(context):
    return FundamentData(context, today=lambda: TODAY)


def new_dialog(qtbot, data, case_id) -> NewFundamentDialog:
    dialog = NewFundamentDialog(
        case_no=data.case_no(case_id),
        debtors=data.debtors(case_id),
        defaults=data.defaults(case_id),
        today=data.today,
        districts=data.court_districts,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def a_draft(data, case_id, debtor_id, **changes) -> str:
    fields = {"fundament_date": date(2026, 2, 10), "court_no": "BS-4521/2026", **changes}
    return data.create(case_id, debtor_id, svc.FundamentInput(**fields)).fundament_no


def open_card(qtbot, data, no) -> FundamentCard:
    card = FundamentCard(data, no)
    qtbot.addWidget(card)
    card.resize(1146, 700)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    return card


def test_ok_stays_disabled_until_the_fundament_date_is_given_with_the_message_at_the_field(
    qtbot, context, data
):
    case_id, _ = new_case(context)
    dialog = new_dialog(qtbot, data, case_id)
    fields = dialog.fields
    assert not dialog.ok_button.isEnabled()
    assert fields.messages["fundament_date"].text().startswith("Fundamentsdato skal altid")
    qtbot.keyClicks(fields.court_no, "BS-4521/2026")
    assert fields.messages["fundament_date"].text().startswith("Udfyld fundamentsdato, før")
    qtbot.keyClicks(fields.fundament_date, "03-03-2026")  # tomorrow
    assert fields.messages["fundament_date"].text() == (
        "Fundamentsdato kan ikke ligge efter dags dato."
    )
    fields.fundament_date.clear()
    qtbot.keyClicks(fields.fundament_date, "10-02-2026")
    qtbot.keyClicks(fields.hearing_date, "09-02-2026")
    assert fields.messages["hearing"].text() == "Kan ikke dateres før fundamentsdatoen 10-02-2026."
    assert not dialog.ok_button.isEnabled()
    fields.hearing_date.clear()
    qtbot.keyClicks(fields.hearing_date, "14-04-2026")
    qtbot.keyClicks(fields.hearing_time, "10:30")
    assert dialog.ok_button.isEnabled() and not fields.messages["hearing"].isVisible()
    qtbot.keyClick(fields.hearing_time, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == NewFundamentDialog.DialogCode.Accepted
    chosen = dialog.data()
    assert chosen.hearing_at.hour == 10 and chosen.court_no == "BS-4521/2026"
    assert chosen.court_district_code == data.defaults(case_id).court_district_code


def test_escape_cancels_dan_fundament_and_nothing_is_saved(qtbot, context, data):
    case_id, _ = new_case(context)
    dialog = new_dialog(qtbot, data, case_id)
    qtbot.keyClicks(dialog.fields.fundament_date, "10-02-2026")
    qtbot.keyClick(dialog.fields.fundament_date, Qt.Key.Key_Escape)
    assert dialog.result() == NewFundamentDialog.DialogCode.Rejected
    with context.uow() as uow:
        assert svc.fundament_ids(uow.session) == []


def test_the_card_saves_with_ctrl_enter_and_esc_throws_changes_away(qtbot, context, data):
    case_id, (debtor_id,) = new_case(context)
    card = open_card(qtbot, data, a_draft(data, case_id, debtor_id))
    assert card.general["status"].text() == "Kladde"
    assert not card.actions_by_id["save"].isEnabled()
    card.fields.court_no.setFocus()
    card.fields.court_no.selectAll()
    qtbot.keyClicks(card.fields.court_no, "BS-1/2026")
    assert card.actions_by_id["save"].isEnabled()
    qtbot.keyClick(card.fields.court_no, Qt.Key.Key_Escape)
    assert card.fields.court_no.text() == "BS-4521/2026" and not card.is_dirty()
    card.fields.court_no.selectAll()
    qtbot.keyClicks(card.fields.court_no, "BS-2/2026")
    qtbot.keyClick(card.fields.court_no, Qt.Key.Key_Return, CTRL)
    assert data.fundament(card.no).court_no == "BS-2/2026" and not card.is_dirty()


def test_the_card_shows_the_debtors_statistics_read_only(qtbot, context, data):
    case_id, (debtor_id,) = new_case(context)
    card = open_card(qtbot, data, a_draft(data, case_id, debtor_id))
    assert card.figures["principal"].text() == "10.000,00"
    assert card.figures["balance"].text() != ""
    card.as_of.setText("01-12-2025")
    card.as_of.editingFinished.emit()
    assert card.figures["interest"].text() != card.figures["balance"].text()
    assert [t.header.text() for t in card.fast_tabs()] == [
        "Generelt",
        "Statistik",
        "Specifikation",
    ]
    spec = card.specification
    assert spec.topLevelItemCount() >= 1 and spec.topLevelItem(0).text(2) == "10.000,00"
    card.grab().save("/tmp/fundament_card.png")


def test_activating_asks_before_closing_the_debtors_active_fundament(qtbot, context, data):
    # GIVEN an active fundament for the debtor and a new draft
    case_id, (debtor_id,) = new_case(context)
    first = a_draft(data, case_id, debtor_id)
    data.activate(first)
    card = open_card(qtbot, data, a_draft(data, case_id, debtor_id))

    # WHEN the draft is activated (Ctrl+F9) and the question is answered "Close and activate"
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and first in box.text()
        box.defaultButton().click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    qtbot.keyClick(card.fields.note, Qt.Key.Key_F9, CTRL)
    # THEN the new one is active and the first closed
    assert card.general["status"].text() == "Aktiv"
    assert data.fundament(first).status == "closed"
    assert card.fields.court_no.isReadOnly() and card.actions_by_id["reopen"].isEnabled()
    card.actions_by_id["reopen"].trigger()
    assert card.general["status"].text() == "Genåbnet" and not card.fields.court_no.isReadOnly()


def test_the_overview_lists_fundaments_and_enter_opens_the_card(qtbot, context, qtmodeltester):
    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    case_id, (debtor_id,) = new_case(context)
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    data = FundamentData(context)
    no = a_draft(data, case_id, debtor_id, hearing_at=None)
    overview = window.show_page("fundaments")
    assert overview.title() == "Fundamenter"
    assert overview.model.rowCount() == 1
    qtmodeltester.check(overview.model)
    assert overview.model.index(0, 0).data() == no
    overview.table.setFocus()
    qtbot.keyClick(overview.table, Qt.Key.Key_Return)
    card = window.current_page()
    assert isinstance(card, FundamentCard) and card.no == no
    window.show_page("fundaments")
    window.grab().save("/tmp/fundament_overview.png")


def test_dan_fundament_from_the_case_card_creates_the_draft_and_opens_its_card(qtbot, context):
    from PySide6.QtCore import QTimer

    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    case_id, (debtor_id,) = new_case(context)
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    window.open_record("case", case_id)
    assert "ribbon_fundament" in [b.objectName() for b in window.ribbon.buttons("process")]

    def fill_in() -> None:
        dialog = window.new_fundament_dialog
        qtbot.keyClicks(dialog.fields.fundament_date, "10-02-2026")
        qtbot.keyClick(dialog.fields.fundament_date, Qt.Key.Key_Return, CTRL)

    QTimer.singleShot(0, fill_in)
    window.registry.action("fundament").trigger()
    card = window.current_page()
    assert isinstance(card, FundamentCard)
    assert card.fundament.case_id == case_id and card.fundament.debtor_party_id == debtor_id
    assert card.general["status"].text() == "Kladde"


def test_new_fundament_for_case_returns_nothing_when_cancelled(qtbot, context):
    from PySide6.QtCore import QTimer

    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    case_id, _ = new_case(context)
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    QTimer.singleShot(0, lambda: window.new_fundament_dialog.reject())
    assert new_fundament_for_case(window, FundamentData(context), case_id) is None
