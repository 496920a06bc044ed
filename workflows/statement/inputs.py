"""Frozen inputs of the statement engine: setup rows, claims, fee lines and posted entries.

The database adapter builds these from rows; the engine never reads a database.

Sign convention of `LedgerEntry.amount`: an amount is signed by its own entry type.
Debt entries (principal, fee, salary, disbursement, interest) are positive when they raise the
debt; a negative one is a downward adjustment. Reducing entries (payment, credit, write-off) carry
a positive amount that reduces the debt; zero or negative is refused. A reversal carries the
negated amount of the entry it reverses (`reverses_entry_id`) and cancels that entry as if it had
never been posted; it is either of type reversal or, as models.ledger posts corrections, of the
same type as the reversed entry.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal

from models.enums import (
    AllocationOrder,
    AllocationTarget,
    DayCount,
    EntryType,
    FeeKind,
    RateKind,
)


@dataclass(frozen=True, slots=True)
class RatePoint:
    """One dated row: a reference rate, a margin or a fixed rate, valid from a date on."""

    valid_from: date
    pct: Decimal


@dataclass(frozen=True, slots=True)
class RateCap:
    """A legal ceiling on a claim's rate: `points` are the cap in percent from each date on
    (reference rate + margin); before the first point there is no cap. `note` says why, for
    the specification (e.g. the Swedish consumer-credit cap, konsumentkreditlagen 19 a §)."""

    points: tuple[RatePoint, ...]
    note: str


@dataclass(frozen=True, slots=True)
class InterestCodeSpec:
    """An interest code (rentekode) with its setup rows.

    `reference_rates` are the reference rate points (udlånsrente, referensränta) for
    reference_plus_margin codes; `rate_rows` are the code's own rows: the margin for
    reference_plus_margin, the fixed rate for fixed; unused for claim_fixed (the claim's own rate).
    `claims_due_from`/`claims_due_to` say which claims the code is meant for (e.g. DK-MORA7:
    claims due 1 Aug 2002 - 28 Feb 2013); None means open.
    """

    code: str
    day_count: DayCount
    kind: RateKind
    rate_rows: tuple[RatePoint, ...] = ()
    reference_rates: tuple[RatePoint, ...] = ()
    claims_due_from: date | None = None
    claims_due_to: date | None = None


@dataclass(frozen=True, slots=True)
class DebtorShare:
    """A debtor on a claim: jointly liable for all (in solidum) or for a share in percent."""

    party_id: int
    in_solidum: bool = True
    share_pct: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ClaimInput:
    claim_id: int
    claim_no: str
    description: str
    invoice_date: date
    interest_code: str | None
    due_date: date | None = None
    interest_from: date | None = None
    interest_stop: date | None = None
    fixed_rate_pct: Decimal | None = None
    debtors: tuple[DebtorShare, ...] = ()
    rate_cap: RateCap | None = None  # a legal ceiling on the claim's rate (Swedish consumers)

    @property
    def effective_interest_from(self) -> date:
        """The given date, else the day after the due date, else 30 days after the invoice."""
        if self.interest_from is not None:
            return self.interest_from
        if self.due_date is not None:
            return self.due_date + timedelta(days=1)
        return self.invoice_date + timedelta(days=30)

    @property
    def age_key(self) -> tuple[date, str, int]:
        """Oldest claim first: by due date (else invoice date), then claim no."""
        return (self.due_date or self.invoice_date, self.claim_no, self.claim_id)


@dataclass(frozen=True, slots=True)
class FeeLineInput:
    """A fee, salary or disbursement line; its owed amount comes from posted entries."""

    fee_line_id: int
    claim_id: int | None
    code: str
    kind: FeeKind
    posting_date: date
    amount: Decimal
    vat_amount: Decimal = Decimal("0.00")
    interest_bearing: bool = False
    interest_code: str | None = None
    interest_from: date | None = None
    fixed_rate_pct: Decimal | None = None
    basis: Decimal | None = None  # what a table amount was looked up by (salary: the claim)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    entry_id: int
    posting_date: date
    entry_type: EntryType
    amount: Decimal
    claim_id: int | None = None
    fee_line_id: int | None = None
    debtor_party_id: int | None = None
    reverses_entry_id: int | None = None
    allocation_targets: tuple[AllocationTarget, ...] | None = None
    description: str = ""


@dataclass(slots=True, eq=False)
class _LedgerEntryRow:
    """LedgerEntry's twin without the frozen __init__ (which costs ~0.6 µs an entry)."""

    __annotations__ = {f.name: f.type for f in fields(LedgerEntry)}


def ledger_entry_from_row(*values) -> LedgerEntry:
    """LedgerEntry(*values), built fast for loading many rows: the twin's plain __init__ fills
    the identical slots, then the object becomes a (frozen) LedgerEntry."""
    entry = _LedgerEntryRow(*values)
    entry.__class__ = LedgerEntry
    return entry


@dataclass(frozen=True, slots=True)
class CaseInput:
    case_no: str
    claims: tuple[ClaimInput, ...]
    entries: tuple[LedgerEntry, ...]
    interest_codes: tuple[InterestCodeSpec, ...]
    fee_lines: tuple[FeeLineInput, ...] = ()
    currency: str = "DKK"
    allocation_order: AllocationOrder = AllocationOrder.COSTS_INTEREST_PRINCIPAL
