"""The one writer of a full chain check's outcome on a chain's head row (the ledger's and the
audit log's): when it ran, whether the chain was intact, and the first problem found."""

from __future__ import annotations

from datetime import datetime

HEAD_TABLES = ("ledger_chain", "audit_chain", "funds_chain")


def has_table(database, name: str) -> bool:
    """Whether the database has the table (a chain added by a later migration may be absent)."""
    if database.is_sqlite:
        sql = f"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{name}'"
    else:
        sql = (
            "SELECT count(*) FROM information_schema.tables "
            f"WHERE table_schema = current_schema() AND table_name = '{name}'"
        )
    return bool(database.fetch_all(sql)[0][0])


def absent_triggers(
    database, *, sqlite: tuple[str, ...], postgresql: tuple[str, ...], tables: tuple[str, ...]
) -> tuple[str, ...]:
    """The guard triggers (of `tables`, enabled) the database lacks, of the backend's names."""
    if database.is_sqlite:
        found = {r[0] for r in database.fetch_all(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}  # fmt: skip
        return tuple(name for name in sqlite if name not in found)
    names = ", ".join(f"'{t}'" for t in tables)
    found = {r[0] for r in database.fetch_all(
        "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled = 'O' "
        "AND c.relnamespace = current_schema()::regnamespace "
        f"AND c.relname IN ({names})")}  # fmt: skip
    return tuple(name for name in postgresql if name not in found)


def record_check(database, head_table: str, *, intact: bool, problem: str | None) -> None:
    from sqlalchemy import text

    from caplegal_desktop.db import write_intent

    if head_table not in HEAD_TABLES:
        raise ValueError(f"no chain head table {head_table!r}")
    with write_intent(), database.engine.begin() as connection:
        connection.execute(
            text(
                f"UPDATE {head_table} SET verified_at = :at, verified_ok = :ok, "
                "verify_problem = :problem WHERE id = 1"
            ),
            {"at": datetime.now().replace(microsecond=0), "ok": intact,
             "problem": (problem or "")[:500] or None},
        )  # fmt: skip
