"""A full disk says "Disken er fuld" in one line and leaves the database as it was; a database on
a read-only file system is opened read-only for viewing, and a change is refused with the reason.
Both on a small real tmpfs (issue 22 §6); skipped where this machine cannot mount one."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.foundation.test_cli import caplegal

ROOT = Path(__file__).parents[2]
EXAMPLE = json.loads((ROOT / "docs/examples/cases.json").read_text(encoding="utf-8"))


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs; unmounted afterwards."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"no tmpfs can be mounted here: {made.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.fixture
def database_on(sqlite_url, tmp_path):
    """A migrated, seeded SQLite file copied onto a given folder; its URL."""
    source = Path(sqlite_url.removeprefix("sqlite:///"))
    assert caplegal("--db", sqlite_url, "demo", "--cases", "3").returncode == 0
    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def place(folder: Path) -> str:
        target = folder / "caplegal.sqlite3"
        shutil.copyfile(source, target)
        target.chmod(0o600)  # as the program makes it; else the start says it tightened it
        return f"sqlite:///{target}"

    return place


def case_count(url: str) -> int:
    with sqlite3.connect(f"file:{url.removeprefix('sqlite:///')}?mode=ro", uri=True) as c:
        return c.execute("SELECT count(*) FROM collection_case").fetchone()[0]


def test_a_full_disk_is_one_line_and_nothing_is_saved(small_disk, database_on, tmp_path):
    url = database_on(small_disk)
    cases = []
    for i in range(1500):
        case = copy.deepcopy(EXAMPLE["cases"][0])
        case["external_ref"] = f"R{i}"
        case["debtors"][0].pop("cpr", None)
        case["debtors"][0]["name"] = f"Navn {i} " + "x" * 150
        cases.append(case)
    file = tmp_path / "many.json"
    file.write_text(json.dumps({"cases": cases}), encoding="utf-8")
    result = caplegal("--db", url, "import", "cases", str(file), "--json")
    assert result.returncode == 4, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Disken er fuld"), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert case_count(url) == 3
    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_database_is_shown_and_a_change_refused_with_the_reason(
    small_disk, database_on
):
    url = database_on(small_disk)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    shown = caplegal("--db", url, "case", "show", "000001")
    assert shown.returncode == 0, shown.stderr
    assert "Sag 000001" in shown.stdout
    refused = caplegal("--db", url, "import", "cases", "docs/examples/cases.json")
    assert refused.returncode == 4
    line = refused.stderr.strip()
    assert line.startswith("Fejl: Databasen er åbnet skrivebeskyttet (") and "\n" not in line
    assert "intet kan ændres" in line


def test_the_status_bar_names_why_a_database_is_read_only(small_disk, database_on):
    from caplegal_desktop.db import open_database

    url = database_on(small_disk)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    database = open_database(url)
    try:
        assert database.read_only_reason
        assert "skrivebeskyttet" in database.display_name()
        assert database.fetch_all("SELECT count(*) FROM collection_case") == [(3,)]
    finally:
        database.dispose()
