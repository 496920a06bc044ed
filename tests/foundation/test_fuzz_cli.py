"""Hypothesis fuzzes the case-import file (structure and values) and the bank-file readers through
the command line, on SQLite and PostgreSQL: the exit code is 0, 1 or 2, no "Traceback" is printed,
and nothing is written unless the command exits 0 (issue 20)."""

from __future__ import annotations

import copy
import json
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from caplegal_desktop.cli import main
from workflows.bankfiles import (
    PaymentSpec,
    ReferenceKind,
    make_camt054,
    make_fi_file,
    make_fik71_reference,
)

ROOT = Path(__file__).parents[2]
EXAMPLE = json.loads((ROOT / "docs/examples/cases.json").read_text(encoding="utf-8"))
TABLES = (
    "collection_case",
    "claim",
    "party",
    "client",
    "ledger_entry",
    "journal_line",
    "payment_file_import",
    "suspense_payment",
)
FUZZ = settings(
    max_examples=int(os.environ.get("CAPLEGAL_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values a careless or hostile client puts in a field: every JSON type, odd numbers and texts.
_TEXTS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "\ud800",
            "a\x00b",
            "x" * 5000,
            "1e30",
            "1e9999",
            "1_000.00",
            "١٢٣.٥٠",
            "2026-W01-1",
            "2026-02-30",
            "yes",
            "NaN",
            "-0",
            "9" * 5000,
        ]
    ),
)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    _TEXTS,
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_FIELDS = [
    ("external_ref",),
    ("client",),
    ("client", "vat_registered"),
    ("client", "cvr"),
    ("case_type",),
    ("currency",),
    ("debtors",),
    ("debtors", 0, "name"),
    ("debtors", 0, "cpr"),
    ("debtors", 0, "kind"),
    ("debtors", 0, "postcode"),
    ("claims", 0, "principal"),
    ("claims", 0, "due_date"),
    ("claims", 0, "invoice_date"),
    ("claims", 0, "debtors"),
    ("claims", 0, "interest_rate_pct"),
    ("payments", 0, "amount"),
    ("payments", 0, "date"),
]


def counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES
            }
    finally:
        engine.dispose()


def run(url, argv, capsys) -> tuple[int, str]:
    code = main(["--db", url, *argv])
    out = capsys.readouterr()
    return code, out.out + out.err


def set_path(document, path, value):
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


@given(
    changes=st.lists(st.tuples(st.sampled_from(_FIELDS), _VALUES), max_size=3),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=2000)),
)
@FUZZ
def test_fuzzed_import_files(database_url, tmp_path, capsys, changes, cut):
    record = copy.deepcopy(EXAMPLE["cases"][0])
    for path, value in changes:
        try:
            set_path(record, path, value)
        except (KeyError, IndexError, TypeError):
            pass  # the path is gone after an earlier change: the file is odd enough
    raw = json.dumps({"cases": [record]}).encode("utf-8")
    if cut is not None:
        raw = raw[:cut]
    file = tmp_path / "fuzz.json"
    file.write_bytes(raw)
    before = counts(database_url)
    code, output = run(database_url, ["import", "cases", str(file), "--json"], capsys)
    assert code in (0, 1, 2), output
    assert "Traceback" not in output
    if code != 0:
        assert counts(database_url) == before, output


DAY = date(2026, 1, 5)
SPECS = [
    PaymentSpec(
        Decimal("100.50"), DAY, make_fik71_reference("7"), ReferenceKind.FIK71, payer_name="A"
    ),
    PaymentSpec(Decimal("2.00"), DAY, "", ReferenceKind.FIK73, text="sag 9"),
]
BANK_FILES = [
    make_camt054(SPECS, msg_id="F-1", version=4),
    make_fi_file(SPECS, file_id="F-1", created=DAY),
    (ROOT / "tests/journal/bankfiles/fixtures/BgMaxfil4__Zimpler.txt").read_bytes(),
]


@given(
    which=st.integers(min_value=0, max_value=len(BANK_FILES) - 1),
    edits=st.lists(
        st.tuples(st.integers(min_value=0, max_value=10_000), st.binary(max_size=4)), max_size=4
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=5000)),
)
@FUZZ
def test_fuzzed_bank_files(database_url, tmp_path, capsys, which, edits, cut):
    data = bytearray(BANK_FILES[which])
    for at, replacement in edits:
        at %= max(len(data), 1)
        data[at : at + len(replacement)] = replacement
    if cut is not None:
        data = data[:cut]
    file = tmp_path / "bank.dat"
    file.write_bytes(bytes(data))
    before = counts(database_url)
    code, output = run(database_url, ["payments", "import", str(file), "--json"], capsys)
    assert code in (0, 1, 2), output
    assert "Traceback" not in output
    if code != 0:
        assert counts(database_url) == before, output


ISSUE_EXAMPLES = {
    "surrogate-name": ("debtors", 0, "name", "\ud800"),
    "long-name": ("debtors", 0, "name", "x" * 5000),
    "vat-yes": ("client", "vat_registered", None, "yes"),
    "vat-list": ("client", "vat_registered", None, [1]),
    "principal-1e9999": ("claims", 0, "principal", "1e9999"),
    "principal-5000-digits": ("claims", 0, "principal", "BIG"),
}


@pytest.mark.parametrize("example", list(ISSUE_EXAMPLES))
def test_the_issue_examples_exit_1_on_both_backends(database_url, tmp_path, capsys, example):
    *path, value = ISSUE_EXAMPLES[example]
    record = copy.deepcopy(EXAMPLE["cases"][0])
    set_path(record, [p for p in path if p is not None], value)
    raw = json.dumps({"cases": [record]}).replace('"BIG"', "9" * 5000)
    file = tmp_path / "cases.json"
    file.write_text(raw, encoding="utf-8")
    before = counts(database_url)
    code, output = run(database_url, ["import", "cases", str(file)], capsys)
    assert code == 1 and "Traceback" not in output, output
    assert counts(database_url) == before
