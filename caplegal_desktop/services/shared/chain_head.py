"""The head of an append-only hash chain kept in a one-row table (entries, last id, last hash):
the audit log's (`audit_chain`) and the client funds ledger's (`funds_chain`).

The one writer of a chained table asks `advance` for the next row's id and hash: under the
head's row lock (FOR UPDATE on PostgreSQL; SQLite's write lock) it hands out the id, hashes the
row with its predecessor's hash and moves the head. The head read in a transaction is kept on
the session until the transaction ends. Importing this module does not load SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Head:
    entries: int
    last_id: int
    last_hash: str


class ChainHead:
    def __init__(self, *, table: str, head_table: str, stopped: str) -> None:
        self.table = table
        self.head_table = head_table
        self.stopped = stopped  # the Danish message when the head row is missing
        self.head_sql = f"SELECT entries, last_id, last_hash FROM {head_table} WHERE id = 1"
        self._key = f"caplegal_{head_table}_head"
        self._listening = False

    def advance(
        self, session, values: dict[str, Any], row_hash: Callable[[str, dict], str]
    ) -> tuple[int, str]:
        """The id and chain hash for one new row (`values` by column, without id), the head
        moved. The head stays locked until the caller's transaction ends."""
        from sqlalchemy import text

        self._listen()
        sqlite = session.get_bind().dialect.name == "sqlite"
        with session.no_autoflush:
            head = session.info.get(self._key)
            if head is None:
                head = self._take(session, sqlite=sqlite)
                if sqlite:
                    highest = session.scalar(text(f"SELECT max(id) FROM {self.table}")) or 0
                    row_id = max(int(highest), head.last_id) + 1
                else:
                    row_id = self._next_pg_id(session)
            else:  # this transaction holds the head's lock since it last moved it
                row_id = head.last_id + 1 if sqlite else self._next_pg_id(session)
            digest = row_hash(head.last_hash, {**values, "id": row_id})
            session.execute(
                text(
                    f"UPDATE {self.head_table} SET entries = :entries, last_id = :last_id, "
                    "last_hash = :last_hash WHERE id = 1"
                ),
                {"entries": head.entries + 1, "last_id": row_id, "last_hash": digest},
            )
            session.info[self._key] = Head(head.entries + 1, row_id, digest)
        return row_id, digest

    def _take(self, session, *, sqlite: bool) -> Head:
        from sqlalchemy import text

        from caplegal_desktop.errors import ServiceError

        lock = "" if sqlite else " FOR UPDATE"
        row = session.execute(text(self.head_sql + lock)).one_or_none()
        if row is None:
            raise ServiceError(self.stopped)
        return Head(int(row[0]), int(row[1]), row[2])

    def _next_pg_id(self, session) -> int:
        from sqlalchemy import text

        sql = f"SELECT nextval(pg_get_serial_sequence('{self.table}', 'id'))"
        return int(session.scalar(text(sql)))

    def _forget(self, session, _transaction) -> None:
        session.info.pop(self._key, None)

    def _listen(self) -> None:
        if self._listening:
            return
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        event.listen(Session, "after_transaction_end", self._forget)
        event.listen(Session, "after_transaction_create", self._forget)
        self._listening = True
