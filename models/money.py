"""Money is Decimal, rounded half up to øre where the rules say so."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ORE = Decimal("0.01")
ZERO = Decimal("0.00")


def to_money(value: Decimal | int | str) -> Decimal:
    """Parse an exact decimal amount (never a float) and round half up to øre."""
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a Decimal or a decimal string")
    try:
        amount = Decimal(value)
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return round_ore(amount)


def round_ore(amount: Decimal) -> Decimal:
    """Round half up (away from zero on .5) to whole øre."""
    return amount.quantize(ORE, rounding=ROUND_HALF_UP)


def money_from_sql(value, *, sqlite: bool) -> Decimal:
    """A money column's value (or a sum of one) read by plain SQL through the DB-API, without
    SQLAlchemy's types: SQLite keeps money as integer øre (models.base.MoneyType), PostgreSQL as
    NUMERIC. None (the sum of no rows) is 0.00."""
    if value is None:
        return ZERO
    if isinstance(value, float):
        raise TypeError(f"a money column gave a float: {value!r}")
    if sqlite:
        return Decimal(int(value)).scaleb(-2)
    return round_ore(Decimal(value))


def money_str(amount: Decimal) -> str:
    """The plain decimal string used in JSON output: '1234.50'."""
    return str(round_ore(amount))


def danish_kr(amount: Decimal) -> str:
    """An amount for a Danish message or letter text: '1.234,56 kr.' (Babel, da_DK)."""
    from babel.numbers import format_decimal  # only where a text is made

    return f"{format_decimal(round_ore(amount), format='#,##0.00', locale='da_DK')} kr."
