"""Client funds (klientmidler): split rules, agreements, settlements and the append-only client
funds ledger (issue 17). docs/client-funds.md explains the figures."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, LegalFigureMixin, Percent


class FundsShareRule(Base, LegalFigureMixin):
    """The client's share of one component of a payment (principal, interest, salary, cost,
    fee:<kind>), valid from a date; client_id None is the office's default."""

    __tablename__ = "funds_share_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    component: Mapped[str] = mapped_column(String(30))
    valid_from: Mapped[date]
    client_share_pct: Mapped[Decimal] = mapped_column(Percent)
    # The firm's part of this component is its own service (salary): VAT is due on it.
    firm_vat: Mapped[bool] = mapped_column(Boolean, default=False)


class FundsVatRate(Base, LegalFigureMixin):
    """The VAT rate (momssats) on the firm's salary, valid from a date."""

    __tablename__ = "funds_vat_rate"
    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date]
    rate_pct: Mapped[Decimal] = mapped_column(Percent)


class ClientFundsSetup(Base):
    """The office's client funds account (klientmiddelkonto) and its payout file version."""

    __tablename__ = "client_funds_setup"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_name: Mapped[str]
    iban: Mapped[str | None] = mapped_column(String(40))
    bic: Mapped[str | None] = mapped_column(String(11))
    pain001_version: Mapped[str] = mapped_column(String(20), default="pain.001.001.09")


class ClientFundsAgreement(Base):
    """The client's settlement agreement: set-off allowed, where the payout goes."""

    __tablename__ = "client_funds_agreement"
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), primary_key=True)
    set_off_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    iban: Mapped[str | None] = mapped_column(String(40))
    bic: Mapped[str | None] = mapped_column(String(11))
    dk_reg_no: Mapped[str | None] = mapped_column(String(4))
    dk_account_no: Mapped[str | None] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2), default="da")


class Settlement(Base):
    """Afregning: draft -> posted -> (paid); a posted one is corrected by a reversal (status
    reversed, never edited in its figures) and a new settlement."""

    __tablename__ = "settlement"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    period_to: Mapped[date]
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    collected: Mapped[Decimal]
    client_part: Mapped[Decimal]
    firm_part: Mapped[Decimal]
    held: Mapped[Decimal]
    vat: Mapped[Decimal]
    invoice: Mapped[Decimal]
    set_off: Mapped[Decimal]
    shortfall: Mapped[Decimal]
    previously_paid: Mapped[Decimal]
    payout: Mapped[Decimal]
    corrects_settlement_id: Mapped[int | None] = mapped_column(ForeignKey("settlement.id"))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    posted_at: Mapped[datetime | None]
    posted_by: Mapped[str | None] = mapped_column(String(50))
    reversed_at: Mapped[datetime | None]
    paid_on: Mapped[date | None]
    payment_ref: Mapped[str | None] = mapped_column(String(35))


class SettlementLine(Base):
    """One payment on a case and how it was split (detail: the components as JSON)."""

    __tablename__ = "settlement_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(
        ForeignKey("settlement.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("collection_case.id"))
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    posting_date: Mapped[date]
    direct: Mapped[bool] = mapped_column(Boolean, default=False)
    amount: Mapped[Decimal]
    client_part: Mapped[Decimal]
    firm_part: Mapped[Decimal]
    held: Mapped[Decimal]
    vat: Mapped[Decimal]
    detail: Mapped[str] = mapped_column(Text)


class ClientFundsEntry(Base):
    """The client funds ledger: append-only; kinds collected (+), retained (-), shortfall (+),
    paid_out (-). The balance is what the firm holds for the client."""

    __tablename__ = "client_funds_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    settlement_id: Mapped[int | None] = mapped_column(ForeignKey("settlement.id"))
    kind: Mapped[str] = mapped_column(String(12))
    posting_date: Mapped[date]
    amount: Mapped[Decimal]
    description: Mapped[str]
    reverses_entry_id: Mapped[int | None] = mapped_column(Integer)
    posted_at: Mapped[datetime]
    posted_by: Mapped[str] = mapped_column(String(50))
    # SHA-256 over this entry's content and its predecessor's chain_hash (hex), written by the
    # one funds writer (services/shared/funds_chain.py); `caplegal db verify` recomputes it.
    chain_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    __table_args__ = (Index("ix_client_funds_entry_client", "client_id", "posting_date"),)


class FundsChainHead(Base):
    """The head of the client funds ledger's hash chain (one row, id 1): the number of chained
    entries, the last one's id and hash, and the latest full check."""

    __tablename__ = "funds_chain"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    entries: Mapped[int]
    last_id: Mapped[int]
    last_hash: Mapped[str] = mapped_column(String(64))
    verified_at: Mapped[datetime | None] = mapped_column(default=None)
    verified_ok: Mapped[bool | None] = mapped_column(default=None)
    verify_problem: Mapped[str | None] = mapped_column(String(500), default=None)


class PaymentAllocation(Base):
    """Where the statement engine allocated a payment when it was posted (one row per bucket,
    in the engine's order), written in the payment's own transaction and never changed: the
    settlement splits these by the share rules instead of replaying the case. A reversal of a
    payment gets its original's rows negated. Payments posted before 0014 have none (they are
    allocated on demand, the old way)."""

    __tablename__ = "payment_allocation"
    id: Mapped[int] = mapped_column(primary_key=True)
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    bucket: Mapped[str] = mapped_column(String(20))  # workflows.statement.Bucket value
    amount: Mapped[Decimal]
    # for a fee line: its kind, amount and VAT (the VAT inside the firm's part is told from them)
    fee_kind: Mapped[str | None] = mapped_column(String(30))
    line_amount: Mapped[Decimal | None]
    line_vat: Mapped[Decimal | None]


class PaymentSplitPart(Base):
    """A payment's split into the client's and the firm's part, one row per component in the
    split's order, made by the share rules valid on its posting date and stored in the
    payment's own transaction, never changed: a settlement sums these in SQL. A reversal gets its
    original's rows negated. A payment without rows (no rule then, or posted before 0014) is
    split on demand at settlement."""

    __tablename__ = "payment_split"
    id: Mapped[int] = mapped_column(primary_key=True)
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    component: Mapped[str] = mapped_column(String(40))
    amount: Mapped[Decimal]
    client: Mapped[Decimal]
    firm: Mapped[Decimal]
    held: Mapped[Decimal]
    vat_in_firm: Mapped[Decimal]
    vat_on_top: Mapped[Decimal]
    source: Mapped[str] = mapped_column(String(300))


class UnsettledPayment(Base):
    """A payment no posted settlement holds yet: put here by the ledger writer's hook in the
    payment's own transaction, taken away when a settlement holding it is posted, put back when
    that settlement is reversed. A settlement reads this short list, not every payment ever
    posted (issue 17's benchmark: a month's settlement among years of settled payments).

    The figures are the payment's stored split summed (payment_split), when the settlement takes
    the payment from it in SQL; None when the payment is split on demand: it has no stored
    split, it is a reversal, or a reversal of it has been posted."""

    __tablename__ = "unsettled_payment"
    ledger_entry_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_entry.id"), primary_key=True, autoincrement=False
    )
    client: Mapped[Decimal | None] = mapped_column(default=None)
    firm: Mapped[Decimal | None] = mapped_column(default=None)
    held: Mapped[Decimal | None] = mapped_column(default=None)
    vat_in_firm: Mapped[Decimal | None] = mapped_column(default=None)
    vat_on_top: Mapped[Decimal | None] = mapped_column(default=None)
    __table_args__ = (
        # the few split on demand, found without reading the list
        Index(
            "ix_unsettled_payment_on_demand",
            "ledger_entry_id",
            sqlite_where=text("client IS NULL"),
            postgresql_where=text("client IS NULL"),
        ),
    )


class FundsReconciliation(Base):
    """One reconciliation of the client account's statement (camt.053), kept for the Role
    Center's cue and the audit trail."""

    __tablename__ = "funds_reconciliation"
    id: Mapped[int] = mapped_column(primary_key=True)
    as_of: Mapped[date]
    account: Mapped[str] = mapped_column(String(40))
    bank_balance: Mapped[Decimal]
    book_balance: Mapped[Decimal]
    unmatched_lines: Mapped[int] = mapped_column(Integer)
    agrees: Mapped[bool] = mapped_column(Boolean)
    run_at: Mapped[datetime]
    run_by: Mapped[str] = mapped_column(String(50))
