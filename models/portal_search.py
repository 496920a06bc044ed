"""What the portal keeps per user: each search run with its criteria (Tidigare sökningar) and the
user's own favourite cases (Favoriter) — per user, unlike the desk's one shared flag on the case."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class SavedSearch(Base):
    __tablename__ = "portal_saved_search"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    run_at: Mapped[datetime]
    criteria: Mapped[str] = mapped_column(Text)  # JSON of the filled-in fields only
    hits: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (Index("ix_portal_saved_search_user_run", "user_id", "run_at"),)


class FavouriteCase(Base):
    __tablename__ = "portal_favourite_case"
    user_id: Mapped[int] = mapped_column(
        ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    marked_at: Mapped[datetime]
