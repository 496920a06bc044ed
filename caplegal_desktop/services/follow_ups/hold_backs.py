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

from models import CaseParty, Party, PaymentPlan

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
FLAGGED_DEBTOR_MSG = "OBS: {parties}. "
FLAG_WORDS = (
    ("in_debt_restructuring", "gældssanering"),
    ("deceased", "afdød"),
    ("in_bankruptcy", "konkurs"),
)


def flagged_debtors(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    """Not a hold-back but a warning the run log puts before the case's line: a debtor in debt
    restructuring, deceased or bankrupt is collected from by other rules (party card flags)."""
    ids = sorted(set(case_ids))
    found: dict[int, list[str]] = {}
    flagged = Party.in_debt_restructuring | Party.deceased | Party.in_bankruptcy
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(CaseParty.case_id, Party)
            .join(Party, Party.id == CaseParty.party_id)
            .where(
                CaseParty.case_id.in_(ids[start : start + _CHUNK]),
                CaseParty.party_type == "DEBITOR",
                CaseParty.removed.is_(False),
                flagged,
            )
            .order_by(CaseParty.id)
        )
        for case_id, party in rows:
            words = ", ".join(word for attr, word in FLAG_WORDS if getattr(party, attr))
            found.setdefault(case_id, []).append(f"debitor {party.name} ({party.no}): {words}")
    return {
        case_id: FLAGGED_DEBTOR_MSG.format(parties="; ".join(lines))
        for case_id, lines in found.items()
    }


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
