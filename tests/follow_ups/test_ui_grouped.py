"""The manual's Sagsopfølgning Oversigt: the Follow-ups page grouped by activity, counting what is
to be executed and what is due, Udfør for one activity's due cases only, and the flat view."""

from __future__ import annotations

from datetime import timedelta

import pytest

import ui  # noqa: F401  (before any Qt call: see ui/_none_refcount.py)
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.follow_ups import schedule as follow_ups
from caplegal_desktop.services.follow_ups.mass_execution import execute_one
from tests.follow_ups.builders import CREATED, new_case, open_follow_up
from ui.follow_ups.ops import FollowUpOps
from ui.follow_ups.page import FollowUpsPage
from ui.framework.background import wait_for_background
from ui.i18n import install_language


@pytest.fixture
def ctx(sqlite_url, qapp):
    install_language("da")
    context = AppContext.open(sqlite_url)
    yield context
    context.close()


def a_page(qtbot, ctx, today):
    page = FollowUpsPage(FollowUpOps(ctx, today=lambda: today))
    page.opened = []
    page.open_file = page.opened.append
    page.asked = []
    page.confirm = lambda question: page.asked.append(question) or True
    qtbot.addWidget(page)
    page.refresh()
    return page


def groups_shown(page) -> list[list[str]]:
    return [
        [page.groups.item(r, c).text() for c in range(page.groups.columnCount())]
        for r in range(page.groups.rowCount())
    ]


def cases_shown(page) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


@pytest.fixture
def three_cases_one_a_step_ahead(ctx):
    """Three cases with their first reminder due; the first case's reminder executed, so its next
    activity is scheduled (not due yet)."""
    made = [new_case(ctx) for _ in range(3)]
    done = execute_one(ctx, follow_up_id=open_follow_up(ctx, made[0][0]).id, today=CREATED)
    assert done.next_due is not None and done.next_due > CREATED
    return made, done


def test_the_page_opens_grouped_by_activity_with_to_do_and_due_counts(
    qtbot, ctx, three_cases_one_a_step_ahead
):
    made, done = three_cases_one_a_step_ahead
    page = a_page(qtbot, ctx, CREATED)
    first, second = page.group_rows
    assert (first.to_do, first.due, second.to_do, second.due) == (2, 2, 1, 0)
    shown = groups_shown(page)
    assert [row[2:] for row in shown] == [["2", "2"], ["1", "0"]]
    assert shown[0][0] == "1. rykker" and shown[0][1]  # the activity and its workflow
    # nothing marked: all due cases; marking an activity shows its cases only
    assert sorted(cases_shown(page)) == sorted(no for _, no in made[1:])
    page.view.setCurrentIndex(0)  # to do
    page.select_group(second.step_id)
    assert cases_shown(page) == [made[0][1]]
    page.grab().save("/tmp/follow_ups_grouped.png")


def test_udfoer_on_an_activity_executes_only_its_due_cases(
    qtbot, ctx, three_cases_one_a_step_ahead
):
    made, done = three_cases_one_a_step_ahead
    later = done.next_due + timedelta(days=1)  # now both activities are due
    page = a_page(qtbot, ctx, later)
    assert [g.due for g in page.group_rows] == [2, 1]
    page.select_group(page.group_rows[1].step_id)
    second = page.group_rows[1]
    page.mass_execute()
    assert wait_for_background()
    qtbot.waitUntil(lambda: "Kørsel" in page.message.text())
    assert page.asked == [
        f"Vil du udføre 1 forfaldne fremnotering(er) af aktiviteten {second.description}?"
    ]
    assert "1 udført" in page.message.text()
    # the first reminders of the two other cases are still due
    with ctx.uow() as uow:
        due = follow_ups.due_follow_up_ids(uow.session, as_of=later)
    assert len(due) == 2
    assert second.description in page.runs.item(0, 3).text()  # the run's filter names it


def test_the_flat_view_lists_every_follow_up_without_groups(
    qtbot, ctx, three_cases_one_a_step_ahead
):
    made, _ = three_cases_one_a_step_ahead
    page = a_page(qtbot, ctx, CREATED)
    page.grouped.setChecked(False)
    assert page.groups.isHidden() and page.current_group() is None
    page.view.setCurrentIndex(0)
    assert sorted(cases_shown(page)) == sorted(no for _, no in made)


def test_schedule_missing_gives_a_case_without_follow_ups_its_first_activity(qtbot, ctx):
    from sqlalchemy import delete

    from models import FollowUp

    case_id, case_no = new_case(ctx)
    with ctx.uow(write=True) as uow:
        uow.session.execute(delete(FollowUp).where(FollowUp.case_id == case_id))
        uow.commit()
    page = a_page(qtbot, ctx, CREATED)
    assert page.table.rowCount() == 0
    page.schedule_missing()
    assert page.message.text() == (
        "1 sag(er) uden fremnotering har fået workflowets første aktivitet."
    )
    assert cases_shown(page) == [case_no]
