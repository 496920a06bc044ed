"""Collection salary (inkassosalær) from the amount table valid for the claim's date.

The table rows are setup data (BEK om udenretlige inddrivelsesomkostninger, bilag 1). A bracket
covers amounts up to and including its whole-krone top, so anything above a top, even by one øre,
falls in the next bracket (1.000,01 kr. → the 1.001-2.500 bracket).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.money import ZERO, round_ore
from workflows.amount_tables import AmountRow, NoAmountRow, amount_for, row_for
from workflows.statement.errors import StatementError

_HUNDRED = Decimal(100)


# A salary table row is an amount-table row (valid_from, basis_to, amount, % of the excess).
SalaryBracket = AmountRow


@dataclass(frozen=True, slots=True)
class SalaryResult:
    basis: Decimal
    bracket: SalaryBracket
    amount_ex_vat: Decimal
    vat: Decimal

    @property
    def total(self) -> Decimal:
        return self.amount_ex_vat + self.vat


def salary_basis(
    *, principal_incl_vat: Decimal, interest_before_due: Decimal = ZERO, agreed_fees: Decimal = ZERO
) -> Decimal:
    """The 'fordring': principal incl. VAT + interest before the due date + agreed fees.

    Interest after the due date (morarenter), reminder fees and compensation are not part of it.
    """
    return principal_incl_vat + interest_before_due + agreed_fees


def collection_salary(
    *,
    basis: Decimal,
    claim_date: date,
    table: Sequence[SalaryBracket],
    vat_rate_pct: Decimal,
    client_vat_registered: bool,
) -> SalaryResult:
    """The maximum salary for `basis`; VAT is added only when the client is not VAT-registered."""
    if basis < 0:
        raise StatementError(
            "Grundlaget for inkassosalær kan ikke være negativt.", field="basis", rule="salary"
        )
    try:
        bracket = row_for(table, on=claim_date, basis=basis)
        amount = amount_for(table, on=claim_date, basis=basis)
    except NoAmountRow as exc:
        raise StatementError(
            f"Ingen salærtabel gælder for fordringer fra {claim_date:%d-%m-%Y}.",
            field="claim_date",
            rule="salary_table",
        ) from exc
    vat = ZERO if client_vat_registered else round_ore(amount * vat_rate_pct / _HUNDRED)
    return SalaryResult(basis, bracket, amount, vat)
