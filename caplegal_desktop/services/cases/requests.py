"""What a caller asks a service to create: plain data, validated by the service.

ClientInput and PartyInput live in master_data.inputs and are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from caplegal_desktop.services.master_data import ClientInput, PartyInput


@dataclass
class ClaimDebtorInput:
    debtor_index: int
    in_solidum: bool = True
    share_pct: Decimal | None = None


@dataclass
class FeeInput:
    fee_code: str
    amount: Decimal | None = None  # None: from the setup table
    basis: Decimal | None = None
    posting_date: date | None = None
    claim_index: int | None = None  # None: a case-level fee


@dataclass
class ClaimInput:
    description: str
    invoice_date: date
    principal: Decimal
    due_date: date | None = None
    invoice_no: str | None = None
    ocr: str | None = None
    customer_no: str | None = None
    interest_code: str | None = None
    interest_rate_pct: Decimal | None = None
    interest_from: date | None = None
    debtors: list[ClaimDebtorInput] | None = None  # None: every debtor, in solidum


@dataclass
class PaymentInput:
    date: date
    amount: Decimal
    reference: str | None = None


@dataclass
class NewCase:
    client: ClientInput
    debtors: list[PartyInput]
    claims: list[ClaimInput]
    case_type: str | None = None
    regarding: str | None = None
    currency: str | None = None
    external_ref: str | None = None
    team: str | None = None
    legal_department: str | None = None
    department: str | None = None  # the client's department code (afdeling), optional
    responsible_initials: str | None = None
    handler_initials: str | None = None
    salary_code: str | None = None
    vat_registered: bool | None = None  # None: the client's own setting
    fees: list[FeeInput] = field(default_factory=list)
    payments: list[PaymentInput] = field(default_factory=list)
    add_automatic_fees: bool = True
    created_on: date | None = None


__all__ = [
    "ClaimDebtorInput",
    "ClaimInput",
    "ClientInput",
    "FeeInput",
    "NewCase",
    "PartyInput",
    "PaymentInput",
]
