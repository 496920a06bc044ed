"""The collection ledger (inkassosagsposter): posted, append-only. Corrections are new entries."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class LedgerEntry(Base):
    """One posted entry between debtor and client.

    Sign convention: `amount` is what the entry type says. Debt-raising types (principal, fee,
    salary, disbursement, interest) add it to the debt; payment, credit and write-off subtract it.
    A correction is a new entry of the same type with the negated amount and `reverses_entry_id`
    pointing at the entry it reverses, so sums by type stay right without looking anything up.
    """

    __tablename__ = "ledger_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("collection_case.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"))
    fee_line_id: Mapped[int | None] = mapped_column(ForeignKey("fee_line.id"))
    debtor_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    entry_type: Mapped[str] = mapped_column(String(20))
    posting_date: Mapped[date]
    amount: Mapped[Decimal]
    vat_amount: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    tariff_code: Mapped[str | None] = mapped_column(ForeignKey("tariff_code.code"))
    description: Mapped[str]
    allocation_targets: Mapped[str | None] = mapped_column(String(60))  # "interest,fee,capital"
    reverses_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    document_no: Mapped[str | None] = mapped_column(String(40))
    external_ref: Mapped[str | None] = mapped_column(String(80))
    # models.enums.PaymentType of a payment the journal line named (payment_to_client: the
    # debtor paid the client directly; client funds settle it as money the client holds).
    payment_type: Mapped[str | None] = mapped_column(String(20), default=None)
    posted_at: Mapped[datetime]
    posted_by: Mapped[str] = mapped_column(String(50))
    # SHA-256 over this entry's content and its predecessor's chain_hash (hex), written by the one
    # ledger writer (services/shared/ledger_chain.py); `caplegal db verify` recomputes the chain.
    chain_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    __table_args__ = (
        Index("ix_ledger_entry_case_date", "case_id", "posting_date"),
        # Sums by type and period (Role Center, reports) read this index only.
        Index("ix_ledger_entry_type_date", "entry_type", "posting_date", "amount"),
        # Is this entry reversed? (client funds settle a reversed payment on demand.) Partial:
        # the few reversals only, and never the planner's way to the many that reverse nothing.
        Index(
            "ix_ledger_entry_reverses",
            "reverses_entry_id",
            sqlite_where=text("reverses_entry_id IS NOT NULL"),
            postgresql_where=text("reverses_entry_id IS NOT NULL"),
        ),
    )


class LedgerChainHead(Base):
    """The head of the ledger's hash chain (one row, id 1): the number of chained entries, the
    last one's id and hash (so deleting the last entries shows too), and the latest full check."""

    __tablename__ = "ledger_chain"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    entries: Mapped[int]
    last_id: Mapped[int]
    last_hash: Mapped[str] = mapped_column(String(64))
    verified_at: Mapped[datetime | None] = mapped_column(default=None)
    verified_ok: Mapped[bool | None] = mapped_column(default=None)
    verify_problem: Mapped[str | None] = mapped_column(String(500), default=None)
