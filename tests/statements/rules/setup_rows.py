"""Setup rows for the tests, read from the rule tables (copied from shared/rules/*.csv)."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from models.enums import DayCount, RateKind
from workflows.statement import InterestCodeSpec, RatePoint
from workflows.statement.salary import SalaryBracket

DATA = Path(__file__).parent / "data"


def reference_rates(file_name: str) -> tuple[RatePoint, ...]:
    with open(DATA / file_name, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    return tuple(RatePoint(date.fromisoformat(r[0]), Decimal(r[1])) for r in rows)


DK_REFERENCE = reference_rates("dk_reference_rate.csv")
SE_REFERENCE = reference_rates("se_reference_rate.csv")
START = date(2010, 1, 1)


def dk_mora(day_count: DayCount = DayCount.THIRTY_E_360) -> InterestCodeSpec:
    return InterestCodeSpec(
        code="DK-MORA",
        day_count=day_count,
        kind=RateKind.REFERENCE_PLUS_MARGIN,
        rate_rows=(RatePoint(START, Decimal("8")),),
        reference_rates=DK_REFERENCE,
        claims_due_from=date(2013, 3, 1),
    )


def dk_mora7(day_count: DayCount = DayCount.THIRTY_E_360) -> InterestCodeSpec:
    return InterestCodeSpec(
        code="DK-MORA7",
        day_count=day_count,
        kind=RateKind.REFERENCE_PLUS_MARGIN,
        rate_rows=(RatePoint(START, Decimal("7")),),
        reference_rates=DK_REFERENCE,
        claims_due_from=date(2002, 8, 1),
        claims_due_to=date(2013, 2, 28),
    )


def se_droj(day_count: DayCount = DayCount.ACT_365) -> InterestCodeSpec:
    return InterestCodeSpec(
        code="SE-DROJ",
        day_count=day_count,
        kind=RateKind.REFERENCE_PLUS_MARGIN,
        rate_rows=(RatePoint(START, Decimal("8")),),
        reference_rates=SE_REFERENCE,
    )


def fixed(code: str, pct: str, day_count: DayCount = DayCount.THIRTY_E_360) -> InterestCodeSpec:
    return InterestCodeSpec(
        code=code, day_count=day_count, kind=RateKind.FIXED,
        rate_rows=(RatePoint(date(2000, 1, 1), Decimal(pct)),),
    )  # fmt: skip


def fast(day_count: DayCount = DayCount.THIRTY_E_360) -> InterestCodeSpec:
    return InterestCodeSpec(code="FAST", day_count=day_count, kind=RateKind.CLAIM_FIXED)


ALL_CODES = (dk_mora(), dk_mora7(), se_droj(), fast(), fixed("FIX10", "10"))


def salary_table() -> tuple[SalaryBracket, ...]:
    """dk_inkassosalaer.csv as brackets; tables with an unverified start date are left out."""
    with open(DATA / "dk_inkassosalaer.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    starts: dict[str, str] = {}
    for row in rows:
        starts.setdefault(row["table"], row["valid_from"])
    brackets = []
    for row in rows:
        try:
            valid_from = date.fromisoformat(starts[row["table"]])
        except ValueError:
            continue
        pct = row["pct_of_excess_over_500000"]
        brackets.append(
            SalaryBracket(
                valid_from=valid_from,
                basis_to=Decimal(row["claim_to_dkk"]) if row["claim_to_dkk"] else None,
                amount=Decimal(row["max_salary_dkk_ex_vat"]),
                pct_of_excess=Decimal(pct) if pct else None,
                excess_over=Decimal("500000") if pct else None,
            )
        )
    return tuple(brackets)
