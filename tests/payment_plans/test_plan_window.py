"""The plan window and the overview with pytest-qt (QT_QPA_PLATFORM=offscreen)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from tests.payment_plans.conftest import TODAY, new_case
from ui.payment_plan.data import PlanData
from ui.payment_plan.dialogs import AgreementsDialog, PlanLinesDialog
from ui.payment_plan.plan_card import PlanCard
from workflows.payment_plan import PeriodAgreement, PeriodKind


@pytest.fixture
def context(sqlite_url):
    app_context = AppContext(open_database(sqlite_url), Settings(), "test")
    yield app_context
    app_context.close()


@pytest.fixture
def data(context):
    return PlanData(context, today=lambda: TODAY)


@pytest.fixture
def draft_card(qtbot, context, data):
    case_no = new_case(context)
    created = data.create(case_no, [d.party_id for d in data.debtors(case_no)])
    card = PlanCard(data, created.plan_no)
    qtbot.addWidget(card)
    return card


def fill_twelve_months(card: PlanCard) -> None:
    card.first_date.setText("01-02-2026")
    card.periods.setValue(12)


def test_a_draft_shows_the_debt_items_and_the_calculator_defaults(draft_card):
    assert draft_card.general["status"].text() == "Kladde"
    assert draft_card.first_date.text() == "01-02-2026"  # the 1st of next month
    assert draft_card.term.currentText() == "Måned"
    assert draft_card.allocation.currentText() == "Betal ældst først"
    assert draft_card.order.currentText() == "Rente først"
    table = draft_card.specification
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Hovedstol" and table.item(1, 1).text() == "Renter"
    assert table.item(0, 8).checkState() == Qt.CheckState.Checked  # interest-bearing in plan
    assert not draft_card.actions_by_id["agreements"].isEnabled()


def test_calculate_then_activate_fills_the_grey_fields_and_the_lines(draft_card, qtbot):
    fill_twelve_months(draft_card)
    with qtbot.waitSignal(draft_card.sig_plan_changed):
        draft_card.actions_by_id["calculate"].trigger()
    assert draft_card.instalment.value() is not None
    assert draft_card.figures["apr_pct"].text().endswith("%")
    assert draft_card.figures["debt_at_start"].text() == "10.166,67"
    draft_card.figures["accrued_interest"].linkActivated.emit("spec")
    assert draft_card.last_information.startswith("Hovedstol: Varmeregning 2025: ")
    draft_card.actions_by_id["activate"].trigger()
    assert draft_card.general["status"].text() == "Aktiv"
    assert len(draft_card.plan.lines) == 12
    assert not draft_card.instalment.isEnabled()  # an active plan changes through agreements
    assert draft_card.actions_by_id["agreements"].isEnabled()


def test_giving_an_instalment_clears_periods_and_last_date(draft_card):
    fill_twelve_months(draft_card)
    draft_card.instalment.setText("1000")
    draft_card.instalment.textEdited.emit("1000")
    assert draft_card.periods.value() == 0 and draft_card.calculator().instalment == 1000
    assert draft_card.calculator().periods is None


def test_a_refused_calculation_shows_the_danish_message(draft_card):
    draft_card.first_date.setText("01-02-2026")
    draft_card.periods.setValue(61)
    draft_card.calculate()
    assert "højst 60" in draft_card.last_problem
    assert draft_card.general["status"].text() == "Kladde"


def test_the_specification_pane_changes_the_plan(draft_card):
    fill_twelve_months(draft_card)
    draft_card.specification.item(0, 8).setCheckState(Qt.CheckState.Unchecked)
    draft_card.calculate()
    assert draft_card.figures["credit_cost"].text() == "0,00"
    assert draft_card.plan.items[0].interest_bearing is False


def test_show_plan_lists_lines_with_their_specification(draft_card, qtbot):
    fill_twelve_months(draft_card)
    draft_card.calculate()
    draft_card.activate()
    dialog = PlanLinesDialog(draft_card.plan, draft_card.data.follow_up(draft_card.plan_no))
    qtbot.addWidget(dialog)
    assert dialog.lines.rowCount() == 12
    assert dialog.lines.item(0, 7).text() == "Ikke forfalden"
    dialog.lines.setCurrentCell(0, 0)
    buckets = {
        dialog.specification.item(r, 1).text() for r in range(dialog.specification.rowCount())
    }
    assert buckets == {"Renter", "Hovedstol"}


def test_an_agreement_as_a_new_plan_opens_the_new_plan(draft_card, qtbot):
    fill_twelve_months(draft_card)
    draft_card.calculate()
    draft_card.activate()
    dialog = AgreementsDialog(draft_card.plan)
    qtbot.addWidget(dialog)
    dialog.period_kind.setCurrentIndex(dialog.period_kind.findData("deferral"))
    dialog.period_no.setValue(3)
    general, single = dialog.agreements()
    assert general == [] and single[0] == PeriodAgreement(kind=PeriodKind.DEFERRAL, period_no=3)
    with qtbot.waitSignal(draft_card.sig_open_record) as opened:
        changed = draft_card.apply_agreements(general, single, create_new=True)
    assert opened.args == ["payment_plan", changed.plan_no]
    assert draft_card.general["status"].text() == "Lukket"
    assert draft_card.actions_by_id["reopen"].isEnabled()


def test_print_credit_costs_writes_a_pdf(draft_card, tmp_path):
    fill_twelve_months(draft_card)
    draft_card.calculate()
    saved = draft_card.print_to(tmp_path / "k.pdf", include_schedule=True)
    assert saved.read_bytes().startswith(b"%PDF")


def test_the_main_window_makes_a_plan_from_the_case_list_and_lists_it(
    qtbot, context, qtmodeltester
):
    from ui.app import create_main_window
    from ui.payment_plan import install, new_plan_for_case
    from ui.service_backend import ServiceBackend

    case_no = new_case(context)
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    install(window, context)
    data = PlanData(context, today=date.today)

    def accept_modal() -> None:
        QApplication.activeModalWidget().accept()

    QTimer.singleShot(0, accept_modal)  # all debtors are ticked: OK
    card = new_plan_for_case(window, data, case_no)
    assert isinstance(card, PlanCard) and window.current_page() is card
    overview = window.show_page("payment_plans")
    assert overview.model.rowCount() == 1
    qtmodeltester.check(overview.model)
    assert overview.model.index(0, 0).data() == card.plan_no
