"""The database engine: embedded SQLite (WAL, foreign keys) or a PostgreSQL server.

SQLite transactions that write begin with BEGIN IMMEDIATE, so two seats (or a seat and the CLI)
never interleave a read-modify-write; read-only units of work use a plain deferred BEGIN.

The SQLAlchemy engine is made on first use. Until then, reads of the embedded file (the schema
revision, the seed check and the Role Center figures at start-up) go through the standard
library's sqlite3 with the same pragmas: importing SQLAlchemy costs more than the first window.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_S = 30
_write_intent: ContextVar[bool] = ContextVar("caplegal_write_intent", default=False)
# a plain file URL only; anything with options or in memory goes through SQLAlchemy
_SQLITE_FILE_URL = re.compile(r"^sqlite(?:\+pysqlite)?:///([^?]+)$")
_NAMED_PARAMETER = re.compile(r"(?<![:\w]):(\w+)")
_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
    f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}",
)


def sqlite_file(url_text: str) -> str | None:
    """The file behind a plain `sqlite:///path` URL, or None for anything else."""
    found = _SQLITE_FILE_URL.match(url_text)
    if found is None or found.group(1) == ":memory:":
        return None
    return found.group(1)


def _store_allocations(session: Session, rows: list[dict]) -> None:
    """Payments posted store where they landed (client funds). Registered with the ledger writer
    by every session factory; the feature is imported on the first payment, not at start-up."""
    from caplegal_desktop.services.client_funds import record_allocations

    record_allocations(session, rows)


class Database:
    def __init__(self, url_text: str, *, echo: bool = False) -> None:
        self.url_text = url_text
        self.is_sqlite = url_text.startswith("sqlite")
        self.sqlite_path = sqlite_file(url_text)
        self._echo = echo
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._lock = threading.Lock()  # the engine is made once, whichever thread asks first
        # Why the embedded file can only be read (None: it can be written). Opened read-only
        # for viewing then; every unit of work that writes is refused with this reason.
        self.read_only_reason: str | None = (
            sqlite_read_only_reason(self.sqlite_path) if self.sqlite_path else None
        )
        # Things to tell the user once about this start (e.g. file modes tightened), in Danish.
        self.notices: list[str] = []
        # The ledger's guard triggers re-created at this start, or missing and not re-creatable
        # by this login: the Role Center shows the ledger as not intact (db.guard_ledger).
        self.ledger_guard_repaired: list[str] = []
        self.ledger_guard_missing: list[str] = []

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    if self.read_only_reason:
                        self._engine = _read_only_engine(self.sqlite_path, echo=self._echo)
                    else:
                        self._engine = _create_engine(self.url_text, echo=self._echo)
        return self._engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            from caplegal_desktop.services.shared import payment_listeners, search_upkeep

            payment_listeners.on_payments_posted(
                _store_allocations
            )  # the client funds import on first use

            engine = self.engine
            with self._lock:
                if self._sessions is None:
                    self._sessions = sessionmaker(engine, expire_on_commit=False)
                    search_upkeep.watch(self._sessions)  # names written -> search texts
        return self._sessions

    @property
    def url(self) -> URL:
        return self.engine.url

    def display_name(self) -> str:
        """A human name for the status bar, without any password."""
        if self.sqlite_path is not None:
            if self.read_only_reason:
                return f"SQLite: {self.sqlite_path} (skrivebeskyttet: {self.read_only_reason})"
            return f"SQLite: {self.sqlite_path}"
        url = self.url
        if self.is_sqlite:
            return f"SQLite: {url.database}"
        return f"PostgreSQL: {url.username}@{url.host}/{url.database}"

    @contextmanager
    def read_cursor(self) -> Iterator[Any]:
        """A DB-API cursor for plain reads outside a unit of work (autocommit: every statement
        sees committed data). The embedded file is read with sqlite3 until the engine exists."""
        if self._engine is None and self.sqlite_path is not None:
            connection = _sqlite_connect(self.sqlite_path, read_only=bool(self.read_only_reason))
            try:
                cursor = connection.cursor()
                yield cursor
                cursor.close()
            finally:
                connection.close()
            return
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
                connection.rollback()  # a server connection goes back to the pool idle
        finally:
            connection.close()

    def fetch_all(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        """Rows of one plain read written with `:name` parameters, on either backend. Dates go
        to SQLite as ISO text, which is how SQLAlchemy's Date column stores them there."""
        params = dict(params or {})
        if self.is_sqlite:
            params = {k: v.isoformat() if type(v) is date else v for k, v in params.items()}
        else:
            sql = _NAMED_PARAMETER.sub(r"%(\1)s", sql.replace("%", "%%"))
        with self.read_cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def sqlite_read_only_reason(path: str) -> str | None:
    """Why an existing SQLite file cannot be written, in Danish; None when it can (or is new).

    SQLite in WAL mode writes beside the file (-wal, -shm), so the folder must be writable too.
    os.access answers EROFS for a read-only file system, even for root."""
    file = Path(path)
    if not file.exists():
        return None
    if not os.access(file, os.W_OK):
        if not os.access(file.parent, os.W_OK):
            return "filsystemet eller mappen er skrivebeskyttet"
        return "filen er skrivebeskyttet"
    if not os.access(file.parent, os.W_OK):
        return f"mappen {file.parent} er skrivebeskyttet"
    return None


def read_only_message(reason: str) -> str:
    return f"Databasen er åbnet skrivebeskyttet ({reason}); intet kan ændres."


def open_database(
    url_text: str, *, upgrade: bool = True, guard: bool = True, echo: bool = False
) -> Database:
    database = Database(url_text, echo=echo)
    if database.read_only_reason:
        from caplegal_desktop.migrate import current_revisions, head_revisions

        if current_revisions(database) != head_revisions():
            from caplegal_desktop.errors import ServiceError

            raise ServiceError(
                f"Databasen kan ikke opgraderes: {database.read_only_reason}. "
                "Åbn den fra en placering, der kan skrives, én gang."
            )
        return database
    if database.sqlite_path is not None:  # sqlite3 may open it before the engine exists
        database.notices.extend(make_private_sqlite_file(database.sqlite_path))
    if upgrade:
        from caplegal_desktop.migrate import upgrade_to_head

        upgraded = upgrade_to_head(database)
        if guard:
            guard_ledger(database, after_migration=upgraded)
    return database


def guard_ledger(database: Database, *, after_migration: bool = False) -> list[str]:
    """Check the triggers that guard the posted ledger and re-create what is missing, disabled
    or changed (a cheap catalogue read; the repair only when needed). Returns the names
    re-created; says so in `database.notices`. On a server where this login may not create
    triggers (the application role), the missing ones stay in `database.ledger_guard_missing`
    and the notice says to run `caplegal db upgrade` as the owner. Right after a migration
    (`after_migration`: one that rebuilt ledger_entry drops its triggers) they are re-created
    without raising the alarm."""
    from caplegal_desktop.services.shared import ledger_guard

    with database.read_cursor() as cursor:

        def run(sql: str) -> list:
            cursor.execute(sql)
            return cursor.fetchall() if cursor.description else []

        if not ledger_guard.has_chain_table(run, sqlite=database.is_sqlite):
            return []
        names = ledger_guard.missing(run, sqlite=database.is_sqlite)
    if not names:
        return []
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with database.engine.begin() as connection:

            def repair(sql: str) -> list:
                connection.exec_driver_sql(sql)
                return []

            ledger_guard.create(repair, names, sqlite=database.is_sqlite)
            if not after_migration:
                # Unguarded for a while: red in the Role Center until db verify passes.
                connection.execute(
                    text("UPDATE ledger_chain SET verified_ok = :no, verify_problem = :why"),
                    {"no": False, "why": ledger_guard.repaired_message(names)},
                )
    except DBAPIError:
        database.ledger_guard_missing = names
        database.notices.append(ledger_guard.cannot_repair_message(names))
        return []
    if not after_migration:
        database.ledger_guard_repaired = names
        database.notices.append(ledger_guard.repaired_message(names))
    return names


def make_private_sqlite_file(path: str) -> list[str]:
    """Create the database file owner-only (0600) before SQLite does, so its -wal and -shm get
    the same mode (SQLite copies the database file's mode to them); tighten an existing file
    that others could read. Returns the notice to show once when something was tightened."""
    from workflows.private_files import private_folder, private_target, tighten

    file = Path(path)
    private_folder(file.parent)
    if not file.exists():
        private_target(file)
        return []
    changed = [name for name in (path, f"{path}-wal", f"{path}-shm") if tighten(name)]
    if not changed:
        return []
    return [
        f"Databasefilen {path} kunne læses af andre brugere på maskinen; "
        "den er nu kun tilgængelig for dig (filrettigheder 0600)."
    ]


def _sqlite_connect(path: str, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        return _read_only_connect(path)
    connection = sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_S, isolation_level=None)
    for pragma in _SQLITE_PRAGMAS:
        connection.execute(pragma)
    return connection


def _read_only_connect(path: str) -> sqlite3.Connection:
    """The file opened read-only. Without a writable folder SQLite cannot make the WAL index
    (-shm), so the file is read as immutable: what a committed checkpoint left in it."""
    from urllib.parse import quote

    shm_possible = os.access(Path(path).parent, os.W_OK) or Path(path + "-shm").exists()
    options = "mode=ro" if shm_possible else "mode=ro&immutable=1"
    connection = sqlite3.connect(
        f"file:{quote(str(Path(path).absolute()))}?{options}",
        uri=True,
        timeout=SQLITE_BUSY_TIMEOUT_S,
        isolation_level=None,
        check_same_thread=False,
    )
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    return connection


def _read_only_engine(path: str, *, echo: bool) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine("sqlite://", creator=lambda: _read_only_connect(path), echo=echo)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if _write_intent.get():
            from caplegal_desktop.errors import ReadOnlyDatabase

            raise ReadOnlyDatabase(read_only_message(sqlite_read_only_path_reason(path)))
        connection.exec_driver_sql("BEGIN")

    return engine


def sqlite_read_only_path_reason(path: str) -> str:
    return sqlite_read_only_reason(path) or "filen er skrivebeskyttet"


def _create_engine(url_text: str, *, echo: bool) -> Engine:
    from sqlalchemy import create_engine

    from caplegal_desktop.secrets import url_with_password

    url = url_with_password(url_text)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo=echo)
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_engine(url: URL, *, echo: bool) -> Engine:
    from sqlalchemy import create_engine, event

    if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
        make_private_sqlite_file(url.database)  # a URL with options; the same owner-only file
    engine = create_engine(
        url,
        echo=echo,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(pragma)
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
