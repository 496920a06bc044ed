"""The history of master data cards: every changed field of a client or a party card.

Append-only, like the case history: who changed which field of which card, when, old -> new.
The cards show it under Historik; nothing in the program updates or deletes these rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class RecordChange(Base):
    """One changed field of one card (record_kind client/party + record_id), or its creation."""

    __tablename__ = "record_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(20))  # client, party
    record_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60))  # the Danish field label the card shows
    old_value: Mapped[str | None] = mapped_column(String(500))
    new_value: Mapped[str | None] = mapped_column(String(500))
    changed_by: Mapped[str] = mapped_column(String(50))
    changed_at: Mapped[datetime]
    __table_args__ = (Index("ix_record_change_record", "record_kind", "record_id"),)
