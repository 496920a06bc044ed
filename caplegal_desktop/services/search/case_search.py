"""Find cases by what the user has at hand: an identifier or a name (`caplegal case find`).

One search for the command line and the desk: text that is exactly an identifier of quick search
(case no., debtor no., customer no., CPR/personnummer, CVR, invoice no., OCR, e-mail) finds its
cases; any other text finds the cases whose search text holds every word typed: client, debtor and contact names, e-mails, phone
numbers, fragments of the case no. — any order, any case, æøå included (docs/search.md).
Name hits come in tiers (whole words, then word beginnings, then anywhere), newest case first
within a tier: each tier is one indexed lookup that stops at the limit, however common the name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from caplegal_desktop.services import office
from caplegal_desktop.services.search import case_search_sql as sql_text
from caplegal_desktop.services.search.quick_search import quick_search
from caplegal_desktop.services.shared.search_index import sqlite_fts_tables
from caplegal_desktop.services.shared.search_upkeep import apply_pending
from caplegal_desktop.services.shared.text_filter import filter_words, plan_for_these_words
from models import LedgerEntry
from models.money import ZERO, round_ore

DEFAULT_LIMIT = 50
IDENTIFIER, NAME = "identifier", "name"


@dataclass(frozen=True)
class CaseHit:
    case_id: int
    case_no: str
    client: str
    debtors: tuple[str, ...]
    balance: Decimal  # what the case list shows: the posted entries' sum
    matched_by: str  # IDENTIFIER or NAME

    def to_json_dict(self) -> dict:
        return {
            "case_no": self.case_no,
            "client": self.client,
            "debtors": list(self.debtors),
            "balance": str(self.balance),
        }


# The tiers of a name search, best first: each word a whole word ("søren" is Søren), each word
# where a word begins ("søren" in Sørensen), each word anywhere. The search texts are padded
# with spaces (workflows.text_fold.document), so a tier is a plain fragment match.
_TIERS = (" {} ", " {}", "{}")
# A Klient user's search reads their own cases' texts in one pass up to this many cases (a few
# ms); a bigger client's is looked up in the whole index, tier by tier.
SCOPE_SCAN_MAX = 10_000


def find_case_ids(
    session: Session, *, text: str, limit: int = DEFAULT_LIMIT
) -> list[tuple[int, str]]:
    """(case id, IDENTIFIER or NAME), at most `limit`. Text that is exactly an identifier
    answers with its cases alone; any other text is looked up as words."""
    words = filter_words(text, field="søgning")
    if not words:
        return []
    identified = quick_search(session, text=text.strip(), limit=limit)
    if identified:
        return [(case_id, IDENTIFIER) for case_id in identified]
    return [(case_id, NAME) for case_id in name_search(session, words=words, limit=limit)]


def name_search(session: Session, *, words: list[str], limit: int = DEFAULT_LIMIT) -> list[int]:
    """Case ids whose search text holds every (folded) word: by tier, newest case first.

    Each tier is an indexed lookup newest first that stops at the limit; a tier runs only while
    the better ones have not filled the list."""
    actor = office.require(session, office.CASE_READ)
    scope = office.case_scope_sql(actor, "{key}")
    apply_pending(session)
    plan_for_these_words(session)
    with _cursor(session) as (cursor, marker, fts):
        if actor.is_scoped and actor.client_id is not None:
            own = sql_text.scope_cases(actor.client_id, actor.department_ids, marker)
            cursor.execute("SELECT count(*) FROM " + own[0], own[1])
            if cursor.fetchone()[0] <= SCOPE_SCAN_MAX:
                cursor.execute(*sql_text.scoped_matching(words, _TIERS, scope=own, limit=limit,
                                                         marker=marker))  # fmt: skip
                return [row[0] for row in cursor.fetchall()]
        found: list[int] = []
        for tier in _TIERS:
            sql, params = sql_text.newest_matching(
                [tier.format(w) for w in words],
                fts=fts,
                exclude=found,
                limit=limit - len(found),
                marker=marker,
                scope=scope,
            )
            cursor.execute(sql, params)
            found += [row[0] for row in cursor.fetchall()]
            if len(found) >= limit:
                break
    return found


def find_cases(session: Session, *, text: str, limit: int = DEFAULT_LIMIT) -> list[CaseHit]:
    """The cases an identifier or the words point at, with client, debtors and balance."""
    found = find_case_ids(session, text=text, limit=limit)
    if not found:
        return []
    ids = [case_id for case_id, _how in found]
    with _cursor(session) as (cursor, marker, _fts):
        false = "0" if marker == "?" else "false"
        cursor.execute(sql_text.in_list(sql_text.CASE_ROWS, len(ids), marker), ids)
        cases = {row[0]: row for row in cursor.fetchall()}
        cursor.execute(sql_text.in_list(sql_text.DEBTORS, len(ids), marker, false=false), ids)
        debtors: dict[int, list[str]] = defaultdict(list)
        for case_id, name in cursor.fetchall():
            debtors[case_id].append(name)
    # the case list's figure: the same sum, read as the Money column reads it, rounded to øre
    as_money = LedgerEntry.__table__.c.amount.type.result_processor(
        session.get_bind().dialect, None
    ) or (lambda value: value)
    return [
        CaseHit(
            case_id,
            cases[case_id][1],
            cases[case_id][2],
            tuple(debtors.get(case_id, ())),
            round_ore(Decimal(as_money(cases[case_id][3]) or ZERO)),
            how,
        )
        for case_id, how in found
        if case_id in cases
    ]


@contextmanager
def _cursor(session: Session) -> Iterator[tuple[Any, str, bool]]:
    """The session's own DB-API cursor (same transaction), its parameter marker, and whether
    the FTS5 index is there to use."""
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    fts = sqlite and "case_search" in sqlite_fts_tables(connection)
    cursor = connection.connection.cursor()
    try:
        yield cursor, "?" if sqlite else "%s", fts
    finally:
        cursor.close()
