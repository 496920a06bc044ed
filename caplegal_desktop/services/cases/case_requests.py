"""Henvendelser: requests on cases waiting for their handler — a client's recall, a message to
the handler (and, once the portal lands, requests from the portal) — until completed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from caplegal_desktop.services import office
from caplegal_desktop.services.cases.actions import CaseActionDone, complete_request
from models import Case, CaseRequest, Client, Employee


@dataclass(frozen=True)
class RequestRow:
    id: int
    case_id: int
    case_no: str
    client_name: str
    kind: str
    text: str
    handler: str | None  # initials
    requested_at: datetime
    requested_by: str
    completed_at: datetime | None
    completed_by: str | None


def case_requests(session: Session, *, include_completed: bool = False) -> list[RequestRow]:
    """Open requests, oldest first (with the completed ones after them when asked)."""
    handler = aliased(Employee)
    query = (
        select(
            CaseRequest.id,
            CaseRequest.case_id,
            Case.no,
            Client.name,
            CaseRequest.kind,
            CaseRequest.text,
            handler.initials,
            CaseRequest.requested_at,
            CaseRequest.requested_by,
            CaseRequest.completed_at,
            CaseRequest.completed_by,
        )
        .join(Case, Case.id == CaseRequest.case_id)
        .join(Client, Client.id == Case.client_id)
        .outerjoin(handler, handler.id == CaseRequest.handler_employee_id)
        .order_by(CaseRequest.completed_at.is_not(None), CaseRequest.requested_at, CaseRequest.id)
    )
    scope = office.case_scope(office.require(session, office.CASE_READ), Case)
    if scope is not None:
        query = query.where(scope)
    if not include_completed:
        query = query.where(CaseRequest.completed_at.is_(None))
    return [RequestRow(*row) for row in session.execute(query)]


def open_request_count(session: Session) -> int:
    return session.scalar(
        select(func.count(CaseRequest.id)).where(CaseRequest.completed_at.is_(None))
    )


def complete(session: Session, *, request_id: int, user: str) -> CaseActionDone:
    """Afslut: the handler completes the request; a completed recall closes the case."""
    return complete_request(session, request_id=request_id, user=user)
