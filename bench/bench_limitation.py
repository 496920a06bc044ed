"""Limitation benchmark (issue 18): limitation dates for every case of the 100,000-case demo
database (target 30 s: the list, the Role Center cue) and the case card with its limitation
FactBox (target: within the card's 150 ms).

Runs on a private copy of the shared demo database, since opening it upgrades the schema.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import BIG_CASES, big_database_url, median_ms, row

LIST_TARGET_S = 30.0
CARD_TARGET_MS = 150.0
LIST_BLOCK_TARGET_MS = 250.0  # a block of the lazy list is read while the user scrolls
OWN_DB = Path(tempfile.gettempdir()) / f"caplegal-bench-limitation-{BIG_CASES}.sqlite3"


def own_database_url() -> str:
    if not OWN_DB.exists():
        shared = big_database_url().removeprefix("sqlite:///")
        shutil.copy(shared, OWN_DB)
    return f"sqlite:///{OWN_DB}"


def run() -> list[dict]:
    import ui  # noqa: F401  (before the first Qt call)
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.services.limitation.queries import (
        active_case_ids,
        limitation_cue,
        limitations_for_cases,
    )
    from ui.app import ensure_application
    from ui.case_card.page import CaseCardPage
    from ui.limitation import add_factbox
    from ui.limitation.data import LimitationData
    from ui.wizard.data import CaseData

    ensure_application()
    context = AppContext.open(own_database_url(), user="bench")
    with context.uow() as uow:
        ids = active_case_ids(uow.session)
    started, cpu_started = time.perf_counter(), time.process_time()
    with context.uow() as uow:
        found = limitations_for_cases(uow.session, ids)
    all_s = time.perf_counter() - started
    all_cpu_s = time.process_time() - cpu_started  # the shared machine's load aside
    claims = sum(len(v) for v in found.values())
    started = time.perf_counter()
    with context.uow() as uow:
        cue = limitation_cue(uow.session, as_of=date(2026, 12, 1))
    cue_s = time.perf_counter() - started

    data = CaseData(context)
    limitation = LimitationData(context, today=lambda: date(2026, 12, 1))
    case_ids = [1 + (i * 7919) % BIG_CASES for i in range(15)]
    pending = iter(case_ids * 3)

    def open_card() -> None:
        page = CaseCardPage(data, next(pending))
        add_factbox(page, limitation)
        page.deleteLater()

    def factbox_only() -> None:
        limitation.factbox(next(pending))

    from caplegal_desktop.services.search.browse import case_rows

    blocks = iter([ids[i * 200 : (i + 1) * 200] for i in range(0, 60, 4)] * 2)

    def list_block() -> None:  # one block of the case list, with its marks
        with context.uow() as uow:
            case_rows(uow.session, ids=next(blocks))

    open_card()  # warm up imports and the statement engine
    card_ms = median_ms(open_card, repeat=15)
    box_ms = median_ms(factbox_only, repeat=15)
    block_ms = median_ms(list_block, repeat=15)
    context.close()
    return [
        row(
            f"limitation dates for {len(ids)} active cases ({claims} claims), target 30 s",
            "s",
            all_s,
            LIST_TARGET_S,
        ),
        row("the same, CPU time of this process", "s", all_cpu_s, LIST_TARGET_S),
        row(
            f"Role Center cue / 30-60-90 list ({cue.time_barred} barred, {cue.within[90]} "
            "within 90 days), target 30 s",
            "s",
            cue_s,
            LIST_TARGET_S,
        ),
        row(
            f"case card with limitation FactBox ({BIG_CASES} cases), target 150 ms",
            "ms",
            card_ms,
            CARD_TARGET_MS,
        ),
        row("limitation FactBox figures alone", "ms", box_ms, CARD_TARGET_MS),
        row(
            "case list: a block of 200 rows with disputed/time-barred marks",
            "ms",
            block_ms,
            LIST_BLOCK_TARGET_MS,
        ),  # fmt: skip
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
