"""The pure list exports, read back: amounts exact to the øre, Danish dates and numbers."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workflows.exports import TableColumn, write_csv, write_docx, write_pdf, write_xlsx
from workflows.exports.columns import danish_amount

COLUMNS = [
    TableColumn("no", "Sagsnr."),
    TableColumn("debtor", "Skyldner"),
    TableColumn("created", "Oprettet", "date"),
    TableColumn("status", "Status", labels={"active": "Aktiv", "closed": "Lukket"}),
    TableColumn("balance", "Saldo", "amount"),
    TableColumn("claims", "Krav", "count"),
]
ROWS = [
    {
        "no": "S000001",
        "debtor": "Søren Ærø Østergård",
        "created": dt.date(2026, 3, 9),
        "status": "active",
        "balance": Decimal("1234567.89"),
        "claims": 1200,
    },
    {
        "no": "S000002",
        "debtor": "Bager; Hansen & Søn",
        "created": dt.date(2025, 12, 31),
        "status": "closed",
        "balance": Decimal("-0.01"),
        "claims": 2,
    },
    {"no": "S000003", "debtor": None, "created": None, "status": None, "balance": None},
]
TOTALS = {"balance": Decimal("1234567.88")}


def test_excel_keeps_exact_amounts_real_dates_and_a_totals_line(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "sager.xlsx"
    assert write_xlsx(path, title="Sager", columns=COLUMNS, rows=iter(ROWS), totals=TOTALS) == 3
    sheet = load_workbook(path).active
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0] == ("Sagsnr.", "Skyldner", "Oprettet", "Status", "Saldo", "Krav")
    assert Decimal(str(lines[1][4])) == Decimal("1234567.89")
    assert Decimal(str(lines[2][4])) == Decimal("-0.01")
    assert lines[1][2].date() == dt.date(2026, 3, 9) and lines[1][3] == "Aktiv"
    assert lines[4][0] == "I alt" and Decimal(str(lines[4][4])) == Decimal("1234567.88")
    assert sheet["E2"].number_format == "#,##0.00" and sheet["C2"].number_format == "dd-mm-yyyy"


def test_csv_is_semicolon_separated_utf8_with_bom_decimal_comma_and_danish_dates(tmp_path):
    path = tmp_path / "sager.csv"
    assert write_csv(path, columns=COLUMNS, rows=iter(ROWS)) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == ["Sagsnr.", "Skyldner", "Oprettet", "Status", "Saldo", "Krav"]
    assert lines[1] == [
        "S000001",
        "Søren Ærø Østergård",
        "09-03-2026",
        "Aktiv",
        "1234567,89",
        "1200",
    ]
    assert lines[2][1] == "Bager; Hansen & Søn"  # quoted, not split at its semicolon
    assert lines[2][4] == "-0,01"
    assert lines[3] == ["S000003", "", "", "", "", ""]


def test_word_has_a_heading_and_a_table_with_danish_amounts(tmp_path):
    from docx import Document

    path = tmp_path / "sager.docx"
    assert write_docx(path, title="Sagsoversigt", columns=COLUMNS, rows=iter(ROWS)) == 3
    document = Document(str(path))
    assert document.paragraphs[0].text == "Sagsoversigt"
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == [c.title for c in COLUMNS]
    assert [c.text for c in table.rows[1].cells] == [
        "S000001",
        "Søren Ærø Østergård",
        "09-03-2026",
        "Aktiv",
        "1.234.567,89",
        "1.200",
    ]
    assert table.rows[2].cells[4].text == "-0,01"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_has_title_firm_date_page_numbers_and_right_amounts(tmp_path):
    path = tmp_path / "sager.pdf"
    many = [dict(ROWS[0], no=f"S{i:06d}") for i in range(120)] + ROWS[1:]
    count = write_pdf(
        path,
        title="Sagsoversigt",
        subtitle="Aktive sager",
        columns=COLUMNS,
        rows=iter(many),
        totals=TOTALS,
        firm_name="Advokatfirmaet Ret & Skel",
        printed_on=dt.date(2026, 11, 23),
    )
    assert count == 122
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    assert "Sagsoversigt" in pages[0] and "Advokatfirmaet Ret & Skel" in pages[0]
    assert "23-11-2026" in pages[0] and "Aktive sager" in pages[0]
    total_pages = len([p for p in pages if p.strip()])
    assert total_pages >= 2
    assert f"Side 1 af {total_pages}" in pages[0]
    assert f"Side {total_pages} af {total_pages}" in pages[total_pages - 1]
    assert "Sagsnr." in pages[1]  # the headings repeat on every page
    assert "1.234.567,89" in text and "09-03-2026" in text and "-0,01" in text
    last = pages[total_pages - 1]
    assert "I alt" in last and "1.234.567,88" in last


def test_a_wide_list_turns_the_pdf_landscape(tmp_path):
    from workflows.exports.pdf import render_html

    wide = COLUMNS + [TableColumn(f"x{i}", f"Ekstra {i}") for i in range(3)]
    assert "A4 landscape" in render_html(title="t", subtitle="", columns=wide, rows=[])
    assert "A4 portrait" in render_html(title="t", subtitle="", columns=COLUMNS[:3], rows=[])


def test_an_unknown_column_kind_is_refused():
    with pytest.raises(ValueError):
        TableColumn("x", "X", "money")


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_a_danish_amount_reads_back_to_the_same_decimal(amount):
    text = danish_amount(amount)
    assert Decimal(text.replace(".", "").replace(",", ".")) == amount
    assert text.count(",") == 1 and len(text.rsplit(",", 1)[1]) == 2
