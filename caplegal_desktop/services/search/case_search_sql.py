"""The plain SQL of a case search (services.case_search), for either backend.

A search runs as the user types, so like quick search it is sent as plain SQL on the session's
own DB-API cursor: it costs little more than the raw lookups themselves. The fragment match is
the one of services.text_filter.matching_ids (FTS5 on SQLite for fragments of three characters
or more, LIKE on the folded text otherwise; pg_trgm serves the LIKE on PostgreSQL), written out.
"""

from __future__ import annotations

from models.ledger_sign import DEBT_TYPES
from workflows.text_fold import SHORTEST_INDEXED_WORD

_DEBT = ", ".join(f"'{t}'" for t in sorted(DEBT_TYPES))
CASE_ROWS = (
    "SELECT c.id, c.no, cl.name, (SELECT sum(CASE WHEN e.entry_type IN (" + _DEBT + ") "
    "THEN e.amount ELSE -e.amount END) FROM ledger_entry e WHERE e.case_id = c.id) "
    "FROM collection_case c JOIN client cl ON cl.id = c.client_id WHERE c.id IN ({ids})"
)
DEBTORS = (
    "SELECT cp.case_id, p.name FROM case_party cp JOIN party p ON p.id = cp.party_id "
    "WHERE cp.case_id IN ({ids}) AND cp.party_type = 'DEBITOR' AND cp.removed = {false} "
    "ORDER BY cp.case_id, cp.id"
)


def like_literal(fragment: str) -> str:
    return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def fts_query(fragments: list[str]) -> str:
    return " AND ".join('"' + f.replace('"', '""') + '"' for f in fragments)


def newest_matching(
    fragments: list[str],
    *,
    fts: bool,
    exclude: list[int],
    limit: int,
    marker: str,
    scope: str | None = None,
) -> tuple[str, list]:
    """The ids of the cases holding every fragment, newest first, at most `limit`."""
    indexed = [f for f in fragments if len(f) >= SHORTEST_INDEXED_WORD] if fts else []
    rest = [f for f in fragments if f not in indexed]
    params: list = []
    if indexed and not rest:
        key, sql = "rowid", "SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH {p}"
        params.append(fts_query(indexed))
    else:
        key, conditions = "case_id", []
        if indexed:
            conditions.append(
                "case_id IN (SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH {p})"
            )
            params.append(fts_query(indexed))
        conditions += ["text LIKE {p} ESCAPE '\\'"] * len(rest)
        params += [like_literal(f) for f in rest]
        sql = "SELECT case_id FROM case_search WHERE " + " AND ".join(conditions)
    if scope is not None:  # office.case_scope_sql on "{key}": a Klient user's cases only
        # qualified: inside the EXISTS a bare "rowid" would be the case table's own
        outer = "case_search_fts.rowid" if key == "rowid" else "case_search.case_id"
        sql += " AND " + scope.replace("{key}", outer)
    if exclude:
        sql += f" AND {key} NOT IN ({', '.join(['{p}'] * len(exclude))})"
        params += exclude
    sql += f" ORDER BY {key} DESC LIMIT {int(limit)}"
    return sql.replace("{p}", marker), params


def scope_cases(client_id: int, department_ids: frozenset[int], marker: str) -> tuple[str, list]:
    """A Klient user's cases as a FROM clause on `c` (collection_case): the client's index."""
    sql, params = "collection_case c WHERE c.client_id = {p}", [client_id]
    if department_ids:
        sql += f" AND c.department_id IN ({', '.join(['{p}'] * len(department_ids))})"
        params += sorted(department_ids)
    return sql.replace("{p}", marker), params


def scoped_matching(
    words: list[str], tiers: tuple[str, ...], *, scope: tuple[str, list], limit: int, marker: str
) -> tuple[str, list]:
    """The ids of a Klient user's cases holding every word, best tier first, newest first within
    a tier: one pass over the client's own cases (cheaper than the whole database's index when
    the word is common and the client is one of many). A case's tier is the first in which
    every word matches."""
    scope_sql, params = scope
    anywhere = " AND ".join(["s.text LIKE {p} ESCAPE '\\'"] * len(words))
    tier_cases = []
    tier_params: list = []
    for number, tier in enumerate(tiers[:-1]):
        tier_cases.append(f"WHEN {anywhere} THEN {number}")
        tier_params += [like_literal(tier.format(w)) for w in words]
    sql = (
        f"SELECT s.case_id, CASE {' '.join(tier_cases)} ELSE {len(tiers) - 1} END AS tier "
        f"FROM {scope_sql.replace('WHERE', 'JOIN case_search s ON s.case_id = c.id WHERE', 1)} "
        f"AND {anywhere} ORDER BY tier, s.case_id DESC LIMIT {int(limit)}"
    )
    return (
        sql.replace("{p}", marker),
        tier_params + params + [like_literal(tiers[-1].format(w)) for w in words],
    )


def in_list(sql: str, count: int, marker: str, *, false: str = "0") -> str:
    return sql.replace("{ids}", ", ".join([marker] * count)).replace("{false}", false)
