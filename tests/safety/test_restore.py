"""`caplegal db restore`: a backup is checked before anything is replaced, the replaced file is
kept beside it, and a database another seat has open is not touched."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

from caplegal_desktop.app import AppContext
from tests.foundation.test_cli import caplegal


def cases(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT count(*) FROM collection_case").fetchone()[0]


def made(sqlite_url, tmp_path, cases_: int = 4) -> tuple[Path, Path]:
    """A database with demo cases and a backup of it; more cases added after the backup."""
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    assert (
        caplegal("--db", sqlite_url, "demo", "--cases", str(cases_), "--seed", "1").returncode == 0
    )
    backup = tmp_path / "backup" / "kopi.sqlite3"
    assert caplegal("--db", sqlite_url, "db", "backup", str(backup)).returncode == 0
    assert caplegal("--db", sqlite_url, "demo", "--cases", "3", "--seed", "2").returncode == 0
    return database, backup


def test_a_backup_round_trip_puts_the_old_state_back_and_keeps_the_replaced_file(
    sqlite_url, tmp_path
):
    database, backup = made(sqlite_url, tmp_path)
    assert cases(database) == 7
    restored = caplegal("--db", sqlite_url, "db", "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "er genskabt" in restored.stdout and "urørte" in restored.stdout
    assert cases(database) == 4
    (kept,) = database.parent.glob("caplegal.sqlite3.erstattet-*")
    assert cases(kept) == 7 and f"gemt som {kept}" in restored.stdout
    assert stat.S_IMODE(os.stat(database).st_mode) == 0o600
    assert not list(database.parent.glob(".*genskabes*"))
    verify = caplegal("--db", sqlite_url, "db", "verify", "--json")
    assert verify.returncode == 0 and json.loads(verify.stdout)["intact"]
    assert backup.exists()  # the backup is only read


def test_restore_to_a_new_path(sqlite_url, tmp_path):
    _database, backup = made(sqlite_url, tmp_path)
    target = tmp_path / "ny" / "genskabt.sqlite3"
    result = caplegal("db", "restore", str(backup), "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert cases(target) == 4 and "erstattede" not in result.stdout


def test_a_backup_with_a_broken_chain_replaces_nothing(sqlite_url, tmp_path):
    database, backup = made(sqlite_url, tmp_path)
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute("DROP TRIGGER ledger_entry_no_delete")
        connection.execute("DELETE FROM ledger_entry WHERE id = (SELECT min(id) FROM ledger_entry)")
        connection.commit()
    result = caplegal("--db", sqlite_url, "db", "restore", str(backup))
    assert result.returncode == 2
    assert "Kæden er brudt" in result.stderr and "intet er ændret" in result.stderr.lower()
    assert cases(database) == 7 and not list(database.parent.glob("*erstattet*"))
    assert not list(database.parent.glob(".*genskabes*"))


def test_a_file_that_is_not_a_backup_is_refused(sqlite_url, tmp_path):
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    junk = tmp_path / "x.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    result = caplegal("--db", sqlite_url, "db", "restore", str(junk))
    assert result.returncode == 2 and "ikke en SQLite-fil" in result.stderr
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(database.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
    damaged.write_bytes(bytes(data))
    result = caplegal("--db", sqlite_url, "db", "restore", str(damaged))
    assert result.returncode == 2 and "intet er ændret" in result.stderr.lower(), result.stderr
    assert "Traceback" not in result.stderr


def test_restore_is_refused_while_another_seat_has_the_database_open(sqlite_url, tmp_path):
    database, backup = made(sqlite_url, tmp_path)
    seat = AppContext.open(sqlite_url)
    with seat.uow() as uow:  # the seat's pooled connection keeps the file open
        uow.session.connection().exec_driver_sql("SELECT count(*) FROM ledger_entry").all()
    try:
        result = caplegal("--db", sqlite_url, "db", "restore", str(backup))
    finally:
        seat.close()
    assert result.returncode == 2 and "åben i programmet hos en anden" in result.stderr
    assert cases(database) == 7 and not list(database.parent.glob("*erstattet*"))


def test_postgresql_is_refused_politely(postgres_server, tmp_path):
    backup = tmp_path / "x.sqlite3"
    sqlite3.connect(backup).close()
    url = "postgresql+psycopg://kontor@localhost:1/caplegal"
    result = caplegal("--db", url, "db", "restore", str(backup))
    assert result.returncode == 2 and "pg_restore" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_backup_with_a_changed_audit_log_replaces_nothing(sqlite_url, tmp_path):
    database, backup = made(sqlite_url, tmp_path)
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
        connection.commit()
    result = caplegal("--db", sqlite_url, "db", "restore", str(backup))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "har ikke en urørt revisionslog" in result.stderr
    assert "intet er ændret" in result.stderr.lower() and "Traceback" not in result.stderr
    assert cases(database) == 7 and not list(database.parent.glob("*erstattet*"))
