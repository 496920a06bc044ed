"""A case by its number: the one lookup every feature needs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound
from models import Case


def case_id_by_no(session: Session, case_no: str) -> int:
    """The case's id; a case outside the acting Klient user's scope (services.office) is
    answered exactly like one that does not exist."""
    found = session.execute(
        select(Case.id, Case.client_id, Case.department_id).where(Case.no == case_no)
    ).first()
    if found is None:
        raise NotFound(f"Sag {case_no} findes ikke.")
    actor = session.info.get("actor")  # an office Actor; shared cannot import office
    if actor is not None and not actor.sees_case(found.client_id, found.department_id):
        actor.refuse_case(session, case_no)
    return found.id
