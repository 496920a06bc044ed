"""Generic list exports (Excel, CSV, PDF, Word), pure: columns + rows in, a file out.

Rows are any iterable of mappings keyed by `TableColumn.key`; they are read once, in order, so a
generator that fetches block by block keeps memory flat for big lists. Each writer returns the
number of rows written.
"""

from workflows.exports.columns import TableColumn, cell_text
from workflows.exports.csv_export import write_csv
from workflows.exports.docx_export import write_docx
from workflows.exports.pdf import render_html, write_pdf
from workflows.exports.xlsx import write_xlsx

__all__ = [
    "TableColumn",
    "cell_text",
    "render_html",
    "write_csv",
    "write_docx",
    "write_pdf",
    "write_xlsx",
]
