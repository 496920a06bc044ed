"""`caplegal letters ...` and `caplegal followups ...`, run as a user would run them."""

import json

from docx import Document

from tests.foundation.test_cli import caplegal


def test_letters_fields_lists_the_fields_with_danish_descriptions():
    result = caplegal("letters", "fields", "templates/letters/inkassovarsel.docx", "--json")
    assert result.returncode == 0, result.stderr
    fields = {f["name"]: f["description"] for f in json.loads(result.stdout)}
    assert fields["Betalingsfrist"] == "Sidste rettidige betalingsdag"


def test_followups_run_then_letters_merge_for_one_case(sqlite_url, tmp_path):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "8", "--seed", "4").returncode == 0
    assert caplegal("--db", sqlite_url, "followups", "schedule-missing").returncode == 0
    listed = json.loads(caplegal("--db", sqlite_url, "followups", "list", "--json").stdout)
    ran = caplegal("--db", sqlite_url, "followups", "run", "--json")
    assert ran.returncode == 0, ran.stderr
    summary = json.loads(ran.stdout)
    assert summary["executed"] == len(listed) == len(summary["letters"]) > 0
    case_no = listed[0]["case_no"]
    out = tmp_path / "brev.docx"
    merged = caplegal(
        "--db",
        sqlite_url,
        "letters",
        "merge",
        "templates/letters/inkassovarsel.docx",
        "--case",
        case_no,
        "--out",
        str(out),
        "--as-of",
        "2026-11-23",
    )
    assert merged.returncode == 0, merged.stderr
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert case_no in text and "«" not in text


def test_merging_for_an_unknown_case_is_a_clear_error(sqlite_url, tmp_path):
    result = caplegal(
        "--db",
        sqlite_url,
        "letters",
        "merge",
        "rykker.docx",
        "--case",
        "999999",
        "--out",
        str(tmp_path / "x.docx"),
    )
    assert result.returncode == 2 and "Sag 999999 findes ikke" in result.stderr
