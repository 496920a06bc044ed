"""Helpers to build small templates from XML snippets and read merged letters back."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document

FIXTURES = Path(__file__).parent / "fixtures"
LETTERS = Path(__file__).resolve().parents[3] / "templates" / "letters"
# Has a header, a footer, footnotes and endnotes: a base we can fill with our own XML.
BASE_TEMPLATE = FIXTURES / "test_merge_templates_simple__iulica.docx"


def make_template(
    body: str,
    *,
    header: str | None = None,
    footer: str | None = None,
    footnote: str | None = None,
) -> bytes:
    """A .docx whose body (and header/footer/footnote 1) hold the given w: XML."""
    source = zipfile.ZipFile(BASE_TEMPLATE)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            xml = source.read(name)
            text = xml.decode("utf-8") if name.endswith(".xml") else None
            if name == "word/document.xml":
                text = re.sub(
                    r"<w:body>.*?(<w:sectPr)", lambda m: f"<w:body>{body}{m[1]}", text, flags=re.S
                )
            elif name == "word/header1.xml" and header is not None:
                text = re.sub(
                    r"(<w:hdr [^>]*>).*(</w:hdr>)", lambda m: m[1] + header + m[2], text, flags=re.S
                )
            elif name == "word/footer1.xml" and footer is not None:
                text = re.sub(
                    r"(<w:ftr [^>]*>).*(</w:ftr>)", lambda m: m[1] + footer + m[2], text, flags=re.S
                )
            elif name == "word/footnotes.xml" and footnote is not None:
                note = f'<w:footnote w:id="1">{footnote}</w:footnote>'
                text = text.replace("</w:footnotes>", note + "</w:footnotes>")
            target.writestr(name, text.encode("utf-8") if text is not None else xml)
    return out.getvalue()


def part_xml(docx_bytes: bytes, name: str = "word/document.xml") -> str:
    return zipfile.ZipFile(io.BytesIO(docx_bytes)).read(name).decode("utf-8")


def texts(document) -> list[str]:
    """Paragraph texts of the body, table cells included, in order."""
    body = document.element.body
    return [
        "".join(t.text or "" for t in p.iter("{*}t"))
        for p in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")
    ]


def full_text(document) -> str:
    return "\n".join(texts(document))


def reopen(docx_bytes: bytes):
    return Document(io.BytesIO(docx_bytes))


def complex_field(instruction_parts: list[str], result_runs: list[str], rpr: str = "") -> str:
    """A complex field with the instruction and the result split over several runs."""
    runs = [f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>']
    runs += [
        f'<w:r>{rpr}<w:instrText xml:space="preserve">{part}</w:instrText></w:r>'
        for part in instruction_parts
    ]
    runs.append(f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>')
    runs += [f"<w:r>{rpr}<w:t>{text}</w:t></w:r>" for text in result_runs]
    runs.append(f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
    return "".join(runs)


def simple_field(instruction: str, shown: str) -> str:
    return f'<w:fldSimple w:instr="{instruction}"><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'


def paragraph(*content: str) -> str:
    return "<w:p>" + "".join(content) + "</w:p>"


@pytest.fixture
def sample():
    return lambda name: FIXTURES / f"{name}__iulica.docx"
