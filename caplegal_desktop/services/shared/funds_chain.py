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
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from caplegal_desktop.services.shared.chain_head import ChainHead

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


HEAD = ChainHead(
    table="client_funds_entry",
    head_table="funds_chain",
    stopped=(
        "Klientmiddelbogføringen er standset: kædens hoved (funds_chain) mangler i "
        "databasen. Kør 'caplegal db verify' og kontakt den, der passer databasen."
    ),
)
HEAD_SQL = HEAD.head_sql


def chain_new_entry(session, values: dict[str, Any]) -> tuple[int, str]:
    """The id and chain hash for one new funds entry (`values` by column, without id), with the
    head moved: called by the funds writer before it adds the entry."""
    return HEAD.advance(session, values, entry_hash)
