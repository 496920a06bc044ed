"""Amount tables of setup (fees, salary, court fees): pick the row for a date and a basis.

A table is a list of rows, each valid for claims dated from `valid_from` and for a basis up to
`basis_to` (None = open). The newest table whose valid_from is on or before the date applies.
Brackets are whole kroner in the executive order (0–1.000, 1.001–2.500 ...): a basis above a
bracket's top, even by one øre, falls in the next bracket.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

from models.money import ZERO, round_ore


@dataclass(frozen=True)
class AmountRow:
    valid_from: date
    basis_to: Decimal | None
    amount: Decimal
    pct_of_excess: Decimal | None = None
    excess_over: Decimal | None = None
    round_up_to: Decimal | None = None
    confidence: str = "HIGH"
    source: str | None = None


class NoAmountRow(LookupError):
    pass


def table_for(rows: Sequence[AmountRow], on: date) -> list[AmountRow]:
    """The rows of the newest table in force on the date, ordered by bracket."""
    starts = sorted({row.valid_from for row in rows if row.valid_from <= on})
    if not starts:
        raise NoAmountRow(f"Ingen beløbstabel gælder pr. {on:%d-%m-%Y}.")
    current = [row for row in rows if row.valid_from == starts[-1]]
    return sorted(current, key=lambda r: (r.basis_to is None, r.basis_to or ZERO))


def amount_for(rows: Sequence[AmountRow], *, on: date, basis: Decimal = ZERO) -> Decimal:
    """The amount for a basis from the table in force on the date, rounded half up to øre."""
    for row in table_for(rows, on):
        if row.basis_to is None or basis <= row.basis_to:
            return _amount_of(row, basis)
    raise NoAmountRow(f"Intet interval i beløbstabellen dækker {basis}.")


def row_for(rows: Sequence[AmountRow], *, on: date, basis: Decimal = ZERO) -> AmountRow:
    for row in table_for(rows, on):
        if row.basis_to is None or basis <= row.basis_to:
            return row
    raise NoAmountRow(f"Intet interval i beløbstabellen dækker {basis}.")


def _amount_of(row: AmountRow, basis: Decimal) -> Decimal:
    amount = row.amount
    if row.pct_of_excess is not None and row.excess_over is not None and basis > row.excess_over:
        amount += (basis - row.excess_over) * row.pct_of_excess / Decimal(100)
    if row.round_up_to:
        step = row.round_up_to
        amount = (amount / step).to_integral_value(rounding=ROUND_CEILING) * step
    return round_ore(amount)


def add_vat(amount_ex_vat: Decimal, vat_pct: Decimal) -> tuple[Decimal, Decimal]:
    """(amount incl. VAT, VAT) with the VAT rounded half up to øre."""
    vat = round_ore(amount_ex_vat * vat_pct / Decimal(100))
    return amount_ex_vat + vat, vat
