"""Walking a hash chain from its first row to its last, in blocks of ids (memory stays flat),
and comparing where it ends with the chain's head: shared by the audit log's and the client
funds ledger's checks (each words its own finding in Danish)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

BLOCK = 20_000
UNCHAINED, CHANGED, NO_HEAD, HEAD_DIFFERS = "unchained", "changed", "no_head", "head_differs"


@dataclass(frozen=True)
class Walk:
    entries: int  # rows chained before the break (all of them when intact)
    last_hash: str | None
    finding: str | None = None  # None: intact; else one of the names above
    row: tuple | None = None  # the first broken row (UNCHAINED, CHANGED)
    last_id: int = 0
    head: tuple | None = None  # (entries, last id, last hash) of the head (HEAD_DIFFERS)


def walk_chain(
    database,
    *,
    table: str,
    columns: Sequence[str],
    row_hash: Callable[[str, Sequence[Any]], str],
    head_sql: str,
    genesis: str,
) -> Walk:
    """Recompute `table`'s chain (`columns` in hash order, the first the id) against every
    row's chain_hash and the head (`head_sql`: entries, last id, last hash)."""
    selected = ", ".join(columns)
    previous, count, last_id = genesis, 0, 0
    while True:
        rows = database.fetch_all(
            f"SELECT {selected}, chain_hash FROM {table} WHERE id > :after "
            f"ORDER BY id LIMIT {BLOCK}",
            {"after": last_id},
        )
        if not rows:
            break
        for row in rows:
            *values, stored = row
            if stored is None:
                return Walk(count, None, UNCHAINED, tuple(row))
            if stored != row_hash(previous, values):
                return Walk(count, None, CHANGED, tuple(row))
            previous = stored
            count += 1
        last_id = rows[-1][0]
    heads = database.fetch_all(head_sql)
    if not heads:
        return Walk(count, previous, NO_HEAD, last_id=last_id)
    head = tuple(heads[0])
    if head != (count, last_id, previous):
        return Walk(count, previous, HEAD_DIFFERS, last_id=last_id, head=head)
    return Walk(count, previous, last_id=last_id)


@dataclass(frozen=True)
class HeadState:
    verified_ok: bool | None  # the latest full check (None: never run)
    problem: str | None  # what it found
    agrees: bool  # the head names the last row, its hash and the number of rows


def head_state(database, *, table: str, head_table: str) -> HeadState | None:
    """The chain head against `table`'s rows (three indexed reads: cheap enough for the Role
    Center), or None when the head row is missing."""
    rows = database.fetch_all(
        "SELECT h.entries, h.last_id, h.last_hash, h.verified_ok, h.verify_problem, "
        f"(SELECT count(*) FROM {table}), (SELECT max(id) FROM {table}), "
        f"(SELECT chain_hash FROM {table} WHERE id = h.last_id) FROM {head_table} h"
    )
    if not rows:
        return None
    entries, last_id, last_hash, verified_ok, problem, count, highest, stored = rows[0]
    agrees = (count, highest or 0, stored if count else last_hash) == (entries, last_id, last_hash)
    return HeadState(None if verified_ok is None else bool(verified_ok), problem, agrees)
