"""The collection journal (inkassokladde), imported payment files, the suspense list and case requests.

Journal lines are drafts: they may be incomplete until Check/post, so most columns are nullable and
the posting check (not the database) says what is missing, in Danish, for every line at once.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

STANDARD_BATCH = "STANDARD"


class JournalBatch(Base):
    """A journal batch: one per responsible employee plus the shared STANDARD batch.

    `version` goes up with every change to the batch's lines and every posting, so a seat that
    posts what it saw can tell when someone else changed or posted the batch in the meantime.
    """

    __tablename__ = "journal_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    description: Mapped[str]
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    version: Mapped[int] = mapped_column(Integer, default=0)
    last_posted_at: Mapped[datetime | None]
    last_posted_by: Mapped[str | None] = mapped_column(String(50))


class JournalLine(Base):
    __tablename__ = "journal_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("journal_batch.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    posting_date: Mapped[date | None]
    case_id: Mapped[int | None] = mapped_column(ForeignKey("collection_case.id"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"))
    debtor_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    entry_type: Mapped[str | None] = mapped_column(String(20))  # models.enums.EntryType
    # Not foreign keys on purpose: an unknown code is a problem Check reports, not a crash.
    tariff_code: Mapped[str | None] = mapped_column(String(20))
    posting_template: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None]
    amount: Mapped[Decimal | None]
    allocation_targets: Mapped[str | None] = mapped_column(String(60))
    payment_type: Mapped[str | None] = mapped_column(String(20))  # models.enums.PaymentType
    reverses_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    document_no: Mapped[str | None] = mapped_column(String(40))
    external_ref: Mapped[str | None] = mapped_column(String(80))
    payment_import_id: Mapped[int | None] = mapped_column(ForeignKey("payment_file_import.id"))
    fee_line_id: Mapped[int | None] = mapped_column(ForeignKey("fee_line.id"))
    vat_amount: Mapped[Decimal | None]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    __table_args__ = (Index("ix_journal_line_batch_line", "batch_id", "line_no"),)


class PaymentFileImport(Base):
    """One bank payment file taken in; its hash and its own id refuse a second import."""

    __tablename__ = "payment_file_import"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str] = mapped_column(String(10))
    file_id: Mapped[str] = mapped_column(String(120))
    filename: Mapped[str | None] = mapped_column(String(260))
    created: Mapped[date | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    payment_count: Mapped[int] = mapped_column(Integer)
    total_amount: Mapped[Decimal]
    matched_count: Mapped[int] = mapped_column(Integer)
    suspense_count: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime]
    imported_by: Mapped[str] = mapped_column(String(50))
    __table_args__ = (UniqueConstraint("format", "file_id"),)


class SuspensePayment(Base):
    """A payment no case could be found for; it waits until a user assigns it to a case."""

    __tablename__ = "suspense_payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("payment_file_import.id"), index=True)
    booking_date: Mapped[date]
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    reference: Mapped[str | None] = mapped_column(String(140))
    reference_kind: Mapped[str] = mapped_column(String(20))
    reference_valid: Mapped[bool] = mapped_column(Boolean)
    payer_name: Mapped[str | None] = mapped_column(String(140))
    payer_account: Mapped[str | None] = mapped_column(String(60))
    bank_reference: Mapped[str | None] = mapped_column(String(80))
    text: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str]
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(50))
    resolved_case_id: Mapped[int | None] = mapped_column(ForeignKey("collection_case.id"))
    __table_args__ = (Index("ix_suspense_payment_open", "resolved_at"),)


class CaseRequest(Base):
    """A request to the case handler (recall of the case, a message) until the handler completes it."""

    __tablename__ = "case_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # recall, message
    text: Mapped[str] = mapped_column(Text)
    handler_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    requested_at: Mapped[datetime]
    requested_by: Mapped[str] = mapped_column(String(50))
    completed_at: Mapped[datetime | None]
    completed_by: Mapped[str | None] = mapped_column(String(50))
