"""The figures the services read for the reports (one small record per case or payment sum)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.money import ZERO


@dataclass(frozen=True, slots=True)
class CaseFigures:
    """One case as of a date, its amounts taken from the statement engine."""

    case_no: str
    client_no: str
    client_name: str
    status: str  # models.enums.CaseStatus value, as it stood on the date
    handler: str  # initials, "" when none
    handler_name: str
    principal: Decimal = ZERO
    interest: Decimal = ZERO
    costs: Decimal = ZERO  # fees + salary + disbursements (VAT included)
    paid: Decimal = ZERO  # payments, credits and write-offs
    balance: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class ClosedCase:
    case_no: str
    client_no: str
    client_name: str
    closed_on: date
    principal: Decimal
    collected: Decimal
    written_off: Decimal
    remaining: Decimal


@dataclass(frozen=True, slots=True)
class CollectedSum:
    """Payments of one case (or client) in one month."""

    client_no: str
    client_name: str
    month: date  # first day of the month
    case_no: str
    payments: int
    amount: Decimal
