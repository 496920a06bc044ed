"""The application context: the open database, the settings and the user at the keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from caplegal_desktop.config import Settings, current_user, resolve_database_url
from caplegal_desktop.db import Database, open_database
from caplegal_desktop.unit_of_work import UnitOfWork

# Seeded once; afterwards a start only checks that both exist (plain SQL: see db.read_cursor).
_SEEDED_SQL = (
    "SELECT (SELECT count(*) FROM company_setup) > 0 AND (SELECT count(*) FROM activity_workflow) > 0"
    " AND (SELECT count(*) FROM limitation_period) > 0"
)


@dataclass
class AppContext:
    database: Database
    settings: Settings
    user: str

    @classmethod
    def open(cls, db_url: str | None = None, *, user: str | None = None) -> AppContext:
        """Open (and upgrade, and on first use seed) the database the settings point at."""
        database = open_database(resolve_database_url(db_url))
        context = cls(database, Settings.load(), user or current_user())
        with database.read_cursor() as cursor:
            cursor.execute(_SEEDED_SQL)
            seeded = bool(cursor.fetchone()[0])
        if not seeded:
            from caplegal_desktop.seed import seed_setup

            with context.uow(write=True) as uow:
                if seed_setup(uow.session):
                    uow.commit()
        return context

    def uow(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.database, write=write, user=self.user)

    def close(self) -> None:
        self.database.dispose()
