"""Pure statement engine on one heavy case: 20 claims, 200 entries, 15 rate periods.

Baselines measured in the same run: building the input dataclasses from plain tuples, and
loading the same 200 entry rows with one raw SQL query (in-memory SQLite).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import date, timedelta
from decimal import Decimal

from models.enums import AllocationOrder, DayCount, EntryType, RateKind
from workflows.statement import (
    CaseInput,
    ClaimInput,
    InterestCodeSpec,
    LedgerEntry,
    RatePoint,
    compute_statement,
)

AS_OF = date(2026, 6, 30)
REPEATS = 200


def _plain_rows() -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(rate rows, claim rows, entry rows) as a database would hand them over."""
    rates = [
        (date(2019 + n // 2, 1 + 6 * (n % 2), 1), f"{8 + (n % 5) * 0.75:.2f}") for n in range(15)
    ]
    claims = [
        (n, f"F{n:03d}", f"Faktura {n}", date(2019, 1, 1) + timedelta(days=9 * n))
        for n in range(1, 21)
    ]
    entries: list[tuple] = []
    for claim_id, _, _, due in claims:
        entries.append(
            (len(entries) + 1, due, "principal", f"{1000 * claim_id + 0.37:.2f}", claim_id)
        )
        entries.append((len(entries) + 1, due + timedelta(days=20), "fee", "100.00", claim_id))
    for n in range(160):
        day = date(2019, 6, 1) + timedelta(days=15 * n)
        entries.append((len(entries) + 1, day, "payment", f"{150 + n % 7 * 10}.55", None))
    return rates, claims, entries


def _build_case(rates, claims, entries) -> CaseInput:
    code = InterestCodeSpec(
        code="BENCH",
        day_count=DayCount.THIRTY_E_360,
        kind=RateKind.FIXED,
        rate_rows=tuple(RatePoint(day, Decimal(pct)) for day, pct in rates),
    )
    return CaseInput(
        case_no="BENCH-1",
        claims=tuple(
            ClaimInput(cid, no, text, due, "BENCH", due_date=due) for cid, no, text, due in claims
        ),
        entries=tuple(
            LedgerEntry(eid, day, EntryType(kind), Decimal(amount), claim_id=cid)
            for eid, day, kind, amount, cid in entries
        ),
        interest_codes=(code,),
        allocation_order=AllocationOrder.COSTS_INTEREST_PRINCIPAL,
    )


def _median_ms(action, repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _sqlite_loader(entries):
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE TABLE entry (id INTEGER PRIMARY KEY, case_id INT, posting_date TEXT, "
        "entry_type TEXT, amount TEXT, claim_id INT)"
    )
    connection.executemany(
        "INSERT INTO entry VALUES (?, 1, ?, ?, ?, ?)",
        [(eid, day.isoformat(), kind, amount, cid) for eid, day, kind, amount, cid in entries],
    )
    query = "SELECT id, posting_date, entry_type, amount, claim_id FROM entry WHERE case_id = 1"
    return lambda: connection.execute(query).fetchall()


def run() -> list[dict]:
    rates, claims, entries = _plain_rows()
    case = _build_case(rates, claims, entries)
    statement = compute_statement(case, as_of=AS_OF)
    periods = {(p.first, p.rate_pct) for c in statement.claims for p in c.interest_periods}
    assert len({rate for _, rate in periods}) >= 4 and len(case.entries) == 200
    value = _median_ms(lambda: compute_statement(case, as_of=AS_OF))
    build = _median_ms(lambda: _build_case(rates, claims, entries))
    load = _median_ms(_sqlite_loader(entries))
    return [
        {
            "name": "statement_heavy_case_vs_build_inputs",
            "unit": "ms",
            "value": value,
            "baseline": build,
            "ratio": value / build,
        },
        {
            "name": "statement_heavy_case_vs_raw_sql_load",
            "unit": "ms",
            "value": value,
            "baseline": load,
            "ratio": value / load,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
