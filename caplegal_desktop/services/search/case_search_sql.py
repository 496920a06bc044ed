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
        # qualified: inside the scope's EXISTS a bare "rowid" is the case table's own rowid,
        # which made the check always true on the full-text path
        table = "case_search_fts" if key == "rowid" else "case_search"
        sql += " AND " + scope.replace("{key}", f"{table}.{key}")
    if exclude:
        sql += f" AND {key} NOT IN ({', '.join(['{p}'] * len(exclude))})"
        params += exclude
    sql += f" ORDER BY {key} DESC LIMIT {int(limit)}"
    return sql.replace("{p}", marker), params


def in_list(sql: str, count: int, marker: str, *, false: str = "0") -> str:
    return sql.replace("{ids}", ", ".join([marker] * count)).replace("{false}", false)
