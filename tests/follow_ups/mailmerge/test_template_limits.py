"""Letter templates are refused, with a Danish message, before they can cost memory or write
outside the letter: not a zip, a member or the whole too big uncompressed, DOCTYPE/ENTITY
declarations, absolute or '..' member names (issue 22 §5)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from workflows.mailmerge import MergeTemplate, TemplateError, _template

ROOT = Path(__file__).parents[3]
TEMPLATE = (ROOT / "templates/letters/inkassovarsel.docx").read_bytes()


def rebuilt(extra: dict[str, bytes] | None = None, change=None) -> bytes:
    """The real template re-zipped, with members added or one changed."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(TEMPLATE)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            if change is not None:
                data = change(item.filename, data)
            target.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_the_real_template_still_loads():
    assert "Betalingsfrist" in MergeTemplate.load(rebuilt()).fields


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK not really a zip", "ikke en Word-fil"),
        (b"%PDF-1.7 ...", "ikke en Word-fil"),
        (rebuilt({"/etc/evil": b"x"}), "ugyldigt navn"),
        (rebuilt({"../../evil.txt": b"x"}), "ugyldigt navn"),
        (rebuilt({"word/../../evil.txt": b"x"}), "ugyldigt navn"),
        (rebuilt({"C:/evil.txt": b"x"}), "ugyldigt navn"),
        (
            rebuilt(
                change=lambda name, data: (
                    data.replace(
                        b"?>",
                        b'?><!DOCTYPE d [<!ENTITY x "xxxxxxxx"><!ENTITY y "&x;&x;&x;">]>',
                        1,
                    )
                    if name == "word/document.xml"
                    else data
                )
            ),
            "ENTITY",
        ),
    ],
)
def test_an_unsafe_template_is_refused_in_danish(data, words):
    with pytest.raises(TemplateError, match=words):
        MergeTemplate.load(data)


def test_a_member_too_big_uncompressed_is_refused_before_it_is_read(monkeypatch):
    # 40 MB of zeros deflates to ~40 KB: the declared size refuses it, nothing is decompressed
    bomb = rebuilt({"word/media/bomb.bin": bytes(40 * 1024 * 1024)})
    assert len(bomb) < 200_000
    with pytest.raises(TemplateError, match="for stor"):
        MergeTemplate.load(bomb)


def test_members_too_big_together_are_refused(monkeypatch):
    monkeypatch.setattr(_template, "MAX_TOTAL_BYTES", 200_000)
    with pytest.raises(TemplateError, match="for meget udpakket"):
        MergeTemplate.load(rebuilt({f"word/media/{i}.bin": bytes(60_000) for i in range(4)}))


def test_the_merge_service_names_the_template(tmp_path, monkeypatch):
    from caplegal_desktop.errors import ValidationError
    from caplegal_desktop.services.follow_ups.letters import compiled_template

    bad = tmp_path / "brev.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="brev.docx"):
        compiled_template(bad)
