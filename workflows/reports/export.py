"""A report as Excel, PDF or CSV, through the generic table exporters in workflows.exports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from workflows.exports import TableColumn, write_csv, write_pdf, write_xlsx
from workflows.reports.model import ReportResult


def table_columns(result: ReportResult) -> list[TableColumn]:
    return [TableColumn(c.key, c.title, str(c.kind)) for c in result.columns]


def _rows(result: ReportResult) -> Iterator[dict]:
    keys = [c.key for c in result.columns]
    for row in result.rows:
        yield dict(zip(keys, row, strict=True))


def _totals(result: ReportResult) -> dict:
    return dict(zip((c.key for c in result.columns), result.totals, strict=True))


def export_report(
    result: ReportResult, *, target: Path, fmt: str, firm: str, printed_on: date
) -> Path:
    columns = table_columns(result)
    if fmt == "xlsx":
        write_xlsx(
            target, title=result.title, columns=columns, rows=_rows(result), totals=_totals(result)
        )
    elif fmt == "pdf":
        write_pdf(
            target,
            title=result.title,
            subtitle=result.subtitle,
            columns=columns,
            rows=_rows(result),
            totals=_totals(result),
            firm_name=firm,
            printed_on=printed_on,
        )
    elif fmt == "csv":
        # the totals line closes the file as it closes the report on screen
        rows = [*_rows(result), _totals(result)]
        write_csv(target, columns=columns, rows=rows)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return target


def report_html(result: ReportResult, *, firm: str, printed_on: date) -> tuple[str, bool]:
    """(HTML of the report, landscape?) for printing from the program."""
    from workflows.exports import render_html
    from workflows.exports.pdf import is_wide

    columns = table_columns(result)
    html = render_html(
        title=result.title,
        subtitle=result.subtitle,
        columns=columns,
        rows=_rows(result),
        totals=_totals(result),
        firm_name=firm,
        printed_on=printed_on,
    )
    return html, is_wide(columns)
