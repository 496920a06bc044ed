"""Small builders so a test reads as its worked example."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from models.enums import AllocationOrder, EntryType
from tests.statements.rules.setup_rows import ALL_CODES
from workflows.statement import CaseInput, ClaimInput, LedgerEntry

D = Decimal


def claim(
    claim_id: int,
    *,
    due: date | None,
    code: str | None = "DK-MORA",
    invoice: date | None = None,
    description: str | None = None,
    **kw,
) -> ClaimInput:
    return ClaimInput(
        claim_id=claim_id,
        claim_no=f"F{claim_id}",
        description=description or f"Faktura {claim_id}",
        invoice_date=invoice or due or date(2024, 1, 1),
        interest_code=code,
        due_date=due,
        **kw,
    )


class Entries:
    """Hands out entry ids in order."""

    def __init__(self) -> None:
        self.rows: list[LedgerEntry] = []

    def add(self, entry_type: EntryType, day: date, amount: str, **kw) -> LedgerEntry:
        entry = LedgerEntry(len(self.rows) + 1, day, entry_type, D(amount), **kw)
        self.rows.append(entry)
        return entry

    def principal(self, claim_id: int, day: date, amount: str) -> LedgerEntry:
        return self.add(EntryType.PRINCIPAL, day, amount, claim_id=claim_id)

    def payment(self, day: date, amount: str, **kw) -> LedgerEntry:
        return self.add(EntryType.PAYMENT, day, amount, **kw)


def case(
    claims, entries, *, fee_lines=(), order=AllocationOrder.COSTS_INTEREST_PRINCIPAL
) -> CaseInput:
    rows = entries.rows if isinstance(entries, Entries) else entries
    return CaseInput(
        case_no="2026-0001",
        claims=tuple(claims),
        entries=tuple(rows),
        interest_codes=ALL_CODES,
        fee_lines=tuple(fee_lines),
        allocation_order=order,
    )
