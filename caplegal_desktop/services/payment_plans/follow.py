"""Follow-through: posted payments matched to the lines of active plans (paid, partly paid,
overdue), and the missed instalments the follow-up workflow acts on.

A payment counts for a plan when it is posted on the plan's case for one of its debtors (or for
no debtor in particular) after the debt was taken over: dated after the plan's start date, or on
that day but posted after the plan was created. Corrections net against the entry they reverse.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caplegal_desktop.errors import NotFound
from caplegal_desktop.services.payment_plans.store import PLAN_NOT_FOUND_ERR
from models import Case, LedgerEntry, PaymentPlan
from models.enums import EntryType
from models.money import ZERO
from workflows.payment_plan import PlanFollowUp, follow_up


@dataclass(frozen=True)
class MissedInstalment:
    """An instalment past due and not fully paid (afdragsrykker)."""

    plan_id: int
    plan_no: str
    case_id: int
    case_no: str
    debtor_party_ids: tuple[int, ...]
    period_no: int
    due_date: date
    instalment: Decimal
    paid: Decimal
    outstanding: Decimal


def plan_follow_up(session: Session, *, plan_no: str, as_of: date) -> PlanFollowUp:
    plan = session.scalars(
        select(PaymentPlan)
        .where(PaymentPlan.no == plan_no)
        .options(selectinload(PaymentPlan.lines), selectinload(PaymentPlan.debtors))
    ).one_or_none()
    if plan is None:
        raise NotFound(PLAN_NOT_FOUND_ERR.format(no=plan_no))
    payments = _payments_by_case(session, [plan.case_id], as_of)
    return follow_up(plan.lines, _payments_for(plan, payments[plan.case_id]), as_of=as_of)


def missed_instalments(session: Session, *, as_of: date) -> list[MissedInstalment]:
    """Every active plan's instalments that were due before ``as_of`` and are not fully paid."""
    plans = session.scalars(
        select(PaymentPlan)
        .where(PaymentPlan.status == "active")
        .options(selectinload(PaymentPlan.lines), selectinload(PaymentPlan.debtors))
        .order_by(PaymentPlan.id)
    ).all()
    if not plans:
        return []
    case_ids = sorted({plan.case_id for plan in plans})
    case_nos = dict(session.execute(select(Case.id, Case.no).where(Case.id.in_(case_ids))).all())
    payments = _payments_by_case(session, case_ids, as_of)
    missed = []
    for plan in plans:
        result = follow_up(plan.lines, _payments_for(plan, payments[plan.case_id]), as_of=as_of)
        debtors = tuple(d.party_id for d in plan.debtors)
        missed += [
            MissedInstalment(
                plan_id=plan.id,
                plan_no=plan.no,
                case_id=plan.case_id,
                case_no=case_nos[plan.case_id],
                debtor_party_ids=debtors,
                period_no=line.period_no,
                due_date=line.due_date,
                instalment=line.instalment,
                paid=line.paid,
                outstanding=line.outstanding,
            )
            for line in result.missed
        ]
    return missed


def _payments_by_case(session: Session, case_ids: list[int], as_of: date) -> dict[int, list]:
    rows = session.execute(
        select(
            LedgerEntry.id,
            LedgerEntry.case_id,
            LedgerEntry.debtor_party_id,
            LedgerEntry.posting_date,
            LedgerEntry.posted_at,
            LedgerEntry.amount,
            LedgerEntry.reverses_entry_id,
        ).where(
            LedgerEntry.case_id.in_(case_ids),
            LedgerEntry.entry_type == EntryType.PAYMENT.value,
            LedgerEntry.posting_date <= as_of,
        )
    ).all()
    net: dict[int, list] = {}
    for entry_id, case_id, debtor, day, posted_at, amount, reverses in sorted(rows):
        if reverses is not None and reverses in net:
            net[reverses][5] += amount
        else:
            net[entry_id] = [case_id, debtor, day, posted_at, entry_id, amount]
    by_case: dict[int, list] = defaultdict(list)
    for case_id, debtor, day, posted_at, _entry_id, amount in net.values():
        if amount > ZERO:
            by_case[case_id].append((debtor, day, posted_at, amount))
    return by_case


def _payments_for(plan: PaymentPlan, payments: Iterable) -> list[tuple[date, Decimal]]:
    debtors = {d.party_id for d in plan.debtors}
    return [
        (day, amount)
        for debtor, day, posted_at, amount in payments
        if (debtor is None or debtor in debtors)
        and (day > plan.start_date or (day == plan.start_date and posted_at >= plan.created_at))
    ]
