"""Setup tables (opsætning): codes and tables the rules read, seeded from shared/rules.

Every legal figure is a row with its source and confidence (models.base.LegalFigureMixin).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, LegalFigureMixin, Percent
from models.office import EditVersion


class CompanySetup(Base):
    """One row: the firm's own name and the choices the rules read (allocation order etc.)."""

    __tablename__ = "company_setup"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_name: Mapped[str]
    address: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(60))
    cvr: Mapped[str | None] = mapped_column(String(12))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None]
    iban: Mapped[str | None] = mapped_column(String(40))
    fi_creditor_no: Mapped[str | None] = mapped_column(String(8))
    # a letter's deadline when no activity step gives one (opgørelse, betalingsplan)
    letter_payment_days: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    currency: Mapped[str] = mapped_column(String(3), default="DKK")
    allocation_order: Mapped[str] = mapped_column(String(30), default="costs_interest_principal")
    post_payments_at_once: Mapped[bool] = mapped_column(Boolean, default=False)
    default_interest_code: Mapped[str | None] = mapped_column(String(20))
    default_salary_code: Mapped[str | None] = mapped_column(String(20))
    vat_pct: Mapped[Decimal] = mapped_column(Percent, default=Decimal("25"))
    plan_max_periods: Mapped[int] = mapped_column(Integer, default=60)
    plan_interest_above_instalment: Mapped[str] = mapped_column(String(10), default="error")
    plan_allocation_type: Mapped[str] = mapped_column(String(20), default="oldest_first")
    plan_payment_order: Mapped[str] = mapped_column(String(20), default="interest_first")


class CaseType(Base):
    __tablename__ = "case_type"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    module: Mapped[str] = mapped_column(String(20), default="INKASSO")
    description: Mapped[str]
    workflow_code: Mapped[str | None] = mapped_column(String(20))
    team: Mapped[str | None] = mapped_column(String(50))  # a new case of this type gets it


class ReferenceRate(Base, LegalFigureMixin, EditVersion):
    """A published reference rate from a date: Nationalbanken's udlånsrente, Riksbank's referensränta."""

    __tablename__ = "reference_rate"
    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(20))  # DK-UDLAAN, SE-REF
    valid_from: Mapped[date]
    rate_pct: Mapped[Decimal] = mapped_column(Percent)
    __table_args__ = (UniqueConstraint("series", "valid_from"),)


class RateCap(Base, LegalFigureMixin):
    """A legal ceiling on the interest of consumer claims: reference rate + margin, from a date.

    Sweden: konsumentkreditlagen (2010:1846) 19 a §, from 1 Mar 2025 referensräntan + 20
    procentenheter on consumer credits, default interest included (docs/legal-figures.md).
    """

    __tablename__ = "rate_cap"
    id: Mapped[int] = mapped_column(primary_key=True)
    country: Mapped[str] = mapped_column(String(2))  # the cases it binds: SE
    reference_series: Mapped[str] = mapped_column(String(20))  # SE-REF
    valid_from: Mapped[date]
    margin_pct: Mapped[Decimal] = mapped_column(Percent)
    legal_rule: Mapped[str | None] = mapped_column(String(120))
    __table_args__ = (UniqueConstraint("country", "valid_from"),)


class InterestCode(Base):
    """Rentekode. A family groups codes chosen by the claim's due date (DK-MORA vs DK-MORA7)."""

    __tablename__ = "interest_code"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str]
    kind: Mapped[str] = mapped_column(String(30))  # models.enums.RateKind
    day_count: Mapped[str] = mapped_column(String(10))  # models.enums.DayCount
    reference_series: Mapped[str | None] = mapped_column(String(20))
    family: Mapped[str | None] = mapped_column(String(20))
    applies_due_from: Mapped[date | None]
    applies_due_to: Mapped[date | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    rates: Mapped[list[InterestCodeRate]] = relationship(
        back_populates="interest_code_rel", order_by="InterestCodeRate.valid_from"
    )


class InterestCodeRate(Base, LegalFigureMixin):
    """From valid_from: margin over the reference rate, or a fixed rate."""

    __tablename__ = "interest_code_rate"
    id: Mapped[int] = mapped_column(primary_key=True)
    interest_code: Mapped[str] = mapped_column(ForeignKey("interest_code.code"))
    valid_from: Mapped[date]
    margin_pct: Mapped[Decimal | None] = mapped_column(Percent)
    fixed_rate_pct: Mapped[Decimal | None] = mapped_column(Percent)
    interest_code_rel: Mapped[InterestCode] = relationship(back_populates="rates")
    __table_args__ = (UniqueConstraint("interest_code", "valid_from"),)


class AmountRowMixin(LegalFigureMixin):
    """An amount table row: for claims dated from valid_from and a basis up to basis_to (None = open)."""

    valid_from: Mapped[date]
    basis_from: Mapped[Decimal | None]
    basis_to: Mapped[Decimal | None]
    amount: Mapped[Decimal]
    pct_of_excess: Mapped[Decimal | None] = mapped_column(Percent)
    excess_over: Mapped[Decimal | None]
    round_up_to: Mapped[Decimal | None]  # e.g. 10: round up to a whole 10 kr (court fees)


class FeeCode(Base):
    """Salær-/gebyrkode: fixed amount or a table by basis; VAT or not; per claim or per case."""

    __tablename__ = "fee_code"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str]
    kind: Mapped[str] = mapped_column(String(20))  # models.enums.FeeKind
    level: Mapped[str] = mapped_column(String(10))  # models.enums.FeeLevel
    vat_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    interest_bearing: Mapped[bool] = mapped_column(Boolean, default=False)
    interest_bearing_in_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    # Only costs of the payment plan itself count as credit costs in the ÅOP (kreditaftaleloven);
    # the debt already owed (fees, salary) is the credit amount.
    apr_included: Mapped[bool] = mapped_column(Boolean, default=False)
    business_debtors_only: Mapped[bool] = mapped_column(Boolean, default=False)
    claims_due_from: Mapped[date | None]
    max_count: Mapped[int | None] = mapped_column(Integer)
    min_days_between: Mapped[int | None] = mapped_column(Integer)
    legal_rule: Mapped[str | None] = mapped_column(String(120))
    added_automatically: Mapped[bool] = mapped_column(Boolean, default=False)
    amounts: Mapped[list[FeeAmount]] = relationship(
        order_by="(FeeAmount.valid_from, FeeAmount.basis_to)"
    )


class FeeAmount(Base, AmountRowMixin, EditVersion):
    __tablename__ = "fee_amount"
    id: Mapped[int] = mapped_column(primary_key=True)
    fee_code: Mapped[str] = mapped_column(ForeignKey("fee_code.code"), index=True)
    table_name: Mapped[str | None] = mapped_column(String(30))  # e.g. BEK476-2016


class TariffCode(Base):
    """Takstkode for disbursements (udlæg), e.g. bailiff fee (fogedafgift)."""

    __tablename__ = "tariff_code"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str]
    legal_rule: Mapped[str | None] = mapped_column(String(120))
    amounts: Mapped[list[TariffAmount]] = relationship(
        order_by="(TariffAmount.valid_from, TariffAmount.basis_to)"
    )


class TariffAmount(Base, AmountRowMixin, EditVersion):
    __tablename__ = "tariff_amount"
    id: Mapped[int] = mapped_column(primary_key=True)
    tariff_code: Mapped[str] = mapped_column(ForeignKey("tariff_code.code"), index=True)


class PostingTemplate(Base):
    """Bogføringsskabelon: the journal batch a line lands in and its defaults."""

    __tablename__ = "posting_template"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str]
    entry_type: Mapped[str | None] = mapped_column(String(20))


class NumberSeries(Base):
    """Nummerserie. last_no is bumped with one atomic UPDATE so two seats never share a number."""

    __tablename__ = "number_series"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str]
    prefix: Mapped[str] = mapped_column(String(10), default="")
    width: Mapped[int] = mapped_column(Integer, default=6)
    last_no: Mapped[int] = mapped_column(Integer, default=0)


class CourtDistrict(Base):
    """Retskreds with its bailiff's court (fogedret)."""

    __tablename__ = "court_district"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str]
    bailiff_court_name: Mapped[str]
    address: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(60))


class PostcodeArea(Base):
    """A post code: its town, municipality and court district (retskreds)."""

    __tablename__ = "postcode_area"
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    postcode: Mapped[str] = mapped_column(String(10), primary_key=True)
    city: Mapped[str] = mapped_column(String(60))
    municipality: Mapped[str | None] = mapped_column(String(60))
    court_district_code: Mapped[str | None] = mapped_column(ForeignKey("court_district.code"))


class OptionalFieldDef(Base):
    """A user-defined case field, also usable as a merge field by its name."""

    __tablename__ = "optional_field_def"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    label: Mapped[str]
    value_type: Mapped[str] = mapped_column(String(10), default="text")  # text, date, amount
