"""The posted ledger is tamper-evident: a hash chain written by the one ledger writer, guard
triggers the database keeps, `caplegal db verify` to check both and `db upgrade` to restore the
triggers.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from caplegal_desktop.db import open_database
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.maintenance.verify import ledger_alarm, verify_ledger
from caplegal_desktop.services.shared.ledger import post_entries, post_entry
from caplegal_desktop.services.shared.ledger_chain import GENESIS, entry_hash
from caplegal_desktop.services.shared.ledger_guard import SQLITE_TRIGGERS
from tests.foundation.test_cli import caplegal


def sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite:///")


@pytest.fixture
def demo(app):
    generate_demo(app, cases=6, seed=3, today=date(2026, 11, 1))
    return app


def raw(url: str, *statements: str) -> None:
    """SQL typed by someone with the file or an owner's login, outside the program."""
    if url.startswith("sqlite"):
        with sqlite3.connect(sqlite_path(url)) as connection:
            for sql in statements:
                connection.execute(sql)
        return
    engine = create_engine(url)
    with engine.begin() as connection:
        for sql in statements:
            connection.exec_driver_sql(sql)
    engine.dispose()


def test_every_entry_posted_is_chained_and_the_chain_is_intact(demo):
    with demo.uow(write=True) as uow:
        case_id = uow.session.scalar(text("SELECT min(id) FROM collection_case"))
        one = post_entry(uow.session, case_id=case_id, entry_type="payment",
                         posting_date=date(2026, 11, 2), amount=Decimal("100.00"),
                         description="Indbetaling", user="test")  # fmt: skip
        post_entries(uow.session, [
            {"case_id": case_id, "entry_type": "payment", "posting_date": date(2026, 11, 3),
             "amount": Decimal("12.34"), "description": f"Rate {i}", "user": "test"}
            for i in range(3)
        ])  # fmt: skip
        uow.commit()
    rows = demo.database.fetch_all("SELECT id, chain_hash FROM ledger_entry ORDER BY id")
    assert all(h and len(h) == 64 for _id, h in rows)
    assert [i for i, _h in rows][-4] == one.id
    check = verify_ledger(demo.database)
    assert check.intact, check.problem
    assert check.entries == len(rows) and check.last_hash == rows[-1][1]
    assert ledger_alarm(demo.database) is None


def test_the_hash_covers_content_and_predecessor():
    values = {"id": 1, "case_id": 2, "entry_type": "fee", "posting_date": date(2026, 1, 2),
              "amount": Decimal("10"), "posted_at": "2026-01-02 10:00:00.000000",
              "posted_by": "test"}  # fmt: skip
    same = {**values, "amount": 10.0, "posting_date": "2026-01-02"}  # as SQLite hands it back
    assert entry_hash(GENESIS, values) == entry_hash(GENESIS, same)
    assert entry_hash(GENESIS, values) != entry_hash("1" * 64, values)
    assert entry_hash(GENESIS, values) != entry_hash(GENESIS, {**values, "amount": "10.01"})
    assert entry_hash(GENESIS, values) != entry_hash(GENESIS, {**values, "posted_by": "X"})


def test_posted_entries_cannot_be_changed_deleted_or_replaced(demo):
    url = demo.database.url_text
    (entry_id, case_id), *_ = demo.database.fetch_all(
        "SELECT id, case_id FROM ledger_entry ORDER BY id LIMIT 1"
    )
    refused = [
        f"UPDATE ledger_entry SET amount = 1 WHERE id = {entry_id}",
        f"UPDATE ledger_entry SET payment_type = 'x' WHERE id = {entry_id}",
        f"UPDATE ledger_entry SET chain_hash = 'x' WHERE id = {entry_id}",
        f"DELETE FROM ledger_entry WHERE id = {entry_id}",
        "DELETE FROM ledger_chain",
    ]
    if url.startswith("sqlite"):
        refused.append(
            "INSERT OR REPLACE INTO ledger_entry (id, case_id, entry_type, posting_date, amount, "
            "vat_amount, description, posted_at, posted_by) VALUES "
            f"({entry_id}, {case_id}, 'payment', '2026-01-01', 1, 0, 'x', '2026-01-01', 'x')"
        )
    else:
        refused += ["TRUNCATE ledger_entry CASCADE", "TRUNCATE ledger_chain"]
    for sql in refused:
        with pytest.raises((sqlite3.DatabaseError, DBAPIError)) as caught:
            raw(url, sql)
        assert "kan ikke" in str(caught.value), sql
    raw(url, f"UPDATE ledger_entry SET description = 'Rettet tekst' WHERE id = {entry_id}")
    assert verify_ledger(demo.database).intact  # users may correct the text; it is not chained


def test_dropped_triggers_and_a_deleted_entry_fail_verify_and_upgrade_restores(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "5", "--seed", "2").returncode == 0
    intact = caplegal("--db", sqlite_url, "db", "verify", "--json")
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert json.loads(intact.stdout)["intact"] is True
    with sqlite3.connect(sqlite_path(sqlite_url)) as connection:
        (victim,) = connection.execute(
            "SELECT id FROM ledger_entry ORDER BY id LIMIT 1 OFFSET 3"
        ).fetchone()
        connection.execute("DROP TRIGGER ledger_entry_no_delete")
        connection.execute("DROP TRIGGER ledger_entry_no_update")
        connection.execute(f"DELETE FROM ledger_entry WHERE id = {victim}")

    broken = caplegal("--db", sqlite_url, "db", "verify")
    assert broken.returncode == 1
    assert "ledger_entry_no_delete" in broken.stdout and "ledger_entry_no_update" in broken.stdout
    assert f"Kæden er brudt ved post nr. {victim + 1} (sag " in broken.stdout
    assert "Traceback" not in broken.stdout + broken.stderr
    as_json = json.loads(caplegal("--db", sqlite_url, "db", "verify", "--json").stdout)
    assert as_json["intact"] is False and as_json["broken_entry_id"] == victim + 1
    assert set(as_json["missing_triggers"]) == {"ledger_entry_no_delete", "ledger_entry_no_update"}

    upgraded = caplegal("--db", sqlite_url, "db", "upgrade")
    assert upgraded.returncode == 0
    assert "genoprettet" in upgraded.stderr and "ledger_entry_no_delete" in upgraded.stderr
    after = json.loads(caplegal("--db", sqlite_url, "db", "verify", "--json").stdout)
    assert after["missing_triggers"] == [] and after["broken_entry_id"] == victim + 1
    with (
        pytest.raises(sqlite3.DatabaseError, match="kan ikke"),
        sqlite3.connect(sqlite_path(sqlite_url)) as connection,
    ):
        connection.execute("DELETE FROM ledger_entry")
    # the failed check is kept: the Role Center shows red until a check passes
    database = open_database(sqlite_url)
    assert "Kæden er brudt" in ledger_alarm(database)
    database.dispose()


def test_deleting_the_last_entries_shows_at_the_chain_head(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "3", "--seed", "2").returncode == 0
    raw(sqlite_url, "DROP TRIGGER ledger_entry_no_delete",
        "DELETE FROM ledger_entry WHERE id = (SELECT max(id) FROM ledger_entry)",
        SQLITE_TRIGGERS["ledger_entry_no_delete"])  # fmt: skip
    database = open_database(sqlite_url)
    assert "Kør 'caplegal db verify'" in ledger_alarm(database)
    check = verify_ledger(database)
    database.dispose()
    assert not check.intact and "de sidste poster er slettet" in check.problem


def test_an_entry_written_around_the_program_breaks_the_chain(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "3", "--seed", "2").returncode == 0
    raw(sqlite_url,
        "INSERT INTO ledger_entry (case_id, entry_type, posting_date, amount, vat_amount, "
        "description, posted_at, posted_by) SELECT min(id), 'payment', '2026-01-01', 5, 0, "
        "'x', '2026-01-01 00:00:00', 'x' FROM collection_case")  # fmt: skip
    result = caplegal("--db", sqlite_url, "db", "verify")
    assert result.returncode == 1 and "uden om programmets bogføring" in result.stdout


def test_the_start_recreates_missing_triggers_and_says_so(database_url):
    database = open_database(database_url)
    database.dispose()
    if database_url.startswith("sqlite"):
        raw(database_url, "DROP TRIGGER ledger_entry_no_replace")
        gone = "ledger_entry_no_replace"
    else:
        raw(database_url, "ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_change")
        gone = "ledger_entry_no_change"
    unguarded = open_database(database_url, guard=False)
    check = verify_ledger(unguarded, record=False)
    assert not check.intact and check.missing_triggers == [gone]
    assert gone in ledger_alarm(unguarded)
    unguarded.dispose()
    started = open_database(database_url)
    assert started.ledger_guard_repaired == [gone]
    assert any("genoprettet" in n for n in started.notices)
    assert verify_ledger(started).intact
    started.dispose()
    again = open_database(database_url)
    assert again.notices == [] and ledger_alarm(again) is None
    again.dispose()


def test_the_migration_chains_existing_entries_as_the_writer_would(demo):
    from alembic import command

    from caplegal_desktop.migrate import alembic_config

    before = demo.database.fetch_all("SELECT id, chain_hash FROM ledger_entry ORDER BY id")
    config = alembic_config()
    with demo.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012_limitation")  # the revision before the chain
    demo.database.dispose()
    again = open_database(demo.database.url_text)
    after = again.fetch_all("SELECT id, chain_hash FROM ledger_entry ORDER BY id")
    assert after == before and verify_ledger(again).intact
    again.dispose()


def test_concurrent_postings_keep_one_unbroken_chain(demo):
    """GIVEN four seats posting at once, THEN the chain head's lock orders them: no fork."""
    import threading

    from caplegal_desktop.app import AppContext

    case_id = demo.database.fetch_all("SELECT min(id) FROM collection_case")[0][0]
    errors: list[BaseException] = []

    def seat(n: int) -> None:
        context = AppContext.open(demo.database.url_text)
        try:
            for i in range(8):
                with context.uow(write=True) as uow:
                    post_entry(uow.session, case_id=case_id, entry_type="payment",
                               posting_date=date(2026, 11, 5), amount=Decimal(f"{n}.{i:02d}"),
                               description=f"Sæde {n}", user=f"seat{n}")  # fmt: skip
                    uow.commit()
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            context.close()

    threads = [threading.Thread(target=seat, args=(n,)) for n in range(1, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = verify_ledger(demo.database)
    assert check.intact, check.problem
    assert demo.database.fetch_all(
        "SELECT count(*) FROM ledger_entry WHERE posted_by LIKE 'seat%'"
    ) == [(32,)]


def test_a_rolled_back_savepoint_leaves_the_chain_whole(demo):
    """GIVEN entries posted around a savepoint that is rolled back, THEN the chain skips the
    rolled-back entry (the head kept within a transaction is dropped at the savepoint)."""

    def post(session, text_: str):
        return post_entry(session, case_id=case_id, entry_type="payment",
                          posting_date=date(2026, 11, 6), amount=Decimal("1.00"),
                          description=text_, user="test")  # fmt: skip

    case_id = demo.database.fetch_all("SELECT min(id) FROM collection_case")[0][0]
    with demo.uow(write=True) as uow:
        post(uow.session, "før")
        post(uow.session, "før igen")
        savepoint = uow.session.begin_nested()
        post(uow.session, "fortrudt")
        uow.session.flush()
        savepoint.rollback()
        post(uow.session, "efter")
        savepoint = uow.session.begin_nested()
        post(uow.session, "beholdt")
        savepoint.commit()
        post(uow.session, "sidst")
        uow.commit()
    texts = [r[0] for r in demo.database.fetch_all(
        "SELECT description FROM ledger_entry WHERE posted_by = 'test' ORDER BY id DESC LIMIT 5"
    )]  # fmt: skip
    assert texts == ["sidst", "beholdt", "efter", "før igen", "før"]
    check = verify_ledger(demo.database)
    assert check.intact, check.problem


def test_triggers_a_migration_dropped_are_recreated_without_an_alarm(sqlite_url):
    """A later migration that rebuilds ledger_entry (SQLite batch mode) loses its triggers:
    the upgrade re-creates them and that is no sign of tampering."""
    from caplegal_desktop.db import guard_ledger

    raw(sqlite_url, "DROP TRIGGER ledger_entry_no_update", "DROP TRIGGER ledger_entry_no_delete")
    database = open_database(sqlite_url, guard=False)
    assert guard_ledger(database, after_migration=True) == [
        "ledger_entry_no_update", "ledger_entry_no_delete"
    ]  # fmt: skip
    assert database.notices == [] and ledger_alarm(database) is None
    assert verify_ledger(database).intact
    database.dispose()
