"""Issue 4: quick search by each identifier on the 100,000-case database (≤ 20 ms, ≤ 3× raw SQL).

Two baselines per identifier: the same lookup (the one UNION statement the service sends) run
with sqlite3 directly, and, for scale, a single indexed probe of only the right column.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from bench.common import BIG_DB, big_database_url, median_ms, row
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.search.quick_search import quick_search, search_sql

RAW = {
    "case no.": "SELECT id FROM collection_case WHERE no = ?",
    "debtor no.": "SELECT cp.case_id FROM case_party cp JOIN party p ON p.id = cp.party_id "
    "WHERE p.no = ?",
    "CPR": "SELECT cp.case_id FROM case_party cp JOIN party p ON p.id = cp.party_id "
    "WHERE p.cpr = ?",
    "e-mail": "SELECT cp.case_id FROM case_party cp JOIN party p ON p.id = cp.party_id "
    "WHERE p.email = ?",
    "customer no.": "SELECT cp.case_id FROM case_party cp JOIN party p ON p.id = cp.party_id "
    "WHERE p.customer_no = ?",
    "invoice no.": "SELECT case_id FROM claim WHERE invoice_no = ?",
    "OCR": "SELECT case_id FROM claim WHERE ocr = ?",
}


def _samples(session) -> dict[str, tuple[str, str]]:
    """(what the user types, the stored key the raw query looks up) per identifier."""
    party = session.execute(
        text(
            "SELECT p.no, p.cpr, p.email, p.customer_no FROM party p WHERE p.cpr IS NOT NULL "
            "AND p.id > 60000 ORDER BY p.id LIMIT 1"
        )
    ).one()
    claim = session.execute(
        text("SELECT invoice_no, ocr FROM claim WHERE id > 120000 ORDER BY id LIMIT 1")
    ).one()
    cpr = party.cpr
    return {
        "case no.": ("074321", "074321"),
        "debtor no.": (party.no, party.no),
        "CPR": (f"{cpr[:6]}-{cpr[6:]}", cpr),
        "e-mail": (party.email, party.email),
        "customer no.": (party.customer_no, party.customer_no),
        "invoice no.": (claim.invoice_no, claim.invoice_no),
        "OCR": (claim.ocr, claim.ocr),
    }


def run() -> list[dict]:
    context = AppContext.open(big_database_url(), user="bench")
    raw = sqlite3.connect(BIG_DB)
    results = []
    with context.uow() as uow:
        for name, (typed, key) in _samples(uow.session).items():
            assert quick_search(uow.session, text=typed), name
            ours = median_ms(lambda t=typed: quick_search(uow.session, text=t), repeat=31)
            sql, params = search_sql(typed)
            same = median_ms(lambda q=sql, p=params: raw.execute(q, p).fetchall(), repeat=31)
            single = median_ms(
                lambda k=key, q=RAW[name]: raw.execute(q, (k,)).fetchall(), repeat=31
            )
            label = f"quick search by {name} (100,000 cases)"
            results.append(row(f"{label} vs the same lookup in raw SQL", "ms", ours, same))
            results.append(row(f"{label} vs one raw probe of only its column", "ms", ours, single))
    raw.close()
    context.close()
    return results
