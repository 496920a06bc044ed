"""Declarative base, the money column type and a naming convention alembic can rely on."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, Date, DateTime, MetaData, Numeric, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MONEY_PRECISION, MONEY_SCALE = 18, 2
_ORE = Decimal(1).scaleb(-MONEY_SCALE)
MONEY_HOLDS = Decimal(10) ** (MONEY_PRECISION - MONEY_SCALE) - _ORE
"""The largest amount a money column holds: 9999999999999999.99 (NUMERIC(18, 2)). Amounts from
outside stop far below it, at workflows.amounts.MAX_AMOUNT (docs/amounts.md)."""


class MoneyColumnError(ValueError):
    """An amount the money column cannot hold exactly: never stored, never rounded away."""


class _OreInteger(BigInteger):
    """SQLite's storage of money: a whole number of øre (a 64-bit INTEGER, summed exactly by
    SQLite's sum()), declared NUMERIC(18, 2) like on PostgreSQL so the schema is one."""


@compiles(_OreInteger)
def _declared_numeric(type_, compiler, **kw):
    return f"NUMERIC({MONEY_PRECISION}, {MONEY_SCALE})"


class MoneyType(TypeDecorator):
    """The one type of every money column (docs/amounts.md).

    PostgreSQL: NUMERIC(18, 2), Decimal in and out. SQLite: integer øre (1234.56 kr. is stored
    as 123456), because SQLite has no decimal type: a NUMERIC value there is an 8-byte REAL
    (15 significant digits, binary fractions) and sum() over REALs is a float sum. Integers are
    exact, and sum() over integers is exact (or stops with "integer overflow", never rounds).

    A Decimal with more than two decimals is rounded half up to øre, as PostgreSQL's NUMERIC(18, 2)
    does; a float, NaN, Infinity or an amount beyond MONEY_HOLDS is refused on both backends.
    """

    impl = Numeric(MONEY_PRECISION, MONEY_SCALE, asdecimal=True)
    cache_ok = True

    # SQLite's raw values are øre: `money * 2` or `money / 3` in SQL would scale the literal too,
    # so arithmetic other than + and - keeps its operands' own types.
    def coerce_compared_value(self, op, value):
        from sqlalchemy.sql import operators

        if op in (operators.mul, operators.truediv, operators.floordiv, operators.mod):
            return Numeric() if isinstance(value, Decimal) else BigInteger()
        return self

    class comparator_factory(TypeDecorator.Comparator):
        def _adapt_expression(self, op, other_comparator):
            from sqlalchemy.sql import operators

            if op in (operators.mul, operators.truediv) and not isinstance(
                other_comparator.type, MoneyType
            ):  # an amount times or divided by a number is an amount
                return op, self.type
            return super()._adapt_expression(op, other_comparator)

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_OreInteger())
        return dialect.type_descriptor(self.impl)

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        amount = _money_value(value)
        if dialect.name == "sqlite":
            return int(amount.scaleb(MONEY_SCALE))
        return amount

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if dialect.name == "sqlite":
            if isinstance(value, float):  # only from SQL arithmetic such as money / 3
                return Decimal(repr(value)).scaleb(-MONEY_SCALE).quantize(_ORE, ROUND_HALF_UP)
            return Decimal(value).scaleb(-MONEY_SCALE)
        return Decimal(value).quantize(_ORE)


def _money_value(value) -> Decimal:
    if isinstance(value, float | bool) or not isinstance(value, Decimal | int | str):
        raise MoneyColumnError(f"money is a Decimal, never {type(value).__name__}: {value!r}")
    try:
        amount = Decimal(value)
    except ArithmeticError as exc:
        raise MoneyColumnError(f"not an amount: {value!r}") from exc
    if not amount.is_finite() or abs(amount) >= MONEY_HOLDS + 1:
        raise MoneyColumnError(f"the amount {value} is beyond what a money column holds")
    amount = amount.quantize(_ORE, rounding=ROUND_HALF_UP)
    if abs(amount) > MONEY_HOLDS:
        raise MoneyColumnError(f"the amount {value} is beyond what a money column holds")
    return amount


Money = MoneyType()
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
