"""The rows of the request threads (Förfrågningar), below both the case actions, which open a
thread for each case request they make, and the thread service (request_threads), which checks
who may read and write them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from models import CaseRequest, RequestMessage, RequestThread

CLIENT, OFFICE = "client", "office"
OPEN, ANSWERED, CLOSED = "open", "answered", "closed"
STATUSES = (OPEN, ANSWERED, CLOSED)
KINDS = ("message", "question", "recall")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def add_message(session: Session, thread: RequestThread, side: str, text: str, user: str) -> None:
    now = _now()
    session.add(
        RequestMessage(thread_id=thread.id, side=side, author=user, written_at=now, text=text)
    )
    thread.last_message_at = now
    thread.status = OPEN if side == thread.opened_by_side else ANSWERED
    thread.waiting_for = OFFICE if side == CLIENT else CLIENT


def new_thread(session, *, case_id, kind, side, text, user, request_id=None) -> RequestThread:
    if kind not in KINDS:
        raise ValidationError(
            Problem("type", "Vælg en type: besked, spørgsmål eller tilbagekaldelse.")
        )
    now = _now()
    row = RequestThread(
        case_id=case_id,
        kind=kind,
        opened_by_side=side,
        status=OPEN,
        waiting_for=CLIENT if side == OFFICE else OFFICE,
        opened_at=now,
        opened_by=user,
        last_message_at=now,
        case_request_id=request_id,
    )
    session.add(row)
    session.flush()
    add_message(session, row, side, text, user)
    session.flush()
    return row


def thread_for_request(session: Session, request: CaseRequest) -> int:
    """The thread of a case request just made (a recall, a message to the handler): the
    client's, its text the first message. Called by the case actions that make requests."""
    session.flush()
    row = new_thread(
        session,
        case_id=request.case_id,
        kind=request.kind if request.kind in KINDS else "message",
        side=CLIENT,
        text=request.text,
        user=request.requested_by,
        request_id=request.id,
    )
    return row.id


def close_for_request(session: Session, *, request_id: int, user: str) -> None:
    """A case request completed elsewhere: its thread closes with it."""
    for row in session.scalars(
        select(RequestThread).where(
            RequestThread.case_request_id == request_id, RequestThread.status != CLOSED
        )
    ):
        mark_closed(row, user)


def mark_closed(row: RequestThread, user: str) -> None:
    row.status = CLOSED
    row.waiting_for = None
    row.closed_at = _now()
    row.closed_by = user
