"""Fundament (judgment basis): the judgment, settlement or payment claim a debtor's debt rests on.

A case may have several fundaments, at most one active per debtor. Kind and status are the
string values of FundamentKind and FundamentStatus.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class FundamentKind(StrEnum):
    JUDGMENT = "judgment"  # dom
    BAILIFF_SETTLEMENT = "bailiff_settlement"  # forlig i fogedretten
    PAYMENT_CLAIM = "payment_claim"  # betalingspåkrav med fuldbyrdelsespåtegning
    OTHER = "other"


class FundamentStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    REOPENED = "reopened"  # taken back for changes; activated again when done
    CLOSED = "closed"


class Fundament(Base):
    __tablename__ = "fundament"
    id: Mapped[int] = mapped_column(primary_key=True)
    no: Mapped[str] = mapped_column(String(20), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("collection_case.id"), index=True)
    debtor_party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default=FundamentKind.JUDGMENT.value)
    status: Mapped[str] = mapped_column(String(10), default=FundamentStatus.DRAFT.value)
    court_no: Mapped[str | None] = mapped_column(String(40))  # Rettens nr.
    court_district_code: Mapped[str | None] = mapped_column(ForeignKey("court_district.code"))
    hearing_at: Mapped[datetime | None]  # berammelse: date and time of the court meeting
    fundament_date: Mapped[date]  # the judgment or settlement date; nothing is dated before it
    execution_deadline: Mapped[date | None]  # eksekutionsfrist
    awarded_costs: Mapped[Decimal | None]  # tidl. tilkendte sagsomkostninger
    previous_bailiff_fee: Mapped[Decimal | None]  # tidl. fogedafgift
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    activated_at: Mapped[datetime | None]
    activated_by: Mapped[str | None] = mapped_column(String(50))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(50))
