"""Alembic, driven from code: the program upgrades the database at start."""

from __future__ import annotations

import re

from workflows.bundle import package_data_dir

MIGRATIONS_DIR = package_data_dir("caplegal_desktop.migrations")
_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision[^=]*=\s*(.+)$", re.MULTILINE)


def alembic_config(url: str | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revisions() -> frozenset[str]:
    """The newest revision of every branch, read from the scripts without importing alembic
    (start-up time): a revision no other script names as its down_revision is a head."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down:
            parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    return frozenset(revisions - parents)


def known_revisions() -> frozenset[str]:
    """Every revision this program's scripts know (a database at another is from a newer one)."""
    found = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        revision = _REVISION.search(script.read_text(encoding="utf-8"))
        if revision:
            found.add(revision.group(1))
    return frozenset(found)


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: permission denied, must be owner

_HAS_VERSION_TABLE = {
    True: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'",
    False: "SELECT count(*) FROM information_schema.tables "
    "WHERE table_schema = current_schema() AND table_name = 'alembic_version'",
}


def current_revisions(database) -> frozenset[str]:
    """The revisions the database is at: plain DB-API reads, so a start on a current database
    loads neither alembic nor SQLAlchemy."""
    with database.read_cursor() as cursor:
        cursor.execute(_HAS_VERSION_TABLE[database.is_sqlite])
        if not cursor.fetchone()[0]:
            return frozenset()
        cursor.execute("SELECT version_num FROM alembic_version")
        return frozenset(row[0] for row in cursor.fetchall())


def current_revision(database) -> str:
    return ", ".join(sorted(current_revisions(database))) or "(tom)"


def upgrade_to_head(database) -> bool:
    """Upgrade if behind; True when something was done."""
    if current_revisions(database) == head_revisions():
        return False
    from alembic import command
    from sqlalchemy.exc import DBAPIError

    config = alembic_config()
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        from caplegal_desktop.errors import ServiceError

        raise ServiceError(
            f"Databasen er på version {current_revision(database)} og skal opgraderes til "
            f"{', '.join(sorted(head_revisions()))}, men denne bruger er programmets rolle, ikke "
            "databasens ejer. Kør 'caplegal --db postgresql+psycopg://EJER@server/database db "
            "upgrade' som ejeren (docs/data-safety.md)."
        ) from exc
    if not database.is_sqlite:  # tables a migration added: granted to the application role
        from caplegal_desktop.pg_roles import grant_application_role

        grant_application_role(database)
    return True
