"""Client funds: settle 10,000 cases' payments for one month (issue 17).

Target: create the drafts and post them <= 10 s, and compare with summing the same payment rows
in raw SQL (baseline, same run, same database). Earlier payments of the demo are settled first,
untimed, so the timed run holds one month. Runs on a fresh embedded SQLite file, or on
CAPLEGAL_FUNDS_BENCH_DB if set. The month's 10,000 payments are posted through the journal's
poster, which stores each payment's allocation and split (payment_allocation, payment_split) as
it posts: that time is printed too, since it is where the statement replay moved.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text

CASES = int(os.environ.get("CAPLEGAL_FUNDS_BENCH_CASES", "10000"))
MONTH_START, MONTH_END = date(2026, 11, 1), date(2026, 11, 30)


def _context(folder: Path):
    os.environ.setdefault("CAPLEGAL_DATA_DIR", str(folder / "data"))
    os.environ.setdefault("CAPLEGAL_CONFIG_DIR", str(folder / "config"))
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.services.demo.generate import generate_demo

    url = os.environ.get("CAPLEGAL_FUNDS_BENCH_DB") or f"sqlite:///{folder / 'funds.sqlite3'}"
    context = AppContext.open(url, user="bench")
    generate_demo(context, cases=CASES, seed=3)
    return context


def _settle(context, to: date) -> tuple[int, int]:
    from caplegal_desktop.services.client_funds import create_drafts, post_settlements

    with context.uow(write=True) as uow:
        made = create_drafts(uow.session, to=to, user="bench")
        post_settlements(uow.session, user="bench")
        uow.commit()
    return len(made.settlement_ids), len(made.client_ids)


def _pay_the_month(context) -> int:
    from caplegal_desktop.services.journal.batches import LineInput
    from caplegal_desktop.services.journal.posting import post_lines
    from caplegal_desktop.services.journal.posting_check import CheckContext
    from models import Case

    with context.uow(write=True) as uow:
        ids = list(uow.session.scalars(select(Case.id).where(Case.currency == "DKK")))[:CASES]
        lines = [
            LineInput(posting_date=date(2026, 11, 1 + i % 28), case_id=case_id,
                      entry_type="payment", description="Indbetaling",
                      amount=Decimal(100 + i % 900) + Decimal("0.50"))
            for i, case_id in enumerate(ids)
        ]  # fmt: skip
        post_lines(uow.session, list(enumerate(lines, 1)),
                   CheckContext.load(uow.session, lines), user="bench", source="bench")  # fmt: skip
        uow.commit()
    return len(lines)


def _raw_sum(context, clock=time.perf_counter) -> float:
    sql = text(
        "SELECT c.client_id, SUM(e.amount) FROM ledger_entry e "
        "JOIN collection_case c ON c.id = e.case_id WHERE e.entry_type = 'payment' "
        "AND e.posting_date BETWEEN :a AND :b GROUP BY c.client_id"
    )
    started = clock()
    with context.database.engine.connect() as connection:
        connection.execute(sql, {"a": MONTH_START, "b": MONTH_END}).all()
    return clock() - started


def run() -> list[dict]:
    from bench.common import row

    with tempfile.TemporaryDirectory() as folder:
        context = _context(Path(folder))
        _settle(context, date(2026, 10, 31))  # the earlier payments, untimed
        started = time.perf_counter()
        payments = _pay_the_month(context)
        posting = time.perf_counter() - started
        baseline = min(_raw_sum(context) for _ in range(5))
        baseline_cpu = min(_raw_sum(context, time.process_time) for _ in range(5))
        started, cpu = time.perf_counter(), time.process_time()
        settlements, clients = _settle(context, MONTH_END)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        context.close()
    print(f"# {payments} payments posted in {posting:.2f} s; {settlements} settlements for "
          f"{clients} clients; {cpu:.2f} s of CPU in {elapsed:.2f} s", file=sys.stderr)  # fmt: skip
    # Each payment's allocation and split are stored when it is posted, and the payments waiting
    # for a settlement are a list carrying the split's sums: the drafts read that list in SQL (one
    # GROUP BY for the figures, one INSERT ... SELECT for the lines), with no per-payment Python
    # and no scan of the settled payments before the month (docs/client-funds.md section 8).
    return [row(f"settle {CASES} cases' payments for a month (draft + post)", "s", elapsed,
                baseline),
            row(f"settle {CASES} cases' payments for a month, CPU time", "s", cpu,
                baseline_cpu)]  # fmt: skip


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
