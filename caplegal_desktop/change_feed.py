"""Another seat changed something: open cards and lists refresh without anyone pressing a key.

PostgreSQL: statement triggers on the case-bearing tables send NOTIFY caplegal_changes (migration
0012_office); the watcher LISTENs on a connection of its own. SQLite: `PRAGMA data_version` on
a connection of its own changes whenever another connection commits to the file.
`poll()` is cheap (no round trip on PostgreSQL, one pragma on SQLite); the desk calls it on a
timer and refreshes the page it shows when it answers True.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

CHANNEL = "caplegal_changes"


class ChangeWatcher:
    def __init__(self, database) -> None:
        self._database = database
        self._sqlite: sqlite3.Connection | None = None
        self._raw = None
        self._version: int | None = None
        if database.sqlite_path is not None:
            self._sqlite = sqlite3.connect(database.sqlite_path, isolation_level=None)
            self._version = self._data_version()
        elif not database.is_sqlite:
            self._listen()

    def _listen(self) -> bool:
        """LISTEN on a connection of its own; False while the server cannot be reached (the
        next poll tries again: a server restarted, or gone at the end of a test run, is no
        error in a timer's slot — the next thing the user does says what is wrong)."""
        failures = (DBAPIError, self._database.engine.dialect.loaded_dbapi.Error)
        try:
            raw = self._database.engine.raw_connection()
        except failures:
            return False
        try:
            connection = raw.driver_connection
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except failures:
            raw.invalidate()
            return False
        self._raw = raw
        return True

    def _data_version(self) -> int:
        return self._sqlite.execute("PRAGMA data_version").fetchone()[0]

    def poll(self) -> set[str]:
        """The tables another seat changed since the last poll (SQLite: {"*"}); empty: none.
        PostgreSQL after a lost connection: {"*"} once it is back (notices may have been
        missed while it was away)."""
        if self._sqlite is not None:
            version = self._data_version()
            changed, self._version = version != self._version, version
            return {"*"} if changed else set()
        if self._database.is_sqlite:
            return set()
        if self._raw is None:
            return {"*"} if self._listen() else set()
        connection = self._raw.driver_connection
        try:
            # a millisecond, not 0: with 0 psycopg does not read the socket, and a connection
            # the server closed would go unnoticed (and no notice would ever come again)
            notices = connection.notifies(timeout=0.001, stop_after=1000)
            changed = {n.payload for n in notices}
        except self._database.engine.dialect.loaded_dbapi.Error:
            changed = None
        if changed is None or connection.closed or connection.broken:
            self._raw.invalidate()
            self._raw = None
            return set()
        return changed

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
        if self._raw is not None:
            try:
                self._raw.driver_connection.execute(f"UNLISTEN {CHANNEL}")
            except self._database.engine.dialect.loaded_dbapi.Error:
                pass  # the server is gone: nothing to stop listening to
            self._raw.close()
