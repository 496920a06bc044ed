"""The audit log is chained like the ledger: each line hashes its content and its predecessor's
hash, written by the one audit writer; `caplegal db verify` recomputes it and names the first
broken line in Danish; the nightly scheduled run checks both chains once a day.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from alembic import command

from caplegal_desktop.db import open_database
from caplegal_desktop.migrate import alembic_config
from caplegal_desktop.services.maintenance.nightly import run_nightly_check
from caplegal_desktop.services.maintenance.verify import ledger_alarm, verify_ledger
from caplegal_desktop.services.office import audit
from caplegal_desktop.services.shared.audit_chain import GENESIS, line_hash
from tests.foundation.test_cli import caplegal
from tests.safety.test_ledger_chain import raw, sqlite_path
from tests.safety.test_postgres_roles import roles  # noqa: F401  (the fixture)


def write_lines(app, count: int, *, per_transaction: int = 3) -> None:
    for start in range(0, count, per_transaction):
        with app.uow(write=True) as uow:
            for n in range(start, min(count, start + per_transaction)):
                audit.record(uow.session, login="tester", kind=audit.AuditKind.EXPORT,
                             target=f"sagsliste {n}", detail={"rows": n, "navn": "Søren Ærø"})  # fmt: skip
            uow.commit()


def test_every_audit_line_is_chained_and_verify_counts_them(app):
    write_lines(app, 7)
    audit.record_now(app.uow().__enter__().session, login="x", kind=audit.AuditKind.REFUSED)
    rows = app.database.fetch_all("SELECT id, chain_hash FROM audit_log ORDER BY id")
    assert all(h and len(h) == 64 for _i, h in rows)
    check = verify_ledger(app.database)
    assert check.intact and check.audit_intact, (check.problem, check.audit_problem)
    assert check.audit_entries == len(rows) and check.audit_last_hash == rows[-1][1]
    assert "Revisionsloggen er urørt" in check.message()
    assert ledger_alarm(app.database) is None


def test_the_hash_covers_content_and_predecessor():
    line = {"id": 4, "at": datetime(2026, 12, 4, 9, 0, 0), "login": "ab", "kind": "export",
            "target": None, "detail": '{"rows": 1}'}  # fmt: skip
    as_sqlite = {**line, "at": "2026-12-04 09:00:00.000000"}
    assert line_hash(GENESIS, line) == line_hash(GENESIS, as_sqlite)
    assert line_hash(GENESIS, line) != line_hash("1" * 64, line)
    assert line_hash(GENESIS, line) != line_hash(GENESIS, {**line, "login": "cd"})
    assert line_hash(GENESIS, line) != line_hash(GENESIS, {**line, "target": ""})


def test_a_changed_line_fails_verify_naming_the_line_and_shows_red(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "2", "--seed", "2").returncode == 0
    with sqlite3.connect(sqlite_path(sqlite_url)) as connection:
        (victim,) = connection.execute("SELECT min(id) FROM audit_log").fetchone()
    raw(sqlite_url, "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET login = 'someone else' WHERE id = {victim}")  # fmt: skip

    broken = caplegal("--db", sqlite_url, "db", "verify")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert f"Revisionsloggens kæde er brudt ved linje nr. {victim} (" in broken.stdout
    assert "audit_log_no_update" in broken.stdout
    assert "Traceback" not in broken.stdout + broken.stderr
    as_json = json.loads(caplegal("--db", sqlite_url, "db", "verify", "--json").stdout)
    assert as_json["intact"] is False and as_json["audit_broken_line_id"] == victim
    assert as_json["broken_entry_id"] is None  # the ledger itself is intact
    database = open_database(sqlite_url)
    assert "Revisionsloggens kæde er brudt" in ledger_alarm(database)
    database.dispose()


def test_deleting_the_last_line_shows_at_the_chain_head(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "2", "--seed", "2").returncode == 0
    raw(sqlite_url, "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")  # fmt: skip
    database = open_database(sqlite_url)
    assert "Revisionsloggen passer ikke med kædens hoved" in ledger_alarm(database)
    check = verify_ledger(database)
    database.dispose()
    assert not check.intact and "de sidste linjer er slettet" in check.audit_problem
    assert "audit_log_no_delete" in check.audit_problem


def test_a_line_written_around_the_program_breaks_the_chain(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "2", "--seed", "2").returncode == 0
    raw(sqlite_url, "INSERT INTO audit_log (at, login, kind) "
        "VALUES ('2026-01-01 00:00:00', 'x', 'sign_in')")  # fmt: skip
    result = caplegal("--db", sqlite_url, "db", "verify")
    assert result.returncode == 1 and "skrevet uden om programmet" in result.stdout


def test_the_migration_chains_existing_lines_as_the_writer_would(app):
    write_lines(app, 5)
    before = app.database.fetch_all("SELECT id, chain_hash FROM audit_log ORDER BY id")
    config = alembic_config()
    with app.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012_safety")
    app.database.dispose()
    again = open_database(app.database.url_text)
    after = again.fetch_all("SELECT id, chain_hash FROM audit_log ORDER BY id")
    assert after == before
    check = verify_ledger(again)
    again.dispose()
    assert check.audit_intact and check.audit_entries == len(before)


def test_the_nightly_run_checks_once_a_day_and_a_failure_is_audited_and_red(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "2", "--seed", "2").returncode == 0
    today = date.today().isoformat()
    first = caplegal("--db", sqlite_url, "scheduler", "run", "--today", today, "--json")
    assert first.returncode == 0, first.stdout + first.stderr
    assert json.loads(first.stdout)["integrity"]["intact"] is True
    again = caplegal("--db", sqlite_url, "scheduler", "run", "--today", today, "--json")
    assert json.loads(again.stdout)["integrity"] is None  # checked today already

    raw(
        sqlite_url,
        "DROP TRIGGER ledger_entry_no_update",
        "UPDATE ledger_entry SET amount = amount + 1 WHERE id = (SELECT min(id) FROM ledger_entry)",
    )
    later = date.fromordinal(date.today().toordinal() + 1).isoformat()
    failed = caplegal("--db", sqlite_url, "scheduler", "run", "--today", later)
    assert failed.returncode == 1
    assert "Kæden er brudt ved post nr." in failed.stdout
    assert "Traceback" not in failed.stdout + failed.stderr
    database = open_database(sqlite_url)
    assert "Kæden er brudt" in ledger_alarm(database)  # the Role Center's red cue
    (line,) = database.fetch_all("SELECT login, target, detail FROM audit_log "
                                 "WHERE kind = 'integrity_failed'")  # fmt: skip
    database.dispose()
    assert line[1] == "ledger" and "Kæden er brudt" in json.loads(line[2])["problem"]


def test_the_nightly_check_on_both_backends(app):
    result = run_nightly_check(app, today=date(2099, 1, 1), server="nat")
    assert result is not None and result.intact, result
    assert run_nightly_check(app, today=date.today(), server="nat") is None


def test_the_application_role_appends_audit_lines_but_cannot_rewrite_them(roles):  # noqa: F811
    """PostgreSQL: as the ledger, the audit log is append-only for the application role by its
    grants (not only by triggers), and the chain head can be moved but not deleted."""
    import pytest
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError

    from caplegal_desktop.app import AppContext

    _owner_url, app_url = roles
    context = AppContext.open(app_url)
    write_lines(context, 4)
    (line_id,) = context.database.fetch_all("SELECT max(id) FROM audit_log")[0]
    engine = create_engine(app_url)
    for sql in (
        f"UPDATE audit_log SET login = 'x' WHERE id = {line_id}",
        f"UPDATE audit_log SET chain_hash = 'x' WHERE id = {line_id}",
        f"DELETE FROM audit_log WHERE id = {line_id}",
        "TRUNCATE audit_log",
        "DELETE FROM audit_chain",
        "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    ):
        with engine.begin() as connection, pytest.raises(DBAPIError) as caught:
            connection.exec_driver_sql(sql)
        assert getattr(caught.value.orig, "sqlstate", None) == "42501", (sql, caught.value)
    engine.dispose()
    check = verify_ledger(context.database)
    context.close()
    assert check.intact and check.audit_intact, check.audit_problem
