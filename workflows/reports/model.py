"""What a report is: its definition (parameters it takes), its columns, rows and totals.

Reports are pure: the services hand in figures already read (and statements already computed),
the builders here only group, sum and lay out. Amounts are Decimal to the øre; a totals row is
always the sum of the lines above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from models.money import ZERO


class ColumnKind(StrEnum):
    TEXT = "text"
    DATE = "date"
    AMOUNT = "amount"
    COUNT = "count"


class PeriodKind(StrEnum):
    AS_OF = "as_of"  # one date: figures as they stood that day
    PERIOD = "period"  # from .. to, both included


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # Danish; the UI shows it as is
    kind: ColumnKind = ColumnKind.TEXT

    @property
    def summed(self) -> bool:
        return self.kind in (ColumnKind.AMOUNT, ColumnKind.COUNT)


@dataclass(frozen=True)
class ReportDefinition:
    report_id: str
    title: str  # Danish
    description: str  # Danish, one sentence for the report list
    period_kind: PeriodKind
    has_detailed: bool = False  # general (per client) or detailed (per case)
    has_client_filter: bool = True
    chart_column: str | None = None  # the amount column worth a small bar chart


@dataclass(frozen=True)
class ReportParams:
    as_of: date | None = None
    period_from: date | None = None
    period_to: date | None = None
    client_no: str | None = None
    detailed: bool = False


Row = tuple  # one value per column: str, date, Decimal or int


@dataclass(frozen=True)
class ReportResult:
    report_id: str
    title: str
    subtitle: str  # the parameters in words: "Pr. 23-11-2026 · klient 10001 · detaljeret"
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    totals: Row
    chart_label_column: str | None = None
    chart_value_column: str | None = None
    params: ReportParams = field(default_factory=ReportParams)

    @property
    def wide(self) -> bool:
        return len(self.columns) > 7

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def to_json_dict(self) -> dict:
        def plain(value):
            if isinstance(value, Decimal):
                return f"{value:.2f}"
            if isinstance(value, date):
                return value.isoformat()
            return value

        return {
            "report_id": self.report_id,
            "title": self.title,
            "subtitle": self.subtitle,
            "columns": [
                {"key": c.key, "title": c.title, "kind": str(c.kind)} for c in self.columns
            ],
            "rows": [
                {c.key: plain(v) for c, v in zip(self.columns, row, strict=True)}
                for row in self.rows
            ],
            "totals": {c.key: plain(v) for c, v in zip(self.columns, self.totals, strict=True)},
        }


TOTAL_LABEL = "I alt"


def totals_row(columns: Sequence[Column], rows: Sequence[Row]) -> Row:
    """The sum of every amount and count column; 'I alt' in the first column, blanks elsewhere."""
    totals: list = []
    for index, column in enumerate(columns):
        if column.kind is ColumnKind.AMOUNT:
            totals.append(sum((row[index] for row in rows), ZERO))
        elif column.kind is ColumnKind.COUNT:
            totals.append(sum(row[index] for row in rows))
        else:
            totals.append(TOTAL_LABEL if index == 0 else "")
    return tuple(totals)
