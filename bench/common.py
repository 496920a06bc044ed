"""Helpers shared by the benchmarks: timing, result rows and a 100,000-case database built once."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

BIG_CASES = int(os.environ.get("CAPLEGAL_BENCH_CASES", "100000"))
BIG_DB = Path(
    os.environ.get(
        "CAPLEGAL_BENCH_DB", Path(tempfile.gettempdir()) / f"caplegal-bench-{BIG_CASES}.sqlite3"
    )
)


def row(name: str, unit: str, value: float, baseline: float) -> dict:
    return {
        "name": name,
        "unit": unit,
        "value": round(value, 4),
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 3) if baseline else None,
    }


def median_ms(function, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def big_database_url() -> str:
    """The 100,000-case demo database, generated on first use and reused after."""
    url = f"sqlite:///{BIG_DB}"
    if BIG_DB.exists() and not _upgrades(url):
        for stale in BIG_DB.parent.glob(BIG_DB.name + "*"):  # the file and its -wal/-shm
            stale.unlink()
    if not BIG_DB.exists():
        from caplegal_desktop.app import AppContext
        from caplegal_desktop.services.demo.generate import generate_demo

        context = AppContext.open(url, user="bench")
        generate_demo(context, cases=BIG_CASES, seed=1)
        context.close()
    return url


def _upgrades(url: str) -> bool:
    """False for a database this version cannot upgrade: one built by an older demo generator
    that repeated CPR numbers (unique since migration 0013_money_keys) is built again."""
    from caplegal_desktop.db import open_database
    from caplegal_desktop.errors import ServiceError

    try:
        open_database(url).dispose()
    except ServiceError:
        return False
    return True
