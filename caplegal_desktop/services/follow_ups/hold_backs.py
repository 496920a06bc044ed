"""Hold-backs of a mass run: cases a run must not send letters or fees to.

A hold-back is a predicate ``(session, case_ids) -> {case_id: reason}`` asked once per run for
every case of the run (one query each, not one per case). A case held back keeps its follow-up
open — it is not cancelled — so the workflow goes on by itself once the reason is gone; the run
logs it as skipped with the reason. An open objection (disputed) and a time-barred claim are
two more such functions (issue 18); the time-barred one is asked as of the run's letter date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services import limitation
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


def disputed(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    """An open objection (indsigelse) pauses the case: no letter, fee or court step
    (services/limitation/objections.py)."""
    return limitation.disputed_reasons(session, case_ids)


def time_barred(
    session: Session, case_ids: Sequence[int], as_of: date | None = None
) -> dict[int, str]:
    """A time-barred claim is never demanded (services/limitation, docs/limitation.md)."""
    return limitation.time_barred_reasons(session, case_ids, as_of=as_of)


time_barred.takes_as_of = True  # held_back passes the run's letter date

HOLD_BACKS: tuple[HoldBack, ...] = (active_payment_plan, disputed, time_barred)
# What even a single execution refuses (an active plan holds back only the mass run)
LEGAL_HOLD_BACKS: tuple[HoldBack, ...] = (disputed, time_barred)


def held_back(
    session: Session,
    case_ids: Iterable[int],
    checks: Sequence[HoldBack] = HOLD_BACKS,
    *,
    as_of: date | None = None,
) -> dict[int, str]:
    """The cases to hold back and why (the first reason found per case)."""
    ids = sorted(set(case_ids))
    reasons: dict[int, str] = {}
    for check in checks:
        found = (
            check(session, ids, as_of=as_of)
            if getattr(check, "takes_as_of", False)
            else check(session, ids)
        )
        for case_id, reason in found.items():
            reasons.setdefault(case_id, reason)
    return reasons
