"""Förfrågningar: the client and the office talk on a case in threads (a message, a recall, a
question either side asks). A thread is open while the side that opened it waits, answered once
the other side wrote last, closed by the office. `waiting_for` names the side expected to write
next; the desk's cue counts the threads waiting for the office.

The side is the acting user's: a Klient user (scoped) writes as the client, staff as the office.
A thread on a case outside the user's scope answers exactly like one that does not exist. On
PostgreSQL every new message is told to listening seats (NOTIFY caplegal_changes, 0013_preq).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.cases.actions import complete_request
from caplegal_desktop.services.shared import history
from caplegal_desktop.services.shared.thread_store import (
    ANSWERED,
    CLIENT,
    CLOSED,
    KINDS,
    OFFICE,
    OPEN,
    STATUSES,
    add_message,
    close_for_request,
    mark_closed,
    new_thread,
    thread_for_request,
)
from models import Case, CaseRequest, Client, Employee, RequestMessage, RequestThread

MAX_TEXT = 4000
NO_SUCH_THREAD = "Forespørgslen findes ikke."

__all__ = [
    "ANSWERED",
    "CLIENT",
    "CLOSED",
    "KINDS",
    "OFFICE",
    "OPEN",
    "STATUSES",
    "ThreadMessage",
    "ThreadRow",
    "ThreadView",
    "answer",
    "close_for_request",
    "thread_for_request",
    "ask_client",
    "close_thread",
    "list_threads",
    "open_thread",
    "post_message",
    "thread",
    "threads_stamp",
    "waiting_for_office_count",
]


@dataclass(frozen=True)
class ThreadRow:
    id: int
    case_id: int
    case_no: str
    client_name: str
    kind: str
    status: str
    waiting_for: str | None
    opened_by_side: str
    opened_at: datetime
    opened_by: str
    last_message_at: datetime
    handler: str | None  # initials
    closed_at: datetime | None
    first_text: str
    last_text: str


@dataclass(frozen=True)
class ThreadMessage:
    id: int
    side: str
    author: str
    written_at: datetime
    text: str


@dataclass(frozen=True)
class ThreadView:
    row: ThreadRow
    messages: tuple[ThreadMessage, ...]


def _side(actor) -> str:
    return CLIENT if actor.is_scoped else OFFICE


def _writer(session: Session, case_id: int):
    """The acting user may write on the case: the client through the portal, the office with
    case.write; a case outside the scope answers like one that does not exist."""
    actor = office.require_case(session, case_id, permission=office.CASE_READ)
    office.require(session, office.PORTAL_USE if actor.is_scoped else office.CASE_WRITE)
    return actor


def _clean_text(text: str, field: str = "tekst") -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(Problem(field, "Skriv en tekst."))
    if len(text) > MAX_TEXT:
        raise ValidationError(Problem(field, f"Teksten er for lang (højst {MAX_TEXT} tegn)."))
    return text


def open_thread(session: Session, *, case_id: int, kind: str, text: str, user: str) -> int:
    """A new thread on the case, written by the acting user's side; its id."""
    actor = _writer(session, case_id)
    text = _clean_text(text)
    side = _side(actor)
    row = new_thread(session, case_id=case_id, kind=kind, side=side, text=text, user=user)
    who = "Klienten" if side == CLIENT else "Kontoret"
    history.record(session, case_id=case_id, user=user, kind="info",
                   action=f"{who} har oprettet en forespørgsel", detail=text)  # fmt: skip
    return row.id


def ask_client(
    session: Session, *, case_id: int, text: str, user: str, kind: str = "question"
) -> int:
    """The office asks the client on the case (e.g. about an objection); the thread's id. The
    client sees it in the portal's Förfrågningar, waiting for their answer."""
    actor = office.require_case(session, case_id, permission=office.CASE_WRITE)
    if actor.is_scoped:
        raise office.AccessDenied("Kun kontoret kan stille klienten et spørgsmål.")
    text = _clean_text(text)
    row = new_thread(session, case_id=case_id, kind=kind, side=OFFICE, text=text, user=user)
    history.record(session, case_id=case_id, user=user, kind="info",
                   action="Spørgsmål til klienten", detail=text)  # fmt: skip
    return row.id


def _thread_in_scope(session: Session, thread_id: int) -> RequestThread:
    row = session.get(RequestThread, thread_id)
    if row is None:
        raise NotFound(NO_SUCH_THREAD)
    actor = office.require(session, office.CASE_READ)
    if actor.is_scoped:
        case = session.get(Case, row.case_id)
        if case is None or not office.case_in_scope(actor, case.client_id, case.department_id):
            office.refuse(session, actor, NO_SUCH_THREAD, permission=office.CASE_READ,
                          target=f"forespørgsel {thread_id}", error=NotFound)  # fmt: skip
    return row


def post_message(session: Session, *, thread_id: int, text: str, user: str) -> None:
    """A reply in the thread from the acting user's side; a closed thread takes no replies."""
    row = _thread_in_scope(session, thread_id)
    actor = _writer(session, row.case_id)
    text = _clean_text(text)
    if row.status == CLOSED:
        raise Conflict("Forespørgslen er lukket; opret en ny.")
    side = _side(actor)
    add_message(session, row, side, text, user)
    who = "Klienten" if side == CLIENT else "Kontoret"
    history.record(session, case_id=row.case_id, user=user, kind="info",
                   action=f"{who} har svaret på en forespørgsel", detail=text)  # fmt: skip
    session.flush()


def answer(session: Session, *, thread_id: int, text: str, user: str, close: bool = False) -> None:
    """The office's answer (the desk's Henvendelser page), and the thread closed when asked."""
    row = _thread_in_scope(session, thread_id)
    actor = office.require_case(session, row.case_id, permission=office.CASE_WRITE)
    if actor.is_scoped:
        raise office.AccessDenied("Kun kontoret kan besvare en forespørgsel.")
    post_message(session, thread_id=thread_id, text=text, user=user)
    if close:
        close_thread(session, thread_id=thread_id, user=user)


def close_thread(session: Session, *, thread_id: int, user: str) -> str:
    """The office closes the thread; a thread standing on a case request completes it (a
    completed recall closes the case). What was done, in Danish."""
    row = _thread_in_scope(session, thread_id)
    actor = office.require_case(session, row.case_id, permission=office.CASE_WRITE)
    if actor.is_scoped:
        raise office.AccessDenied("Kun kontoret kan lukke en forespørgsel.")
    if row.status == CLOSED:
        raise Conflict("Forespørgslen er allerede lukket.")
    mark_closed(row, user)
    request = session.get(CaseRequest, row.case_request_id) if row.case_request_id else None
    if request is not None and request.completed_at is None:
        return complete_request(session, request_id=request.id, user=user).action
    history.record(session, case_id=row.case_id, user=user, kind="info",
                   action="Forespørgsel lukket")  # fmt: skip
    session.flush()
    return "Forespørgsel lukket"


def _rows_query(session: Session):
    handler = aliased(Employee)
    first = aliased(RequestMessage)
    last = aliased(RequestMessage)
    first_id = (
        select(func.min(RequestMessage.id))
        .where(RequestMessage.thread_id == RequestThread.id)
        .scalar_subquery()
    )
    last_id = (
        select(func.max(RequestMessage.id))
        .where(RequestMessage.thread_id == RequestThread.id)
        .scalar_subquery()
    )
    query = (
        select(
            RequestThread.id,
            RequestThread.case_id,
            Case.no,
            Client.name,
            RequestThread.kind,
            RequestThread.status,
            RequestThread.waiting_for,
            RequestThread.opened_by_side,
            RequestThread.opened_at,
            RequestThread.opened_by,
            RequestThread.last_message_at,
            handler.initials,
            RequestThread.closed_at,
            first.text,
            last.text,
        )
        .join(Case, Case.id == RequestThread.case_id)
        .join(Client, Client.id == Case.client_id)
        .outerjoin(
            handler,
            handler.id == func.coalesce(Case.handler_employee_id, Case.responsible_employee_id),
        )
        .join(first, first.id == first_id)
        .join(last, last.id == last_id)
    )
    scope = office.case_scope(office.require(session, office.CASE_READ), Case)
    if scope is not None:
        query = query.where(scope)
    return query


def list_threads(
    session: Session,
    *,
    status: str | None = None,
    include_closed: bool = False,
    case_id: int | None = None,
    limit: int = 500,
) -> list[ThreadRow]:
    """The user's threads: those waiting for the office first, then by last message, newest
    first. `status` picks one status; without it closed threads come only when asked."""
    query = _rows_query(session)
    if status is not None:
        if status not in STATUSES:
            raise ValidationError(Problem("status", "Ukendt status."))
        query = query.where(RequestThread.status == status)
    elif not include_closed:
        query = query.where(RequestThread.status != CLOSED)
    if case_id is not None:
        query = query.where(RequestThread.case_id == case_id)
    query = query.order_by(
        RequestThread.status == CLOSED,
        func.coalesce(RequestThread.waiting_for, "") != OFFICE,
        RequestThread.last_message_at,
        RequestThread.id,
    ).limit(max(1, min(limit, 5000)))
    return [ThreadRow(*row) for row in session.execute(query)]


def thread(session: Session, *, thread_id: int) -> ThreadView:
    """One thread with its messages, oldest first."""
    _thread_in_scope(session, thread_id)
    found = session.execute(_rows_query(session).where(RequestThread.id == thread_id)).first()
    if found is None:
        raise NotFound(NO_SUCH_THREAD)
    messages = session.execute(
        select(
            RequestMessage.id,
            RequestMessage.side,
            RequestMessage.author,
            RequestMessage.written_at,
            RequestMessage.text,
        )
        .where(RequestMessage.thread_id == thread_id)
        .order_by(RequestMessage.id)
    )
    return ThreadView(ThreadRow(*found), tuple(ThreadMessage(*m) for m in messages))


def waiting_for_office_count(session: Session) -> int:
    """Threads waiting for the office (the desk's cue), within the user's scope."""
    query = (
        select(func.count(RequestThread.id))
        .join(Case, Case.id == RequestThread.case_id)
        .where(RequestThread.waiting_for == OFFICE)
    )
    scope = office.case_scope(office.require(session, office.CASE_READ), Case)
    if scope is not None:
        query = query.where(scope)
    return session.scalar(query) or 0


def threads_stamp(session: Session, *, thread_id: int | None = None) -> str:
    """A short text that changes whenever a message is added or a thread changes status within
    the user's scope (or in one thread): the portal's page polls it to know when to reload."""
    query = select(
        func.count(RequestMessage.id),
        func.max(RequestMessage.id),
        func.count(func.distinct(RequestThread.closed_at)),
    ).join(RequestThread, RequestThread.id == RequestMessage.thread_id)
    query = query.join(Case, Case.id == RequestThread.case_id)
    if thread_id is not None:
        _thread_in_scope(session, thread_id)
        query = query.where(RequestThread.id == thread_id)
    scope = office.case_scope(office.require(session, office.CASE_READ), Case)
    if scope is not None:
        query = query.where(scope)
    count, last, closed = session.execute(query).one()
    return f"{count}-{last or 0}-{closed}"
