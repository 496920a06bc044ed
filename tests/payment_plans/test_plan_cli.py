"""`caplegal plan ...` run as a user would run it: a real process on a real database file."""

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from tests.payment_plans.conftest import new_case

ROOT = Path(__file__).parents[2]


def caplegal(*args):
    return subprocess.run(
        [sys.executable, "-m", "main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=300,
    )


@pytest.fixture
def cli_case(sqlite_url):
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    try:
        yield sqlite_url, new_case(context)
    finally:
        context.close()


def test_apr_of_the_directives_example(tmp_path):
    # 1.000 lent 1 January 1994, 1.200 repaid 1 July 1995 (Directive 2008/48/EC, Annex I)
    flows = {
        "advances": [{"date": "1994-01-01", "amount": "1000"}],
        "payments": [{"date": "1995-07-01", "amount": "1200"}],
    }
    path = tmp_path / "flows.json"
    path.write_text(json.dumps(flows))
    result = caplegal("plan", "apr", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"apr_pct": "12.9620", "apr_pct_print": "13.0"}


def test_apr_with_months_and_a_bad_file(tmp_path):
    path = tmp_path / "flows.json"
    path.write_text(
        json.dumps(
            {
                "advances": [{"months": 0, "amount": "1000"}],
                "payments": [{"months": 12, "amount": "600"}, {"months": 24, "amount": "600"}],
            }
        )
    )
    result = caplegal("plan", "apr", str(path), "--json")
    assert json.loads(result.stdout)["apr_pct_print"] == "13.1"
    path.write_text("{}")
    refused = caplegal("plan", "apr", str(path), "--json")
    assert refused.returncode == 2 and refused.stderr.startswith("Fejl:")


def test_quote_prints_the_lines_credit_cost_and_apr_without_saving(cli_case):
    url, case_no = cli_case
    args = (
        "--db",
        url,
        "plan",
        "quote",
        case_no,
        "--periods",
        "12",
        "--first-date",
        "2026-02-01",
        "--as-of",
        "2026-01-01",
        "--json",
    )
    result = caplegal(*args)
    assert result.returncode == 0, result.stderr
    quote = json.loads(result.stdout)
    assert quote["case_no"] == case_no and len(quote["lines"]) == 12
    assert quote["debt_at_start"] == "10166.67"
    total = sum(Decimal(line["instalment"]) for line in quote["lines"])
    assert str(total) == quote["total_paid"]
    assert Decimal(quote["credit_cost"]) == total - Decimal(quote["credit_amount"])
    assert quote["apr_pct_print"] == str(Decimal(quote["apr_pct"]).quantize(Decimal("0.1")))
    listing = caplegal("--db", url, "plan", "list", "--json")
    assert json.loads(listing.stdout) == []


def test_quote_with_an_instalment_and_an_extraordinary_payment(cli_case):
    url, case_no = cli_case
    result = caplegal(
        "--db",
        url,
        "plan",
        "quote",
        case_no,
        "--instalment",
        "1000",
        "--extra-amount",
        "2000",
        "--extra-date",
        "2026-01-15",
        "--first-date",
        "2026-02-01",
        "--as-of",
        "2026-01-01",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    lines = json.loads(result.stdout)["lines"]
    assert lines[0]["period_no"] == 0 and lines[0]["instalment"] == "2000.00"
    assert all(line["instalment"] == "1000.00" for line in lines[1:-1])


def test_quote_refusals_are_danish(cli_case):
    url, case_no = cli_case
    result = caplegal(
        "--db",
        url,
        "plan",
        "quote",
        case_no,
        "--periods",
        "61",
        "--first-date",
        "2026-02-01",
        "--as-of",
        "2026-01-01",
    )
    assert result.returncode == 2 and "højst 60" in result.stderr
    missing = caplegal("--db", url, "plan", "quote", case_no)
    assert missing.returncode != 0


def test_create_activate_show_list_and_print(cli_case, tmp_path):
    url, case_no = cli_case
    created = caplegal(
        "--db", url, "plan", "create", case_no, "--periods", "6", "--activate", "--json"
    )
    assert created.returncode == 0, created.stderr
    plan_no = json.loads(created.stdout)["plan_no"]
    shown = json.loads(caplegal("--db", url, "plan", "show", plan_no, "--json").stdout)
    assert shown["status"] == "active" and len(shown["lines"]) == 6
    rows = json.loads(caplegal("--db", url, "plan", "list", "--status", "active", "--json").stdout)
    assert [r["plan_no"] for r in rows] == [plan_no]
    pdf = tmp_path / "kreditomkostninger.pdf"
    printed = caplegal("--db", url, "plan", "print", plan_no, "--pdf", str(pdf), "--schedule")
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    closed = caplegal("--db", url, "plan", "close", plan_no)
    assert closed.returncode == 0 and "Lukket" in closed.stdout
