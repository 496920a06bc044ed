"""The portal's browser sessions as rows (models.WebSession), so every server process sees the
same sessions: a sign-in on one, the next page on another, a sign-out everywhere at once.

The cookie's random id is never stored, only its SHA-256. A session remembers the actor as
signed in (as the portal always did); disabling a user or resetting their password ends their
sessions (`end_sessions_of`). Every function runs in the caller's transaction; the caller commits.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from caplegal_desktop.actor import Actor
from models import WebSession


@dataclass(frozen=True)
class StoredSession:
    csrf: str
    actor: Actor | None
    language: str
    language_chosen: bool
    last_seen: datetime


def key_of(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


def _actor_json(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return json.dumps(
        {
            "login": actor.login,
            "role": actor.role,
            "permissions": sorted(actor.permissions),
            "name": actor.name,
            "employee_initials": actor.employee_initials,
            "client_id": actor.client_id,
            "department_ids": sorted(actor.department_ids),
            "client_scoped": actor.client_scoped,
            "must_change_password": actor.must_change_password,
            "user_id": actor.user_id,
        }
    )


def _actor_of(text: str | None) -> Actor | None:
    if not text:
        return None
    data = json.loads(text)
    data["permissions"] = frozenset(data["permissions"])
    data["department_ids"] = frozenset(data["department_ids"])
    return Actor(**data)


def start(
    session: Session,
    *,
    sid: str,
    csrf: str,
    actor: Actor | None,
    language: str,
    language_chosen: bool,
    now: datetime,
) -> None:
    session.add(
        WebSession(
            id=key_of(sid),
            csrf=csrf,
            user_id=actor.user_id if actor is not None else None,
            actor=_actor_json(actor),
            language=language,
            language_chosen=language_chosen,
            created_at=now,
            last_seen=now,
        )
    )


_FIND = select(  # built once: every page reads its session
    WebSession.csrf,
    WebSession.actor,
    WebSession.language,
    WebSession.language_chosen,
    WebSession.last_seen,
).where(WebSession.id == bindparam("key"))


def find(session: Session, sid: str) -> StoredSession | None:
    row = session.connection().execute(_FIND, {"key": key_of(sid)}).first()
    if row is None:
        return None
    return StoredSession(row[0], _actor_of(row[1]), row[2], bool(row[3]), row[4])


def touch(session: Session, sid: str, *, now: datetime) -> None:
    session.execute(update(WebSession).where(WebSession.id == key_of(sid)).values(last_seen=now))


def set_language(session: Session, sid: str, *, language: str, chosen: bool) -> None:
    session.execute(
        update(WebSession)
        .where(WebSession.id == key_of(sid))
        .values(language=language, language_chosen=chosen)
    )


def end(session: Session, sid: str) -> None:
    session.execute(delete(WebSession).where(WebSession.id == key_of(sid)))


def end_sessions_of(session: Session, user_id: int) -> int:
    """Sign a user out of the portal everywhere (disabled, or a new password set for them)."""
    result = session.execute(delete(WebSession).where(WebSession.user_id == user_id))
    return result.rowcount or 0


def end_idle(session: Session, *, idle: timedelta, now: datetime) -> int:
    result = session.execute(delete(WebSession).where(WebSession.last_seen < now - idle))
    return result.rowcount or 0
