"""The client funds ledger's hash chain, like the collection ledger's (ledger_chain.py): each
entry carries a SHA-256 over its content and its predecessor's hash, so an entry changed, deleted
or slipped in behind the program's back breaks the chain from that entry on (`caplegal db
verify`). One chain over all clients, in id order.

The one funds writer (services/client_funds/funds_ledger.post_funds_entry) is the only code that
chains: under the chain head's row lock (`funds_chain`, one row: entries, last id, last hash) it
hands out the entry's id, hashes it and moves the head. The head also catches the last entries
deleted.

Values are normalised before hashing (amounts to øre, dates ISO, times to the second), so the
hash is the same on SQLite and PostgreSQL. Importing this module does not load SQLAlchemy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

GENESIS = "0" * 64
# Every client_funds_entry column but the hash itself, in the order they are hashed.
CHAINED_COLUMNS: tuple[str, ...] = (
    "id",
    "client_id",
    "settlement_id",
    "kind",
    "posting_date",
    "amount",
    "description",
    "reverses_entry_id",
    "posted_at",
    "posted_by",
)
_INTEGERS = ("id", "client_id", "settlement_id", "reverses_entry_id")
_ORE = Decimal("0.01")
HEAD_SQL = "SELECT entries, last_id, last_hash FROM funds_chain WHERE id = 1"
_HEAD_KEY = "caplegal_funds_chain_head"


def entry_hash(previous: str, values: Mapping[str, Any] | Sequence[Any]) -> str:
    """The chain hash of one funds entry (a mapping by column, or a row in CHAINED_COLUMNS
    order with the amount in kroner)."""
    if isinstance(values, Mapping):
        values = [values.get(name) for name in CHAINED_COLUMNS]
    content = [_normal(name, value) for name, value in zip(CHAINED_COLUMNS, values, strict=True)]
    text = json.dumps(content, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(f"{previous}\n{text}".encode("ascii")).hexdigest()


def from_sql(values: Sequence[Any], *, sqlite: bool) -> list[Any]:
    """A row in CHAINED_COLUMNS order as plain SQL returns it, the amount read as kroner
    (SQLite stores it as integer øre: models.base.MoneyType)."""
    from models.money import money_from_sql

    return [
        money_from_sql(value, sqlite=sqlite) if name == "amount" and value is not None else value
        for name, value in zip(CHAINED_COLUMNS, values, strict=True)
    ]


def _normal(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "amount":
        return str(Decimal(str(value)).quantize(_ORE, rounding=ROUND_HALF_UP))
    if name in _INTEGERS:
        return int(value)
    if name == "posting_date":
        return value.isoformat() if isinstance(value, date) else str(value)[:10]
    if name == "posted_at":
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M:%S")
        return str(value).replace("T", " ")[:19]
    return str(value)


@dataclass(frozen=True)
class FundsHead:
    entries: int
    last_id: int
    last_hash: str


def chain_new_entry(session, values: dict[str, Any]) -> tuple[int, str]:
    """The id and chain hash for one new funds entry (`values` by column, without id), with the
    head moved: called by the funds writer before it adds the entry. The head stays locked until
    the caller's transaction ends."""
    from sqlalchemy import text

    _listen()
    sqlite = session.get_bind().dialect.name == "sqlite"
    with session.no_autoflush:
        head = session.info.get(_HEAD_KEY)
        if head is None:
            head = _take_head(session, sqlite=sqlite)
            if sqlite:
                highest = session.scalar(text("SELECT max(id) FROM client_funds_entry")) or 0
                entry_id = max(int(highest), head.last_id) + 1
            else:
                entry_id = _next_pg_id(session)
        else:  # this transaction holds the head's lock since it last moved it
            entry_id = head.last_id + 1 if sqlite else _next_pg_id(session)
        digest = entry_hash(head.last_hash, {**values, "id": entry_id})
        session.execute(
            text(
                "UPDATE funds_chain SET entries = :entries, last_id = :last_id, "
                "last_hash = :last_hash WHERE id = 1"
            ),
            {"entries": head.entries + 1, "last_id": entry_id, "last_hash": digest},
        )
        session.info[_HEAD_KEY] = FundsHead(head.entries + 1, entry_id, digest)
    return entry_id, digest


def _take_head(session, *, sqlite: bool) -> FundsHead:
    from sqlalchemy import text

    from caplegal_desktop.errors import ServiceError

    row = session.execute(text(HEAD_SQL + ("" if sqlite else " FOR UPDATE"))).one_or_none()
    if row is None:
        raise ServiceError(
            "Klientmiddelbogføringen er standset: kædens hoved (funds_chain) mangler i "
            "databasen. Kør 'caplegal db verify' og kontakt den, der passer databasen."
        )
    return FundsHead(int(row[0]), int(row[1]), row[2])


def _next_pg_id(session) -> int:
    from sqlalchemy import text

    return int(
        session.scalar(text("SELECT nextval(pg_get_serial_sequence('client_funds_entry', 'id'))"))
    )


def _forget_head(session, _transaction) -> None:
    """Any transaction or savepoint ending makes the kept head stale: the next entry reads it
    again under the lock."""
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
