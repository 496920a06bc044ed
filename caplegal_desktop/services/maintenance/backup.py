"""Backups of the embedded database with SQLite's online backup API (safe while in use).

The copy is written owner-only (0600) to a temporary name beside the target and renamed when it
is complete, so a failed backup (a full disk) leaves no partial file that blocks the retry.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from caplegal_desktop.errors import ServiceError
from workflows.private_files import private_folder, private_target

PG_BACKUP_MSG = (
    "Sikkerhedskopi herfra gælder den indbyggede SQLite-database; "
    "brug pg_dump til en PostgreSQL-server (se README)."
)


def backup_sqlite(database, target: Path) -> Path:
    if not database.is_sqlite:
        raise ServiceError(PG_BACKUP_MSG)
    target = Path(target).expanduser().resolve()
    if target.exists():
        raise ServiceError(f"Filen {target} findes allerede; vælg et nyt navn.")
    private_folder(target.parent)
    partial = target.with_name(f".{target.name}.{os.getpid()}.delvis")
    try:
        source = sqlite3.connect(database.url.database)
        destination = sqlite3.connect(private_target(partial))
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
        if target.exists():
            raise ServiceError(f"Filen {target} findes allerede; vælg et nyt navn.")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
