"""What a case type brings to a new case: its team (the wizard's first step fills it in)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models import CaseType


def case_type_team(session: Session, *, code: str) -> str | None:
    case_type = session.get(CaseType, (code or "").strip().upper())
    return case_type.team if case_type is not None else None
