"""The ledger's hash chain: each posted entry carries a SHA-256 over its content and its
predecessor's hash, so an entry changed, deleted or slipped in behind the program's back breaks
the chain from that entry on (`caplegal db verify`, docs/data-safety.md).

The one ledger writer (services/shared/ledger.py) is the only code that chains: under the chain
head's row lock (`ledger_chain`, one row: entries, last id, last hash) it hands out the entries'
ids in order, hashes them and moves the head. The head also catches the last entries deleted,
which no later entry would notice.

The values are normalised before hashing (amounts to øre, dates ISO, times to the second), so
the hash does not depend on how a backend hands a value back (SQLite: REAL/INTEGER/TEXT;
PostgreSQL: Decimal/date/datetime).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

GENESIS = "0" * 64
HEAD_ID = 1
CHAIN_VERSION = 1
_ORE = Decimal("0.01")
_INTEGERS = ("id", "case_id", "claim_id", "fee_line_id", "debtor_party_id", "reverses_entry_id")
_MONEY = ("amount", "vat_amount")
_DEFAULTS = {"vat_amount": Decimal("0")}  # the model's Python-side defaults
# Every ledger_entry column but the hash itself and the description, in the order they are
# hashed (version 1). The description is left out because users may correct an entry's text
# (the guard triggers let exactly that column change); everything else is fixed once posted.
CHAINED_COLUMNS: tuple[str, ...] = (
    "id",
    "case_id",
    "claim_id",
    "fee_line_id",
    "debtor_party_id",
    "entry_type",
    "posting_date",
    "amount",
    "vat_amount",
    "tariff_code",
    "allocation_targets",
    "reverses_entry_id",
    "document_no",
    "external_ref",
    "payment_type",
    "posted_at",
    "posted_by",
)


def entry_hash(previous: str, values: Mapping[str, Any] | Sequence[Any]) -> str:
    """The chain hash of one entry: SHA-256 of the predecessor's hash and the entry's content
    (a mapping by column name, or a row in CHAINED_COLUMNS order)."""
    if isinstance(values, Mapping):
        values = [values.get(name) for name in CHAINED_COLUMNS]
    content = [_normal(name, value) for name, value in zip(CHAINED_COLUMNS, values, strict=True)]
    text = json.dumps(content, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(f"{previous}\n{text}".encode("ascii")).hexdigest()


def from_sql(values: Sequence[Any], *, sqlite: bool) -> list[Any]:
    """A row in CHAINED_COLUMNS order as plain SQL returns it, with the money columns read as
    kroner (SQLite stores them as integer øre: models.base.MoneyType)."""
    from models.money import money_from_sql

    return [
        money_from_sql(value, sqlite=sqlite) if name in _MONEY and value is not None else value
        for name, value in zip(CHAINED_COLUMNS, values, strict=True)
    ]


def chain(previous: str, rows: Iterable[dict[str, Any]]) -> str:
    """Give each row (a dict with its id set) every chained column (what an INSERT leaves out
    gets the column's default here, so the hash sees what is stored) and its `chain_hash`;
    returns the last hash."""
    for row in rows:
        for name in CHAINED_COLUMNS:
            row.setdefault(name, _DEFAULTS.get(name))
        row["chain_hash"] = previous = entry_hash(previous, row)
    return previous


def _normal(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _MONEY:
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
class ChainHead:
    entries: int
    last_id: int
    last_hash: str


HEAD_SQL = "SELECT entries, last_id, last_hash FROM ledger_chain WHERE id = 1"


def take_head(session) -> ChainHead:
    """The chain head, locked until the transaction ends (PostgreSQL: FOR UPDATE; SQLite: the
    write transaction serialises writers already)."""
    from sqlalchemy import text

    from caplegal_desktop.errors import ServiceError

    lock = "" if session.get_bind().dialect.name == "sqlite" else " FOR UPDATE"
    row = session.execute(text(HEAD_SQL + lock)).one_or_none()
    if row is None:
        raise ServiceError(
            "Bogføringen er standset: kædens hoved (ledger_chain) mangler i databasen. "
            "Kør 'caplegal db verify' og kontakt den, der passer databasen."
        )
    return ChainHead(int(row[0]), int(row[1]), row[2])


def next_ids(session, head: ChainHead, count: int, *, after_head: bool = False) -> list[int]:
    """Ids for `count` new entries, after every existing one and in chain order
    (`after_head`: the head is this transaction's own, so nothing can be after it)."""
    from sqlalchemy import text

    if after_head and session.get_bind().dialect.name == "sqlite":
        return list(range(head.last_id + 1, head.last_id + 1 + count))
    if session.get_bind().dialect.name == "postgresql":
        ids = session.scalars(
            text(
                "SELECT nextval(pg_get_serial_sequence('ledger_entry', 'id')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": count},
        ).all()
        return sorted(int(i) for i in ids)
    highest = session.scalar(text("SELECT max(id) FROM ledger_entry")) or 0
    first = max(int(highest), head.last_id) + 1
    return list(range(first, first + count))


def move_head(session, head: ChainHead, *, added: int, last_id: int, last_hash: str) -> ChainHead:
    from sqlalchemy import text

    session.execute(
        text(
            "UPDATE ledger_chain SET entries = :entries, last_id = :last_id, "
            "last_hash = :last_hash WHERE id = 1"
        ),
        {"entries": head.entries + added, "last_id": last_id, "last_hash": last_hash},
    )
    return ChainHead(head.entries + added, last_id, last_hash)


def chain_new_entries(session, rows: list[dict]) -> None:
    """Give new entries (dicts of column values, without id) their ids and chain hashes and
    move the head: the ledger writer's one step before it inserts them."""
    if not rows:
        return
    _listen()
    # Entries posted earlier in this transaction need not be flushed first: their ids are
    # taken already and the head (read and moved here) knows the last one.
    with session.no_autoflush:
        cached = session.info.get(_HEAD_KEY)
        if cached is None:
            head = take_head(session)
            ids = next_ids(session, head, len(rows))
        else:  # this transaction holds the head's lock since it last moved it
            head = cached
            ids = next_ids(session, head, len(rows), after_head=True)
        for row, entry_id in zip(rows, ids, strict=True):
            row["id"] = entry_id
        last_hash = chain(head.last_hash, rows)
        moved = move_head(session, head, added=len(rows), last_id=ids[-1], last_hash=last_hash)
        session.info[_HEAD_KEY] = moved


_HEAD_KEY = "caplegal_ledger_chain_head"


def _forget_head(session, _transaction) -> None:
    """Any transaction or savepoint ending (commit, rollback, release) makes the kept head
    stale: the next posting reads it again under the lock."""
    session.info.pop(_HEAD_KEY, None)


_listening: list[bool] = []


def _listen() -> None:
    """Once, at the first posting (importing this module must not load SQLAlchemy: the Role
    Center's check reads the chain at start-up through the DB-API)."""
    if _listening:
        return
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    event.listen(Session, "after_transaction_end", _forget_head)
    event.listen(Session, "after_transaction_create", _forget_head)
    _listening.append(True)


def chain_numbered_entries(session, rows: list[dict]) -> None:
    """Chain new entries whose ids are already reserved (bulk demo data, whose other rows
    point at them): the ids must follow the chain's last one, ascending."""
    if not rows:
        return
    from caplegal_desktop.errors import ServiceError

    head = take_head(session)
    ids = [row["id"] for row in rows]
    if ids != sorted(set(ids)) or ids[0] <= head.last_id:
        raise ServiceError(
            f"Posterne skal have stigende numre efter kædens sidste (nr. {head.last_id})."
        )
    last_hash = chain(head.last_hash, rows)
    move_head(session, head, added=len(rows), last_id=ids[-1], last_hash=last_hash)
    session.info.pop(_HEAD_KEY, None)
