"""Payment-plan benchmarks (issue 6).

- quote a 120-period plan (lines with specification, credit cost and ÅOP): target ≤ 20 ms;
  baseline: building 120 plain tuples of the same line figures.
- ÅOP for 240 monthly payments: target ≤ 2 ms; baseline: a plain float Newton iteration.
- the same with dates (issue 11): bilag 1's time axis (months counted back from each date, then
  days of 365/366) with a cold cache, plus the solve: target ≤ 2 ms; same baseline.
"""

from __future__ import annotations

import math
import statistics
import time
from datetime import date
from decimal import Decimal

from models.enums import DayCount
from workflows.payment_plan import (
    AprPeriod,
    ItemKind,
    PlanItem,
    PlanRequest,
    PlanSetup,
    annual_percentage_rate,
    apr_for_dated_flows,
    quote_plan,
)
from workflows.payment_plan.apr_time import annex_interval
from workflows.payment_plan.dates import add_months

_REPEATS = 30


def _median_ms(action, repeats: int = _REPEATS) -> float:
    action()  # warm up
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def _plan_request() -> PlanRequest:
    items = (
        PlanItem(
            item_id="C1",
            kind=ItemKind.CAPITAL,
            amount=Decimal("100000.00"),
            claim_date=date(2025, 3, 1),
            interest_bearing=True,
            annual_rate_pct=Decimal("10.05"),
            day_count=DayCount.THIRTY_E_360,
        ),
        PlanItem(
            item_id="C2",
            kind=ItemKind.CAPITAL,
            amount=Decimal("25000.00"),
            claim_date=date(2025, 6, 1),
            interest_bearing=True,
            annual_rate_pct=Decimal("8.00"),
            day_count=DayCount.ACT_ACT,
        ),
        PlanItem(
            item_id="F1",
            kind=ItemKind.FEE,
            amount=Decimal("310.00"),
            claim_date=date(2025, 7, 1),
        ),
        PlanItem(
            item_id="I1",
            kind=ItemKind.INTEREST,
            amount=Decimal("4120.55"),
            claim_date=date(2025, 3, 1),
        ),
    )
    return PlanRequest(items=items, today=date(2026, 1, 1), periods=120)


def _plain_tuples(count: int) -> tuple:
    return tuple(
        (k, date(2026 + (k - 1) // 12, (k - 1) % 12 + 1, 1), 1500.0, 80.0, 0.0, 1420.0, 1e5)
        for k in range(1, count + 1)
    )


def _newton_float(times: list[float], amounts: list[float]) -> float:
    rate = 0.1
    for _ in range(100):
        value = sum(a * (1 + rate) ** -t for t, a in zip(times, amounts, strict=True))
        slope = sum(-t * a * (1 + rate) ** (-t - 1) for t, a in zip(times, amounts, strict=True))
        step = value / slope
        rate -= step
        if abs(step) < 1e-12:
            break
    return rate


def run() -> list[dict]:
    request, setup = _plan_request(), PlanSetup()
    plan = quote_plan(request, setup=setup)
    assert plan.periods == 120
    plan_ms = _median_ms(lambda: quote_plan(request, setup=setup))
    tuples_ms = _median_ms(lambda: _plain_tuples(120))

    payments = [(k / 12, Decimal("1250.00")) for k in range(1, 241)]
    advances = [(0.0, Decimal("150000.00"))]
    apr_ms = _median_ms(lambda: annual_percentage_rate(advances=advances, payments=payments))
    times = [0.0] + [t for t, _ in payments]
    amounts = [-150000.0] + [float(p) for _, p in payments]
    newton_ms = _median_ms(lambda: _newton_float(times, amounts))
    ours = float(annual_percentage_rate(advances=advances, payments=payments).apr_pct)
    assert math.isclose(ours, _newton_float(times, amounts) * 100, abs_tol=1e-4)

    drawdown = date(2026, 1, 12)
    dated = [(add_months(date(2026, 2, 15), k), Decimal("1250.00")) for k in range(240)]

    def dated_apr():
        annex_interval.cache_clear()  # the time axis computed afresh every run
        return apr_for_dated_flows(
            advances=[(drawdown, Decimal("150000.00"))], payments=dated, period=AprPeriod.MONTH
        )

    dated_ms = _median_ms(dated_apr)
    dated_times = [0.0] + [k / 12 + 3 / 365 for k in range(1, 241)]
    assert math.isclose(
        float(dated_apr().apr_pct), _newton_float(dated_times, amounts) * 100, abs_tol=1e-4
    )

    return [
        {
            "name": "quote 120-period plan (target <= 20 ms)",
            "unit": "ms",
            "value": plan_ms,
            "baseline": tuples_ms,
            "ratio": plan_ms / tuples_ms,
        },
        {
            "name": "ÅOP 240 payments (target <= 2 ms)",
            "unit": "ms",
            "value": apr_ms,
            "baseline": newton_ms,
            "ratio": apr_ms / newton_ms,
        },
        {
            "name": "ÅOP 240 dated payments, bilag 1 time axis + solve (target <= 2 ms)",
            "unit": "ms",
            "value": dated_ms,
            "baseline": newton_ms,
            "ratio": dated_ms / newton_ms,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
