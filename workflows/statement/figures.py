"""Turn what a run found for a claim into figures with their specification lines (in Danish)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from models.enums import EntryType
from models.money import ZERO, round_ore
from workflows.statement.accrual import InterestAccrual, InterestPeriod
from workflows.statement.inputs import FeeLineInput, LedgerEntry
from workflows.statement.rates import RateSchedule
from workflows.statement.results import (
    FIGURES,
    Allocation,
    Bucket,
    ClaimStatement,
    Figures,
    InterestPeriods,
    SpecLine,
)

_ENTRY_TEXT = {
    EntryType.PRINCIPAL: "Hovedstol",
    EntryType.INTEREST: "Bogført rente",
    EntryType.FEE: "Gebyr",
    EntryType.SALARY: "Inkassosalær",
    EntryType.DISBURSEMENT: "Udlæg",
    EntryType.PAYMENT: "Indbetaling",
    EntryType.CREDIT: "Kreditering",
    EntryType.WRITE_OFF: "Afskrivning",
}
BUCKET_TEXT = {
    Bucket.PRINCIPAL: "hovedstol",
    Bucket.INTEREST: "renter",
    Bucket.FEE: "gebyrer",
    Bucket.SALARY: "salær",
    Bucket.COST: "udlæg",
    Bucket.OVERPAYMENT: "overskydende beløb (tilgodehavende)",
}
_SUMMED = tuple(name for name in FIGURES if name != "balance")
_FIGURE_OF_COST = {
    EntryType.FEE: "fees",
    EntryType.SALARY: "salary",
    EntryType.DISBURSEMENT: "costs",
}


@dataclass
class FigureSources:
    principal_entries: list[LedgerEntry] = field(default_factory=list)
    interest_entries: list[LedgerEntry] = field(default_factory=list)
    cost_entries: list[tuple[LedgerEntry, FeeLineInput | None]] = field(default_factory=list)
    fee_lines: list[tuple[FeeLineInput, Decimal]] = field(default_factory=list)
    accruals: list[tuple[str, InterestAccrual]] = field(default_factory=list)


Allocations = Callable[[], Sequence[tuple[Allocation, LedgerEntry]]]


def build_claim_statement(
    claim_id: int | None,
    claim_no: str,
    description: str,
    sources: FigureSources,
    *,
    paid: Decimal,
    allocations: Allocations,
) -> ClaimStatement:
    """`paid` is the sum of what `allocations` (asked only for the lines) gave the claim."""
    principal_periods: Sequence[InterestPeriod] = ()
    capped = None
    for label, accrual in sources.accruals:
        if not label:
            principal_periods = _periods_of(accrual)
            capped = accrual.schedule if accrual.schedule.cap_note else None
    amounts = dict.fromkeys(FIGURES, ZERO)
    amounts["principal"] = sum((e.amount for e in sources.principal_entries), ZERO)
    amounts["interest"] = sum((a.closed_total for _, a in sources.accruals), ZERO) + sum(
        (e.amount for e in sources.interest_entries), ZERO
    )
    for entry, _ in sources.cost_entries:
        amounts[_FIGURE_OF_COST[entry.entry_type]] += entry.amount
    amounts["vat"] = sum((fee_line_vat(line, posted) for line, posted in sources.fee_lines), ZERO)
    amounts["paid"] = paid
    del amounts["balance"]
    figures = Figures(amounts=amounts, build_lines=lambda: _claim_lines(sources, allocations()))
    return ClaimStatement(claim_id, claim_no, description, figures, principal_periods, capped)


def _periods_of(accrual: InterestAccrual) -> InterestPeriods:
    return InterestPeriods(build=lambda: accrual.periods)


def _claim_lines(
    sources: FigureSources, allocations: Sequence[tuple[Allocation, LedgerEntry]]
) -> dict[str, tuple[SpecLine, ...]]:
    lines: dict[str, list[SpecLine]] = {name: [] for name in FIGURES}
    lines["principal"].extend(_entry_line(e) for e in sources.principal_entries)
    for label, accrual in sources.accruals:
        lines["interest"].extend(period_line(p, label, accrual.schedule) for p in accrual.periods)
    lines["interest"].extend(_entry_line(e) for e in sources.interest_entries)
    for entry, line in sources.cost_entries:
        lines[_FIGURE_OF_COST[entry.entry_type]].append(_entry_line(entry, line))
    for line, posted in sources.fee_lines:
        vat = fee_line_vat(line, posted)
        if vat:
            lines["vat"].append(SpecLine(line.posting_date, f"Moms af {line.code}", vat))
    lines["paid"].extend(allocation_line(a, e) for a, e in allocations)
    return {name: tuple(found) for name, found in lines.items()}


def sum_figures(parts: Sequence[Figures], extra_paid: Sequence[SpecLine] = ()) -> Figures:
    """The case totals: every line of every part, plus the overpayments (credit balance)."""
    amounts = dict.fromkeys(_SUMMED, ZERO)
    for part in parts:
        found = part.known_amounts()
        for name in _SUMMED:
            amounts[name] += found[name]
    amounts["paid"] += sum((line.amount for line in extra_paid), ZERO)

    def build_lines() -> dict[str, tuple[SpecLine, ...]]:
        lines = {
            name: [line for part in parts for line in part.lines.get(name, ())] for name in FIGURES
        }
        lines["paid"].extend(extra_paid)
        return {name: tuple(found) for name, found in lines.items()}

    return Figures(amounts=amounts, build_lines=build_lines)


def fee_line_vat(line: FeeLineInput, posted: Decimal) -> Decimal:
    """The VAT inside the posted amount of a fee line (its set VAT, pro rata if adjusted)."""
    if posted == line.amount:
        return line.vat_amount
    if not line.amount:
        return ZERO
    return round_ore(line.vat_amount * posted / line.amount)


def period_line(
    period: InterestPeriod, label: str = "", schedule: RateSchedule | None = None
) -> SpecLine:
    rate = f"{period.rate_pct}".replace(".", ",")
    what = f"Rente af {label}" if label else "Rente"
    text = (
        f"{what} {period.first:%d-%m-%Y} – {period.last:%d-%m-%Y}: {period.days} dage "
        f"à {rate} % p.a. ({period.day_count}) af {period.base}"
    )
    why = schedule.cap_text(period.first) if schedule is not None and schedule.cap_note else ""
    if why:
        text += f" – {why}"
    return SpecLine(period.first, text, period.amount)


def allocation_line(allocation: Allocation, entry: LedgerEntry) -> SpecLine:
    what = entry.description or _ENTRY_TEXT[entry.entry_type]
    text = f"{what} → {BUCKET_TEXT[allocation.bucket]}"
    return SpecLine(allocation.posting_date, text, allocation.amount, allocation.entry_id)


def _entry_line(entry: LedgerEntry, line: FeeLineInput | None = None) -> SpecLine:
    text = entry.description or _ENTRY_TEXT[entry.entry_type]
    if line is not None and not entry.description:
        text = f"{text} ({line.code})"
    return SpecLine(entry.posting_date, text, entry.amount, entry.entry_id)
