"""Declarative base, the money column type and a naming convention alembic can rely on."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, MetaData, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Amounts in kroner/kronor with øre: 16 digits before the point is far beyond any claim.
Money = Numeric(18, 2, asdecimal=True)
# Percentages such as rates and shares, kept to 4 decimals (e.g. 7.6500 or 33.3333).
Percent = Numeric(9, 4, asdecimal=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        Decimal: Money,
        date: Date,
        datetime: DateTime(timezone=False),
        str: String(200),
    }


class LegalFigureMixin:
    """A setup row that carries a legal figure: where it comes from and whether a user confirmed it."""

    source: Mapped[str | None] = mapped_column(String(300), default=None)
    confidence: Mapped[str] = mapped_column(String(12), default="HIGH")
    confirmed_by: Mapped[str | None] = mapped_column(String(50), default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)

    @property
    def needs_confirmation(self) -> bool:
        """Only a figure its source marks HIGH (primary legal text, an official page) stands on
        its own; MED, LOW and UNVERIFIED ones wait for a user's confirmation
        (docs/legal-figures.md)."""
        return self.confidence != "HIGH" and self.confirmed_at is None
