"""Scheduled reports on SQLite and PostgreSQL: missed runs caught up, every run archived with its
files, each client sees only its own, and two competing servers never run a due date twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from io import BytesIO
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from caplegal_desktop.services.client_funds import create_drafts, post_settlements, scheduler
from models import ReportFile, ReportRun
from tests.client_funds.builders import client_of, new_case, pay

ROOT = Path(__file__).resolve().parents[2]


def _schedule(app, report, frequency, first, client_no=None) -> int:
    with app.uow(write=True) as uow:
        made = scheduler.add_schedule(uow.session, report=report, frequency=frequency,
                                      first_run=first, user="t", client_no=client_no)  # fmt: skip
        uow.commit()
        return made.id


def test_missed_runs_are_caught_up_and_archived_with_their_files(app):
    # GIVEN a posted settlement in November and two monthly reports first due 1 October
    case_id, _ = new_case(app)
    client_id, client_no = client_of(app, case_id)
    pay(app, case_id, "1500.00", day=date(2026, 11, 23))
    with app.uow(write=True) as uow:
        create_drafts(uow.session, to=date(2026, 11, 30), user="t")
        post_settlements(uow.session, user="t")
        uow.commit()
    _schedule(app, "client_funds_statement", "month", date(2026, 10, 1), client_no)
    _schedule(app, "settlement", "month", date(2026, 10, 1))
    # WHEN the server was down until 3 December and now runs
    done = scheduler.run_due(app, today=date(2026, 12, 3), server="srv1")
    # THEN October, November and December ran for both, oldest first; nothing is due after
    assert sorted((d.report, d.due_date.month) for d in done) == [
        ("client_funds_statement", 10), ("client_funds_statement", 11),
        ("client_funds_statement", 12), ("settlement", 10), ("settlement", 11),
        ("settlement", 12)]  # fmt: skip
    assert scheduler.run_due(app, today=date(2026, 12, 3), server="srv1") == []
    # AND every run keeps its parameters and a PDF, an HTML and an Excel file
    with app.uow() as uow:
        runs = scheduler.archive(uow.session)
        mine = scheduler.archive(uow.session, client_id=client_id)
        december = next(r for r in runs if r["report"] == "client_funds_statement"
                        and r["due_date"] == "2026-12-01")  # fmt: skip
        files = {f["kind"]: uow.session.get(ReportFile, f["id"]).content
                 for f in december["files"]}  # fmt: skip
    assert december["parameters"]["period_from"] == "2026-11-01"
    assert december["parameters"]["period_to"] == "2026-11-30"
    assert files["pdf"].startswith(b"%PDF")
    assert client_no.encode() in files["html"]
    sheet = load_workbook(BytesIO(files["xlsx"])).active
    # the client's part 500,00 came in, 250,00 was set off: 250,00 at the end of November
    assert [c.value for c in sheet[2]][:2] == [client_no, "Fjernvarme Fyn A/S"]
    assert sheet[2][7].value == 250
    # AND the client sees only its own runs (the office-wide settlement report is not its)
    assert {r["report"] for r in mine} == {"client_funds_statement"} and len(mine) == 3


def _server(url: str, name: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "main", "--db", url, "scheduler", "run", "--today", "2026-12-03",
         "--server", name, "--json"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ),
    )  # fmt: skip


def test_two_servers_at_once_run_each_due_date_once(app, database_url):
    # GIVEN a weekly report missed eight times
    _schedule(app, "settlement", "week", date(2026, 10, 15))
    # WHEN two servers run the scheduler at the same moment
    servers = [_server(database_url, "A"), _server(database_url, "B")]
    outputs = [s.communicate(timeout=300) for s in servers]
    assert all(s.returncode == 0 for s in servers), [o[1] for o in outputs]
    ran = [r["due_date"] for out, _ in outputs for r in json.loads(out)["runs"]]
    # THEN every due date ran exactly once between them
    assert sorted(ran) == [f"2026-{d}" for d in ("10-15", "10-22", "10-29", "11-05", "11-12",
                                                  "11-19", "11-26", "12-03")]  # fmt: skip
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ReportRun)) == 8
