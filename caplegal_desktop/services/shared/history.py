"""History rows: every change to a case says who, when and what."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models import CaseHistory


def record(
    session: Session,
    *,
    case_id: int,
    user: str,
    kind: str,
    action: str,
    detail: str | None = None,
    document_path: str | None = None,
) -> CaseHistory:
    row = CaseHistory(
        case_id=case_id,
        at=datetime.now().replace(microsecond=0),
        user=user,
        kind=kind,
        action=action,
        detail=detail,
        document_path=document_path,
    )
    session.add(row)
    return row
