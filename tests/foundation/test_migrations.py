"""The schema is built by alembic from empty, on both backends, and matches the models."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from caplegal_desktop.db import open_database
from caplegal_desktop.migrate import current_revisions, head_revisions
from caplegal_desktop.services.shared.search_index import include_object
from models import Base


def test_upgrade_from_empty_reaches_head_and_matches_the_models(database_url):
    database = open_database(database_url)
    try:
        assert current_revisions(database) == head_revisions()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": include_object}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
        tables = set(inspect(database.engine).get_table_names())
        assert {"collection_case", "claim", "ledger_entry", "fee_amount"} <= tables
    finally:
        database.dispose()


def test_the_embedded_database_uses_wal_and_foreign_keys(sqlite_url):
    database = open_database(sqlite_url)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.dispose()


def test_the_quick_head_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from caplegal_desktop.migrate import alembic_config

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert head_revisions() == frozenset(heads)
