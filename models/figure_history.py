"""The history of legal figures: every change to a setup row that carries a legal figure.

Append-only: a correction of a reference rate, a fee amount or a salary bracket keeps the old
value here (who, when, why), so a statement printed before the correction can be explained.
Nothing in the program updates or deletes these rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class LegalFigureChange(Base):
    """One changed field of one legal-figure row (table_name + row_id), or its creation."""

    __tablename__ = "legal_figure_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))  # reference_rate, fee_amount, ...
    row_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(40))  # rate_pct, amount, source, created, ...
    old_value: Mapped[str | None] = mapped_column(String(300))
    new_value: Mapped[str | None] = mapped_column(String(300))
    changed_by: Mapped[str] = mapped_column(String(50))
    changed_at: Mapped[datetime]
    reason: Mapped[str | None] = mapped_column(String(300))
    __table_args__ = (Index("ix_legal_figure_change_row", "table_name", "row_id"),)
