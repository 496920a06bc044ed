"""The audit log: append-only (the database refuses UPDATE and DELETE), written by the services,
and chained like the ledger (services/shared/audit_chain.py): `record` is the one audit writer.

Kinds: sign-ins and failed ones, lock-outs, refusals, user/role/password/token changes,
departments and setup changes (old and new value), exports and prints of case lists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditEntry


class AuditKind:
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    LOCKED_OUT = "locked_out"
    REFUSED = "refused"
    USER_ADDED = "user_added"
    USER_CHANGED = "user_changed"
    PASSWORD_CHANGED = "password_changed"
    TOKEN_CREATED = "token_created"
    TOKEN_REVOKED = "token_revoked"
    DEPARTMENT_ADDED = "department_added"
    SETUP_CHANGED = "setup_changed"
    EXPORT = "export"
    INTEGRITY_FAILED = "integrity_failed"


def record(
    session: Session,
    *,
    login: str,
    kind: str,
    target: str | None = None,
    detail: dict[str, Any] | str | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Add one audit line to the caller's unit of work (it is saved with the change it tells)."""
    if isinstance(detail, dict):
        detail = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    from caplegal_desktop.services.shared.audit_chain import chain_new_line

    values = {
        "at": (at or datetime.now()).replace(microsecond=0),
        "login": login,
        "kind": kind,
        "target": target,
        "detail": detail,
    }
    line_id, chain_hash = chain_new_line(session, values)
    entry = AuditEntry(id=line_id, chain_hash=chain_hash, **values)
    session.add(entry)
    return entry


def record_now(session: Session, **line: Any) -> None:
    """Write one audit line in a transaction of its own, after throwing away whatever the unit
    of work had not committed: used for refusals and failed sign-ins, which change nothing but
    must be kept. A database that cannot be written (opened read-only) keeps no line."""
    from caplegal_desktop.db import write_intent

    session.rollback()
    try:
        with (
            write_intent()
        ):  # SQLite: take the write lock first; the chain head is read, then moved
            record(session, **line)
            session.commit()
    except Exception:  # a read-only file or a lost server must not hide the refusal
        session.rollback()


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    login: str
    kind: str
    target: str | None
    detail: str | None

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "login": self.login,
            "kind": self.kind,
            "target": self.target,
            "detail": json.loads(self.detail) if _is_json(self.detail) else self.detail,
        }


def _is_json(text: str | None) -> bool:
    return bool(text) and text.startswith("{")


def list_entries(
    session: Session,
    *,
    since: date | None = None,
    login: str | None = None,
    kind: str | None = None,
    limit: int = 1000,
) -> list[AuditLine]:
    """The newest lines first; the caller has checked `audit.read`."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if since is not None:
        query = query.where(AuditEntry.at >= datetime.combine(since, time.min))
    if login:
        query = query.where(AuditEntry.login == login)
    if kind:
        query = query.where(AuditEntry.kind == kind)
    return [AuditLine(e.at, e.login, e.kind, e.target, e.detail) for e in session.scalars(query)]
