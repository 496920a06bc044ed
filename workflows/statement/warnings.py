"""Warnings a statement carries when a legal figure behind it is missing or unconfirmed.

A statement still computes when the reference-rate table has no row for a 1 January or 1 July
its interest runs through (the last known rate goes on), or when it uses a figure no one has
confirmed; but it says so, wherever it is shown (JSON, PDF, letters, the case card).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from workflows.amount_tables import AmountRow, NoAmountRow, amount_for, row_for

MISSING = "reference_rate_missing"
UNCONFIRMED = "figure_unconfirmed"
_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class FigureWarning:
    code: str  # MISSING or UNCONFIRMED
    table: str  # DK / SE for reference rates, the fee or tariff code for amounts
    date: date  # the half-year without a row, or the unconfirmed row's valid_from
    message: str  # Danish

    def to_json_dict(self) -> dict:
        return {
            "code": self.code,
            "table": self.table,
            "date": self.date.isoformat(),
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class ReferenceTable:
    """A reference-rate table as the warnings see it: its row dates and which are unconfirmed."""

    table: str  # DK, SE
    starts: tuple[date, ...]  # sorted
    unconfirmed: frozenset[date] = frozenset()
    rates: tuple[Decimal, ...] = ()  # parallel to starts, for the messages


def long_date(day: date) -> str:
    """1. juli 2026"""
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def half_year_starts(first: date, last: date) -> list[date]:
    """Every 1 January and 1 July from first to last, both included."""
    found = []
    for year in range(first.year, last.year + 1):
        for month in (1, 7):
            day = date(year, month, 1)
            if first <= day <= last:
                found.append(day)
    return found


def missing_message(table: str, day: date) -> str:
    return f"Referencesats mangler for {long_date(day)} ({table})"


def missing_reference_rows(table: ReferenceTable, *, first: date, last: date) -> list[date]:
    """The half-year dates from first to last (not before the table's first row) without a row."""
    if not table.starts:
        return []
    have = set(table.starts)
    return [d for d in half_year_starts(max(first, table.starts[0]), last) if d not in have]


def reference_warnings(
    table: ReferenceTable, spans: Iterable[tuple[date, date]]
) -> list[FigureWarning]:
    """Warnings for the days first..last of each span that interest ran at this table's rates."""
    missing: set[date] = set()
    unconfirmed: set[int] = set()
    starts = table.starts
    for first, last in _merged(spans):
        missing.update(missing_reference_rows(table, first=first, last=last))
        if table.unconfirmed:
            for index, start in enumerate(starts):
                end = starts[index + 1] if index + 1 < len(starts) else date.max
                if start in table.unconfirmed and start <= last and end > first:
                    unconfirmed.add(index)
    warnings = [
        FigureWarning(
            MISSING,
            table.table,
            day,
            f"{missing_message(table.table, day)}: renten er beregnet med den senest kendte sats.",
        )
        for day in sorted(missing)
    ]
    for index in sorted(unconfirmed):
        rate = f" ({_pct(table.rates[index])})" if table.rates else ""
        warnings.append(
            FigureWarning(
                UNCONFIRMED,
                table.table,
                starts[index],
                f"Referencesatsen ({table.table}) pr. {long_date(starts[index])}{rate} "
                "er ikke bekræftet.",
            )
        )
    return warnings


def _merged(spans: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """The spans as few as possible (the claims of a case mostly run over the same days)."""
    merged: list[list[date]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return [(first, last) for first, last in merged]


@dataclass(frozen=True, slots=True)
class UsedAmount:
    """A fee or salary line as the warnings see it: which table row its amount came from."""

    code: str
    claim_date: date  # the date that picks the table (the newest betalingskrav)
    basis: Decimal
    amount_ex_vat: Decimal


def amount_warnings(
    used: Iterable[UsedAmount],
    tables: dict[str, Sequence[AmountRow]],
    unconfirmed: frozenset[tuple[str, date, Decimal | None]],
    names: dict[tuple[str, date], str] | None = None,
) -> list[FigureWarning]:
    """A warning per unconfirmed table row a line's amount was taken from (an amount typed by
    hand, not equal to the row's, took nothing from it)."""
    found: dict[tuple[str, date], FigureWarning] = {}
    for line in used:
        rows = tables.get(line.code)
        if not rows:
            continue
        try:
            row = row_for(rows, on=line.claim_date, basis=line.basis)
            from_table = amount_for(rows, on=line.claim_date, basis=line.basis)
        except NoAmountRow:
            continue
        key = (line.code, row.valid_from)
        if (line.code, row.valid_from, row.basis_to) not in unconfirmed or key in found:
            continue
        if from_table != line.amount_ex_vat:
            continue
        name = (names or {}).get(key) or line.code
        found[key] = FigureWarning(
            UNCONFIRMED,
            line.code,
            row.valid_from,
            f"Beløbet fra {name} (gældende fra {long_date(row.valid_from)}) er ikke bekræftet.",
        )
    return list(found.values())


def _pct(rate: Decimal) -> str:
    text = f"{rate.quantize(Decimal('0.01'))}".replace(".", ",")
    return f"{text} %"
