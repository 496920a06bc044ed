"""Issue 15: what the access check costs on the 100,000-case database (≤ 10 %).

Case overview first page (the ids of every case, sorted, and the first 50 rows) and quick
search, each measured three ways in one run: without an actor (the program itself: no check,
no scope, the baseline), as staff (the check runs, no scope) and as a Klient user (the check
and the scope of one client).
"""

from __future__ import annotations

import statistics

from sqlalchemy import text

from bench.common import big_database_url, median_ms, row
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.office import Actor
from caplegal_desktop.services.search.browse import case_ids, case_rows
from caplegal_desktop.services.search.quick_search import quick_search

STAFF = Actor(login="abh", role="Sagsbehandler", permissions=frozenset({"case.read"}))


def _overview(session) -> None:
    ids = case_ids(session)
    case_rows(session, ids=ids[:50])


def run() -> list[dict]:
    context = AppContext.open(big_database_url(), user="bench")
    results = []
    with context.uow() as uow:
        session = uow.session
        client_id, case_no = session.execute(
            text("SELECT client_id, no FROM collection_case WHERE id = 74321")
        ).one()
        klient = Actor(login="portal", role="Klient", permissions=frozenset({"case.read"}),
                       client_id=client_id, client_scoped=True)  # fmt: skip
        actors = {"none": None, "staff": STAFF, "klient": klient}

        def act_as(who: str) -> None:
            if actors[who] is None:
                session.info.pop("actor", None)
            else:
                session.info["actor"] = actors[who]

        for who in actors:
            act_as(who)
            assert quick_search(session, text=case_no), who
        # interleaved, so a busy machine slows the three alike; medians of each
        samples = {who: ([], []) for who in actors}
        for _ in range(9):
            for who in actors:
                act_as(who)
                samples[who][0].append(median_ms(lambda: _overview(session), repeat=1))
                samples[who][1].append(
                    median_ms(lambda: quick_search(session, text=case_no), repeat=5)
                )
        measured = {
            who: (statistics.median(a), statistics.median(b)) for who, (a, b) in samples.items()
        }
        session.info.pop("actor", None)
    context.close()
    for who, label in (("staff", "as staff"), ("klient", "as a Klient user (one client)")):
        results.append(row(f"case overview first page {label} vs without the check (100,000 cases)",
                           "ms", measured[who][0], measured["none"][0]))  # fmt: skip
        results.append(row(f"quick search by case no. {label} vs without the check (100,000 cases)",
                           "ms", measured[who][1], measured["none"][1]))  # fmt: skip
    return results
