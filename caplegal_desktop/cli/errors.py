"""How a command ends when something goes wrong: one Danish line and a distinct exit code.

Expected errors (a refused input, an unreachable database, a full disk, a bad settings file) say
what and where. Anything else is written in full, masked (caplegal_desktop.logmask), to the log
file and shown as one line naming that file; a user never sees a traceback.

Exit codes (docs/cli.md): 0 done, 1 refused (e.g. an import with rejected records), 2 an input
that cannot be used (a ServiceError: unreadable file, unknown case), 3 the database cannot be
reached, 4 the disk is full or a file cannot be written, 5 settings or secrets (a password in a
URL, a malformed settings file, no keyring), 70 an unexpected error (the log names it).
"""

from __future__ import annotations

import errno
import sys
import traceback
from datetime import datetime
from pathlib import Path

from caplegal_desktop.errors import ReadOnlyDatabase, ServiceError, SettingsError
from caplegal_desktop.logmask import mask
from workflows.private_files import open_private

EXIT_REFUSED = 1
EXIT_INPUT = 2
EXIT_DATABASE = 3
EXIT_DISK = 4
EXIT_SETTINGS = 5
EXIT_UNEXPECTED = 70
LOG_NAME = "caplegal.log"

DISK_FULL = "Disken er fuld"


def log_file() -> Path:
    from caplegal_desktop.config import log_dir

    return log_dir() / LOG_NAME


def explain(exc: BaseException) -> tuple[int, str] | None:
    """(exit code, one Danish line) for an error we expect, None for anything else.

    A full disk or a read-only file is looked for along the whole chain first: SQLite rolls the
    transaction back on SQLITE_FULL, so what reaches us is "no such savepoint" raised while
    handling the real cause."""
    for cause in _chain(exc):
        known = _explain_one(cause)
        if known is not None and known[0] == EXIT_DISK:
            return known
    return _explain_one(exc)


def _chain(exc: BaseException):
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _explain_one(exc: BaseException) -> tuple[int, str] | None:
    from caplegal_desktop.secrets import KeyringUnavailable

    if isinstance(exc, ReadOnlyDatabase):
        return EXIT_DISK, f"Fejl: {exc}"
    if isinstance(exc, SettingsError | KeyringUnavailable):
        return EXIT_SETTINGS, f"Fejl: {exc}"
    if isinstance(exc, ServiceError):
        return EXIT_INPUT, f"Fejl: {exc}"
    if isinstance(exc, OSError):
        return _os_error(exc)
    return _database_error(exc)


def _os_error(exc: OSError) -> tuple[int, str] | None:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return EXIT_DISK, f"{DISK_FULL}{where}: frigør plads og prøv igen; intet er gemt."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return EXIT_DISK, f"Filen kan ikke skrives{where}: {exc.strerror}."
    if exc.errno == errno.ENOENT:
        return EXIT_INPUT, f"Fejl: filen findes ikke{where}."
    return None


def _database_error(exc: BaseException) -> tuple[int, str] | None:
    """A database's own error (SQLAlchemy's wrapper, or psycopg's / sqlite3's raised bare)."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, DBAPIError):
        orig, invalidated = exc.orig, exc.connection_invalidated
    elif isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        orig, invalidated = exc, False
    else:
        return None
    reason = (str(orig).strip().splitlines() or [""])[0] if orig is not None else ""
    lowered = reason.lower()
    if "disk is full" in lowered or "no space left" in lowered or "could not extend" in lowered:
        return (
            EXIT_DISK,
            f"{DISK_FULL}: databasen kan ikke skrive; intet er gemt. Frigør plads og prøv igen.",
        )
    if "readonly database" in lowered or "read-only" in lowered:
        return EXIT_DISK, (
            "Databasen er skrivebeskyttet (filen eller mappen kan ikke skrives); intet kan ændres."
        )
    kind = type(orig).__name__
    words = ("connection", "could not connect", "unable to open database", "timeout", "resolve")
    if invalidated or (
        kind in ("OperationalError", "InterfaceError") and any(w in lowered for w in words)
    ):
        return EXIT_DATABASE, f"Databasen kan ikke nås: {mask(reason)}"
    return None


def report_unexpected(exc: BaseException, argv: list[str] | None = None) -> str:
    """Write the masked traceback to the log file; the one line that names it."""
    text = "".join(traceback.format_exception(exc))
    try:
        path = log_file()
        with open_private(path, "a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S} caplegal {_args(argv)}\n")
            log.write(mask(text))
        return f"Uventet fejl ({type(exc).__name__}); detaljerne er skrevet i {path}"
    except OSError as log_error:
        return (
            f"Uventet fejl ({type(exc).__name__}); logfilen kan ikke skrives: {log_error.strerror}"
        )


def _args(argv: list[str] | None) -> str:
    shown = list(sys.argv[1:] if argv is None else argv)
    return mask(" ".join(a if "://" not in a else a.split("://")[0] + "://…" for a in shown))


def run_guarded(action, argv: list[str] | None = None) -> int:
    """Run a command: its exit code, or one line and the code for whatever stopped it."""
    from caplegal_desktop.logmask import install_masking

    install_masking()
    for stream in (sys.stdout, sys.stderr):  # a lone surrogate in a name never stops a print
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
    try:
        return action()
    except KeyboardInterrupt:
        print("Afbrudt.", file=sys.stderr)
        return 130
    except Exception as exc:  # the one place every error ends
        known = explain(exc)
        if known is not None:
            code, line = known
            print(_one_line(line), file=sys.stderr)
            return code
        print(report_unexpected(exc, argv), file=sys.stderr)
        return EXIT_UNEXPECTED


def _one_line(text: str) -> str:
    return " ".join(text.split("\n"))
