"""Backups of the embedded database with SQLite's online backup API (safe while in use)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from caplegal_desktop.errors import ServiceError


def backup_sqlite(database, target: Path) -> Path:
    if not database.is_sqlite:
        raise ServiceError(
            "Sikkerhedskopi herfra gælder den indbyggede SQLite-database; "
            "brug pg_dump til en PostgreSQL-server."
        )
    target = target.expanduser().resolve()
    if target.exists():
        raise ServiceError(f"Filen {target} findes allerede; vælg et nyt navn.")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(database.url.database)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target
