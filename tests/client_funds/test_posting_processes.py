"""A killed process: posting the settlements of 1,000 cases is all or nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caplegal_desktop.services.client_funds import create_drafts, funds_balances
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.journal import LineInput
from caplegal_desktop.services.journal.posting import post_lines
from caplegal_desktop.services.journal.posting_check import CheckContext
from models import Case, ClientFundsEntry, Settlement

ROOT = Path(__file__).resolve().parents[2]
TO = date(2026, 11, 30)


def _seat(url: str, mode: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.client_funds.worker", url, mode],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "CAPLEGAL_USER": "seat"},
    )  # fmt: skip
    assert process.stdout.readline().strip() == "READY"
    return process


def _funds(app) -> tuple[int, int, Decimal]:
    with app.uow() as uow:
        posted = uow.session.scalar(select(func.count()).where(Settlement.status == "posted"))
        entries = uow.session.scalar(select(func.count()).select_from(ClientFundsEntry))
        total = sum((b.balance for b in funds_balances(uow.session)), Decimal("0"))
    return posted, entries, total


@pytest.mark.slow
def test_a_process_killed_while_posting_1000_cases_settlements_posts_none(app, database_url):
    # GIVEN 1,000 cases, each paid 250,00, settled as drafts (one per client)
    generate_demo(app, cases=1000, seed=11)
    with app.uow(write=True) as uow:
        ids = list(uow.session.scalars(select(Case.id).order_by(Case.id)))[:1000]
        lines = [LineInput(posting_date=date(2026, 11, 25), case_id=i, entry_type="payment",
                           description="Indbetaling", amount=Decimal("250.00")) for i in ids]  # fmt: skip
        ctx = CheckContext.load(uow.session, lines)
        post_lines(uow.session, list(enumerate(lines, 1)), ctx, user="test", source="test")
        changed = create_drafts(uow.session, to=TO, user="test")
        uow.commit()
    drafts = len(changed.settlement_ids)
    with app.uow() as uow:
        cases = uow.session.execute(
            select(func.count()).select_from(Settlement).where(Settlement.status == "draft")
        ).scalar()
    assert cases == drafts >= 2
    # WHEN a seat is killed (-9) after half the settlements are written
    seat = _seat(database_url, "die-halfway")
    seat.stdin.write("go\n")
    seat.stdin.flush()
    assert seat.stdout.readline().strip() == "HALF"
    os.kill(seat.pid, signal.SIGKILL)
    seat.wait()
    # THEN nothing is posted: no settlement, no client funds entry
    assert _funds(app) == (0, 0, Decimal("0"))
    # AND posting again posts them all
    seat = _seat(database_url, "post")
    out, _ = seat.communicate("go\n", timeout=120)
    assert json.loads(out) == {"posted": drafts}
    posted, entries, total = _funds(app)
    assert posted == drafts and entries >= drafts and total > 0
