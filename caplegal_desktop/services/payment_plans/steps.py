"""Small steps every payment-plan command shares: quote, status change, history, result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from caplegal_desktop.services.payment_plans.store import CalculatorInput, refused, request_for
from caplegal_desktop.services.shared import history
from models import PaymentPlan
from workflows.payment_plan import (
    PaymentPlanError,
    PlanAction,
    PlanQuote,
    PlanStatus,
    next_status,
    quote_plan,
)


@dataclass(frozen=True)
class PlanChanged:
    """What a command changed: the plan, its status, and plans it closed on the way."""

    plan_id: int
    plan_no: str
    case_id: int
    status: str
    closed_plan_nos: tuple[str, ...] = ()


def quote_items(items, calculator: CalculatorInput, *, today: date, setup) -> PlanQuote:
    try:
        return quote_plan(request_for(items, calculator, today=today, setup=setup), setup=setup)
    except PaymentPlanError as exc:
        raise refused(exc) from exc


def transition(plan: PaymentPlan, action: PlanAction) -> PlanStatus:
    try:
        return next_status(PlanStatus(plan.status), action)
    except PaymentPlanError as exc:
        raise refused(exc, "status") from exc


def close_row(session: Session, plan: PaymentPlan, user: str, action: str) -> None:
    transition(plan, PlanAction.CLOSE)
    plan.status = PlanStatus.CLOSED.value
    plan.closed_at, plan.closed_by = now(), user
    record(session, plan, user, action)


def record(session: Session, plan: PaymentPlan, user: str, action: str, detail: str | None = None):
    history.record(
        session, case_id=plan.case_id, user=user, kind="change", action=action, detail=detail
    )


def changed(plan: PaymentPlan, closed: Sequence[str] = ()) -> PlanChanged:
    return PlanChanged(plan.id, plan.no, plan.case_id, plan.status, tuple(closed))


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
