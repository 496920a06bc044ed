"""Signed-in browser sessions kept on the server: the cookie holds only a random id (HttpOnly,
SameSite=Strict, Secure behind TLS), a new id at sign-in, an idle timeout, and a CSRF token
per session that every form posts back."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

COOKIE = "caplegal_portal"
IDLE_SECONDS = 30 * 60


@dataclass
class PortalSession:
    csrf: str
    actor: Any = None  # services.office.Actor once signed in
    language: str = "da"
    language_chosen: bool = False  # switched on the sign-in page: stored on the user at sign-in
    last_seen: float = field(default_factory=time.monotonic)


class SessionStore:
    def __init__(self, *, idle_seconds: int = IDLE_SECONDS) -> None:
        self._sessions: dict[str, PortalSession] = {}
        self._lock = threading.Lock()
        self.idle_seconds = idle_seconds

    def new(self, *, actor=None, language: str = "da") -> tuple[str, PortalSession]:
        sid = secrets.token_urlsafe(32)
        session = PortalSession(secrets.token_urlsafe(32), actor, language)
        with self._lock:
            self._sessions[sid] = session
        return sid, session

    def get(self, sid: str | None, *, touch: bool = True) -> PortalSession | None:
        """The live session behind `sid`; `touch=False` (a page's background poll) leaves its
        idle clock alone, so only the user's own requests keep a session alive."""
        if not sid:
            return None
        with self._lock:
            session = self._sessions.get(sid)
            if session is None:
                return None
            now = time.monotonic()
            if now - session.last_seen > self.idle_seconds:
                del self._sessions[sid]
                return None
            if touch:
                session.last_seen = now
            return session

    def drop(self, sid: str | None) -> None:
        with self._lock:
            self._sessions.pop(sid or "", None)

    def rotate(self, old_sid: str | None, *, actor, language: str) -> tuple[str, PortalSession]:
        """Sign-in: the pre-sign-in id is thrown away and a new one issued (no fixation)."""
        self.drop(old_sid)
        return self.new(actor=actor, language=language)
