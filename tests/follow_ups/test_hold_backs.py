"""A mass run holds back cases it must not write to (an active payment plan), with the reason."""

from datetime import date

from sqlalchemy import select

from caplegal_desktop.services.follow_ups import activity_runs, hold_backs, mass_execution
from models import Case, FollowUp, LedgerEntry
from tests.payment_plans.conftest import new_case
from tests.payment_plans.test_follow_through import active_plan

RUN_DAY = date(2026, 1, 2)


def case_id(app, case_no: str) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(Case.id).where(Case.no == case_no))


def test_a_case_with_an_active_plan_gets_no_reminder_and_the_run_says_why(app):
    # GIVEN two cases whose first reminder is due, one of them paying by an active plan
    planned, plain = new_case(app), new_case(app)
    plan = active_plan(app, planned)
    planned_id, plain_id = case_id(app, planned), case_id(app, plain)
    # WHEN the due follow-ups are mass-executed
    summary = mass_execution.run_due(app, as_of=RUN_DAY)
    # THEN the plain case got its reminder; the planned one is reported as skipped with the reason
    assert (summary.executed, summary.skipped, summary.failed) == (1, 1, 0)
    with app.uow() as uow:
        items = {i.case_no: i for i in activity_runs.run_items(uow.session, run_id=summary.run_id)}
        fees_on_planned = uow.session.scalars(
            select(LedgerEntry.id).where(
                LedgerEntry.case_id == planned_id, LedgerEntry.fee_line_id.is_not(None)
            )
        ).all()
        open_on_planned = uow.session.scalars(
            select(FollowUp.status).where(
                FollowUp.case_id == planned_id, FollowUp.step_id.is_not(None)
            )
        ).all()
    assert items[planned].outcome == "skipped"
    assert items[planned].message == hold_backs.ACTIVE_PLAN_MSG.format(plan_no=plan.plan_no)
    assert items[plain].outcome == "executed" and plain_id != planned_id
    # AND no fee was posted to it, and its reminder stays open for when the plan ends
    assert fees_on_planned == []
    assert open_on_planned == ["open"]


def test_a_hold_back_is_one_more_predicate_in_the_list(app):
    # GIVEN a check that holds back every case (as a later "disputed" check would some)
    planned = new_case(app)
    planned_id = case_id(app, planned)

    def disputed(session, case_ids):
        return {i: "Holdt tilbage: kravet er bestridt." for i in case_ids}

    # WHEN the hold-backs are asked with it added
    with app.uow() as uow:
        reasons = hold_backs.held_back(
            uow.session, [planned_id], (*hold_backs.HOLD_BACKS, disputed)
        )
    # THEN its reason is given
    assert reasons == {planned_id: "Holdt tilbage: kravet er bestridt."}
