"""The collection case: parties, claims, claim debtors, fee lines, notes, optional fields, history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Percent
from models.office import EditVersion


class Case(Base):
    __tablename__ = "collection_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    no: Mapped[str] = mapped_column(String(20), unique=True)
    module: Mapped[str] = mapped_column(String(20), default="INKASSO")
    case_type_code: Mapped[str] = mapped_column(ForeignKey("case_type.code"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("client_department.id"), index=True, default=None
    )
    regarding: Mapped[str | None]
    external_ref: Mapped[str | None] = mapped_column(String(60), index=True)
    # betalings-id on letters (FI +71 / Swedish OCR); services/shared/payment_ids.py
    payment_id: Mapped[str | None] = mapped_column(String(20), index=True)
    currency: Mapped[str] = mapped_column(String(3), default="DKK")
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    stage: Mapped[str] = mapped_column(String(20), default="collection")
    team: Mapped[str | None] = mapped_column(String(50))
    legal_department: Mapped[str | None] = mapped_column(String(50))
    responsible_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    handler_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    salary_code: Mapped[str | None] = mapped_column(ForeignKey("fee_code.code"))
    client_vat_registered: Mapped[bool] = mapped_column(Boolean, default=True)
    court_district_code: Mapped[str | None] = mapped_column(ForeignKey("court_district.code"))
    municipality: Mapped[str | None] = mapped_column(String(60))
    narrative: Mapped[str | None] = mapped_column(Text)
    created_on: Mapped[date] = mapped_column(index=True)
    created_by: Mapped[str] = mapped_column(String(50))
    dormant_until: Mapped[date | None]
    closed_on: Mapped[date | None]
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    # two people on one case: a save names the version it read (services.cases.general)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    changed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    changed_at: Mapped[datetime | None] = mapped_column(default=None)

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseParty.id"
    )
    claims: Mapped[list[Claim]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Claim.line_no"
    )
    fee_lines: Mapped[list[FeeLine]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="FeeLine.id"
    )
    # a client's own reference names one case: importing it again creates nothing (issue 22)
    __table_args__ = (
        Index("uq_collection_case_client_ref", "client_id", "external_ref", unique=True),
    )


class CaseParty(Base):
    """A party on a case with its party type (DEBITOR, RETSKREDS, FOGEDRET ...)."""

    __tablename__ = "case_party"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    party_type: Mapped[str] = mapped_column(String(12), default="DEBITOR")
    regarding_party: Mapped[str | None]
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    case: Mapped[Case] = relationship(back_populates="parties")
    __table_args__ = (UniqueConstraint("case_id", "party_id", "party_type"),)


class Claim(Base, EditVersion):
    """Fordring: one invoice or demand with its principal and interest terms."""

    __tablename__ = "claim"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    line_no: Mapped[int] = mapped_column(Integer)
    description: Mapped[str]
    invoice_no: Mapped[str | None] = mapped_column(String(40), index=True)
    ocr: Mapped[str | None] = mapped_column(String(40), index=True)
    customer_no: Mapped[str | None] = mapped_column(String(30), index=True)
    invoice_date: Mapped[date]
    due_date: Mapped[date | None]
    principal: Mapped[Decimal]
    registered_principal: Mapped[Decimal]
    interest_code: Mapped[str] = mapped_column(ForeignKey("interest_code.code"))
    interest_rate_pct: Mapped[Decimal | None] = mapped_column(Percent)
    interest_from: Mapped[date]
    interest_stop: Mapped[date | None]
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    case: Mapped[Case] = relationship(back_populates="claims")
    debtors: Mapped[list[ClaimDebtor]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="ClaimDebtor.id"
    )
    __table_args__ = (UniqueConstraint("case_id", "line_no"),)


class ClaimDebtor(Base):
    """A debtor's liability for a claim: in solidum (jointly and severally) or a share in %."""

    __tablename__ = "claim_debtor"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    in_solidum: Mapped[bool] = mapped_column(Boolean, default=True)
    share_pct: Mapped[Decimal | None] = mapped_column(Percent)
    claim: Mapped[Claim] = relationship(back_populates="debtors")
    __table_args__ = (UniqueConstraint("claim_id", "party_id"),)


class FeeLine(Base):
    """A fee or salary line, per claim (claim_id set) or per case."""

    __tablename__ = "fee_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    fee_code: Mapped[str] = mapped_column(ForeignKey("fee_code.code"))
    posting_date: Mapped[date]
    basis: Mapped[Decimal | None]
    registered_basis: Mapped[Decimal | None]
    amount: Mapped[Decimal]  # incl. VAT
    vat_pct: Mapped[Decimal] = mapped_column(Percent, default=Decimal("0"))
    vat_amount: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    interest_code: Mapped[str | None] = mapped_column(ForeignKey("interest_code.code"))
    interest_rate_pct: Mapped[Decimal | None] = mapped_column(Percent)
    interest_from: Mapped[date | None]
    interest_bearing_in_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    apr_included: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    case: Mapped[Case] = relationship(back_populates="fee_lines")


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)


class OptionalFieldValue(Base):
    __tablename__ = "optional_field_value"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), index=True
    )
    field_code: Mapped[str] = mapped_column(ForeignKey("optional_field_def.code"))
    value: Mapped[str | None] = mapped_column(String(500))
    __table_args__ = (UniqueConstraint("case_id", "field_code"),)


class CaseHistory(Base):
    """Who did what to a case, and when. kind: info, change, letter (envelope), attachment (paperclip) ..."""

    __tablename__ = "case_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("collection_case.id", ondelete="CASCADE"))
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(500))
    detail: Mapped[str | None] = mapped_column(Text)
    document_path: Mapped[str | None] = mapped_column(String(500))
    __table_args__ = (Index("ix_case_history_case_at", "case_id", "at"),)
