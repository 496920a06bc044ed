"""Which legal figures behind a statement are missing or unconfirmed (the database side).

FigureStatus is loaded once with the interest setup (services.statements.InterestSetup) and read
for every statement: the reference-rate tables with their unconfirmed rows, and the fee and
salary tables that have an unconfirmed row. The rule itself is pure
(workflows.statement.warnings).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import FeeAmount, FeeCode, ReferenceRate
from models.money import ZERO
from workflows.amount_tables import AmountRow
from workflows.statement import CaseInput, FigureWarning, Statement
from workflows.statement.warnings import (
    ReferenceTable,
    UsedAmount,
    amount_warnings,
    reference_warnings,
)

# table codes of the reference series (services.reference_rates.SERIES, read the other way)
TABLE_OF_SERIES = {"DK-UDLAAN": "DK", "SE-REF": "SE"}


@dataclass
class FigureStatus:
    references: dict[str, ReferenceTable] = field(default_factory=dict)  # by series
    series_of_code: dict[str, str] = field(default_factory=dict)  # interest code -> series
    fee_tables: dict[str, tuple[AmountRow, ...]] = field(default_factory=dict)
    fee_unconfirmed: frozenset = frozenset()  # (code, valid_from, basis_to)
    fee_names: dict[tuple[str, date], str] = field(default_factory=dict)
    cap_series: dict[str, str] = field(default_factory=dict)  # capped currency -> its series

    @classmethod
    def load(
        cls, session: Session, rates: Iterable[ReferenceRate], series_of_code: dict[str, str]
    ) -> FigureStatus:
        by_series: dict[str, list[ReferenceRate]] = {}
        for rate in rates:
            by_series.setdefault(rate.series, []).append(rate)
        references = {
            series: ReferenceTable(
                TABLE_OF_SERIES.get(series, series),
                tuple(r.valid_from for r in rows),
                frozenset(r.valid_from for r in rows if r.needs_confirmation),
                tuple(r.rate_pct for r in rows),
            )
            for series, rows in by_series.items()
        }
        status = cls(references, series_of_code)
        status._load_fee_tables(session)
        return status

    def _load_fee_tables(self, session: Session) -> None:
        """Only the tables that have an unconfirmed row matter (usually one or two)."""
        unconfirmed = or_(FeeAmount.confidence != "HIGH", FeeAmount.confidence.is_(None))
        codes = set(
            session.scalars(
                select(FeeAmount.fee_code).where(unconfirmed, FeeAmount.confirmed_at.is_(None))
            )
        )
        if not codes:
            return
        descriptions = dict(
            session.execute(
                select(FeeCode.code, FeeCode.description).where(FeeCode.code.in_(codes))
            ).all()
        )
        tables: dict[str, list[AmountRow]] = {}
        flagged = set()
        for row in session.scalars(select(FeeAmount).where(FeeAmount.fee_code.in_(codes))):
            tables.setdefault(row.fee_code, []).append(
                AmountRow(
                    row.valid_from, row.basis_to, row.amount, row.pct_of_excess,
                    row.excess_over, row.round_up_to, row.confidence, row.source,
                )
            )  # fmt: skip
            if row.needs_confirmation:
                flagged.add((row.fee_code, row.valid_from, row.basis_to))
                name = descriptions.get(row.fee_code, row.fee_code).lower()
                table = f" (tabel {row.table_name})" if row.table_name else ""
                self.fee_names[row.fee_code, row.valid_from] = f"{name}{table}"
        self.fee_tables = {code: tuple(rows) for code, rows in tables.items()}
        self.fee_unconfirmed = frozenset(flagged)


def statement_warnings(
    statement: Statement, data: CaseInput, status: FigureStatus
) -> tuple[FigureWarning, ...]:
    """The statement's warnings: missing half-year rows and unconfirmed rate rows its interest
    ran through, and unconfirmed table rows its fee and salary lines were taken from."""
    claim_ids = {c.claim_id for c in statement.claims}
    # a capped claim's cap moves with the reference rate too (the Swedish referensränta)
    caps = {c.claim_id: c.rate_cap for c in data.claims if c.rate_cap is not None}
    cap_series = status.cap_series.get(data.currency)
    spans: dict[str, list[tuple[date, date]]] = {}
    for span in statement.rate_spans:
        if span.claim_id is not None and span.claim_id not in claim_ids:
            continue  # a debtor's statement: a claim he is not liable for
        series = status.series_of_code.get(span.code)
        if series in status.references:
            spans.setdefault(series, []).append((span.first, span.last))
        cap = caps.get(span.claim_id)
        if cap is not None and cap_series in status.references and cap.points:
            first = max(span.first, cap.points[0].valid_from)
            if first <= span.last:
                spans.setdefault(cap_series, []).append((first, span.last))
    found: list[FigureWarning] = []
    for series, days in spans.items():
        found.extend(reference_warnings(status.references[series], days))
    if status.fee_tables:
        found.extend(
            amount_warnings(
                _used_amounts(statement, data, status, claim_ids),
                status.fee_tables,
                status.fee_unconfirmed,
                status.fee_names,
            )
        )
    return tuple(found)


def _used_amounts(
    statement: Statement, data: CaseInput, status: FigureStatus, claim_ids: set[int]
) -> list[UsedAmount]:
    claim_dates = {c.claim_id: c.due_date or c.invoice_date for c in data.claims}
    newest = max(claim_dates.values(), default=None)
    used = []
    for line in data.fee_lines:
        if line.code not in status.fee_tables or line.posting_date > statement.as_of:
            continue
        if line.claim_id is not None and line.claim_id not in claim_ids:
            continue
        claim_date = claim_dates.get(line.claim_id, newest) if line.claim_id else newest
        if claim_date is None:
            continue
        ex_vat = line.amount - (line.vat_amount or ZERO)
        used.append(UsedAmount(line.code, claim_date, line.basis or Decimal(0), ex_vat))
    return used
