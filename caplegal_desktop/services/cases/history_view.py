"""Historik as the card shows it: newest first, a page at a time, filtered by type, each line
with the document it refers to (an attached file, the merged letter, a statement PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.services import office
from models import CaseHistory

PAGE_SIZE = 100


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: datetime
    user: str
    kind: str
    action: str
    detail: str | None
    document_path: str | None


@dataclass(frozen=True)
class HistoryPage:
    rows: tuple[HistoryRow, ...]
    total: int  # lines of this type in all
    page: int  # 0-based
    pages: int
    kinds: tuple[str, ...]  # every type the case's history has (for the filter)


def history_page(
    session: Session,
    *,
    case_id: int,
    kind: str | None = None,
    page: int = 0,
    page_size: int = PAGE_SIZE,
) -> HistoryPage:
    office.require_case(session, case_id)
    where = [CaseHistory.case_id == case_id]
    if kind:
        where.append(CaseHistory.kind == kind)
    total = session.scalar(select(func.count(CaseHistory.id)).where(*where)) or 0
    pages = max(1, -(-total // page_size))
    page = min(max(page, 0), pages - 1)
    rows = session.execute(
        select(
            CaseHistory.id,
            CaseHistory.at,
            CaseHistory.user,
            CaseHistory.kind,
            CaseHistory.action,
            CaseHistory.detail,
            CaseHistory.document_path,
        )
        .where(*where)
        .order_by(CaseHistory.at.desc(), CaseHistory.id.desc())
        .offset(page * page_size)
        .limit(page_size)
    )
    kinds = session.scalars(
        select(CaseHistory.kind).where(CaseHistory.case_id == case_id).distinct()
    ).all()
    return HistoryPage(
        tuple(HistoryRow(*row) for row in rows), total, page, pages, tuple(sorted(kinds))
    )
