"""The result of reading a bank payment file, whatever its format.

A parser either returns a whole ParsedPaymentFile whose payments agree with the file's own control
totals, or raises PaymentFileError; there is no partial result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class ReferenceKind(StrEnum):
    OCR = "ocr"  # a numeric payment reference with a check digit (e.g. Swedish OCR)
    FIK71 = "fik71"  # Danish FI-card +71: 15-digit payment id
    FIK73 = "fik73"  # Danish FI-card +73: no id, the payer's text
    FIK75 = "fik75"  # Danish FI-card +75: 16-digit payment id (and text)
    CREDITOR_REF = "creditor_ref"  # ISO 11649 RF creditor reference
    E2E = "e2e"  # the payer's end-to-end id, nothing better given
    TEXT = "text"  # free text (or nothing)


class PaymentFileError(ValueError):
    """A payment file refused whole. The message is Danish and names the line or element."""

    def __init__(
        self, problem: str, line_no: int | None = None, *, element_path: str | None = None
    ) -> None:
        self.problem = problem
        self.line_no = line_no
        self.element_path = element_path
        super().__init__(_where(line_no, element_path) + problem)


def _where(line_no: int | None, element_path: str | None) -> str:
    if element_path and line_no:
        return f"Element {element_path} (linje {line_no}): "
    if element_path:
        return f"Element {element_path}: "
    if line_no:
        return f"Linje {line_no}: "
    return ""


@dataclass(frozen=True, slots=True)
class ExtraReference:
    """A further reference a payer gave with one payment (BgMax TK22/TK23)."""

    reference: str
    reference_kind: ReferenceKind
    reference_valid: bool
    amount: Decimal  # signed: TK23 references carry a negative amount
    line_no: int | None = None


@dataclass(frozen=True, slots=True)
class ParsedPayment:
    """One incoming payment (or, in ParsedPaymentFile.deductions, one deduction)."""

    booking_date: date
    amount: Decimal  # always > 0
    currency: str
    reference: str
    reference_kind: ReferenceKind
    # False: the reference failed its check digit (or the bank said so); match it by hand.
    reference_valid: bool
    payer_name: str = ""
    payer_account: str = ""
    bank_reference: str = ""
    value_date: date | None = None
    text: str = ""  # remittance text beside the reference
    extra_references: tuple[ExtraReference, ...] = ()
    line_no: int | None = None
    element_path: str | None = None
    raw: str = ""

    @property
    def matchable_references(self) -> tuple[str, ...]:
        """References worth matching on: valid ones, the payment's own first."""
        found = [self.reference] if self.reference and self.reference_valid else []
        found += [x.reference for x in self.extra_references if x.reference_valid and x.reference]
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class ControlTotals:
    """What the file itself declares (see docs/payment-files.md for each format's meaning)."""

    count: int
    amount_by_currency: Mapping[str, Decimal] = field(default_factory=dict)

    @property
    def amount(self) -> Decimal | None:
        """The declared total when the file holds one currency, else None."""
        if len(self.amount_by_currency) == 1:
            return next(iter(self.amount_by_currency.values()))
        return None


@dataclass(frozen=True, slots=True)
class ParsedPaymentFile:
    format: str  # "camt.054" | "fi" | "bgmax"
    file_sha256: str
    file_id: str  # the file's own message / batch identity
    created: date | None
    currency: str | None  # None when the file mixes currencies
    payments: tuple[ParsedPayment, ...]
    control_totals: ControlTotals | None
    deductions: tuple[ParsedPayment, ...] = ()  # money out: BgMax TK21, camt.054 DBIT
    is_test: bool = False  # the file says it is a test delivery (BgMax 'T')

    def __post_init__(self) -> None:
        check_texts(self)

    def total_by_currency(self) -> dict[str, Decimal]:
        """Payments less deductions, per currency."""
        totals: dict[str, Decimal] = {}
        for payment in self.payments:
            totals[payment.currency] = totals.get(payment.currency, Decimal(0)) + payment.amount
        for deduction in self.deductions:
            totals[deduction.currency] = (
                totals.get(deduction.currency, Decimal(0)) - deduction.amount
            )
        return totals


def single_currency(currencies: set[str]) -> str | None:
    return next(iter(currencies)) if len(currencies) == 1 else None


# The columns that keep a bank file's texts (models.journal: PaymentFileImport, BankPayment), so a
# file id or reference PostgreSQL would refuse is refused here, on SQLite too, with the field named.
FILE_ID_LENGTH = 120
TEXT_LENGTHS = {
    "reference": ("referencen", 140),
    "payer_name": ("betalerens navn", 140),
    "payer_account": ("betalerens konto", 60),
    "bank_reference": ("bankens reference (AcctSvcrRef)", 80),
    "currency": ("valutakoden", 3),
}
# NUL and the other C0 control characters but tab/newline/CR, and lone surrogates.
_BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def check_texts(parsed: ParsedPaymentFile) -> None:
    """Refuse the file whole when an id or reference is longer than its column or holds NUL,
    control characters or lone surrogates; the message names the field and the line/element."""
    _check("filens id (MsgId / felt 2)", parsed.file_id, FILE_ID_LENGTH, None, None)
    for payment in (*parsed.payments, *parsed.deductions):
        for name, (label, length) in TEXT_LENGTHS.items():
            _check(label, getattr(payment, name), length, payment.line_no, payment.element_path)
        _check("teksten", payment.text, None, payment.line_no, payment.element_path)
        for extra in payment.extra_references:
            _check("referencen", extra.reference, 140, extra.line_no, payment.element_path)


def _check(label: str, value: str | None, length: int | None, line_no, element_path) -> None:
    if not value:
        return
    if length is not None and len(value) > length:
        raise PaymentFileError(
            f"{label} er for lang ({len(value)} tegn; højst {length})",
            line_no,
            element_path=element_path,
        )
    if _BAD_CHARACTERS.search(value):
        raise PaymentFileError(
            f"{label} indeholder tegn, der ikke kan gemmes (NUL, kontroltegn eller enlige "
            "surrogater)",
            line_no,
            element_path=element_path,
        )
