"""Follow-ups (fremnoteringer): scheduling, the overview (to do, due, done), resume.

A follow-up is ``open`` until it is executed (``done``) or skipped/withdrawn (``cancelled``).
Executing one lives in services/follow_ups/execution.py; mass runs in services/follow_ups/mass_execution.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import case as sql_case
from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session, aliased

from caplegal_desktop.errors import Conflict, NotFound
from caplegal_desktop.services.shared import history
from models import ActivityStep, ActivityWorkflow, Case, CaseType, Employee, FollowUp
from workflows.activities import StepRule, next_due_date, validate_steps

OPEN, DONE, CANCELLED = "open", "done", "cancelled"
STATUS_TEXT = {OPEN: "Til udførelse", DONE: "Udført", CANCELLED: "Annulleret"}
View = Literal["to_do", "due", "done"]
ALL_ACTIVITIES = "all"  # the activity filter's "no filter"; None means "without an activity"
ActivityFilter = int | None | str


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    case_id: int
    case_no: str
    description: str
    due_date: date
    status: str
    responsible: str | None  # initials
    step_code: str | None
    executed_on: date | None
    executed_by: str | None
    result: str | None
    letter_path: str | None

    @property
    def status_text(self) -> str:
        return STATUS_TEXT.get(self.status, self.status)


@dataclass(frozen=True)
class FollowUpCounts:
    to_do: int
    due: int
    done: int


@dataclass(frozen=True)
class FollowUpChanged:
    """What changed, so the case card and the overview know what to refresh."""

    case_id: int
    follow_up_ids: tuple[int, ...]


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def responsible_for(case: Case, employee_function: str | None) -> int | None:
    """The responsible lawyer for lawyer steps; otherwise the handler (falling back in turn)."""
    if employee_function == "ANSVARLIG":
        return case.responsible_employee_id or case.handler_employee_id
    return case.handler_employee_id or case.responsible_employee_id


def first_step(session: Session, case_type_code: str) -> ActivityStep | None:
    return session.scalar(
        select(ActivityStep)
        .join(ActivityWorkflow, ActivityWorkflow.code == ActivityStep.workflow_code)
        .join(CaseType, CaseType.workflow_code == ActivityWorkflow.code)
        .where(CaseType.code == case_type_code, ActivityWorkflow.active.is_(True))
        .order_by(ActivityStep.order_no)
        .limit(1)
    )


def schedule_first(session: Session, *, case_id: int, user: str) -> int | None:
    """Put the case type's workflow's first step on a new case; None when it has no workflow."""
    case = session.get(Case, case_id)
    step = first_step(session, case.case_type_code)
    if step is None:
        return None
    follow_up = new_follow_up(case, step, after=case.created_on, user=user)
    session.add(follow_up)
    session.flush()
    return follow_up.id


def new_follow_up(
    case: Case, step: ActivityStep, *, after: date, user: str, previous_id: int | None = None
) -> FollowUp:
    return FollowUp(
        case_id=case.id,
        step_id=step.id,
        description=step.description,
        due_date=next_due_date(step.date_formula, after=after),
        responsible_employee_id=responsible_for(case, step.employee_function),
        status=OPEN,
        source="workflow",
        previous_id=previous_id,
        created_at=now(),
        created_by=user,
    )


def schedule_missing(session: Session, *, user: str) -> int:
    """Give every active case with a workflow and no follow-up its first step (after an import
    or demo data that bypassed case creation). Returns how many were put on."""
    firsts = {}
    for case_type in session.scalars(select(CaseType).where(CaseType.workflow_code.is_not(None))):
        step = first_step(session, case_type.code)
        if step is not None:
            firsts[case_type.code] = step
    if not firsts:
        return 0
    has_follow_up = select(FollowUp.id).where(FollowUp.case_id == Case.id).exists()
    cases = session.scalars(
        select(Case).where(Case.status == "active", Case.case_type_code.in_(firsts), ~has_follow_up)
    ).all()
    rows = [
        _row(new_follow_up(c, firsts[c.case_type_code], after=c.created_on, user=user))
        for c in cases
    ]
    for start in range(0, len(rows), 5000):
        session.execute(insert(FollowUp), rows[start : start + 5000])
    return len(rows)


def _row(follow_up: FollowUp) -> dict:
    columns = FollowUp.__table__.columns.keys()
    return {k: getattr(follow_up, k) for k in columns if k != "id"}


def _rows_query():
    employee = aliased(Employee)
    return (
        select(
            FollowUp.id,
            FollowUp.case_id,
            Case.no,
            FollowUp.description,
            FollowUp.due_date,
            FollowUp.status,
            employee.initials,
            ActivityStep.code,
            FollowUp.executed_on,
            FollowUp.executed_by,
            FollowUp.result,
            FollowUp.letter_path,
        )
        .join(Case, Case.id == FollowUp.case_id)
        .outerjoin(employee, employee.id == FollowUp.responsible_employee_id)
        .outerjoin(ActivityStep, ActivityStep.id == FollowUp.step_id)
    )


def case_follow_ups(session: Session, *, case_id: int) -> list[FollowUpRow]:
    """The case card's Follow-ups tab: open first (by due date), then executed, newest first."""
    rows = session.execute(
        _rows_query()
        .where(FollowUp.case_id == case_id)
        .order_by((FollowUp.status != OPEN), FollowUp.due_date, FollowUp.id)
    )
    return [FollowUpRow(*row) for row in rows]


def employee_ids_of_user(session: Session, user: str) -> list[int]:
    lowered = user.lower()
    return list(
        session.scalars(
            select(Employee.id).where(
                or_(func.lower(Employee.login) == lowered, func.lower(Employee.initials) == lowered)
            )
        )
    )


def _of_activity(query, activity: ActivityFilter):
    if activity is ALL_ACTIVITIES:
        return query
    if activity is None:
        return query.where(FollowUp.step_id.is_(None))
    return query.where(FollowUp.step_id == activity)


def _filtered(query, *, view: View, as_of: date, employee_ids: list[int] | None):
    if view == "to_do":
        query = query.where(FollowUp.status == OPEN)
    elif view == "due":
        query = query.where(FollowUp.status == OPEN, FollowUp.due_date <= as_of)
    else:
        query = query.where(FollowUp.status != OPEN)
    if employee_ids is not None:
        query = query.where(FollowUp.responsible_employee_id.in_(employee_ids or [-1]))
    return query


def overview(
    session: Session,
    *,
    view: View,
    as_of: date,
    user: str | None = None,
    limit: int = 1000,
    activity: ActivityFilter = ALL_ACTIVITIES,
) -> list[FollowUpRow]:
    """The Follow-ups page: ``to_do`` (open), ``due`` (open, due by as_of) or ``done``;
    ``user`` limits it to that user's follow-ups (Mine); ``activity`` to one activity's
    (a step id, or None for the follow-ups without an activity)."""
    employee_ids = employee_ids_of_user(session, user) if user else None
    query = _filtered(_rows_query(), view=view, as_of=as_of, employee_ids=employee_ids)
    query = _of_activity(query, activity)
    if view == "done":
        query = query.order_by(FollowUp.executed_at.desc(), FollowUp.id.desc())
    else:
        query = query.order_by(FollowUp.due_date, Case.no, FollowUp.id)
    return [FollowUpRow(*row) for row in session.execute(query.limit(limit))]


@dataclass(frozen=True)
class ActivityGroup:
    """One line of the grouped overview (Sagsopfølgning Oversigt): an activity and how many of
    its follow-ups are to do and due. ``step_id`` None gathers follow-ups without an activity
    (a missed instalment, a note to self): they are done one by one, never mass-executed."""

    step_id: int | None
    workflow_code: str | None
    code: str | None
    description: str
    to_do: int
    due: int


def activity_groups(
    session: Session, *, as_of: date, user: str | None = None
) -> list[ActivityGroup]:
    """The open follow-ups counted per activity (``to_do`` all open, ``due`` due by as_of)."""
    employee_ids = employee_ids_of_user(session, user) if user else None
    due = func.sum(sql_case((FollowUp.due_date <= as_of, 1), else_=0))
    query = _filtered(
        select(
            FollowUp.step_id,
            ActivityStep.workflow_code,
            ActivityStep.code,
            func.min(func.coalesce(ActivityStep.description, FollowUp.description)),
            func.count(FollowUp.id),
            due,
        ).outerjoin(ActivityStep, ActivityStep.id == FollowUp.step_id),
        view="to_do",
        as_of=as_of,
        employee_ids=employee_ids,
    ).group_by(FollowUp.step_id, ActivityStep.workflow_code, ActivityStep.code)
    groups = [
        ActivityGroup(step_id, workflow, code, text, int(to_do), int(due_count or 0))
        for step_id, workflow, code, text, to_do, due_count in session.execute(query)
    ]
    # activities in workflow order; the follow-ups without an activity last
    return sorted(groups, key=lambda g: (g.step_id is None, g.workflow_code or "", g.code or ""))


def overview_counts(session: Session, *, as_of: date, user: str | None = None) -> FollowUpCounts:
    employee_ids = employee_ids_of_user(session, user) if user else None
    counts = {}
    for view in ("to_do", "due", "done"):
        query = _filtered(
            select(func.count(FollowUp.id)), view=view, as_of=as_of, employee_ids=employee_ids
        )
        counts[view] = session.scalar(query)
    return FollowUpCounts(**counts)


def due_follow_up_ids(
    session: Session,
    *,
    as_of: date,
    user: str | None = None,
    activity: ActivityFilter = ALL_ACTIVITIES,
) -> list[int]:
    """What a mass run executes: open follow-ups due by ``as_of``, in case order (of one
    activity when ``activity`` is a step id)."""
    employee_ids = employee_ids_of_user(session, user) if user else None
    query = _filtered(
        select(FollowUp.id).join(Case, Case.id == FollowUp.case_id),
        view="due",
        as_of=as_of,
        employee_ids=employee_ids,
    ).where(FollowUp.step_id.is_not(None))
    query = _of_activity(query, activity)
    return list(session.scalars(query.order_by(Case.no, FollowUp.due_date, FollowUp.id)))


def resume(session: Session, *, follow_up_id: int, user: str) -> FollowUpChanged:
    """Genoptag: an executed or cancelled follow-up is open again; the one scheduled after it is
    withdrawn. A posted fee stays posted (entries never change; reverse it in the case)."""
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFound("Fremnoteringen findes ikke.")
    if follow_up.status == OPEN:
        raise Conflict("Fremnoteringen er ikke udført og kan derfor ikke genoptages.")
    changed = [follow_up.id]
    for successor in session.scalars(
        select(FollowUp).where(FollowUp.previous_id == follow_up.id, FollowUp.status == OPEN)
    ):
        successor.status = CANCELLED
        successor.result = "Annulleret, fordi den forrige aktivitet blev genoptaget"
        changed.append(successor.id)
    previous_result = follow_up.result
    follow_up.status = OPEN
    follow_up.result = None
    follow_up.executed_at = follow_up.executed_on = follow_up.executed_by = None
    history.record(
        session,
        case_id=follow_up.case_id,
        user=user,
        kind="info",
        action=f"Fremnotering genoptaget: {follow_up.description}",
        detail=previous_result,
    )
    session.flush()
    return FollowUpChanged(follow_up.case_id, tuple(changed))


def create_for_missed_instalments(session: Session, *, as_of: date, user: str) -> int:
    """A follow-up (afdragsrykker) per missed payment-plan instalment, once per instalment."""
    try:
        from caplegal_desktop.services.payment_plans import missed_instalments
    except ImportError:  # the payment-plan feature is not in this build
        return 0
    created = 0
    for missed in missed_instalments(session, as_of=as_of):
        reference = f"plan:{missed.plan_id}:period:{missed.period_no}"
        if session.scalar(select(FollowUp.id).where(FollowUp.reference == reference)):
            continue
        case = session.get(Case, missed.case_id)
        session.add(
            FollowUp(
                case_id=missed.case_id,
                description=(
                    f"Betalingsplan {missed.plan_no}: afdrag {missed.period_no} "
                    f"({missed.due_date:%d-%m-%Y}) mangler"
                ),
                due_date=as_of,
                responsible_employee_id=responsible_for(case, None),
                status=OPEN,
                source="payment_plan",
                reference=reference,
                created_at=now(),
                created_by=user,
            )
        )
        history.record(
            session,
            case_id=missed.case_id,
            user=user,
            kind="info",
            action=f"Fremnotering: afdrag {missed.period_no} på betalingsplan {missed.plan_no} "
            "er ikke betalt",
        )
        created += 1
    session.flush()
    return created


def step_rule(row: ActivityStep) -> StepRule:
    return StepRule(
        code=row.code,
        description=row.description,
        order_no=row.order_no,
        date_formula=row.date_formula,
        conditions=row.conditions,
        payment_days=row.payment_days,
        min_payment_days=row.min_payment_days,
        min_legal_days=row.min_legal_days,
        after_previous_deadline=row.after_previous_deadline,
        legal_rule=row.legal_rule,
    )


def workflow_problems(session: Session, *, code: str) -> list[str]:
    """Every setup problem of a workflow (Danish), e.g. a notice giving less than 10 days."""
    steps = session.scalars(
        select(ActivityStep)
        .where(ActivityStep.workflow_code == code)
        .order_by(ActivityStep.order_no)
    ).all()
    if not steps:
        raise NotFound(f"Aktivitetsforløbet {code} findes ikke eller har ingen aktiviteter.")
    return validate_steps([step_rule(s) for s in steps])
