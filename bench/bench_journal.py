"""Collection journal: post 10,000 lines (F9) and import a 10,000-payment camt.054 file.

Issue 5's targets: posting <= 5 s and <= 10x a raw executemany of the same ledger entries
(measured in the same run, same database); the import into the journal <= 5 s (baseline: parsing
the same file alone). Runs on a fresh embedded SQLite file, or on CAPLEGAL_BENCH_DB if set.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text

LINES = 10_000
DAY = date(2026, 3, 2)


def _context(folder: Path):
    os.environ.setdefault("CAPLEGAL_DATA_DIR", str(folder / "data"))
    os.environ.setdefault("CAPLEGAL_CONFIG_DIR", str(folder / "config"))
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.services.demo.generate import generate_demo

    url = os.environ.get("CAPLEGAL_BENCH_DB") or f"sqlite:///{folder / 'bench.sqlite3'}"
    context = AppContext.open(url, user="bench")
    generate_demo(context, cases=200, seed=7)
    return context


def _active_cases(context) -> list[tuple[int, str]]:
    from models import Case

    with context.uow() as uow:
        return [
            tuple(row)
            for row in uow.session.execute(
                select(Case.id, Case.no).where(Case.status == "active", Case.currency == "DKK")
            )
        ]


def _bench_posting(context, cases) -> dict:
    from caplegal_desktop.services.journal import batches as journal
    from caplegal_desktop.services.journal import posting
    from caplegal_desktop.services.journal.batches import LineInput

    rng = random.Random(1)
    lines = [
        LineInput(
            posting_date=DAY,
            case_id=cases[k % len(cases)][0],
            entry_type="payment",
            description=f"Indbetaling {k}",
            amount=Decimal(rng.randint(100, 99_999)) / 100,
        )
        for k in range(LINES)
    ]
    with context.uow(write=True) as uow:
        batch_id = journal.standard_batch(uow.session).id
        journal.add_lines(uow.session, batch_id=batch_id, lines=lines, user="bench")
        uow.commit()
    started = time.perf_counter()
    with context.uow(write=True) as uow:
        result = posting.post_batch(uow, batch_id=batch_id)
    value = time.perf_counter() - started
    assert result.posted and len(result.entries) == LINES
    baseline = _raw_executemany(context, result.entries)
    return {
        "name": f"post {LINES} journal lines (F9) vs raw executemany of the entries",
        "unit": "s",
        "value": round(value, 4),
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 2),
    }


def _raw_executemany(context, entries) -> float:
    """The floor: the same entries straight into ledger_entry with one DB-API executemany."""
    sqlite = context.database.is_sqlite
    mark = "?" if sqlite else "%s"
    now = datetime.now().replace(microsecond=0)
    money = float if sqlite else Decimal
    rows = [
        (
            e.case_id,
            None,
            None,
            None,
            e.entry_type,
            e.posting_date,
            money(e.amount),
            money(0),
            e.tariff_code,
            e.description,
            None,
            e.reverses_entry_id,
            None,
            None,
            now,
            "bench",
        )
        for e in entries
    ]
    sql = (
        "INSERT INTO ledger_entry (case_id, claim_id, fee_line_id, debtor_party_id, entry_type, "
        "posting_date, amount, vat_amount, tariff_code, description, allocation_targets, "
        "reverses_entry_id, document_no, external_ref, posted_at, posted_by) "
        f"VALUES ({', '.join([mark] * 16)})"
    )
    started = time.perf_counter()
    with context.uow(write=True) as uow:
        uow.session.connection().exec_driver_sql(sql, rows)
        uow.commit()
    return time.perf_counter() - started


def _bench_import(context, cases) -> dict:
    from caplegal_desktop.services.journal.payments_import import import_payment_file
    from workflows.bankfiles import (
        PaymentSpec,
        ReferenceKind,
        detect_and_parse,
        make_camt054,
        make_fik71_reference,
    )

    specs = [
        PaymentSpec(
            Decimal(100 + k % 900) + Decimal("0.25"),
            DAY,
            make_fik71_reference(cases[k % len(cases)][1]) if k % 10 else f"ukendt {k}",
            ReferenceKind.FIK71 if k % 10 else ReferenceKind.TEXT,
            payer_name=f"Debitor {k}",
        )
        for k in range(LINES)
    ]
    data = make_camt054(specs, msg_id="BENCH-JOURNAL-1")
    started = time.perf_counter()
    detect_and_parse(data, filename="bench.xml")
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    with context.uow(write=True) as uow:
        result = import_payment_file(uow.session, data=data, filename="bench.xml", user="bench")
        uow.commit()
    value = time.perf_counter() - started
    assert (result.matched_count, result.suspense_count) == (LINES - LINES // 10, LINES // 10)
    return {
        "name": f"import a {LINES}-payment camt.054 into the journal vs parsing it alone",
        "unit": "s",
        "value": round(value, 4),
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 2),
    }


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="caplegal-bench-journal-") as folder:
        context = _context(Path(folder))
        try:
            with context.uow() as uow:
                uow.session.execute(text("SELECT 1"))
            cases = _active_cases(context)
            rows = [_bench_posting(context, cases), _bench_import(context, cases)]
        finally:
            context.close()
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
