"""Word (.docx): a heading and a table; landscape when the list is wide."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from workflows.exports.columns import TableColumn, cell_text
from workflows.exports.pdf import is_wide
from workflows.private_files import private_target

FONT_SIZE_PT = 8


def write_docx(
    path: Path | str,
    *,
    title: str,
    columns: Sequence[TableColumn],
    rows: Iterable[Mapping[str, Any]],
) -> int:
    """Returns the number of rows written."""
    from docx import Document  # only when someone exports
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if is_wide(columns):
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    document.styles["Normal"].font.size = Pt(FONT_SIZE_PT)
    document.add_heading(title, level=1)

    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Light Grid Accent 1"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    right = WD_ALIGN_PARAGRAPH.RIGHT
    _repeat_as_header(table.rows[0])
    for cell, column in zip(table.rows[0].cells, columns, strict=True):
        cell.text = column.title
        if column.numeric:
            cell.paragraphs[0].alignment = right
    written = 0
    for row in rows:
        cells = table.add_row().cells
        for cell, column in zip(cells, columns, strict=True):
            cell.text = cell_text(row.get(column.key), column)
            if column.numeric:
                cell.paragraphs[0].alignment = right
        written += 1
    document.save(str(private_target(path)))
    return written


def _repeat_as_header(row) -> None:
    """Mark the heading row so Word repeats it at the top of every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)
