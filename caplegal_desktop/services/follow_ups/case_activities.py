"""The case card's workflow activities (the manual's Workflowaktiviteter FactBox and Udfør):
where each step of the case's workflow stands, what comes after an executed follow-up, and
putting a single activity (overføre en aktivitet) or the whole workflow on the case by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.follow_ups.schedule import (
    DONE,
    OPEN,
    new_follow_up,
)
from caplegal_desktop.services.shared import history
from models import ActivityStep, ActivityWorkflow, Case, CaseType, FollowUp
from workflows.activities import next_due_date

NOT_SCHEDULED = "not_scheduled"
STATE_TEXT = {OPEN: "Til udførelse", DONE: "Udført", NOT_SCHEDULED: "Ikke fremnoteret"}


@dataclass(frozen=True)
class WorkflowActivity:
    step_id: int
    code: str
    description: str
    state: str  # open, done, not_scheduled
    on: date | None  # due (open) or executed (done)

    @property
    def state_text(self) -> str:
        return STATE_TEXT.get(self.state, self.state)


@dataclass(frozen=True)
class ActivityTransferred:
    """What changed: the case and its new follow-up (the card and the overview refresh)."""

    case_id: int
    follow_up_id: int
    description: str
    due: date


@dataclass(frozen=True)
class StepChoice:
    step_id: int
    code: str
    description: str
    due: date  # when it falls due if scheduled after today


@dataclass(frozen=True)
class NextChoices:
    """What the execute dialog offers: the workflow's next step (or none) and every step."""

    activity: str
    default_step_id: int | None
    steps: tuple[StepChoice, ...]


def _workflow_steps(session: Session, case: Case) -> list[ActivityStep]:
    return list(
        session.scalars(
            select(ActivityStep)
            .join(ActivityWorkflow, ActivityWorkflow.code == ActivityStep.workflow_code)
            .join(CaseType, CaseType.workflow_code == ActivityWorkflow.code)
            .where(CaseType.code == case.case_type_code, ActivityWorkflow.active.is_(True))
            .order_by(ActivityStep.order_no)
        )
    )


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("Sagen findes ikke.")
    return case


def workflow_activities(session: Session, *, case_id: int) -> list[WorkflowActivity]:
    """Each step of the case type's workflow with its latest follow-up on the case: to do (with
    its due date), executed (with its date) or not put on the case."""
    office.require_case(session, case_id)
    case = _case(session, case_id)
    latest: dict[int, FollowUp] = {}
    for follow_up in session.scalars(
        select(FollowUp)
        .where(FollowUp.case_id == case_id, FollowUp.step_id.is_not(None))
        .order_by(FollowUp.id)
    ):
        if follow_up.status in (OPEN, DONE):
            latest[follow_up.step_id] = follow_up
    activities = []
    for step in _workflow_steps(session, case):
        found = latest.get(step.id)
        if found is None:
            activities.append(
                WorkflowActivity(step.id, step.code, step.description, NOT_SCHEDULED, None)
            )
        elif found.status == OPEN:
            activities.append(
                WorkflowActivity(step.id, step.code, step.description, OPEN, found.due_date)
            )
        else:
            activities.append(
                WorkflowActivity(step.id, step.code, step.description, DONE, found.executed_on)
            )
    return activities


def next_choices(session: Session, *, follow_up_id: int, today: date) -> NextChoices:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFound("Fremnoteringen findes ikke.")
    case = _case(session, follow_up.case_id)
    steps = _workflow_steps(session, case)
    ids = [s.id for s in steps]
    default = None
    if follow_up.step_id in ids and ids.index(follow_up.step_id) + 1 < len(ids):
        default = ids[ids.index(follow_up.step_id) + 1]
    return NextChoices(
        follow_up.description,
        default,
        tuple(
            StepChoice(s.id, s.code, s.description, next_due_date(s.date_formula, after=today))
            for s in steps
        ),
    )


def transfer_activity(
    session: Session, *, case_id: int, step_id: int, user: str, today: date
) -> ActivityTransferred:
    """Put one activity of the case's workflow on the case, due by its date formula from today."""
    office.require(session, office.LETTERS_WRITE)
    case = _case(session, case_id)
    step = next((s for s in _workflow_steps(session, case) if s.id == step_id), None)
    if step is None:
        raise ValidationError(
            Problem("Aktivitet", "Aktiviteten hører ikke til sagstypens workflow.")
        )
    already = session.scalar(
        select(FollowUp.id).where(
            FollowUp.case_id == case_id, FollowUp.step_id == step_id, FollowUp.status == OPEN
        )
    )
    if already is not None:
        raise Conflict(f"Aktiviteten '{step.description}' er allerede fremnoteret på sagen.")
    follow_up = new_follow_up(case, step, after=today, user=user)
    follow_up.source = "manual"
    session.add(follow_up)
    session.flush()
    history.record(
        session,
        case_id=case_id,
        user=user,
        kind="info",
        action=f"Aktivitet overført: {step.description}",
        detail=f"Forfalder {follow_up.due_date:%d-%m-%Y}",
    )
    return ActivityTransferred(case_id, follow_up.id, step.description, follow_up.due_date)


def transfer_workflow(
    session: Session, *, case_id: int, user: str, today: date
) -> ActivityTransferred:
    """Put the workflow's first activity on the case (hele forløbet: each executed step brings
    the next); refused while an activity of it is still to do."""
    case = _case(session, case_id)
    steps = _workflow_steps(session, case)
    if not steps:
        raise ValidationError(
            Problem("Workflow", f"Sagstypen {case.case_type_code} har intet aktivt workflow.")
        )
    open_ids = session.scalars(
        select(FollowUp.id).where(
            FollowUp.case_id == case_id,
            FollowUp.status == OPEN,
            FollowUp.step_id.in_([s.id for s in steps]),
        )
    ).all()
    if open_ids:
        raise Conflict("Sagens workflow har allerede en aktivitet til udførelse.")
    return transfer_activity(session, case_id=case_id, step_id=steps[0].id, user=user, today=today)
