"""The case card's follow-ups as the manual shows them (issue 13/14): Udfør on one follow-up with
the next activity and date changeable, Vis udførte opgaver and Genoptag, and the
Workflowaktiviteter FactBox that puts an activity or the whole workflow on the case."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from models import CaseHistory, FollowUp
from tests.cases.helpers import CTRL, MAIN, press, raise_failures, type_keys, when_modal
from tests.follow_ups.builders import CREATED, new_case
from ui.case_card.page import CaseCardPage
from ui.wizard.data import CaseData


def open_card(qtbot, ctx, case_id):
    page = CaseCardPage(CaseData(ctx, today=lambda: CREATED), case_id)
    page.follow_panel.opened = []
    page.follow_panel.open_file = page.follow_panel.opened.append
    qtbot.addWidget(page)
    page.resize(1366, 900)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    MAIN[:] = [page]
    return page


def follow_ups_of(ctx, case_id):
    with ctx.uow() as uow:
        return [
            (f.description, f.status, f.due_date)
            for f in uow.session.scalars(
                select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.id)
            )
        ]


def shown(tree) -> list[list[str]]:
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def test_udfoer_with_a_changed_next_date_executes_and_schedules_on_that_date(qtbot, ctx, danish_ui):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    panel = page.follow_panel
    assert [row[1] for row in shown(panel.tree)] == ["1. rykker"]
    balance_before = page.entries_box.value_text("balance")
    later = CREATED + timedelta(days=30)
    seen = {}

    def execute(dialog):
        seen["next"] = dialog.next_step.currentText()
        seen["default_due"] = dialog.next_due.text()
        dialog.next_due.selectAll()
        type_keys(qtbot, later.strftime("%d%m%Y"), widget=dialog.next_due)
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.next_due)

    when_modal(execute)
    panel.tree.setFocus()
    press(qtbot, Qt.Key.Key_Return, widget=panel.tree)  # Enter on the line = Udfør
    raise_failures()
    assert "2. rykker" in seen["next"] and seen["default_due"]
    assert follow_ups_of(ctx, case_id)[0][:2] == ("1. rykker", "done")
    assert follow_ups_of(ctx, case_id)[1] == ("2. rykker", "open", later)
    assert [p.suffix for p in panel.opened] == [".docx"]  # the merged letter opens
    # the card read itself again: the reminder fee is in its figures, the tab shows what is next
    assert page.entries_box.value_text("balance") != balance_before
    assert [row[1] for row in shown(panel.tree)] == ["2. rykker"]
    with ctx.uow() as uow:
        actions = uow.session.scalars(
            select(CaseHistory.action).where(CaseHistory.case_id == case_id)
        ).all()
    assert any("1. rykker" in a for a in actions)


def test_udfoer_with_no_next_activity_schedules_nothing_and_cancel_executes_nothing(
    qtbot, ctx, danish_ui
):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    panel = page.follow_panel

    when_modal(lambda dialog: press(qtbot, Qt.Key.Key_Escape, widget=dialog))
    panel.execute_current()
    raise_failures()
    assert [f[1] for f in follow_ups_of(ctx, case_id)] == ["open"]  # Esc: nothing executed

    def no_next(dialog):
        dialog.next_step.setCurrentIndex(0)  # (ingen)
        assert not dialog.next_due.isEnabled() and dialog.next_due.text() == ""
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.next_step)

    when_modal(no_next)
    panel.execute_current()
    raise_failures()
    assert [f[1] for f in follow_ups_of(ctx, case_id)] == ["done"]
    assert panel.empty.isVisibleTo(page) and not panel.tree.isVisibleTo(page)


def test_show_executed_tasks_and_resume(qtbot, ctx, danish_ui):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    panel = page.follow_panel
    panel.ask_next = lambda choices: None  # the workflow's own next step
    panel.execute_current()
    assert [row[1] for row in shown(panel.tree)] == ["2. rykker"]
    panel.show_done.setChecked(True)
    rows = shown(panel.tree)
    assert [(r[1], r[3]) for r in rows] == [("2. rykker", "Til udførelse"), ("1. rykker", "Udført")]
    assert rows[1][4] == "23-11-2026"
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    panel.resume_current()
    assert panel.message.text() == "Fremnoteringen er åben igen."
    assert [f[:2] for f in follow_ups_of(ctx, case_id)] == [
        ("1. rykker", "open"),
        ("2. rykker", "cancelled"),
    ]


def test_the_workflow_activities_factbox_transfers_an_activity_once(qtbot, ctx, danish_ui):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    box = page.workflow_box
    rows = shown(box.tree)
    assert rows[0] == ["1. rykker", "\u2192 23-11-2026"]
    assert "Til udførelse 23-11-2026" in box.tree.topLevelItem(0).toolTip(0)
    assert all(when == "\u2013" for _, when in rows[1:]) and len(rows) >= 2
    assert "Ikke fremnoteret" in box.tree.topLevelItem(1).toolTip(1)
    box.tree.setCurrentItem(box.tree.topLevelItem(1))
    box.transfer_current()
    assert (
        "2. rykker" in page.follow_panel.message.text()
        and "fremnoteret" not in page.follow_panel.message.text().lower()
    )
    assert shown(box.tree)[1][1].startswith("\u2192 ")
    assert [row[1] for row in shown(page.follow_panel.tree)] == ["1. rykker", "2. rykker"]
    # twice is refused in Danish, and changes nothing
    box.transfer_current()
    assert (
        page.follow_panel.message.text()
        == "Aktiviteten '2. rykker' er allerede fremnoteret på sagen."
    )
    assert len(follow_ups_of(ctx, case_id)) == 2
    box.transfer_workflow()
    assert (
        page.follow_panel.message.text()
        == "Sagens workflow har allerede en aktivitet til udførelse."
    )
    page.grab().save("/tmp/case_card_follow_ups.png")
    assert QApplication.activeModalWidget() is None
