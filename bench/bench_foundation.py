"""Issue 2: generating 100,000 demo cases, and `caplegal case show` on that database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import BIG_CASES, BIG_DB, big_database_url, row
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.demo.generate import TABLES, build_demo_rows, insert_rows

ROOT = Path(__file__).parents[1]


def _fresh(path: Path) -> AppContext:
    return AppContext.open(f"sqlite:///{path}", user="bench")


def _raw_executemany(path: Path, rows) -> float:
    """The same rows, inserted with sqlite3's executemany and nothing else (one transaction)."""
    connection = sqlite3.connect(path)
    started = time.perf_counter()
    connection.execute("BEGIN")
    for table in TABLES:
        data = rows.rows.get(table.__tablename__, [])
        if not data:
            continue
        columns = list(data[0])
        sql = (
            f'INSERT INTO "{table.__tablename__}" ({", ".join(columns)}) '
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        connection.executemany(sql, [tuple(_plain(r[c]) for c in columns) for r in data])
    connection.commit()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _plain(value):
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return value


def run() -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        ours_path, raw_path = Path(folder, "ours.sqlite3"), Path(folder, "raw.sqlite3")
        context = _fresh(ours_path)
        started = time.perf_counter()
        with context.uow(write=True) as uow:
            rows, _ = build_demo_rows(uow.session, cases=BIG_CASES, seed=1, user="bench")
            insert_rows(uow.session, rows)
            uow.commit()
        ours = time.perf_counter() - started
        context.close()
        raw_context = _fresh(raw_path)
        raw_context.close()
        raw = _raw_executemany(raw_path, rows)
        results.append(
            row(
                f"demo generation, {BIG_CASES} cases (vs raw executemany of the rows)",
                "s",
                ours,
                raw,
            )
        )
    if not BIG_DB.exists():
        big_database_url()
    url = big_database_url()

    def cli(*args: str) -> float:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "main", "--db", url, *args],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - started

    show = min(cli("case", "show", "050000") for _ in range(3))
    upgrade_only = min(cli("db", "upgrade") for _ in range(3))
    results.append(
        row(
            "caplegal case show on the 100,000-case database (vs caplegal db upgrade)",
            "s",
            show,
            upgrade_only,
        )
    )
    return results
