"""Issue 3: one heavy case's statement from the database, and every case of the big database."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench.common import big_database_url, median_ms, row
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.shared.ledger import post_entry
from caplegal_desktop.services.statements.queries import (
    InterestSetup,
    case_statement,
    outstanding_by_client,
)

AS_OF = date(2026, 11, 23)


def _heavy_case(context: AppContext) -> int:
    """20 claims from 2019 on (15 rate periods to today), 200 ledger entries in all."""
    rng = random.Random(5)
    claims = [
        ClaimInput(
            description=f"Faktura {i}",
            invoice_date=date(2019, 1, 10) + timedelta(days=30 * i),
            due_date=date(2019, 2, 10) + timedelta(days=30 * i),
            principal=Decimal(rng.randint(1_000_00, 20_000_00)) / 100,
        )
        for i in range(20)
    ]
    request = NewCase(
        client=ClientInput(name="Tung Klient A/S", cvr="13585628"),
        debtors=[PartyInput(name="Tung Debitor", cpr="070761-4285", postcode="5000")],
        claims=claims,
    )
    with context.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="bench", setup=SetupSnapshot.load(uow.session), today=AS_OF
        )
        existing = uow.session.execute(
            __import__("sqlalchemy").text("SELECT count(*) FROM ledger_entry WHERE case_id = :c"),
            {"c": created.case_id},
        ).scalar()
        for i in range(200 - existing):
            post_entry(
                uow.session,
                case_id=created.case_id,
                entry_type="payment",
                posting_date=date(2019, 6, 1) + timedelta(days=13 * i),
                amount=Decimal(rng.randint(200_00, 900_00)) / 100,
                description="Afdrag",
                user="bench",
            )
        uow.commit()
    return created.case_id


def run() -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "heavy.sqlite3")
        context = AppContext.open(f"sqlite:///{path}", user="bench")
        case_id = _heavy_case(context)
        with context.uow() as uow:
            setup = InterestSetup.load(uow.session)
            statement = case_statement(uow.session, case_id=case_id, as_of=AS_OF, setup=setup)
            periods = max(len(c.interest_periods) for c in statement.claims)
            ours = median_ms(
                lambda: case_statement(uow.session, case_id=case_id, as_of=AS_OF, setup=setup),
                repeat=51,
            )
        context.close()
        raw = sqlite3.connect(path)
        sql = (
            "SELECT e.*, c.* FROM ledger_entry e LEFT JOIN claim c ON c.id = e.claim_id "
            "WHERE e.case_id = ?"
        )
        baseline = median_ms(lambda: raw.execute(sql, (case_id,)).fetchall(), repeat=51)
        raw.close()
        results.append(
            row(
                f"statement, heavy case (20 claims, 200 entries, {periods} rate "
                "periods per claim) vs one raw SQL load of its rows",
                "ms",
                ours,
                baseline,
            )
        )
    context = AppContext.open(big_database_url(), user="bench")
    with context.uow() as uow:
        started = time.perf_counter()
        outstanding = outstanding_by_client(uow.session, as_of=AS_OF)
        elapsed = time.perf_counter() - started
        cases = sum(c.cases for c in outstanding)
        started = time.perf_counter()
        uow.session.execute(
            __import__("sqlalchemy").text(
                "SELECT case_id, sum(amount) FROM ledger_entry GROUP BY case_id"
            )
        ).all()
        sql_sum = time.perf_counter() - started
    context.close()
    results.append(
        row(
            f"statements for all {cases} cases, outstanding by client (vs an SQL sum "
            "of the ledger by case)",
            "s",
            elapsed,
            sql_sum,
        )
    )
    return results
