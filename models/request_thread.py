"""Förfrågningar: threads between the client and the office on a case (a message, a recall, a
question either side asks), each with its messages. A thread may stand on a case request (a
recall or a message the handler completes), which closing the thread completes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class RequestThread(Base):
    __tablename__ = "request_thread"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # message, recall, question
    opened_by_side: Mapped[str] = mapped_column(String(10))  # client, office
    status: Mapped[str] = mapped_column(String(10))  # open, answered, closed
    waiting_for: Mapped[str | None] = mapped_column(String(10))  # client, office; None: closed
    opened_at: Mapped[datetime]
    opened_by: Mapped[str] = mapped_column(String(100))
    last_message_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(100))
    case_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_request.id", ondelete="SET NULL")
    )

    __table_args__ = (Index("ix_request_thread_waiting", "waiting_for", "status"),)


class RequestMessage(Base):
    __tablename__ = "request_message"
    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("request_thread.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[str] = mapped_column(String(10))  # client, office
    author: Mapped[str] = mapped_column(String(100))
    written_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)
