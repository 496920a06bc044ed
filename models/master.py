"""Master data (stamdata): clients, parties with contacts and status flags, employees."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Percent
from models.office import EditVersion


class EmployeeFunction(Base):
    """Medarbejderfunktion: responsible lawyer, secretary, case handler ..."""

    __tablename__ = "employee_function"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str]


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str]
    function_code: Mapped[str | None] = mapped_column(ForeignKey("employee_function.code"))
    team: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None]
    login: Mapped[str | None] = mapped_column(String(100), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Party(Base, EditVersion):
    """Part: a debtor, a client's own party card, a court district, a bailiff's court ..."""

    __tablename__ = "party"
    id: Mapped[int] = mapped_column(primary_key=True)
    no: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="person")  # models.enums.PartyKind
    party_type: Mapped[str] = mapped_column(String(12), default="DEBITOR")  # models.enums.PartyType
    name: Mapped[str]
    name2: Mapped[str | None]
    co: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None]
    address2: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(10), index=True)
    city: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str] = mapped_column(String(2), default="DK")
    # Normalised identity numbers (digits only) so quick search is an indexed equality lookup;
    # one party per number (cpr: CPR or personnummer, cvr: CVR or organisationsnummer).
    cpr: Mapped[str | None] = mapped_column(String(12), index=True, unique=True)
    cvr: Mapped[str | None] = mapped_column(String(12), index=True, unique=True)
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(30))
    customer_no: Mapped[str | None] = mapped_column(String(30), index=True)
    previous_customer_no: Mapped[str | None] = mapped_column(String(30), index=True)
    in_debt_restructuring: Mapped[bool] = mapped_column(Boolean, default=False)
    deceased: Mapped[bool] = mapped_column(Boolean, default=False)
    in_bankruptcy: Mapped[bool] = mapped_column(Boolean, default=False)
    court_district_code: Mapped[str | None] = mapped_column(ForeignKey("court_district.code"))
    municipality: Mapped[str | None] = mapped_column(String(60))

    contacts: Mapped[list[PartyContact]] = relationship(
        back_populates="party", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_party_name_lower", "name"),)


class PartyContact(Base):
    """A person contact (kontaktperson) at a party."""

    __tablename__ = "party_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    role: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(30))
    party: Mapped[Party] = relationship(back_populates="contacts")


class Client(Base, EditVersion):
    """Klient: the creditor the firm collects for."""

    __tablename__ = "client"
    id: Mapped[int] = mapped_column(primary_key=True)
    no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(index=True)
    address: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str] = mapped_column(String(2), default="DK")
    cvr: Mapped[str | None] = mapped_column(
        String(12), index=True, unique=True
    )  # one client per CVR
    email: Mapped[str | None]
    vat_registered: Mapped[bool] = mapped_column(Boolean, default=True)
    default_case_type_code: Mapped[str | None] = mapped_column(ForeignKey("case_type.code"))
    salary_code: Mapped[str | None] = mapped_column(ForeignKey("fee_code.code"))
    interest_code: Mapped[str | None] = mapped_column(ForeignKey("interest_code.code"))
    interest_rate_pct: Mapped[Decimal | None] = mapped_column(Percent)
    legal_department: Mapped[str | None] = mapped_column(String(50))
    use_compensation_fee: Mapped[bool] = mapped_column(Boolean, default=True)
    responsible_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    handler_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    settlement_iban: Mapped[str | None] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3), default="DKK")
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    created_on: Mapped[date | None]
