"""A report saved as Excel, CSV and PDF reads back with the same figures."""

import csv
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.reports.reports import export_report
from workflows.reports import CaseFigures, ReportParams, status_report

FIGURES = [
    CaseFigures("000001", "K1", "Ærø Tømrer ApS", "active", "AB", "Anne", *map(Decimal, (
        "1234.56", "10.01", "500.00", "100.00", "1644.57"))),
    CaseFigures("000002", "K2", "Brødrene Holm", "closed", "AB", "Anne", *map(Decimal, (
        "1000000.00", "0.99", "0.00", "1000001.00", "-0.01"))),
]  # fmt: skip


@pytest.fixture
def result():
    return status_report(FIGURES, ReportParams(as_of=date(2026, 6, 30)))


def test_excel_has_the_amounts_as_numbers_with_two_decimals_and_the_totals(result, tmp_path):
    from openpyxl import load_workbook

    target = export_report(
        result, target=tmp_path / "s.xlsx", firm="Firma", printed_on=date(2026, 7, 1)
    )
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Klientnr." and rows[0][-1] == "Restgæld"
    assert rows[1][:2] == ("K1", "Ærø Tømrer ApS")
    assert Decimal(str(rows[1][-1])) == Decimal("1644.57")
    assert sheet.cell(row=2, column=len(rows[0])).number_format == "#,##0.00"
    assert rows[-1][0] == "I alt" and Decimal(str(rows[-1][-1])) == Decimal("1644.56")


def test_csv_is_semicolons_with_decimal_commas_and_a_bom(result, tmp_path):
    target = export_report(
        result, target=tmp_path / "s.csv", firm="Firma", printed_on=date(2026, 7, 1)
    )
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][-1] == "1644,57" and rows[2][-1] == "-0,01"
    assert rows[-1][0] == "I alt"
    total = sum(Decimal(r[-1].replace(",", ".")) for r in rows[1:-1])
    assert Decimal(rows[-1][-1].replace(",", ".")) == total == Decimal("1644.56")


def test_the_pdf_shows_title_firm_figures_and_page_numbers(result, tmp_path):
    target = export_report(
        result, target=tmp_path / "s.pdf", firm="Advokatfirmaet Test", printed_on=date(2026, 7, 1)
    )
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Statusrapport",
        "Advokatfirmaet Test",
        "01-07-2026",
        "1.644,57",
        "Side 1 af 1",
    ):
        assert expected in text
    assert "I alt" in text


def test_an_unknown_file_type_is_refused_in_danish(result, tmp_path):
    with pytest.raises(ValidationError, match="Filtypen 'txt' kan ikke bruges"):
        export_report(result, target=tmp_path / "s.txt", firm="", printed_on=date(2026, 7, 1))
