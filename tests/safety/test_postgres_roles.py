"""PostgreSQL: the owner role migrates, the application role cannot rewrite the ledger.

GIVEN the set-up commands of docs/data-safety.md (an owner role owning the database, an
application role granted by `caplegal db upgrade --app-role`), WHEN the program works as the
application role, THEN it can post, read and correct a text, but cannot alter, disable, update,
delete or truncate the ledger, nor delete the chain head, nor upgrade the schema.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from caplegal_desktop.app import AppContext
from caplegal_desktop.db import open_database
from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.maintenance.verify import ledger_alarm, verify_ledger
from caplegal_desktop.services.shared.ledger import post_entry
from tests.foundation.test_cli import caplegal

_names = itertools.count()


def as_superuser(server, sql: str, database: str = "postgres") -> None:
    engine = create_engine(server.url(database), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(sql)
    engine.dispose()


@pytest.fixture
def roles(postgres_server):
    """The documented set-up: two login roles and a database the owner owns."""
    n = next(_names)
    owner, app, name = f"caplegal_owner_{n}", f"caplegal_app_{n}", f"roles_{n}"
    for sql in (
        f"CREATE ROLE {owner} LOGIN",
        f"CREATE ROLE {app} LOGIN",
        f"CREATE DATABASE {name} OWNER {owner}",
        f"REVOKE ALL ON DATABASE {name} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {name} TO {owner}, {app}",
    ):
        as_superuser(postgres_server, sql)
    as_superuser(postgres_server, "REVOKE CREATE ON SCHEMA public FROM PUBLIC", name)
    as_superuser(postgres_server, f"ALTER SCHEMA public OWNER TO {owner}", name)
    base = postgres_server.url(name)
    owner_url = base.replace("//caplegal@", f"//{owner}@")
    app_url = base.replace("//caplegal@", f"//{app}@")
    upgraded = caplegal("--db", owner_url, "db", "upgrade", "--app-role", app)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"Programrollen {app}" in upgraded.stdout
    return owner_url, app_url


def test_the_application_role_posts_and_reads_but_cannot_rewrite_the_ledger(roles):
    owner_url, app_url = roles
    context = AppContext.open(app_url)
    generate_demo(context, cases=3, seed=1, today=date(2026, 11, 1))
    with context.uow(write=True) as uow:
        case_id = uow.session.scalar(text("SELECT min(id) FROM collection_case"))
        entry = post_entry(uow.session, case_id=case_id, entry_type="payment",
                           posting_date=date(2026, 11, 2), amount=Decimal("50.00"),
                           description="Indbetaling", user="test")  # fmt: skip
        uow.commit()
    with context.uow(write=True) as uow:  # a text may be corrected
        uow.session.execute(
            text("UPDATE ledger_entry SET description = 'Rettet' WHERE id = :id"), {"id": entry.id}
        )
        uow.commit()
    refused = [
        "ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_change",
        "ALTER TABLE ledger_entry DISABLE TRIGGER ALL",
        "DROP TRIGGER ledger_entry_no_change ON ledger_entry",
        "DROP FUNCTION ledger_entry_refuse_change() CASCADE",
        f"UPDATE ledger_entry SET amount = 1 WHERE id = {entry.id}",
        f"UPDATE ledger_entry SET chain_hash = 'x' WHERE id = {entry.id}",
        f"DELETE FROM ledger_entry WHERE id = {entry.id}",
        "TRUNCATE ledger_entry CASCADE",
        "DELETE FROM ledger_chain",
        "TRUNCATE ledger_chain",
        "ALTER TABLE ledger_entry ADD COLUMN x int",
        "DROP TABLE ledger_entry CASCADE",
        "UPDATE alembic_version SET version_num = 'x'",
        "SET session_replication_role = replica",
    ]
    engine = create_engine(app_url)
    for sql in refused:
        with engine.begin() as connection, pytest.raises(DBAPIError) as caught:
            connection.exec_driver_sql(sql)
        assert getattr(caught.value.orig, "sqlstate", None) == "42501", (sql, caught.value)
    engine.dispose()
    check = verify_ledger(context.database)
    assert check.intact, check.problem
    assert check.note is None  # the application role is not the owner
    assert ledger_alarm(context.database) is None
    context.close()
    as_owner = caplegal("--db", owner_url, "db", "verify")
    assert as_owner.returncode == 0 and "logget ind som tabellernes ejer" in as_owner.stdout


def test_the_application_role_cannot_upgrade_and_says_who_can(roles, postgres_server):
    owner_url, app_url = roles
    engine = create_engine(owner_url)
    with engine.begin() as connection:  # as if the program were one version behind
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0011_funds'")
    engine.dispose()
    with pytest.raises(ServiceError, match="ikke databasens ejer"):
        open_database(app_url)
    result = caplegal("--db", app_url, "case", "find", "x")
    assert result.returncode == 2 and "ikke databasens ejer" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_trigger_the_application_role_cannot_restore_shows_red(roles):
    owner_url, app_url = roles
    engine = create_engine(owner_url)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_truncate"
        )
    engine.dispose()
    seat = open_database(app_url)
    assert seat.ledger_guard_missing == ["ledger_entry_no_truncate"]
    assert any("som databasens ejer" in n for n in seat.notices)
    assert "ledger_entry_no_truncate" in ledger_alarm(seat)
    seat.dispose()
    assert caplegal("--db", owner_url, "db", "upgrade").returncode == 0  # the owner repairs
    seat = open_database(app_url)
    assert seat.ledger_guard_missing == [] and verify_ledger(seat).intact
    seat.dispose()
