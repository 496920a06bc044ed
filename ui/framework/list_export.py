"""Export a list page to Excel: every row behind the current filter, read block by block."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from decimal import Decimal
from pathlib import Path

from ui.framework.background import Progress
from ui.framework.lazy_model import Column, FetchRows

BLOCK = 500
AMOUNT_FORMAT = "#,##0.00"
DATE_FORMAT = "dd-mm-yyyy"


def export_to_excel(
    path: Path,
    *,
    title: str,
    columns: Sequence[Column],
    ids: Sequence[Hashable],
    fetch_rows: FetchRows,
    progress: Progress | None = None,
) -> int:
    """Write the rows to an .xlsx file; amounts stay exact decimals with two places shown.

    Returns the number of rows written. Stops (raising Cancelled) when the user cancels.
    """
    from openpyxl import Workbook  # only when someone exports

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31] or "Liste")
    sheet.append([column.title for column in columns])
    written = 0
    for start in range(0, len(ids), BLOCK):
        block_ids = list(ids[start : start + BLOCK])
        fetched = fetch_rows(block_ids)
        rows = [fetched.get(i) for i in block_ids] if isinstance(fetched, dict) else fetched
        for row in rows:
            if row is None:
                continue
            sheet.append([_cell(sheet, row.get(column.key), column) for column in columns])
            written += 1
        if progress is not None:
            progress.report(min(start + BLOCK, len(ids)), len(ids))
            progress.check()
    workbook.save(path)
    return written


def _cell(sheet, value, column: Column):
    from openpyxl.cell import WriteOnlyCell

    if value is None:
        return None
    if column.labels is not None:
        return column.labels.get(str(value), str(value))
    if column.kind == "amount":
        cell = WriteOnlyCell(sheet, value=Decimal(value))
        cell.number_format = AMOUNT_FORMAT
        return cell
    if column.kind == "date" and isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value
