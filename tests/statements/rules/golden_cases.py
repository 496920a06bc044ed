"""Varied cases whose full statements were saved before the engine was optimised (issue 3).

`python -m tests.statements.rules.golden_cases --write` rewrites data/golden_statements.json.gz from the
engine as it is; do that only when a change of result is intended and checked by hand.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from models.enums import AllocationOrder, AllocationTarget, DayCount, EntryType, FeeKind
from tests.statements.rules.builders import Entries, case, claim
from tests.statements.rules.setup_rows import ALL_CODES, dk_mora, fast, fixed, se_droj
from workflows.statement import DebtorShare, FeeLineInput, StatementError, compute_statement

GOLDEN = Path(__file__).parent / "data" / "golden_statements.json.gz"
AS_OF_DATES = (date(2024, 3, 31), date(2025, 12, 31), date(2026, 11, 23))
_REDUCING = (EntryType.PAYMENT, EntryType.CREDIT, EntryType.WRITE_OFF)
_COSTS = (EntryType.FEE, EntryType.SALARY, EntryType.DISBURSEMENT)


def _money(rng: random.Random, low: int, high: int) -> str:
    return str(Decimal(rng.randint(low, high)) / 100)


def _codes(rng: random.Random):
    """The test codes, sometimes under another day count (ACT/ACT and ACT/365 included)."""
    day_count = rng.choice(list(DayCount))
    return (
        dk_mora(day_count),
        *ALL_CODES[1:2],
        se_droj(rng.choice(list(DayCount))),
        fast(day_count),
        fixed("FIX10", "10", rng.choice(list(DayCount))),
    )


def random_case(seed: int):
    rng = random.Random(seed)
    entries = Entries()
    claims = []
    fee_lines = []
    start = date(2019, 1, 1) + timedelta(days=rng.randint(0, 1500))
    for claim_id in range(1, rng.randint(1, 6) + 1):
        due = start + timedelta(days=rng.randint(0, 400))
        code = rng.choice(["DK-MORA", "SE-DROJ", "FIX10", "FAST", None])
        extra = {}
        if code == "FAST":
            extra["fixed_rate_pct"] = Decimal(rng.choice(["5", "7.25", "12.125"]))
        if rng.random() < 0.2:
            extra["interest_stop"] = due + timedelta(days=rng.randint(10, 900))
        if rng.random() < 0.2:
            extra["interest_from"] = due + timedelta(days=rng.randint(0, 40))
        debtors = (DebtorShare(1), DebtorShare(2, in_solidum=False, share_pct=Decimal("37.5")))
        claims.append(claim(claim_id, due=due, code=code, debtors=debtors, **extra))
        entries.principal(claim_id, due, _money(rng, 100_00, 50_000_00))
        if rng.random() < 0.3:
            entries.add(EntryType.INTEREST, due, _money(rng, 1_00, 300_00), claim_id=claim_id)
        if rng.random() < 0.5:
            kind = rng.choice(_COSTS)
            day = due + timedelta(days=rng.randint(0, 200))
            entries.add(kind, day, _money(rng, 50_00, 2_000_00), claim_id=claim_id)
        if rng.random() < 0.4:
            line_id = 100 + claim_id
            bearing = rng.random() < 0.6
            day = due + timedelta(days=rng.randint(5, 100))
            amount = _money(rng, 100_00, 310_00)
            fee_lines.append(
                FeeLineInput(
                    fee_line_id=line_id, claim_id=claim_id, code="KOMP",
                    kind=FeeKind.COMPENSATION, posting_date=day, amount=Decimal(amount),
                    vat_amount=Decimal("0.00"), interest_bearing=bearing,
                    interest_code="DK-MORA" if bearing else None,
                )
            )  # fmt: skip
            entries.add(EntryType.FEE, day, amount, claim_id=claim_id, fee_line_id=line_id)
    if rng.random() < 0.5:
        day = start + timedelta(days=rng.randint(30, 300))
        fee_lines.append(
            FeeLineInput(201, None, "SALÆR", FeeKind.SALARY, day, Decimal("1625"), Decimal("325"))
        )
        entries.add(EntryType.SALARY, day, "1625", fee_line_id=201)
    if rng.random() < 0.4:
        entries.add(EntryType.DISBURSEMENT, start + timedelta(days=50), "300")
    for _ in range(rng.randint(0, 40)):
        kind = rng.choice(_REDUCING)
        scope = rng.choice([None, None, None, *[c.claim_id for c in claims]])
        targets = None
        if rng.random() < 0.2:
            targets = tuple(rng.sample(list(AllocationTarget), rng.randint(1, 4)))
        paid = entries.add(
            kind, start + timedelta(days=rng.randint(0, 2200)), _money(rng, 1_00, 8_000_00),
            claim_id=scope, allocation_targets=targets,
        )  # fmt: skip
        if rng.random() < 0.08:
            later = paid.posting_date + timedelta(days=rng.randint(0, 60))
            if rng.random() < 0.5:
                entries.add(
                    EntryType.REVERSAL, later, str(-paid.amount), reverses_entry_id=paid.entry_id
                )
            else:
                entries.add(
                    kind, later, str(-paid.amount), claim_id=scope,
                    reverses_entry_id=paid.entry_id,
                )  # fmt: skip
    built = case(claims, entries, fee_lines=fee_lines, order=rng.choice(list(AllocationOrder)))
    return replace(built, interest_codes=_codes(rng))


def heavy_case():
    """Like the database benchmark: 20 claims from 2019, 180 payments 13 days apart."""
    rng = random.Random(5)
    entries = Entries()
    claims = []
    for i in range(20):
        due = date(2019, 2, 10) + timedelta(days=30 * i)
        claims.append(claim(i + 1, due=due, invoice=date(2019, 1, 10) + timedelta(days=30 * i)))
        entries.principal(i + 1, due, _money(rng, 1_000_00, 20_000_00))
    for i in range(180):
        entries.payment(date(2019, 6, 1) + timedelta(days=13 * i), _money(rng, 200_00, 900_00))
    return case(claims, entries)


def golden_inputs():
    """(name, case, as_of, debtor) for every saved statement."""
    for seed in range(60):
        data = random_case(seed)
        for as_of in AS_OF_DATES:
            for debtor in (None, 2):
                yield f"seed {seed} as of {as_of} debtor {debtor}", data, as_of, debtor
    for as_of in AS_OF_DATES:
        yield f"heavy as of {as_of}", heavy_case(), as_of, None


def statement_record(data, as_of: date, debtor: int | None) -> dict:
    """The full JSON of the statement and every specification line (or the refusal)."""
    try:
        statement = compute_statement(data, as_of=as_of, debtor_party_id=debtor)
    except StatementError as exc:
        return {"error": str(exc)}
    record = statement.to_json_dict()
    record["lines"] = {
        str(part.claim_id): {
            name: [[ln.day.isoformat(), ln.text, str(ln.amount), ln.entry_id] for ln in lines]
            for name, lines in part.figures.lines.items()
        }
        for part in (*statement.claims, statement.case_costs)
    }
    record["total_lines"] = {name: len(lines) for name, lines in statement.totals.lines.items()}
    record["overpayment_lines"] = [
        [ln.day.isoformat(), ln.text, str(ln.amount), ln.entry_id]
        for ln in statement.overpayment_lines
    ]
    return record


def compute_all() -> dict[str, dict]:
    return {name: statement_record(*args) for name, *args in golden_inputs()}


if __name__ == "__main__" and "--write" in sys.argv:
    text = json.dumps(compute_all(), ensure_ascii=False, separators=(",", ":"))
    GOLDEN.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
