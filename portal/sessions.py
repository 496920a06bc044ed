"""Signed-in browser sessions: the cookie holds only a random id (HttpOnly, SameSite=Strict,
Secure behind TLS), a new id at sign-in, an idle timeout, and a CSRF token per session that every
form posts back.

The sessions live in the database (services.office.web_sessions), so every server process of
`caplegal portal serve --workers N` knows them: a sign-in answered by one, the next page by
another, a sign-out or a disabled user everywhere at once. A page touches its session's idle
clock at most once a minute, so reading pages costs no writes."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from caplegal_desktop.services.office import web_sessions
from caplegal_desktop.unit_of_work import UnitOfWork

COOKIE = "caplegal_portal"
IDLE_SECONDS = 30 * 60
TOUCH_EVERY = timedelta(seconds=60)  # the idle clock's grain: one write a minute per session
PURGE_EVERY_SECONDS = 5 * 60  # idle rows are deleted by whichever process signs someone in


@dataclass
class PortalSession:
    csrf: str
    actor: Any = None  # services.office.Actor once signed in
    language: str = "da"
    language_chosen: bool = False  # switched on the sign-in page: stored on the user at sign-in


class SessionStore:
    def __init__(
        self,
        database,
        *,
        idle_seconds: int = IDLE_SECONDS,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.database = database
        self.idle = timedelta(seconds=idle_seconds)
        self.clock = clock
        self._purged_at = 0.0
        self._lock = threading.Lock()

    def _uow(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.database, write=write, user="portal")

    def new(
        self, *, actor=None, language: str = "da", language_chosen: bool = False
    ) -> tuple[str, PortalSession]:
        sid = secrets.token_urlsafe(32)
        session = PortalSession(secrets.token_urlsafe(32), actor, language, language_chosen)
        now = self.clock()
        with self._uow(write=True) as uow:
            if self._purge_due():
                web_sessions.end_idle(uow.session, idle=self.idle, now=now)
            web_sessions.start(uow.session, sid=sid, csrf=session.csrf, actor=actor,
                               language=language, language_chosen=language_chosen,
                               now=now)  # fmt: skip
            uow.commit()
        return sid, session

    def get(self, sid: str | None, *, touch: bool = True) -> PortalSession | None:
        """The live session behind `sid`; `touch=False` (a page's background poll) leaves its
        idle clock alone, so only the user's own requests keep a session alive."""
        if not sid or len(sid) > 100:
            return None
        now = self.clock()
        with self._uow() as uow:
            stored = web_sessions.find(uow.session, sid)
        if stored is None:
            return None
        if now - stored.last_seen > self.idle:
            self.drop(sid)
            return None
        if touch and now - stored.last_seen >= TOUCH_EVERY:
            with self._uow(write=True) as uow:
                web_sessions.touch(uow.session, sid, now=now)
                uow.commit()
        return PortalSession(stored.csrf, stored.actor, stored.language, stored.language_chosen)

    def set_language(self, sid: str | None, session: PortalSession, language: str) -> None:
        """The language switch: for the session (and, signed in, the caller stores it on the
        user too). Chosen before sign-in, it is carried onto the user at sign-in."""
        session.language = language
        if session.actor is None:
            session.language_chosen = True
        with self._uow(write=True) as uow:
            web_sessions.set_language(uow.session, sid or "", language=language,
                                      chosen=session.language_chosen)  # fmt: skip
            uow.commit()

    def drop(self, sid: str | None) -> None:
        with self._uow(write=True) as uow:
            web_sessions.end(uow.session, sid or "")
            uow.commit()

    def rotate(self, old_sid: str | None, *, actor, language: str) -> tuple[str, PortalSession]:
        """Sign-in: the pre-sign-in id is thrown away and a new one issued (no fixation)."""
        self.drop(old_sid)
        return self.new(actor=actor, language=language)

    def _purge_due(self) -> bool:
        with self._lock:
            if time.monotonic() - self._purged_at < PURGE_EVERY_SECONDS:
                return False
            self._purged_at = time.monotonic()
            return True
