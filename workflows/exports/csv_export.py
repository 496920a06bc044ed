"""CSV the way Danish Excel opens it: semicolons, decimal comma, dd-mm-yyyy, UTF-8 with BOM."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from workflows.exports.columns import TableColumn, cell_text
from workflows.private_files import open_private


def write_csv(
    path: Path | str,
    *,
    columns: Sequence[TableColumn],
    rows: Iterable[Mapping[str, Any]],
) -> int:
    """Write a header line and one line per row. Amounts have no thousands separator
    ('1234,56') so spreadsheets read them as numbers. Returns the number of rows written."""
    written = 0
    with open_private(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([column.title for column in columns])
        for row in rows:
            writer.writerow(
                [cell_text(row.get(column.key), column, grouping=False) for column in columns]
            )
            written += 1
    return written
