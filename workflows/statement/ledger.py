"""Checks on the posted entries and the entries that count as of a date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from models.enums import EntryType
from workflows.statement.errors import StatementError
from workflows.statement.inputs import CaseInput, LedgerEntry

REDUCING = frozenset({EntryType.PAYMENT, EntryType.CREDIT, EntryType.WRITE_OFF})
COST_TYPES = frozenset({EntryType.FEE, EntryType.SALARY, EntryType.DISBURSEMENT})


def check_entries(case: CaseInput) -> None:
    """Refuse bad entries with a Danish message (whatever their date)."""
    claim_ids = {c.claim_id for c in case.claims}
    fee_lines = {f.fee_line_id: f for f in case.fee_lines}
    by_id: dict[int, LedgerEntry] = {}
    principal, interest, reversal = EntryType.PRINCIPAL, EntryType.INTEREST, EntryType.REVERSAL
    reversals = []
    for entry in case.entries:
        kind = entry.entry_type
        if kind is reversal or entry.reverses_entry_id is not None:
            reversals.append(entry)
        if entry.entry_id in by_id:
            raise _error(f"Posten {entry.entry_id} findes to gange.", "entry_id", "unique_entry")
        by_id[entry.entry_id] = entry
        if entry.claim_id is not None and entry.claim_id not in claim_ids:
            raise _error(
                f"Posten {entry.entry_id} henviser til en ukendt fordring ({entry.claim_id}).",
                "claim_id",
                "known_claim",
            )
        if entry.fee_line_id is not None and entry.fee_line_id not in fee_lines:
            raise _error(
                f"Posten {entry.entry_id} henviser til en ukendt gebyrlinje ({entry.fee_line_id}).",
                "fee_line_id",
                "known_fee_line",
            )
        if kind in REDUCING and entry.amount <= 0 and entry.reverses_entry_id is None:
            raise _error(
                f"Beløbet på post {entry.entry_id} ({entry.entry_type}) skal være positivt.",
                "amount",
                "positive_payment",
            )
        if kind is principal and entry.claim_id is None:
            raise _error(
                f"Hovedstolspost {entry.entry_id} mangler fordring.", "claim_id", "principal_claim"
            )
        if kind is interest and entry.claim_id is None:
            raise _error(
                f"Rentepost {entry.entry_id} mangler fordring.", "claim_id", "interest_claim"
            )
    for entry in reversals:  # once every entry is known
        _check_reversal(entry, by_id)


def _check_reversal(entry: LedgerEntry, by_id: dict[int, LedgerEntry]) -> None:
    target = by_id.get(entry.reverses_entry_id) if entry.reverses_entry_id else None
    if (
        target is None
        or _is_reversal(target)
        or entry.entry_type not in (EntryType.REVERSAL, target.entry_type)
    ):
        raise _error(
            f"Tilbageførsel {entry.entry_id} henviser ikke til en bogført post.",
            "reverses_entry_id",
            "reversal_target",
        )
    if entry.amount != -target.amount:
        raise _error(
            f"Tilbageførsel {entry.entry_id} skal have beløbet {-target.amount} "
            f"(modsat post {target.entry_id}).",
            "amount",
            "reversal_amount",
        )


def entries_as_of(entries: Iterable[LedgerEntry], as_of: date) -> list[LedgerEntry]:
    """Entries posted up to as_of, without reversals and the entries they reverse."""
    counted = []
    reversed_ids = set()
    reversal = EntryType.REVERSAL
    for e in entries:  # _is_reversal, inlined: a long case has hundreds of entries
        if e.posting_date <= as_of:
            if e.entry_type is reversal or e.reverses_entry_id is not None:
                reversed_ids.add(e.reverses_entry_id)
            else:
                counted.append(e)
    if not reversed_ids:
        return counted
    return [e for e in counted if e.entry_id not in reversed_ids]


def _is_reversal(entry: LedgerEntry) -> bool:
    """A reversal entry, or (as models.ledger posts it) an entry of the same type, negated."""
    return entry.entry_type is EntryType.REVERSAL or entry.reverses_entry_id is not None


def _error(message: str, field: str, rule: str) -> StatementError:
    return StatementError(message, field=field, rule=rule)
