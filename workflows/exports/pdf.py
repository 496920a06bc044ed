"""PDF of a list: Jinja2 renders an HTML table, weasyprint lays it out on A4 pages.

Every page has the title, the firm and the date at the top and "Side X af Y" at the bottom;
the column headings repeat on each page. A list with many columns turns landscape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from workflows.bundle import templates_dir
from workflows.exports.columns import TableColumn, cell_text, danish_date
from workflows.private_files import private_target

TEMPLATES = templates_dir("exports")
TOTAL_TEXT = "I alt"
# Rough width of a column in characters; above this sum the page turns landscape
_CHARS = {"text": 22, "date": 10, "amount": 14, "count": 7}
PORTRAIT_CHARS = 100


def is_wide(columns: Sequence[TableColumn]) -> bool:
    return len(columns) > 6 or sum(_CHARS[c.kind] for c in columns) > PORTRAIT_CHARS


def render_html(
    *,
    title: str,
    subtitle: str,
    columns: Sequence[TableColumn],
    rows: Iterable[Mapping[str, Any]],
    totals: Mapping[str, Any] | None = None,
    firm_name: str = "",
    printed_on: dt.date | None = None,
    counter: list[int] | None = None,
) -> str:
    """The HTML page of the list (also what the print preview uses). `counter`, when given,
    gets the number of rows rendered appended."""
    landscape = is_wide(columns)
    count = [0]

    def lines() -> Iterator[list[str]]:
        for row in rows:
            count[0] += 1
            yield [cell_text(row.get(column.key), column) for column in columns]

    def total_line() -> list[str] | None:
        # called by the template after the rows, so totals summed while streaming are complete
        if totals is None:
            return None
        line = [cell_text(totals.get(column.key), column) for column in columns]
        return [line[0] or TOTAL_TEXT, *line[1:]]

    html = (
        _environment()
        .get_template("list.html.j2")
        .render(
            title=title,
            subtitle=subtitle,
            firm_name=firm_name,
            printed_on=danish_date(printed_on or dt.date.today()),
            columns=columns,
            lines=lines(),
            total_line=total_line,
            landscape=landscape,
        )
    )
    if counter is not None:
        counter.append(count[0])
    return html


def write_pdf(
    path: Path | str,
    *,
    title: str,
    subtitle: str,
    columns: Sequence[TableColumn],
    rows: Iterable[Mapping[str, Any]],
    totals: Mapping[str, Any] | None = None,
    firm_name: str = "",
    printed_on: dt.date | None = None,
) -> int:
    """Returns the number of rows written."""
    from weasyprint import HTML  # heavy import, only when printing

    counter: list[int] = []
    html = render_html(
        title=title,
        subtitle=subtitle,
        columns=columns,
        rows=rows,
        totals=totals,
        firm_name=firm_name,
        printed_on=printed_on,
        counter=counter,
    )
    HTML(string=html, base_url=str(TEMPLATES)).write_pdf(str(private_target(path)))
    return counter[0]


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
