"""The database engine: embedded SQLite (WAL, foreign keys) or a PostgreSQL server.

SQLite transactions that write begin with BEGIN IMMEDIATE, so two seats (or a seat and the CLI)
never interleave a read-modify-write; read-only units of work use a plain deferred BEGIN.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from caplegal_desktop.secrets import url_with_password

SQLITE_BUSY_TIMEOUT_S = 30
_write_intent: ContextVar[bool] = ContextVar("caplegal_write_intent", default=False)


@dataclass
class Database:
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def display_name(self) -> str:
        """A human name for the status bar, without any password."""
        url = self.engine.url
        if self.is_sqlite:
            return f"SQLite: {url.database}"
        return f"PostgreSQL: {url.username}@{url.host}/{url.database}"

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url_text: str, *, upgrade: bool = True, echo: bool = False) -> Database:
    url = url_with_password(url_text)
    if url.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url, echo=echo)
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True, future=True)
    database = Database(engine, sessionmaker(engine, expire_on_commit=False))
    if upgrade:
        from caplegal_desktop.migrate import upgrade_to_head

        upgrade_to_head(database)
    return database


def _sqlite_engine(url: URL, *, echo: bool) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        echo=echo,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # pysqlite's own transaction handling is off (isolation_level=None); we say BEGIN ourselves.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if _write_intent.get() else "BEGIN")

    return engine


@contextmanager
def write_intent() -> Iterator[None]:
    """Transactions begun inside take SQLite's write lock at once (BEGIN IMMEDIATE)."""
    token = _write_intent.set(True)
    try:
        yield
    finally:
        _write_intent.reset(token)
