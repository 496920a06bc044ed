"""`caplegal report ...` run as a user would run it: a real process on a real database file."""

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
from caplegal_desktop.services.demo.generate import generate_demo
from tests.reports.conftest import TODAY

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
def demo_url(sqlite_url):
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    try:
        generate_demo(context, cases=30, seed=3, today=TODAY)
    finally:
        context.close()
    return sqlite_url


def test_report_list_names_every_report():
    done = caplegal("report", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert [r["id"] for r in json.loads(done.stdout)] == [
        "status",
        "closed",
        "collected",
        "handlers",
    ]


def test_status_report_as_json_and_as_excel(demo_url, tmp_path):
    done = caplegal("--db", demo_url, "report", "run", "status", "--as-of", str(TODAY), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    balances = [Decimal(row["balance"]) for row in data["rows"]]
    assert Decimal(data["totals"]["balance"]) == sum(balances)
    assert data["totals"]["cases"] == 30
    target = tmp_path / "status.xlsx"
    done = caplegal("--db", demo_url, "report", "run", "status", "--detailed", "--xlsx", target)
    assert done.returncode == 0, done.stderr
    assert target.exists() and "30 linjer" in done.stdout


def test_bad_input_exits_with_2_and_a_danish_message(demo_url):
    done = caplegal(
        "--db", demo_url, "report", "run", "collected", "--from", "2026-05-01", "--to", "2026-04-01"
    )
    assert done.returncode == 2
    assert "Periodens slutdato ligger før startdatoen" in done.stderr
    done = caplegal("--db", demo_url, "report", "run", "status", "--as-of", "30-06-2026")
    assert done.returncode == 2 and "er ikke en dato" in done.stderr
    done = caplegal("--db", demo_url, "report", "run", "status", "--client", "X")
    assert done.returncode == 2 and "Klient X findes ikke" in done.stderr
