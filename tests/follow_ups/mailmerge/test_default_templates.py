"""Our Danish default letters merge cleanly and LibreOffice can convert them."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.follow_ups.mailmerge.conftest import LETTERS, full_text, reopen
from workflows.mailmerge import MergeTemplate, list_fields, merge_many
from workflows.mailmerge.field_catalogue import MERGE_FIELDS, example_record

TEMPLATES = [
    "rykker",
    "inkassovarsel",
    "inkassobrev",
    "betalingsplan_bekraeftelse",
    "opgoerelse_foelgebrev",
]


@pytest.mark.parametrize("name", TEMPLATES)
def test_default_template_merges_without_leftover_fields(name):
    template = MergeTemplate.load(LETTERS / f"{name}.docx")
    data = template.render(example_record(), missing="raise")
    document = reopen(data)
    text = full_text(document)
    assert "«" not in text and "»" not in text
    assert "MERGEFIELD" not in document.element.xml
    assert "Søren Ærlig Åberg" in text and "17.829,05" in text
    claims = document.tables[1]
    assert [row.cells[0].text for row in claims.rows] == ["Nr.", "1", "2"]
    assert claims.rows[1].cells[7].text == "12.787,40"
    footer = document.sections[0].footer
    assert "Sagsnr. 2026-01234" in footer.paragraphs[0].text
    assert "PAGE" in footer._element.xml  # the page number stays a live Word field
    letterhead = document.sections[0].header.tables[0].cell(0, 0).text
    assert letterhead.startswith("Advokatfirmaet Østergaard & Bæk")


@pytest.mark.parametrize("name", TEMPLATES)
def test_default_template_uses_only_catalogued_fields(name):
    assert set(list_fields(LETTERS / f"{name}.docx")) <= set(MERGE_FIELDS)


def test_collection_notice_states_the_ten_day_deadline_of_the_debt_collection_act():
    text = full_text(MergeTemplate.load(LETTERS / "inkassovarsel.docx").document(example_record()))
    assert "inkassoloven § 10" in text and "10 dage" in text


def test_statement_letter_shows_court_details_only_when_present():
    template = MergeTemplate.load(LETTERS / "opgoerelse_foelgebrev.docx")
    with_court = full_text(template.document(example_record()))
    assert "Rettens sagsnr.: BS-4521/2026 · Retsmøde: 14-01-2027 kl. 10.00" in with_court
    record = example_record() | {"Rettens_Nr": "", "Berammelsesdato": None}
    assert "Rettens sagsnr." not in full_text(template.document(record))


def test_a_run_of_reminders_prints_as_one_document():
    records = [example_record() | {"Debitor_Navn": f"Debitor {n}"} for n in range(3)]
    document = merge_many(LETTERS / "rykker.docx", records)
    text = full_text(document)
    assert [f"Debitor {n}" in text for n in range(3)] == [True] * 3
    assert len(document.sections) == 3


@pytest.mark.slow
def test_merged_letter_converts_to_pdf_with_libreoffice(tmp_path):
    soffice = shutil.which("soffice")
    pdftotext = shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice (soffice) or poppler-utils (pdftotext) is not installed")
    letter = MergeTemplate.load(LETTERS / "inkassovarsel.docx").save(
        example_record(), tmp_path / "inkassovarsel.docx"
    )
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(letter),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "inkassovarsel.pdf"
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Inkassovarsel" in text and "Søren Ærlig Åberg" in text and "Bæk" in text
    assert "12.787,40" in text and "Side 1 af 1" in text
    assert "«" not in text and "MERGEFIELD" not in text
