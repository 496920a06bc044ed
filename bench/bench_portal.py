"""Issue 16: the portal under load. The real server (`caplegal portal serve`, uvicorn on
127.0.0.1, its own processes: --workers, default one per core) on the 100,000-case demo
database; 50 signed-in Klient sessions (httpx, one asyncio loop, on the same machine) search and
open cases for BENCH_SECONDS (default 60). Prints JSON with requests, errors and p50/p95/p99 of
the search and case pages. Target: 0 errors, p95 <= 150 ms.

Two runs: people (each session pauses BENCH_THINK seconds between pages, default 1, drawn from
0.5-1.5 times that: a person reads a list before opening a case) — the target's run — and
no pause at all (every session asks again at once: the server's saturation throughput, where
latency is sessions / throughput). BENCH_SESSIONS (default 50) and BENCH_WORKERS change the load
and the server; BENCH_RUNS=people or BENCH_RUNS=flat runs one of the two."""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from sqlalchemy import text

from bench.common import big_database_url, row
from portal.server import default_workers

ROOT = Path(__file__).resolve().parents[1]
LOGIN = "bench-portal"
PASSWORD = "Bench-Portal-Hest-42"
TARGET_P95_MS = 150.0


def _prepare(url: str) -> tuple[list[str], list[str]]:
    """A Klient user of the client with most cases, and what its people search for."""
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.services.office import sign_in, users

    context = AppContext.open(url, user="bench")
    try:
        with context.uow(write=True) as uow:
            client_no = uow.session.execute(
                text(
                    "SELECT c.no FROM client c JOIN collection_case k ON k.client_id = c.id "
                    "GROUP BY c.no ORDER BY COUNT(*) DESC LIMIT 1"
                )
            ).scalar_one()
            exists = uow.session.execute(
                text("SELECT 1 FROM app_user WHERE login = :l"), {"l": LOGIN}
            ).first()
            if not exists:
                users.add_user(
                    uow.session,
                    login=LOGIN,
                    role_name="Klient",
                    password=PASSWORD,
                    client_no=client_no,
                    name="Bench Portal",
                )
            uow.commit()
        with context.uow(write=True) as uow:
            actor = sign_in.sign_in_password(uow.session, login=LOGIN, password=PASSWORD).actor
            uow.commit()
        if actor.must_change_password:
            from caplegal_desktop.unit_of_work import UnitOfWork

            with UnitOfWork(context.database, write=True, user=LOGIN, actor=actor) as uow:
                users.set_password(uow.session, login=LOGIN, password=PASSWORD)
                uow.commit()
        with context.uow() as uow:
            rows = uow.session.execute(
                text(
                    "SELECT k.no, p.name FROM collection_case k "
                    "JOIN client c ON c.id = k.client_id "
                    "JOIN case_party cp ON cp.case_id = k.id JOIN party p ON p.id = cp.party_id "
                    "WHERE c.no = :c AND cp.party_type = 'DEBITOR' ORDER BY k.id LIMIT 4000"
                ),
                {"c": client_no},
            ).all()
    finally:
        context.close()
    random.Random(1).shuffle(rows)
    case_nos = [r[0] for r in rows[:500]]
    # a person types a case number or a debtor's surname
    terms = [r[0] for r in rows[:100]] + [r[1].split()[-1] for r in rows[100:200]]
    return case_nos, terms


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_server(url: str, port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "portal", "serve", "--db", url,
         "--port", str(port), "--workers", str(workers), "--no-scheduler"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the portal stopped: " + (server.stdout.read() or ""))
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("the portal did not start within 120 s")


def _csrf(html: str) -> str:
    marker = 'name="csrf" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


async def _sign_in(client: httpx.AsyncClient) -> str | None:
    form = await client.get("/login")
    answer = await client.post(
        "/login", data={"login": LOGIN, "password": PASSWORD, "csrf": _csrf(form.text)}
    )
    if answer.status_code != 303 or answer.headers.get("location") != "/":
        return f"sign-in {answer.status_code}"
    return None


async def _browse(client, seconds, think, case_nos, terms, times, errors, seed):
    pick = random.Random(seed)
    stop = time.perf_counter() + seconds
    if think:  # people do not all click in the same instant: each starts within one pause
        await asyncio.sleep(pick.uniform(0, think))
    while time.perf_counter() < stop:
        for kind, path, params in (
            ("search", "/cases", {"q": pick.choice(terms)}),
            ("case", f"/cases/{pick.choice(case_nos)}", None),
        ):
            started = time.perf_counter()
            try:
                page = await client.get(path, params=params)
                # an identifier naming one case answers with that case (303 to its page)
                opened = page.status_code == 303 and page.headers.get("location", "").startswith(
                    "/cases/"
                )
                ok = page.status_code == 200 or (kind == "search" and opened)
                problem = None if ok else f"{kind} {page.status_code}"
            except httpx.HTTPError as exc:
                problem = f"{kind} {type(exc).__name__}"
            times[kind].append((time.perf_counter() - started) * 1000)
            if problem:
                errors.append(problem)
            if think:
                await asyncio.sleep(pick.uniform(0.5, 1.5) * think)


async def _load(base, sessions, seconds, think, case_nos, terms):
    """The sessions sign in one after another (argon2id is slow on purpose, and a sign-in is
    not what is measured), then all browse at once."""
    times: dict[str, list[float]] = {"search": [], "case": []}
    errors: list[str] = []
    clients = [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(sessions)]
    try:
        for client in clients:
            problem = await _sign_in(client)
            if problem:
                errors.append(problem)
        # warm-up, not measured: each server process's first pages load its caches
        warm: dict[str, list[float]] = {"search": [], "case": []}
        await asyncio.gather(
            *(_browse(client, 2.0, 0.0, case_nos, terms, warm, [], -seed)
              for seed, client in enumerate(clients[:4]))
        )  # fmt: skip
        await asyncio.gather(
            *(
                _browse(client, seconds, think, case_nos, terms, times, errors, seed)
                for seed, client in enumerate(clients)
            )
        )
    finally:
        for client in clients:
            await client.aclose()
    return times, errors


def _percentiles(values: list[float]) -> dict:
    if len(values) < 2:
        return {"p50": None, "p95": None, "p99": None}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "p99": round(cuts[98], 1)}


def measure(think: float) -> dict:
    seconds = float(os.environ.get("BENCH_SECONDS", "60"))
    sessions = int(os.environ.get("BENCH_SESSIONS", "50"))
    workers = int(os.environ.get("BENCH_WORKERS", "0")) or default_workers()
    url = big_database_url()
    case_nos, terms = _prepare(url)
    port = _free_port()
    server = _start_server(url, port, workers)
    try:
        times, errors = asyncio.run(
            _load(f"http://127.0.0.1:{port}", sessions, seconds, think, case_nos, terms)
        )
        elapsed = seconds
    finally:
        server.terminate()
        server.wait(timeout=30)
    requests = sum(len(v) for v in times.values())
    return {
        "sessions": sessions,
        "server_workers": workers,
        "seconds": round(elapsed, 1),
        "think_seconds": think,
        "requests": requests,
        "requests_per_second": round(requests / elapsed, 1),
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:5],
        "search_ms": _percentiles(times["search"]),
        "case_ms": _percentiles(times["case"]),
    }


def run() -> list[dict]:
    runs = os.environ.get("BENCH_RUNS", "people,flat").split(",")
    think = float(os.environ.get("BENCH_THINK", "1"))
    rows = []
    for name, pause in (("people", think), ("flat", 0.0)):
        if name not in runs:
            continue
        figures = measure(pause)
        print(json.dumps(figures, ensure_ascii=False), file=sys.stderr, flush=True)
        what = f"{figures['sessions']} sessions, " + (f"{pause:g} s pause" if pause else "no pause")
        rows += [
            row(f"portal: search page p95 ({what})", "ms", figures["search_ms"]["p95"] or 0,
                TARGET_P95_MS),
            row(f"portal: case page p95 ({what})", "ms", figures["case_ms"]["p95"] or 0,
                TARGET_P95_MS),
            row(f"portal: errors ({what})", "count", figures["errors"], 0),
            row(f"portal: requests per second ({what})", "req/s",
                figures["requests_per_second"], 0),
        ]  # fmt: skip
    return rows


if __name__ == "__main__":
    print(json.dumps(measure(float(os.environ.get("BENCH_THINK", "1"))), indent=2,
                     ensure_ascii=False))  # fmt: skip
