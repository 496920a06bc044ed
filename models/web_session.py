"""The portal's signed-in browser sessions, shared by every server process: the cookie holds a
random id and the row is keyed by its SHA-256, so the table never holds a usable cookie."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class WebSession(Base):
    __tablename__ = "portal_web_session"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 hex of the cookie
    csrf: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="CASCADE"), index=True
    )
    actor: Mapped[str | None] = mapped_column(Text)  # JSON of the actor signed in, else NULL
    language: Mapped[str] = mapped_column(String(5), default="da")
    language_chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    last_seen: Mapped[datetime]
    __table_args__ = (Index("ix_portal_web_session_last_seen", "last_seen"),)
