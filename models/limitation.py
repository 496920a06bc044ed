"""Limitation periods (setup rows with sources), user-added limitation events, and objections."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, LegalFigureMixin


class LimitationPeriod(Base, LegalFigureMixin):
    """A legal limitation period: DK-ORD 3 years (forældelsesloven § 3), SE-ORD 10 years ..."""

    __tablename__ = "limitation_period"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    country: Mapped[str] = mapped_column(String(2))
    years: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None]


class LimitationEventRecord(Base):
    """An event the user adds (acknowledgement, negotiation, ...) with its date and document.

    kind: workflows.limitation.EventKind values, or ``basis_debt_instrument`` /
    ``basis_bank_loan`` (what the claim rests on). claim_id None: every claim of the case.
    """

    __tablename__ = "limitation_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    event_date: Mapped[date]
    ends_on: Mapped[date | None]
    written: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(String(500))
    document_path: Mapped[str | None] = mapped_column(String(500))
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))


class Objection(Base):
    """Indsigelse: a dispute of a case or one claim; while open the disputed part is paused.

    status: open | closed; outcome: maintained | reduced | dropped.
    """

    __tablename__ = "objection"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    received_on: Mapped[date]
    raised_by: Mapped[str] = mapped_column(String(100))  # the debtor, or the client reporting it
    reported_by_client: Mapped[bool] = mapped_column(Boolean, default=False)
    disputed: Mapped[str] = mapped_column(Text)  # what is disputed
    document_path: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(10), default="open")
    outcome: Mapped[str | None] = mapped_column(String(12))
    reduced_by: Mapped[Decimal | None]
    credit_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    answer: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None]
    closed_by: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    __table_args__ = (Index("ix_objection_status_case", "status", "case_id"),)
