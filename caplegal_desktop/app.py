"""The application context: the open database, the settings and the user at the keyboard."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    # who signed in (services.office.Actor); None until sign_in(): the program itself
    actor: Any = None

    @classmethod
    def open(
        cls, db_url: str | None = None, *, user: str | None = None, guard: bool = True
    ) -> AppContext:
        """Open (and upgrade, and on first use seed) the database the settings point at.
        `guard`: re-create the ledger's missing guard triggers (not for `db verify`)."""
        database = open_database(resolve_database_url(db_url), guard=guard)
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
        return UnitOfWork(self.database, write=write, user=self.user, actor=self.actor)

    def sign_in(
        self, *, login: str | None = None, password: str | None = None, token: str | None = None
    ):
        """Sign in (docs/office.md): a token, a login with its password, or the operating-system
        user. The attempt is audited; a refusal raises AccessDenied in Danish."""
        if not (token or password is not None) and self.database.sqlite_path is not None:
            # the usual start on the embedded file: read with sqlite3, before SQLAlchemy loads
            from caplegal_desktop.actor import read_os_actor

            actor = read_os_actor(self.database, login or self.user)
            if actor is not None:
                return self._signed_in(actor)
        from caplegal_desktop.services.office import AccessDenied, sign_in

        writable = not self.database.read_only_reason
        if token or (login and password is not None):
            # failure counts and audit lines are written: take the write lock at once
            with UnitOfWork(self.database, write=writable, user=self.user) as uow:
                if token:
                    result = sign_in.sign_in_token(uow.session, token=token)
                else:
                    result = sign_in.sign_in_password(uow.session, login=login, password=password)
                if writable:
                    uow.commit()
        else:
            os_login = login or self.user
            with UnitOfWork(self.database, user=self.user) as uow:  # the usual case: a read
                result = sign_in.sign_in_os_user(uow.session, login=os_login, may_write=False)
            if writable and (result.actor is None or result.actor.user_id is None):
                result = self._os_sign_in_writing(os_login)
        if result.actor is None:
            raise AccessDenied(result.message)
        return self._signed_in(result.actor)

    def _signed_in(self, actor):
        self.actor = actor
        self.user = actor.employee_initials or actor.login  # initials on history
        return actor

    def _os_sign_in_writing(self, os_login: str):
        """The first start (the first Administrator is made) or a refusal to audit: under the
        write lock, so two processes starting at once do not both make one."""
        from sqlalchemy.exc import IntegrityError

        from caplegal_desktop.services.office import sign_in

        for attempt in range(2):
            try:
                with UnitOfWork(self.database, write=True, user=self.user) as uow:
                    result = sign_in.sign_in_os_user(uow.session, login=os_login)
                    uow.commit()
                return result
            except IntegrityError:  # PostgreSQL: another process made the same user meanwhile
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.database.dispose()
