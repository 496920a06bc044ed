"""Hold-backs of a mass run: cases a run must not send letters or fees to.

A hold-back is a predicate ``(session, case_ids) -> {case_id: reason}`` asked once per run for
every case of the run (one query each, not one per case). A case held back keeps its follow-up
open — it is not cancelled — so the workflow goes on by itself once the reason is gone; the run
logs it as skipped with the reason. Later checks (disputed, time-barred) are one more function in
``HOLD_BACKS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import PaymentPlan

HoldBack = Callable[[Session, Sequence[int]], dict[int, str]]
ACTIVE_PLAN_MSG = "Holdt tilbage: sagen har en aktiv betalingsplan ({plan_no})."
_CHUNK = 900  # SQLite's bound-parameter limit, with room


def active_payment_plan(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    """A debtor paying by an agreed plan gets no reminder or collection fee meanwhile; a missed
    instalment creates its own follow-up (schedule.create_for_missed_instalments)."""
    reasons: dict[int, str] = {}
    for start in range(0, len(case_ids), _CHUNK):
        rows = session.execute(
            select(PaymentPlan.case_id, PaymentPlan.no)
            .where(
                PaymentPlan.case_id.in_(case_ids[start : start + _CHUNK]),
                PaymentPlan.status == "active",
            )
            .order_by(PaymentPlan.id)
        )
        for case_id, plan_no in rows:
            reasons.setdefault(case_id, ACTIVE_PLAN_MSG.format(plan_no=plan_no))
    return reasons


HOLD_BACKS: tuple[HoldBack, ...] = (active_payment_plan,)


def held_back(
    session: Session, case_ids: Iterable[int], checks: Sequence[HoldBack] = HOLD_BACKS
) -> dict[int, str]:
    """The cases to hold back and why (the first reason found per case)."""
    ids = sorted(set(case_ids))
    reasons: dict[int, str] = {}
    for check in checks:
        for case_id, reason in check(session, ids).items():
            reasons.setdefault(case_id, reason)
    return reasons
