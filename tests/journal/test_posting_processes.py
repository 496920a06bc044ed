"""Two seats and a killed process: posting is all lines or none, and never twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caplegal_desktop.services.demo.generate import generate_demo
from models import Case, JournalLine
from tests.journal.builders import a_payment, add_to_standard, ledger_sum

ROOT = Path(__file__).resolve().parents[2]


def _seat(url: str, batch_id: int, mode: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.journal.worker", url, str(batch_id), mode],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "CAPLEGAL_USER": "seat"},
    )
    assert process.stdout.readline().strip() == "READY"
    return process


def _fill_batch(app, lines: int) -> tuple[int, Decimal]:
    generate_demo(app, cases=20, seed=5)
    with app.uow() as uow:
        case_ids = list(uow.session.scalars(select(Case.id).where(Case.status == "active")))
    amounts = [Decimal(10 + i % 997) + Decimal("0.25") for i in range(lines)]
    batch_id = add_to_standard(
        app, [a_payment(case_ids[i % len(case_ids)], str(a)) for i, a in enumerate(amounts)]
    )
    return batch_id, sum(amounts)


def _journal_lines(app) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(JournalLine))


@pytest.mark.slow
def test_a_process_killed_in_the_middle_of_posting_leaves_all_lines_unposted(app, database_url):
    # GIVEN a batch of 10,000 payments
    batch_id, total = _fill_batch(app, 10_000)
    before = ledger_sum(app, entry_type="payment")
    # WHEN a seat is killed (-9) after half of the entries are written
    seat = _seat(database_url, batch_id, "die-halfway")
    seat.stdin.write("go\n")
    seat.stdin.flush()
    assert seat.stdout.readline().strip() == "HALF"
    os.kill(seat.pid, signal.SIGKILL)
    seat.wait()
    # THEN on reopening nothing is posted and every line is still in the journal
    assert ledger_sum(app, entry_type="payment") == before
    assert _journal_lines(app) == 10_000
    # AND posting again posts all of them, and the ledger sums match the lines
    seat = _seat(database_url, batch_id, "post")
    out, _ = seat.communicate("go\n", timeout=60)
    assert json.loads(out) == {"posted": 10_000}
    assert ledger_sum(app, entry_type="payment") == (before[0] + 10_000, before[1] + total)
    assert _journal_lines(app) == 0


@pytest.mark.slow
def test_two_seats_pressing_f9_at_once_post_the_batch_once(app, database_url):
    # GIVEN a batch of 2,000 payments and two seats ready to post it
    batch_id, total = _fill_batch(app, 2_000)
    before = ledger_sum(app, entry_type="payment")
    seats = [_seat(database_url, batch_id, "post") for _ in range(2)]
    # WHEN both press F9 at the same moment
    for seat in seats:
        seat.stdin.write("go\n")
        seat.stdin.flush()
    outcomes = [json.loads(seat.communicate(timeout=60)[0]) for seat in seats]
    # THEN one posts, the other is told the batch was just posted, and nothing is posted twice
    assert sorted(outcomes, key=str)[1] == {"posted": 2_000}
    conflict = sorted(outcomes, key=str)[0]["conflict"]
    assert conflict.startswith(
        "Der er intet at bogføre i kladden STANDARD. Den blev bogført af seat"
    )
    assert ledger_sum(app, entry_type="payment") == (before[0] + 2_000, before[1] + total)
