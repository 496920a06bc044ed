"""Another seat changed something: open cards and lists refresh without anyone pressing a key.

PostgreSQL: statement triggers on the case-bearing tables send NOTIFY caplegal_changes (migration
0012_office); the watcher LISTENs on a connection of its own. SQLite: `PRAGMA data_version` on
a connection of its own changes whenever another connection commits to the file.
`poll()` is cheap (no round trip on PostgreSQL, one pragma on SQLite); the desk calls it on a
timer and refreshes the page it shows when it answers True.
"""

from __future__ import annotations

import sqlite3

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
            self._raw = database.engine.raw_connection()
            connection = self._raw.driver_connection
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")

    def _data_version(self) -> int:
        return self._sqlite.execute("PRAGMA data_version").fetchone()[0]

    def poll(self) -> set[str]:
        """The tables another seat changed since the last poll (SQLite: {"*"}); empty: none."""
        if self._sqlite is not None:
            version = self._data_version()
            changed, self._version = version != self._version, version
            return {"*"} if changed else set()
        if self._raw is None:
            return set()
        connection = self._raw.driver_connection
        return {n.payload for n in connection.notifies(timeout=0, stop_after=1000)}

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
        if self._raw is not None:
            self._raw.driver_connection.execute(f"UNLISTEN {CHANNEL}")
            self._raw.close()
