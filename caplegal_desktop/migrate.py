"""Alembic, driven from code: the program upgrades the database at start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revisions() -> frozenset[str]:
    """Feature branches (journal, plans, workflows) may each add a head; all are applied."""
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(database) -> frozenset[str]:
    with database.engine.connect() as connection:
        return frozenset(MigrationContext.configure(connection).get_current_heads())


def current_revision(database) -> str:
    return ", ".join(sorted(current_revisions(database))) or "(tom)"


def upgrade_to_head(database) -> bool:
    """Upgrade if behind; True when something was done."""
    if current_revisions(database) == head_revisions():
        return False
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return True
