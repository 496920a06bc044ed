"""A case by its number: the one lookup every feature needs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound
from models import Case


def case_id_by_no(session: Session, case_no: str) -> int:
    case_id = session.scalar(select(Case.id).where(Case.no == case_no))
    if case_id is None:
        raise NotFound(f"Sag {case_no} findes ikke.")
    return case_id
