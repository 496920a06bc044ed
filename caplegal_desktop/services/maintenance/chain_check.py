"""The one writer of a full chain check's outcome on a chain's head row (the ledger's and the
audit log's): when it ran, whether the chain was intact, and the first problem found."""

from __future__ import annotations

from datetime import datetime

HEAD_TABLES = ("ledger_chain", "audit_chain", "funds_chain")


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
