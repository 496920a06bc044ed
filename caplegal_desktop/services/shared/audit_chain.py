"""The audit log's hash chain, like the ledger's (services/shared/ledger_chain.py): each line
carries a SHA-256 over its content and its predecessor's hash, so a line changed, deleted or
slipped in behind the program's back breaks the chain from that line on (`caplegal db verify`).

The one audit writer (services/office/audit.record) is the only code that chains: under the
chain head's row lock (`audit_chain`, one row: lines, last id, last hash) it hands out the
line's id, hashes it and moves the head. The head also catches the last lines deleted.

Values are normalised before hashing (times to the second, ISO), so the hash is the same on
SQLite and PostgreSQL. Importing this module does not load SQLAlchemy (db verify's start).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS = "0" * 64
# Every audit_log column but the hash itself, in the order they are hashed.
CHAINED_COLUMNS: tuple[str, ...] = ("id", "at", "login", "kind", "target", "detail")
HEAD_SQL = "SELECT entries, last_id, last_hash FROM audit_chain WHERE id = 1"
_HEAD_KEY = "caplegal_audit_chain_head"


def line_hash(previous: str, values: Mapping[str, Any] | Sequence[Any]) -> str:
    """The chain hash of one audit line (a mapping by column, or a row in CHAINED_COLUMNS order)."""
    if isinstance(values, Mapping):
        values = [values.get(name) for name in CHAINED_COLUMNS]
    content = [_normal(name, value) for name, value in zip(CHAINED_COLUMNS, values, strict=True)]
    text = json.dumps(content, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(f"{previous}\n{text}".encode("ascii")).hexdigest()


def _normal(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "id":
        return int(value)
    if name == "at":
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M:%S")
        return str(value).replace("T", " ")[:19]
    return str(value)


@dataclass(frozen=True)
class AuditHead:
    entries: int
    last_id: int
    last_hash: str


def chain_new_line(session, values: dict[str, Any]) -> tuple[int, str]:
    """The id and chain hash for one new audit line (`values` by column, without id), with the
    head moved: called by the audit writer before it adds the line. The head stays locked
    until the caller's transaction ends."""
    from sqlalchemy import text

    _listen()
    sqlite = session.get_bind().dialect.name == "sqlite"
    with session.no_autoflush:
        head = session.info.get(_HEAD_KEY)
        if head is None:
            head = _take_head(session, sqlite=sqlite)
            if sqlite:
                highest = session.scalar(text("SELECT max(id) FROM audit_log")) or 0
                line_id = max(int(highest), head.last_id) + 1
            else:
                line_id = _next_pg_id(session)
        else:  # this transaction holds the head's lock since it last moved it
            line_id = head.last_id + 1 if sqlite else _next_pg_id(session)
        digest = line_hash(head.last_hash, {**values, "id": line_id})
        session.execute(
            text(
                "UPDATE audit_chain SET entries = :entries, last_id = :last_id, "
                "last_hash = :last_hash WHERE id = 1"
            ),
            {"entries": head.entries + 1, "last_id": line_id, "last_hash": digest},
        )
        session.info[_HEAD_KEY] = AuditHead(head.entries + 1, line_id, digest)
    return line_id, digest


def _take_head(session, *, sqlite: bool) -> AuditHead:
    from sqlalchemy import text

    from caplegal_desktop.errors import ServiceError

    row = session.execute(text(HEAD_SQL + ("" if sqlite else " FOR UPDATE"))).one_or_none()
    if row is None:
        raise ServiceError(
            "Revisionsloggen er standset: kædens hoved (audit_chain) mangler i databasen. "
            "Kør 'caplegal db verify' og kontakt den, der passer databasen."
        )
    return AuditHead(int(row[0]), int(row[1]), row[2])


def _next_pg_id(session) -> int:
    from sqlalchemy import text

    return int(session.scalar(text("SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))")))


def _forget_head(session, _transaction) -> None:
    session.info.pop(_HEAD_KEY, None)


_listening: list[bool] = []


def _listen() -> None:
    if _listening:
        return
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    event.listen(Session, "after_transaction_end", _forget_head)
    event.listen(Session, "after_transaction_create", _forget_head)
    _listening.append(True)
