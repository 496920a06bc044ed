"""Bank payment files: parse a generated 10,000-payment camt.054 notification.

Issue 5's target for the whole import into the journal is <= 5 s; the parse alone should stay
well under 1 s. Baseline: lxml.etree.fromstring of the same bytes, measured in the same run.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import etree

from workflows.bankfiles import (
    PaymentSpec,
    ReferenceKind,
    make_camt054,
    make_fik71_reference,
    parse_camt054,
)

PAYMENTS = 10_000
ROUNDS = 3


def _file() -> bytes:
    specs = [
        PaymentSpec(
            Decimal(100 + k % 900) + Decimal("0.25"),
            date(2026, 1, 5),
            make_fik71_reference(str(100_000 + k)),
            ReferenceKind.FIK71,
            payer_name=f"Debitor {k}",
            payer_account="DK5000400440116243",
            text=f"Sag {100_000 + k}",
        )
        for k in range(PAYMENTS)
    ]
    return make_camt054(specs, msg_id="BENCH-1")


def _best(action, data: bytes) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        action(data)
        best = min(best, time.perf_counter() - started)
    return best


def run() -> list[dict]:
    data = _file()
    parsed = parse_camt054(data)
    assert len(parsed.payments) == PAYMENTS
    value = _best(parse_camt054, data)
    baseline = _best(etree.fromstring, data)
    return [
        {
            "name": f"parse camt.054 with {PAYMENTS} payments",
            "unit": "s",
            "value": round(value, 4),
            "baseline": round(baseline, 4),
            "ratio": round(value / baseline, 2),
        }
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
