"""Excel (.xlsx): amounts stay exact decimals shown with two places, dates are real dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from models.money import round_ore
from workflows.exports.columns import TableColumn
from workflows.private_files import private_target

AMOUNT_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
DATE_FORMAT = "dd-mm-yyyy"
TOTAL_TEXT = "I alt"
_WIDTH = {"text": 28, "date": 12, "amount": 16, "count": 10}


def write_xlsx(
    path: Path | str,
    *,
    title: str,
    columns: Sequence[TableColumn],
    rows: Iterable[Mapping[str, Any]],
    totals: Mapping[str, Any] | None = None,
) -> int:
    """One sheet named after the title: a bold header (frozen), the rows, and a bold totals
    line when `totals` (column key -> value) is given. Returns the number of rows written."""
    from openpyxl import Workbook  # only when someone exports
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(title))
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        width = max(_WIDTH[column.kind], min(len(column.title) + 2, 40))
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)

    def header_cell(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        return cell

    sheet.append([header_cell(column.title) for column in columns])
    written = 0
    for row in rows:
        sheet.append([_cell(sheet, row.get(column.key), column) for column in columns])
        written += 1
    if totals is not None:
        line = []
        for index, column in enumerate(columns):
            value = totals.get(column.key)
            if value is None and index == 0:
                line.append(header_cell(TOTAL_TEXT))
                continue
            cell = _cell(sheet, value, column)
            if not hasattr(cell, "font"):
                cell = WriteOnlyCell(sheet, value=cell)
            cell.font = bold
            line.append(cell)
        sheet.append(line)
    workbook.save(private_target(path))
    return written


def _sheet_title(title: str) -> str:
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:31] or "Liste"


def _cell(sheet, value, column: TableColumn):
    from openpyxl.cell import WriteOnlyCell

    if value is None:
        return None
    if column.labels is not None:
        return column.labels.get(str(value), str(value))
    if column.kind == "amount":
        cell = WriteOnlyCell(sheet, value=round_ore(Decimal(value)))
        cell.number_format = AMOUNT_FORMAT
        return cell
    if column.kind == "count" and isinstance(value, int):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = COUNT_FORMAT
        return cell
    if column.kind == "date" and isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value if isinstance(value, (int, str)) else str(value)
