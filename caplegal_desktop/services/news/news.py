"""Writing and reading the portal's news; only a user with setup.write writes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from models import PortalNews

MAX_TEXT = 1000


@dataclass(frozen=True)
class NewsItem:
    id: int
    text: str
    shown_from: date
    shown_until: date | None

    def to_json_dict(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "shown_from": self.shown_from.isoformat(),
            "shown_until": self.shown_until.isoformat() if self.shown_until else None,
        }


def add_news(
    session: Session,
    *,
    text: str,
    user: str,
    shown_from: date | None = None,
    shown_until: date | None = None,
) -> NewsItem:
    office.require(session, office.SETUP_WRITE, target="portalnyheder")
    text = (text or "").strip()
    shown_from = shown_from or date.today()
    problems = []
    if not text:
        problems.append(Problem("tekst", "Skriv nyhedens tekst."))
    elif len(text) > MAX_TEXT:
        problems.append(Problem("tekst", f"Nyheden må højst være {MAX_TEXT} tegn."))
    if shown_until is not None and shown_until < shown_from:
        problems.append(Problem("til", "Slutdatoen ligger før startdatoen."))
    if problems:
        raise ValidationError(problems)
    row = PortalNews(
        text=text,
        shown_from=shown_from,
        shown_until=shown_until,
        created_at=datetime.now().replace(microsecond=0),
        created_by=user[:50],
        removed=False,
    )
    session.add(row)
    session.flush()
    return _item(row)


def remove_news(session: Session, *, news_id: int) -> None:
    office.require(session, office.SETUP_WRITE, target=f"portalnyhed {news_id}")
    row = session.get(PortalNews, news_id)
    if row is None or row.removed:
        raise NotFound(f"Nyhed {news_id} findes ikke.")
    row.removed = True  # kept, so what the clients were told stays on record
    session.flush()


def current_news(session: Session, *, today: date, limit: int = 5) -> list[NewsItem]:
    """The news shown on `today`, newest first."""
    rows = session.scalars(
        select(PortalNews)
        .where(
            PortalNews.removed.is_(False),
            PortalNews.shown_from <= today,
            or_(PortalNews.shown_until.is_(None), PortalNews.shown_until >= today),
        )
        .order_by(PortalNews.shown_from.desc(), PortalNews.id.desc())
        .limit(limit)
    )
    return [_item(row) for row in rows]


def _item(row: PortalNews) -> NewsItem:
    return NewsItem(row.id, row.text, row.shown_from, row.shown_until)
