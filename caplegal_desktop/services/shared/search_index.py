"""The trigram indexes over the search texts: FTS5 on SQLite, pg_trgm GIN on PostgreSQL.

A search finds a fragment anywhere in a name ("ærtebjerg" in "Boligselskabet Ærtebjerghave"),
which no B-tree index can serve. SQLite gets one external-content FTS5 table per search table
(tokenizer `trigram case_sensitive 1`: the texts are folded already), kept in step by triggers
on the search table; PostgreSQL gets a GIN index with `gin_trgm_ops`, which serves
`text LIKE '%fragment%'` as it stands. Both need fragments of three characters or more; shorter
words are compared on the text itself.

The indexes only make searches fast, never different: without them (an SQLite built without
FTS5, a PostgreSQL server without the pg_trgm extension) every search compares the folded texts
directly and finds the same rows, more slowly. `install` says why an index is missing.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

SEARCH_TABLES = {"case_search": "case_id", "party_search": "party_id", "client_search": "client_id"}
_FTS_SUFFIXES = ("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config", "_fts_content")
_INFO_KEY = "caplegal_fts_tables"

PG_TRGM_MISSING = (
    "PostgreSQL-udvidelsen pg_trgm kan ikke oprettes på serveren ({reason}). Søgning og filtre "
    "virker, men uden trigramindeks og derfor langsommere på store databaser. Installér "
    "udvidelsen (pakken postgresql-contrib, eller CREATE EXTENSION pg_trgm som databasens ejer) "
    "og kør derefter `caplegal db search-index`."
)
FTS5_MISSING = (
    "Denne SQLite ({version}) har ikke FTS5 med trigram-tokenizer. Søgning og filtre virker, men "
    "uden indeks og derfor langsommere på store databaser."
)


def fts_table(search_table: str) -> str:
    return f"{search_table}_fts"


def index_name(search_table: str) -> str:
    return f"ix_{search_table}_text_trgm"


def install(connection: Connection) -> list[str]:
    """Create the missing indexes (idempotent) and fill them; the problems, in Danish."""
    if connection.dialect.name == "sqlite":
        return _install_fts5(connection)
    if connection.dialect.name == "postgresql":
        return _install_pg_trgm(connection)
    return []


def drop(connection: Connection) -> None:
    for table, _key in SEARCH_TABLES.items():
        if connection.dialect.name == "sqlite":
            for event in ("ai", "ad", "au"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{event}")
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {fts_table(table)}")
        else:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index_name(table)}")
    connection.info.pop(_INFO_KEY, None)


def _fts5_trigram_works(connection: Connection) -> bool:
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(
                "CREATE VIRTUAL TABLE temp.caplegal_fts_probe USING fts5(t, tokenize='trigram')"
            )
            connection.exec_driver_sql("DROP TABLE temp.caplegal_fts_probe")
        return True
    except DBAPIError:
        return False


def _install_fts5(connection: Connection) -> list[str]:
    if not _fts5_trigram_works(connection):
        version = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
        message = FTS5_MISSING.format(version=version)
        log.warning(message)
        return [message]
    for table, key in SEARCH_TABLES.items():
        fts = fts_table(table)
        exists = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = ?", (fts,)
        ).scalar()
        if exists:
            continue
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='{table}', "
            f"content_rowid='{key}', tokenize='trigram case_sensitive 1')"
        )
        remove = f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.{key}, old.text);"
        add = f"INSERT INTO {fts}(rowid, text) VALUES (new.{key}, new.text);"
        for event, when, body in (
            ("ai", "AFTER INSERT", add),
            ("ad", "AFTER DELETE", remove),
            ("au", "AFTER UPDATE", remove + " " + add),
        ):
            connection.exec_driver_sql(
                f"CREATE TRIGGER {table}_{event} {when} ON {table} BEGIN {body} END"
            )
        connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    connection.info.pop(_INFO_KEY, None)
    return []


def _install_pg_trgm(connection: Connection) -> list[str]:
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        message = PG_TRGM_MISSING.format(reason=reason)
        log.warning(message)
        return [message]
    for table in SEARCH_TABLES:
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {index_name(table)} ON {table} "
            "USING gin (text gin_trgm_ops)"
        )
    return []


def sqlite_fts_tables(connection: Connection) -> frozenset[str]:
    """The search tables that have their FTS5 index on this SQLite database (cached per
    connection: the index is made by the migration, before any search runs)."""
    cached = connection.info.get(_INFO_KEY)
    if cached is None:
        names = connection.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_fts' ESCAPE '\\'"
            )
        ).scalars()
        cached = frozenset(n[: -len("_fts")] for n in names) & frozenset(SEARCH_TABLES)
        connection.info[_INFO_KEY] = cached
    return cached


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For alembic's comparison of the schema with the models: the indexes made here are not
    described by the models (SQLAlchemy cannot describe an FTS5 table or an operator class
    index on both backends), so they are left out of the comparison."""
    if not reflected or compare_to is not None:
        return True
    if type_ == "table":
        return not any(name == f"{t}{s}" for t in SEARCH_TABLES for s in _FTS_SUFFIXES)
    if type_ == "index":
        return name not in {index_name(t) for t in SEARCH_TABLES}
    return True
