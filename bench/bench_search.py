"""Issue 11 §4 and issue 13: name searches on the 100,000-case database (docs/search.md).

- the case list filtered by a name fragment (target ≤ 50 ms), vs the same lookup in raw SQL;
- `case find` (caplegal_desktop.services.search.case_search.find_cases), target ≤ 2× the same
  statements run with sqlite3 directly;
- the ranked name search the desk's quick search uses (target ≤ 20 ms);
- the desk's quick search per keystroke (ui.service_backend.ServiceBackend.quick_search: a unit
  of work, find_cases with limit 50 and the dropdown labels; target ≤ 20 ms), vs find_cases alone.
"""

from __future__ import annotations

import sqlite3

from bench.common import BIG_DB, big_database_url, median_ms, row
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.search.browse import case_ids
from caplegal_desktop.services.search.case_search import find_cases, name_search
from caplegal_desktop.services.search.quick_search import search_sql
from models.ledger_sign import DEBT_TYPES
from workflows.text_fold import search_words

LIST_FILTERS = ("ærtebjerg", "Sørensen", "erik sør")
NAME_SEARCHES = ("erik sørensen", "Sørensen", "søren", "ærtebjerg", "madsens auto", "46", "e")
FIND = ("Ærtebjerg jensen", "erik sørensen", "000046")
TYPED = ("er", "erik", "erik sør", "madsens auto", "46", "kristensen")

_FTS = "SELECT rowid FROM case_search_fts WHERE text MATCH ?"
_RAW_LIST = f"SELECT id FROM collection_case WHERE id IN ({_FTS}) ORDER BY no, id"
_DEBT = ", ".join(f"'{t}'" for t in DEBT_TYPES)
_RAW_ROWS = (
    "SELECT c.id, c.no, cl.name, (SELECT sum(CASE WHEN e.entry_type IN ({debt}) THEN e.amount "
    "ELSE -e.amount END) FROM ledger_entry e WHERE e.case_id = c.id) FROM collection_case c "
    "JOIN client cl ON cl.id = c.client_id WHERE c.id IN ({ids})"
)
_RAW_DEBTORS = (
    "SELECT cp.case_id, p.name FROM case_party cp JOIN party p ON p.id = cp.party_id "
    "WHERE cp.case_id IN ({ids}) AND cp.party_type = 'DEBITOR' AND cp.removed = 0 "
    "ORDER BY cp.case_id, cp.id"
)


def _match(fragments: list[str]) -> str:
    long = [f for f in fragments if len(f) >= 3]
    return " AND ".join('"' + f.replace('"', '""') + '"' for f in long)


def _raw_name_search(raw: sqlite3.Connection, words: list[str], limit: int) -> list[int]:
    """The tiers of case_search.name_search, each an FTS5 lookup newest first."""
    found: list[int] = []
    for tier in (" {} ", " {}", "{}"):
        fragments = [tier.format(w) for w in words]
        long = [f for f in fragments if len(f) >= 3]
        short = [
            f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            for f in fragments
            if len(f) < 3
        ]
        params: list = [_match(long)] if long else []
        if long and not short:
            sql = _FTS
        else:
            hits = f"case_id IN ({_FTS}) AND " if long else ""
            likes = " AND ".join("text LIKE ? ESCAPE '\\'" for _ in short)
            sql = f"SELECT case_id FROM case_search WHERE {hits}{likes}"
            params += [f"%{f}%" for f in short]
        key = "rowid" if sql == _FTS else "case_id"
        if found:
            sql += f" AND {key} NOT IN ({','.join('?' * len(found))})"
            params += found
        sql += f" ORDER BY {key} DESC LIMIT {limit - len(found)}"
        found += [r[0] for r in raw.execute(sql, params)]
        if len(found) >= limit:
            break
    return found


def _raw_find(raw: sqlite3.Connection, typed: str, limit: int = 50) -> list[tuple]:
    """What case_search.find_cases sends: the identifier probes, else the name tiers; then the
    hits' rows and debtors."""
    sql, params = search_sql(typed.strip(), limit=limit)
    ids = [r[0] for r in raw.execute(sql, params)]
    if not ids:
        ids = _raw_name_search(raw, search_words(typed), limit)
    marks = ",".join("?" * len(ids))
    rows = raw.execute(_RAW_ROWS.format(debt=_DEBT, ids=marks), ids).fetchall()
    debtors = raw.execute(_RAW_DEBTORS.format(ids=marks), ids).fetchall()
    return rows + debtors


def run() -> list[dict]:
    context = AppContext.open(big_database_url(), user="bench")
    raw = sqlite3.connect(BIG_DB)
    results = []
    with context.uow() as uow:
        session = uow.session
        for typed in LIST_FILTERS:
            hits = case_ids(session, filter_text=typed)
            assert hits, typed
            ours = median_ms(lambda t=typed: case_ids(session, filter_text=t))
            match = _match(search_words(typed))
            same = median_ms(lambda m=match: raw.execute(_RAW_LIST, (m,)).fetchall())
            label = f"case list filtered by '{typed}' ({len(hits)} of 100,000 cases)"
            results.append(row(f"{label} vs the same lookup in raw SQL", "ms", ours, same))
        for typed in NAME_SEARCHES:
            words = search_words(typed)
            assert name_search(session, words=words, limit=20) == _raw_name_search(raw, words, 20)
            ours = median_ms(lambda w=words: name_search(session, words=w, limit=20), repeat=31)
            same = median_ms(lambda w=words: _raw_name_search(raw, w, 20), repeat=31)
            label = f"name search '{typed}', best 20 (100,000 cases)"
            results.append(row(f"{label} vs the same statement in raw SQL", "ms", ours, same))
        for typed in FIND:
            assert find_cases(session, text=typed), typed
            ours = median_ms(lambda t=typed: find_cases(session, text=t), repeat=31)
            same = median_ms(lambda t=typed: _raw_find(raw, t), repeat=31)
            label = f"case find '{typed}' (100,000 cases)"
            results.append(row(f"{label} vs the same lookups in raw SQL", "ms", ours, same))
    results += _desk_keystrokes(context)
    raw.close()
    context.close()
    return results


def _desk_keystrokes(context) -> list[dict]:
    """What one pause in typing costs the desk: the backend call behind the dropdown."""
    from ui.service_backend import QUICK_SEARCH_LIMIT, ServiceBackend

    backend = ServiceBackend(context)
    results = []
    for typed in TYPED:
        ours = median_ms(lambda t=typed: backend.quick_search(t), repeat=31)
        with context.uow() as uow:
            alone = median_ms(
                lambda t=typed: find_cases(uow.session, text=t, limit=QUICK_SEARCH_LIMIT),
                repeat=31,
            )
        label = f"desk quick search '{typed}', dropdown of 50 (100,000 cases)"
        results.append(row(f"{label} vs find_cases in an open session", "ms", ours, alone))
    return results
