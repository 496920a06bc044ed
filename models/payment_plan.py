"""Payment plans (betalingsplan): the plan, its debtors, specification items, lines, agreements.

Statuses and the calculator's choices are the string values of the enums in
workflows.payment_plan (PlanStatus, PlanTerm, PlanAllocation, PaymentOrder, ItemKind).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Percent


class PaymentPlan(Base):
    __tablename__ = "payment_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    no: Mapped[str] = mapped_column(String(20), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("collection_case.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    description: Mapped[str | None]
    # The calculator (Beregner)
    start_date: Mapped[date]  # debt and accrued interest as of this day; plan interest from here
    extra_amount: Mapped[Decimal | None]
    extra_date: Mapped[date | None]
    first_date: Mapped[date]
    term: Mapped[str] = mapped_column(String(12), default="month")
    given: Mapped[str] = mapped_column(String(12))  # periods | last_date | instalment
    periods: Mapped[int | None] = mapped_column(Integer)
    last_date: Mapped[date | None]
    instalment: Mapped[Decimal | None]
    allocation_type: Mapped[str] = mapped_column(String(20))
    payment_order: Mapped[str] = mapped_column(String(20))
    # Figures of the last calculation (grey fields)
    debt_at_start: Mapped[Decimal | None]
    accrued_interest: Mapped[Decimal | None]
    credit_amount: Mapped[Decimal | None]
    total_paid: Mapped[Decimal | None]
    credit_cost: Mapped[Decimal | None]
    apr_pct: Mapped[Decimal | None] = mapped_column(Percent)
    replaces_plan_id: Mapped[int | None] = mapped_column(ForeignKey("payment_plan.id"))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    activated_at: Mapped[datetime | None]
    activated_by: Mapped[str | None] = mapped_column(String(50))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(50))

    debtors: Mapped[list[PaymentPlanDebtor]] = relationship(
        cascade="all, delete-orphan", order_by="PaymentPlanDebtor.id"
    )
    items: Mapped[list[PaymentPlanItem]] = relationship(
        cascade="all, delete-orphan", order_by="PaymentPlanItem.sort_order"
    )
    lines: Mapped[list[PaymentPlanLine]] = relationship(
        cascade="all, delete-orphan", order_by="PaymentPlanLine.period_no"
    )
    agreements: Mapped[list[PaymentPlanAgreement]] = relationship(
        cascade="all, delete-orphan", order_by="PaymentPlanAgreement.id"
    )


class PaymentPlanDebtor(Base):
    """A debtor who takes part in the plan (all the case's debtors by default)."""

    __tablename__ = "payment_plan_debtor"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("payment_plan.id", ondelete="CASCADE"), index=True
    )
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    __table_args__ = (UniqueConstraint("plan_id", "party_id"),)


class PaymentPlanItem(Base):
    """One line of the specification pane: a debt item the plan pays off."""

    __tablename__ = "payment_plan_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("payment_plan.id", ondelete="CASCADE"), index=True
    )
    item_key: Mapped[str] = mapped_column(String(40))  # e.g. "claim-3", "fee-7", "interest-3"
    sort_order: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))  # capital | interest | cost | fee
    description: Mapped[str]
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"))
    fee_line_id: Mapped[int | None] = mapped_column(ForeignKey("fee_line.id"))
    claim_date: Mapped[date]
    amount: Mapped[Decimal]  # outstanding at plan start
    in_solidum: Mapped[bool] = mapped_column(Boolean, default=True)
    liability_share_pct: Mapped[Decimal] = mapped_column(Percent, default=Decimal(100))
    repayment_share_pct: Mapped[Decimal | None] = mapped_column(Percent)
    payment_priority: Mapped[int] = mapped_column(Integer, default=0)
    payment_pct_limit: Mapped[Decimal | None] = mapped_column(Percent)
    interest_bearing: Mapped[bool] = mapped_column(Boolean, default=False)
    annual_rate_pct: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    day_count: Mapped[str] = mapped_column(String(10), default="30E/360")
    apr_cost: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (UniqueConstraint("plan_id", "item_key"),)


class PaymentPlanLine(Base):
    """Betalingsplanslinje; period 0 is the extraordinary payment. ``specification`` is JSON."""

    __tablename__ = "payment_plan_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("payment_plan.id", ondelete="CASCADE"), index=True
    )
    period_no: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date]
    instalment: Mapped[Decimal]
    to_interest: Mapped[Decimal]
    to_costs: Mapped[Decimal]
    to_principal: Mapped[Decimal]
    remaining_balance: Mapped[Decimal]
    interest_accrued: Mapped[Decimal]
    specification: Mapped[str] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("plan_id", "period_no"),)


class PaymentPlanAgreement(Base):
    """Betalingsaftale: general (from a period on) or for a single period."""

    __tablename__ = "payment_plan_agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("payment_plan.id", ondelete="CASCADE"), index=True
    )
    scope: Mapped[str] = mapped_column(String(10))  # general | period
    kind: Mapped[str] = mapped_column(String(20))  # GeneralKind / PeriodKind values
    period_no: Mapped[int] = mapped_column(Integer)  # "from period" for general agreements
    amount: Mapped[Decimal | None]  # new instalment, reduced or increased payment
    annual_rate_pct: Mapped[Decimal | None] = mapped_column(Percent)
    remark: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
