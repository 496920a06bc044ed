"""A merged letter saved as PDF: LibreOffice when installed, Word on Windows, else a clear
Danish message and no file."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.follow_ups.letter_pdf import (
    NO_CONVERTER_MSG,
    PdfConverterMissing,
    converter_name,
    letter_pdf,
)
from tests.follow_ups.mailmerge.conftest import LETTERS
from workflows.mailmerge import MergeTemplate
from workflows.mailmerge.field_catalogue import example_record


@pytest.fixture
def letter(tmp_path):
    return MergeTemplate.load(LETTERS / "rykker.docx").save(
        example_record(), tmp_path / "rykker.docx"
    )


def test_without_libreoffice_or_word_the_user_is_told_what_to_install(letter, tmp_path):
    # GIVEN a PATH with no LibreOffice on it (and, off Windows, no Word)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    target = tmp_path / "rykker.pdf"
    # WHEN the letter is saved as PDF THEN the Danish message names both, and nothing is written
    if os.name == "nt":
        pytest.skip("Word may be installed on this Windows machine")
    assert converter_name(str(empty)) is None
    with pytest.raises(PdfConverterMissing) as raised:
        letter_pdf(letter, target, path=str(empty))
    assert str(raised.value) == NO_CONVERTER_MSG
    assert "LibreOffice" in NO_CONVERTER_MSG and "Word" in NO_CONVERTER_MSG
    assert not target.exists()


def test_a_file_that_is_not_a_letter_or_a_target_not_a_pdf_is_refused(letter, tmp_path):
    with pytest.raises(ValidationError) as raised:
        letter_pdf(tmp_path / "missing.docx", tmp_path / "out.txt")
    fields = [p.field for p in raised.value.problems]
    assert fields == ["brev", "pdf"]
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.slow
def test_libreoffice_saves_the_merged_letter_as_pdf(letter, tmp_path):
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or poppler-utils (pdftotext) is not installed")
    target = tmp_path / "out" / "rykker.pdf"
    assert converter_name() == "LibreOffice"
    assert letter_pdf(letter, target) == target
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Søren Ærlig Åberg" in text
    assert "«" not in text and "MERGEFIELD" not in text
    assert sorted(p.name for p in target.parent.iterdir()) == ["rykker.pdf"]


@pytest.mark.slow
def test_the_command_line_saves_a_letter_as_pdf(letter, tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from caplegal_desktop.cli import main

    target = tmp_path / "brev.pdf"
    assert main(["letters", "pdf", str(letter), "--out", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
