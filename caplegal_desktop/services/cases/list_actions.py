"""The case list's actions: favourite, and delete a case that was created by mistake.

A case's history rows are removed with it (case_history.case_id cascades and cannot point at a
case that no longer exists), so a case may only be deleted while nothing with a financial or
legal trace exists on it: no ledger entries, journal lines, payment plans, fundaments, letters
from activity runs or matched bank payments. The deletion itself goes to the application log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound
from caplegal_desktop.services.cases import actions as case_actions
from caplegal_desktop.services.master_data import Deleted
from models import (
    ActivityRunItem,
    Case,
    Fundament,
    JournalLine,
    LedgerEntry,
    PaymentPlan,
    SuspensePayment,
)

log = logging.getLogger(__name__)
CASE_NOT_DELETABLE = "Sagen har bogførte poster og kan ikke slettes. Luk sagen i stedet."


@dataclass(frozen=True)
class Favourite:
    case_no: str
    favourite: bool
    text: str  # Danish, for the status bar


def case_delete_blockers(session: Session, *, case_id: int) -> list[str]:
    """What keeps the case from being deleted (Danish, empty when it may go)."""
    checks = (
        (select(LedgerEntry.id).where(LedgerEntry.case_id == case_id), "bogførte poster"),
        (select(JournalLine.id).where(JournalLine.case_id == case_id), "kladdelinjer"),
        (select(PaymentPlan.id).where(PaymentPlan.case_id == case_id), "betalingsplaner"),
        (select(Fundament.id).where(Fundament.case_id == case_id), "fundamenter"),
        (select(ActivityRunItem.id).where(ActivityRunItem.case_id == case_id), "sendte breve"),
        (
            select(SuspensePayment.id).where(SuspensePayment.resolved_case_id == case_id),
            "indbetalinger fra bankfiler",
        ),
    )
    return [text for query, text in checks if session.scalar(query.limit(1)) is not None]


def toggle_favourite(session: Session, *, case_id: int, user: str) -> Favourite:
    """Mark the case as a favourite, or unmark it (with a history row, via case_actions)."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("Sagen findes ikke.")
    done = case_actions.set_favourite(
        session, case_id=case_id, favourite=not case.favourite, user=user
    )
    return Favourite(case.no, case.favourite, f"{case.no}: {done.action}.")


def delete_case(session: Session, *, case_id: int, user: str) -> Deleted:
    """Delete a case with nothing posted on it, with its claims, parties, notes and history.
    All or nothing: the caller's unit of work commits."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("Sagen findes ikke.")
    blockers = case_delete_blockers(session, case_id=case_id)
    if blockers:
        raise Conflict(f"{CASE_NOT_DELETABLE} (Sagen har {', '.join(blockers)}.)")
    case_no = case.no
    session.expunge(case)
    try:
        # the database removes claims, parties, notes, follow-ups and history (ON DELETE CASCADE)
        session.execute(delete(Case).where(Case.id == case_id))
        session.flush()
    except IntegrityError as exc:  # a table we do not know of still points at the case
        raise Conflict(CASE_NOT_DELETABLE) from exc
    log.info("Sag %s slettet af %s", case_no, user)
    return Deleted(case_no, f"Sag {case_no} er slettet.")
