"""The client funds ledger is chained and guarded like the collection ledger: every entry hashes
its content and its predecessor's hash, the database refuses UPDATE and DELETE, and `caplegal db
verify` names the first broken entry in Danish (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import DBAPIError

from caplegal_desktop.services.maintenance.verify import ledger_alarm, verify_ledger
from caplegal_desktop.services.shared.funds_chain import GENESIS, entry_hash
from tests.client_funds.builders import new_case, pay
from tests.client_funds.test_settlements import drafts, post
from tests.safety.test_ledger_chain import raw


def settled(app) -> int:
    """Two clients' payments settled: four funds entries (collected, retained) chained."""
    for name, cvr in (("Fjernvarme Fyn A/S", "13585628"), ("Vand og Varme ApS", "10150817")):
        case_id, _ = new_case(app, client=name, cvr=cvr)
        pay(app, case_id, "1500.00")
    drafts(app)
    post(app)
    return len(app.database.fetch_all("SELECT id FROM client_funds_entry"))


def unguard(app, *sqlite_triggers: str, pg: str) -> list[str]:
    if app.database.is_sqlite:
        return [f"DROP TRIGGER {name}" for name in sqlite_triggers]
    return [f"DROP TRIGGER {pg} ON client_funds_entry"]


def test_every_funds_entry_is_chained_and_verify_counts_them(app):
    entries = settled(app)
    rows = app.database.fetch_all("SELECT id, chain_hash FROM client_funds_entry ORDER BY id")
    assert entries >= 2 and all(h and len(h) == 64 for _i, h in rows)
    check = verify_ledger(app.database)
    assert check.intact and check.funds_intact, (check.problem, check.funds_problem)
    assert check.funds_entries == entries and check.funds_last_hash == rows[-1][1]
    assert "Klientmidlerne er urørte" in check.message()
    assert ledger_alarm(app.database) is None


def test_the_hash_covers_content_and_predecessor():
    from datetime import date, datetime
    from decimal import Decimal

    entry = {"id": 3, "client_id": 1, "settlement_id": 2, "kind": "collected",
             "posting_date": date(2026, 11, 30), "amount": Decimal("1200.5"),
             "description": "Afregning 2", "reverses_entry_id": None,
             "posted_at": datetime(2026, 12, 4, 9, 0, 0), "posted_by": "ab"}  # fmt: skip
    as_sqlite = {**entry, "posting_date": "2026-11-30", "posted_at": "2026-12-04 09:00:00.000000",
                 "amount": Decimal("1200.50")}  # fmt: skip
    assert entry_hash(GENESIS, entry) == entry_hash(GENESIS, as_sqlite)
    assert entry_hash(GENESIS, entry) != entry_hash("1" * 64, entry)
    assert entry_hash(GENESIS, entry) != entry_hash(GENESIS, {**entry, "amount": Decimal("1")})
    assert entry_hash(GENESIS, entry) != entry_hash(GENESIS, {**entry, "client_id": 2})


def test_the_database_refuses_to_change_or_delete_a_funds_entry(app):
    settled(app)
    for sql in ("UPDATE client_funds_entry SET amount = 0",
                "DELETE FROM client_funds_entry", "DELETE FROM funds_chain",
                "DELETE FROM payment_allocation"):  # fmt: skip
        with pytest.raises((sqlite3.DatabaseError, DBAPIError)) as refused:
            raw(app.database.url_text, sql)
        assert "kan ikke" in str(refused.value), sql
    assert verify_ledger(app.database).intact


def test_a_changed_funds_entry_fails_verify_naming_the_entry_and_shows_red(app):
    settled(app)
    (victim, client_id), *_ = app.database.fetch_all(
        "SELECT id, client_id FROM client_funds_entry ORDER BY id")  # fmt: skip
    client_no = app.database.fetch_all("SELECT no FROM client WHERE id = :i", {"i": client_id})
    raw(app.database.url_text,
        *unguard(app, "client_funds_entry_no_update", pg="client_funds_entry_no_change"),
        f"UPDATE client_funds_entry SET amount = amount + 100 WHERE id = {victim}")  # fmt: skip

    check = verify_ledger(app.database)
    assert not check.intact and check.funds_intact is False
    assert check.funds_broken_entry_id == victim and check.broken_entry_id is None
    assert (f"Klientmidlernes kæde er brudt ved post nr. {victim} (klient {client_no[0][0]}): "
            "den passer ikke med kæden") in check.message()  # fmt: skip
    assert "Beskyttelsen af klientmidlerne mangler" in check.message()
    assert "Klientmidlernes kæde er brudt" in ledger_alarm(app.database)


def test_deleting_the_last_funds_entry_shows_at_the_chain_head(app):
    entries = settled(app)
    raw(app.database.url_text,
        *unguard(app, "client_funds_entry_no_delete", pg="client_funds_entry_no_change"),
        "DELETE FROM client_funds_entry WHERE id = (SELECT max(id) FROM client_funds_entry)")  # fmt: skip
    assert "Klientmidlerne passer ikke med kædens hoved" in ledger_alarm(app.database)
    check = verify_ledger(app.database)
    assert not check.intact
    assert f"efter {entries - 1} poster" in check.funds_problem


def test_entries_posted_in_one_transaction_chain_in_order(app):
    case_id, _ = new_case(app)
    first = pay(app, case_id, "700.00")
    drafts(app)
    post(app)
    pay(app, case_id, "0.00", reverses=first)  # bounced: a shortfall in the next settlement
    pay(app, case_id, "300.00")
    drafts(app)
    post(app)
    assert verify_ledger(app.database).funds_intact


def test_the_migration_chains_existing_entries_as_the_writer_would(app):
    from alembic import command

    from caplegal_desktop.db import open_database
    from caplegal_desktop.migrate import alembic_config

    entries = settled(app)
    before = app.database.fetch_all("SELECT id, chain_hash FROM client_funds_entry ORDER BY id")
    config = alembic_config()
    with app.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013_office")  # down and (on opening) up again
    app.database.dispose()
    again = open_database(app.database.url_text)
    after = again.fetch_all("SELECT id, chain_hash FROM client_funds_entry ORDER BY id")
    check = verify_ledger(again)
    again.dispose()
    assert after == before
    assert check.intact and check.funds_intact and check.funds_entries == entries
