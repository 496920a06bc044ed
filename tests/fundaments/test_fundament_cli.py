"""`caplegal fundament ...` run as a user would: a real process on a real database file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from models import Case
from tests.fundaments.conftest import new_case

ROOT = Path(__file__).parents[2]


def caplegal(url, *args):
    return subprocess.run(
        [sys.executable, "-m", "main", "--db", url, "fundament", *args],
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
        case_id, _ = new_case(context)
        with context.uow() as uow:
            yield sqlite_url, uow.session.get(Case, case_id).no
    finally:
        context.close()


def test_create_activate_replace_list_show_and_reopen_from_the_command_line(cli_case):
    url, case_no = cli_case
    missing = caplegal(url, "create", case_no, "--court-no", "BS-1/2026")
    assert missing.returncode == 2
    assert "Udfyld fundamentsdato, før de øvrige" in missing.stderr
    first = caplegal(
        url, "create", case_no, "--date", "2026-01-10", "--court-no", "BS-1/2026",
        "--hearing", "2026-02-01T10:00", "--activate",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Fundament F000001 oprettet (Aktiv)."
    refused = caplegal(url, "create", case_no, "--date", "2026-01-12", "--activate")
    assert refused.returncode == 2 and "allerede et aktivt fundament" in refused.stderr
    replaced = caplegal(url, "create", case_no, "--date", "2026-01-12", "--activate", "--replace")
    assert "Fundament F000001 er lukket (erstattet)." in replaced.stdout
    listed = json.loads(caplegal(url, "list", "--json").stdout)
    assert [(r["no"], r["status"]) for r in listed] == [
        ("F000002", "active"),
        ("F000001", "closed"),
    ]
    shown = caplegal(url, "show", "F000001", "--as-of", "2026-03-01")
    assert "Rettens nr.: BS-1/2026" in shown.stdout and "Hovedstol" in shown.stdout
    assert caplegal(url, "reopen", "F000001").stdout.strip() == "Fundament F000001: Genåbnet."
    bad_date = caplegal(url, "create", case_no, "--date", "10-01-2026")
    assert bad_date.returncode == 2 and "er ikke en dato" in bad_date.stderr
