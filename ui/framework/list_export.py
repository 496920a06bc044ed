"""Export a list page: every row behind the current filter, read block by block and handed to
the pure writers in workflows.exports (Excel, CSV, PDF, Word) or to the printer."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.framework.background import Progress
from ui.framework.lazy_model import Column, FetchRows
from workflows.exports import (
    TableColumn,
    render_html,
    write_csv,
    write_docx,
    write_pdf,
    write_xlsx,
)
from workflows.exports.pdf import is_wide

BLOCK = 500
FORMATS = ("xlsx", "csv", "pdf", "docx")
_KINDS = {"text": "text", "amount": "amount", "date": "date", "int": "count", "bool": "text"}


def table_columns(columns: Sequence[Column]) -> list[TableColumn]:
    """The page's columns as export columns; yes/no columns read "Ja"/"Nej"."""
    yes_no = {
        "True": QCoreApplication.translate("ListExport", "Yes"),
        "False": QCoreApplication.translate("ListExport", "No"),
    }
    return [
        TableColumn(
            column.key,
            column.title,
            _KINDS.get(column.kind, "text"),
            yes_no if column.kind == "bool" and column.labels is None else column.labels,
        )
        for column in columns
    ]


def read_rows(
    ids: Sequence[Hashable],
    fetch_rows: FetchRows,
    *,
    progress: Progress | None = None,
    totals: dict[str, Any] | None = None,
    amount_keys: Sequence[str] = (),
) -> Iterator[Mapping[str, Any]]:
    """The rows in id order, fetched BLOCK at a time; sums the amount columns into `totals`."""
    for start in range(0, len(ids), BLOCK):
        block_ids = list(ids[start : start + BLOCK])
        fetched = fetch_rows(block_ids)
        rows = [fetched.get(i) for i in block_ids] if isinstance(fetched, Mapping) else fetched
        for row in rows:
            if row is None:
                continue
            if totals is not None:
                for key in amount_keys:
                    if row.get(key) is not None:
                        totals[key] = totals.get(key, Decimal(0)) + Decimal(row[key])
            yield row
        if progress is not None:
            progress.report(min(start + BLOCK, len(ids)), len(ids))
            progress.check()


def _prepared(columns, ids, fetch_rows, progress):
    """(export columns, streamed rows, totals that fill while the rows are read)."""
    export_columns = table_columns(columns)
    amount_keys = [c.key for c in export_columns if c.kind == "amount"]
    totals: dict[str, Any] | None = {} if amount_keys else None
    rows = read_rows(ids, fetch_rows, progress=progress, totals=totals, amount_keys=amount_keys)
    return export_columns, rows, totals


def export_list(
    path: Path,
    *,
    file_format: str,
    title: str,
    subtitle: str = "",
    columns: Sequence[Column],
    ids: Sequence[Hashable],
    fetch_rows: FetchRows,
    firm_name: str = "",
    progress: Progress | None = None,
) -> int:
    """Write the list as xlsx, csv, pdf or docx; Excel and PDF end with a totals line for the
    amount columns. Returns the number of rows written; raises Cancelled when cancelled."""
    export_columns, rows, totals = _prepared(columns, ids, fetch_rows, progress)
    if file_format == "xlsx":
        return write_xlsx(path, title=title, columns=export_columns, rows=rows, totals=totals)
    if file_format == "csv":
        return write_csv(path, columns=export_columns, rows=rows)
    if file_format == "pdf":
        return write_pdf(
            path,
            title=title,
            subtitle=subtitle,
            columns=export_columns,
            rows=rows,
            totals=totals,
            firm_name=firm_name,
        )
    if file_format == "docx":
        return write_docx(path, title=title, columns=export_columns, rows=rows)
    raise ValueError(f"unknown export format {file_format!r}; expected one of {FORMATS}")


def list_html(
    *,
    title: str,
    subtitle: str,
    columns: Sequence[Column],
    ids: Sequence[Hashable],
    fetch_rows: FetchRows,
    firm_name: str = "",
    progress: Progress | None = None,
) -> tuple[str, bool, int]:
    """(HTML for printing, landscape?, row count) of the list."""
    export_columns, rows, totals = _prepared(columns, ids, fetch_rows, progress)
    counter: list[int] = []
    html = render_html(
        title=title,
        subtitle=subtitle,
        columns=export_columns,
        rows=rows,
        totals=totals,
        firm_name=firm_name,
        counter=counter,
    )
    return html, is_wide(export_columns), counter[0]
