"""News the office shows on the portal's Översikt (the same for every client)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class PortalNews(Base):
    __tablename__ = "portal_news"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    shown_from: Mapped[date] = mapped_column(index=True)
    shown_until: Mapped[date | None]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    removed: Mapped[bool] = mapped_column(default=False)
