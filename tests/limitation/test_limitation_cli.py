"""`caplegal limitation ...`, `caplegal objection ...`, and the limitation in `case show --json`
and the statement JSON, run as a user would (a real process on a real database file)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from tests.foundation.test_cli import caplegal
from tests.limitation.builders import old_case


@pytest.fixture
def cases(sqlite_url):
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    made = {
        "barred": old_case(context)[1],
        "soon": old_case(context, due=date(2023, 12, 21))[1],
        "far": old_case(context, due=date(2026, 6, 1))[1],
    }
    context.close()
    return made


def test_limitation_list_as_json_within_days(sqlite_url, cases):
    run = caplegal(
        "--db",
        sqlite_url,
        "limitation",
        "list",
        "--within",
        "30",
        "--as-of",
        "2026-12-01",
        "--json",
    )
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [(r["case_no"], r["time_barred"], r["days_left"]) for r in rows] == [
        (cases["barred"], True, -1371),
        (cases["soon"], False, 20),
    ]
    assert rows[0]["limitation"]["rule"] == "Forældelsesloven § 3, stk. 1"


def test_case_show_and_statement_json_carry_the_limitation_per_claim(sqlite_url, cases):
    # GIVEN a user-added written acknowledgement and an objection on the soon case
    no = cases["soon"]
    added = caplegal(
        "--db", sqlite_url, "limitation", "event", no, "acknowledgement", "2024-06-03",
        "--written", "--document", "anerkendelse.pdf",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    objected = caplegal(
        "--db", sqlite_url, "objection", "add", no, "--by", "Debitor", "--what", "Beløbet",
        "--date", "2026-11-20", "--claim", "1",
    )  # fmt: skip
    assert objected.returncode == 0, objected.stderr
    # THEN case show --json has the 10-year date with the events behind it
    shown = json.loads(caplegal("--db", sqlite_url, "case", "show", no, "--json").stdout)
    limitation = shown["claims"][0]["limitation"]
    assert limitation["date"] == "2034-06-03"
    assert [e["event"] for e in limitation["events"]] == ["start", "acknowledgement"]
    # AND the statement JSON marks the claim disputed and not time-barred
    statement = caplegal("--db", sqlite_url, "statement", no, "--as-of", "2026-12-01", "--json")
    assert statement.returncode == 0, statement.stderr
    claim = json.loads(statement.stdout)["claims"][0]
    assert (claim["limitation"]["date"], claim["time_barred"], claim["disputed"]) == (
        "2034-06-03",
        False,
        True,
    )


def test_a_bad_event_kind_is_one_danish_line_and_changes_nothing(sqlite_url, cases):
    run = caplegal(
        "--db", sqlite_url, "limitation", "event", cases["far"], "telefonopkald", "2026-07-01"
    )
    assert run.returncode != 0
    assert "Vælg en af hændelserne" in run.stderr
    shown = caplegal("--db", sqlite_url, "limitation", "show", cases["far"], "--json")
    assert [e["event"] for e in json.loads(shown.stdout)[0]["events"]] == ["start"]


def test_the_statement_keeps_a_time_barred_claim_out_of_what_is_demanded(sqlite_url, cases):
    run = caplegal(
        "--db", sqlite_url, "statement", cases["barred"], "--as-of", "2026-12-01", "--json"
    )
    assert run.returncode == 0, run.stderr
    statement = json.loads(run.stdout)
    claim = statement["claims"][0]
    assert claim["time_barred"] is True and claim["disputed"] is False
    assert statement["limitation"]["time_barred_claims"] == [claim["claim_no"]]
    assert statement["limitation"]["time_barred_balance"] == claim["balance"]
    demanded = Decimal(statement["totals"]["balance"]) - Decimal(claim["balance"])
    assert statement["limitation"]["demanded_balance"] == f"{demanded:.2f}"


def test_the_answer_letter_to_a_reduced_objection(sqlite_url, cases, tmp_path):
    from docx import Document

    no = cases["far"]
    added = caplegal(
        "--db", sqlite_url, "objection", "add", no, "--by", "Jens", "--what", "Forkert beløb",
        "--date", "2026-11-20", "--claim", "1",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    closed = caplegal(
        "--db", sqlite_url, "objection", "close", "1", "reduced", "--amount", "1200,00",
        "--answer", "Beløbet var for højt.",
    )  # fmt: skip
    assert closed.returncode == 0, closed.stderr
    out = tmp_path / "svar.docx"
    letter = caplegal(
        "--db", sqlite_url, "objection", "letter", "1", "--out", str(out), "--date", "2026-12-01"
    )
    assert letter.returncode == 0, letter.stderr
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Svar på indsigelse – kravet nedsættes" in text
    assert "modtaget din indsigelse" in text and "Forkert beløb" in text
    assert "nedsat kravet med 1.200,00 kr." in text
    assert "Beløbet var for højt." in text
