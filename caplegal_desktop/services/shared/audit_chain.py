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
from datetime import datetime
from typing import Any

from caplegal_desktop.services.shared.chain_head import ChainHead

GENESIS = "0" * 64
# Every audit_log column but the hash itself, in the order they are hashed.
CHAINED_COLUMNS: tuple[str, ...] = ("id", "at", "login", "kind", "target", "detail")


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


HEAD = ChainHead(
    table="audit_log",
    head_table="audit_chain",
    stopped=(
        "Revisionsloggen er standset: kædens hoved (audit_chain) mangler i databasen. "
        "Kør 'caplegal db verify' og kontakt den, der passer databasen."
    ),
)
HEAD_SQL = HEAD.head_sql


def chain_new_line(session, values: dict[str, Any]) -> tuple[int, str]:
    """The id and chain hash for one new audit line (`values` by column, without id), with the
    head moved: called by the audit writer before it adds the line."""
    return HEAD.advance(session, values, line_hash)
