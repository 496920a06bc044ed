"""Everything the program writes is owner-only: 0600 files, 0700 folders (POSIX).

GIVEN a umask that would leave files world-readable (0022), WHEN the program writes the
database, a backup, letters, statements or exports, THEN group and others cannot read them.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from decimal import Decimal

import pytest

from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.maintenance.backup import backup_sqlite
from tests.foundation.test_cli import ROOT, caplegal
from workflows.exports import TableColumn, write_csv, write_docx, write_pdf, write_xlsx

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def _lenient_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_its_wal_and_shm_and_its_folder_are_owner_only(tmp_path):
    path = tmp_path / "ny" / "caplegal.sqlite3"
    database = open_database(f"sqlite:///{path}")
    with database.engine.connect() as connection:  # a connection keeps -wal and -shm in place
        connection.exec_driver_sql("SELECT count(*) FROM ledger_entry").all()
        for name in (path, f"{path}-wal", f"{path}-shm"):
            assert mode(name) == 0o600, name
    database.dispose()
    assert mode(path.parent) == 0o700
    assert database.notices == []


def test_an_existing_readable_database_is_tightened_and_said_once(sqlite_url):
    path = sqlite_url.removeprefix("sqlite:///")
    os.chmod(path, 0o644)
    first = open_database(sqlite_url)
    first.dispose()
    assert mode(path) == 0o600
    assert len(first.notices) == 1 and "kun tilgængelig for dig" in first.notices[0]
    again = open_database(sqlite_url)
    again.dispose()
    assert again.notices == []


def test_the_cli_says_the_tightening_on_stderr_once(sqlite_url):
    path = sqlite_url.removeprefix("sqlite:///")
    os.chmod(path, 0o664)
    said = caplegal("--db", sqlite_url, "db", "upgrade")
    assert said.returncode == 0 and "0600" in said.stderr
    again = caplegal("--db", sqlite_url, "db", "upgrade")
    assert again.returncode == 0 and again.stderr == ""


def test_a_backup_is_owner_only_and_leaves_no_partial_file(sqlite_url, tmp_path):
    database = open_database(sqlite_url)
    target = backup_sqlite(database, tmp_path / "kopier" / "backup.sqlite3")
    database.dispose()
    assert mode(target) == 0o600 and mode(target.parent) == 0o700
    assert sorted(p.name for p in target.parent.iterdir()) == ["backup.sqlite3"]


def test_demo_letters_and_the_settings_file_are_owner_only(tmp_path, monkeypatch):
    data = tmp_path / "data"
    env = {"CAPLEGAL_DATA_DIR": str(data), "CAPLEGAL_CONFIG_DIR": str(tmp_path / "config")}
    run = subprocess.run(
        [sys.executable, "-c", "import os, sys, main; os.umask(0o022); "
         "sys.exit(main.main(sys.argv[1:]))", "demo", "--cases", "6", "--seed", "2"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env}, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert mode(data) == 0o700 and mode(data / "caplegal.sqlite3") == 0o600
    with sqlite3.connect(data / "caplegal.sqlite3") as connection:
        case_no = connection.execute("SELECT min(no) FROM collection_case").fetchone()[0]
    out = tmp_path / "breve" / "brev.docx"
    merged = caplegal(
        "letters", "merge", "templates/letters/inkassovarsel.docx", "--case", case_no,
        "--out", str(out), "--as-of", "2026-11-23", env=env,
    )  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert mode(out) == 0o600 and mode(out.parent) == 0o700
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path / "config2"))
    Settings(company="Kontoret").save()
    assert mode(Settings.path()) == 0o600 and mode(Settings.path().parent) == 0o700


@pytest.mark.parametrize("writer", [write_csv, write_xlsx, write_docx, write_pdf])
def test_exported_lists_are_owner_only_even_over_a_readable_file(tmp_path, writer):
    target = tmp_path / f"liste.{writer.__name__.removeprefix('write_')}"
    target.write_bytes(b"")
    os.chmod(target, 0o644)
    columns = [TableColumn("no", "Sag"), TableColumn("amount", "Beløb", "amount")]
    rows = [{"no": "1", "amount": Decimal("1234.56")}]
    extra = {write_csv: {}, write_pdf: {"title": "Sager", "subtitle": ""}}.get(
        writer, {"title": "Sager"}
    )
    assert writer(target, columns=columns, rows=rows, **extra) == 1
    assert mode(target) == 0o600 and target.stat().st_size > 0


def test_an_attached_document_is_owner_only_whatever_the_source_mode(app, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_DATA_DIR", str(tmp_path / "data"))
    from caplegal_desktop.services.cases.actions import attach_file
    from caplegal_desktop.services.demo.generate import generate_demo

    generate_demo(app, cases=1, seed=1)
    source = tmp_path / "faktura.pdf"
    source.write_bytes(b"%PDF-1.4 demo")
    os.chmod(source, 0o644)
    case_id = app.database.fetch_all("SELECT min(id) FROM collection_case")[0][0]
    with app.uow(write=True) as uow:
        attach_file(uow.session, case_id=case_id, source=source, user="test")
        uow.commit()
    from caplegal_desktop.config import data_dir

    (copied,) = list((data_dir() / "attachments").rglob("*faktura.pdf"))
    assert mode(copied) == 0o600 and mode(copied.parent) == 0o700


def test_a_statement_pdf_is_owner_only(sqlite_url, tmp_path):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "2", "--seed", "1").returncode == 0
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as connection:
        case_no = connection.execute("SELECT min(no) FROM collection_case").fetchone()[0]
    pdf = tmp_path / "kontoudtog.pdf"
    result = caplegal("--db", sqlite_url, "statement", case_no, "--as-of", "2026-11-30",
                      "--pdf", str(pdf))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert mode(pdf) == 0o600
