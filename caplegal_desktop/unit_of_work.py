"""One transaction per user action: the unit of work rolls back unless the service commits."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING

from caplegal_desktop.config import current_user
from caplegal_desktop.db import Database, write_intent

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class UnitOfWork:
    def __init__(
        self, database: Database, *, write: bool = False, user: str | None = None, actor=None
    ):
        self.database = database
        self.actor = actor  # services.office.Actor: who acts (None: the program itself)
        self.write = write
        self.user = user or current_user()
        self.session: Session | None = None
        self._stack = ExitStack()

    def __enter__(self) -> UnitOfWork:
        if self.write:
            reason = getattr(self.database, "read_only_reason", None)
            if reason:
                from caplegal_desktop.db import read_only_message
                from caplegal_desktop.errors import ReadOnlyDatabase

                raise ReadOnlyDatabase(read_only_message(reason))
            self._stack.enter_context(write_intent())
        self.session = self.database.session_factory()
        if self.actor is not None:
            self.session.info["actor"] = self.actor
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.rollback()
            self.session.close()
        finally:
            self._stack.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
