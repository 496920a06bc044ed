"""Payment plans through the services on an SQLite file (issue 6).

- quote a 120-period plan for a case (debt from the statement, lines, credit cost, ÅOP) and
- activate it (re-calculate, store 120 lines with their specification, history):
  target ≤ 20 ms each. Baseline: the pure calculator (quote_plan) on the same items, measured
  in the same run, so the ratio is what the database and the statement add.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import update

_REPEATS = 20
TODAY = date(2026, 1, 1)
CALCULATOR_PERIODS = 120


def _median_ms(action, repeats: int = _REPEATS) -> float:
    action()
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def _context(folder: Path):
    os.environ.setdefault("CAPLEGAL_DATA_DIR", str(folder / "data"))
    os.environ.setdefault("CAPLEGAL_CONFIG_DIR", str(folder / "config"))
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.config import Settings
    from caplegal_desktop.db import open_database
    from caplegal_desktop.seed import seed_setup
    from models import CompanySetup

    context = AppContext(
        open_database(f"sqlite:///{folder / 'bench.sqlite3'}"), Settings(), "bench"
    )
    with context.uow(write=True) as uow:
        seed_setup(uow.session)
        uow.session.execute(update(CompanySetup).values(plan_max_periods=CALCULATOR_PERIODS))
        uow.commit()
    return context


def _case(context) -> str:
    from caplegal_desktop.services.cases.intake import create_case
    from caplegal_desktop.services.cases.requests import (
        ClaimInput,
        ClientInput,
        FeeInput,
        NewCase,
        PartyInput,
    )
    from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot

    claims = [
        ClaimInput(
            description=f"Faktura {n}",
            invoice_date=date(2025, n, 1),
            due_date=date(2025, n, 15),
            principal=Decimal(amount),
            interest_code="FAST",
            interest_rate_pct=Decimal("10.05"),
        )
        for n, amount in ((3, "100000.00"), (6, "25000.00"))
    ]
    request = NewCase(
        client=ClientInput(name="Bench Klient A/S", cvr="13585628", vat_registered=True),
        debtors=[PartyInput(name="Bench Debitor", kind="person", postcode="5000")],
        claims=claims,
        fees=[FeeInput(fee_code="INKGEB", amount=Decimal("100.00"))],
        add_automatic_fees=False,
        created_on=date(2025, 7, 1),
    )
    with context.uow(write=True) as uow:
        created = create_case(
            uow.session,
            request,
            user="bench",
            setup=SetupSnapshot.load(uow.session),
            today=date(2025, 7, 1),
        )
        uow.commit()
    return created.case_no


def run() -> list[dict]:
    from caplegal_desktop.services.payment_plans import plans
    from caplegal_desktop.services.payment_plans.store import plan_setup, request_for
    from workflows.payment_plan import quote_plan

    with tempfile.TemporaryDirectory() as folder:
        context = _context(Path(folder))
        case_no = _case(context)
        calculator = plans.CalculatorInput(periods=CALCULATOR_PERIODS)

        with context.uow() as uow:
            session = uow.session
            quote = plans.quote_case(session, case_no=case_no, today=TODAY, calculator=calculator)
            assert quote.periods == CALCULATOR_PERIODS
            quote_ms = _median_ms(
                lambda: plans.quote_case(
                    session, case_no=case_no, today=TODAY, calculator=calculator
                )
            )
            setup = plan_setup(session)
            request = request_for(
                _drafts(session, case_no),
                calculator,
                today=TODAY,
                setup=setup,
            )
            pure_ms = _median_ms(lambda: quote_plan(request, setup=setup))

        activate_runs = []
        for _ in range(_REPEATS + 1):
            with context.uow(write=True) as uow:
                draft = plans.create_plan(
                    uow.session, case_no=case_no, user="bench", today=TODAY, calculator=calculator
                )
                uow.session.flush()
                started = time.perf_counter()
                plans.activate_plan(uow.session, plan_no=draft.plan_no, user="bench", today=TODAY)
                uow.session.flush()
                activate_runs.append((time.perf_counter() - started) * 1000)
                uow.rollback()
        activate_ms = statistics.median(activate_runs[1:])
        context.close()

    return [
        {
            "name": "service quote of a 120-period plan from a case (target <= 20 ms)",
            "unit": "ms",
            "value": quote_ms,
            "baseline": pure_ms,
            "ratio": quote_ms / pure_ms,
        },
        {
            "name": "activate a 120-period plan: lines stored (target <= 20 ms)",
            "unit": "ms",
            "value": activate_ms,
            "baseline": pure_ms,
            "ratio": activate_ms / pure_ms,
        },
    ]


def _drafts(session, case_no: str):
    from caplegal_desktop.services.payment_plans.debt import debt_items
    from caplegal_desktop.services.payment_plans.queries import case_debtors
    from caplegal_desktop.services.payment_plans.store import plan_setup
    from caplegal_desktop.services.shared.case_refs import case_id_by_no

    case_id = case_id_by_no(session, case_no)
    return debt_items(
        session,
        case_id=case_id,
        debtor_party_ids=[d.party_id for d in case_debtors(session, case_id=case_id)],
        as_of=TODAY,
        payment_order=plan_setup(session).payment_order,
    )


if __name__ == "__main__":
    for row in run():
        print(row)
