"""Mass execution over 1,000 cases with time-barred and disputed ones among them: exactly the
right letters, fees and refusals (issue 18). SQLite only: it is the size that matters here."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.follow_ups import activity_runs, mass_execution
from caplegal_desktop.services.limitation.objections import NewObjection, register_objection
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import LedgerEntry

TODAY = date(2026, 12, 1)
CASES = 1000


def request(i: int) -> NewCase:
    barred = i % 10 == 0  # 100 cases whose claim fell due in 2020
    due = date(2020, 3, 1) if barred else date(2026, 10, 1) - timedelta(days=i % 30)
    return NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="10403782", vat_registered=True),
        debtors=[PartyInput(name=f"Debitor {i}", kind="person", postcode="5000")],
        claims=[
            ClaimInput(
                description=f"Faktura {i}",
                invoice_date=due,
                due_date=due,
                principal=Decimal("1000.00") + i,
                interest_code="FAST",
                interest_rate_pct=Decimal("8"),
            )
        ],
        add_automatic_fees=False,
        created_on=date(2026, 11, 1),
    )


def test_a_mass_run_over_1000_cases_refuses_exactly_the_time_barred_and_disputed(sqlite_url):
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    # GIVEN 1,000 cases with a reminder due: 100 time-barred, 128 disputed (every 7th not barred)
    with context.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        made = [
            create_case(uow.session, request(i), user="test", setup=setup, today=date(2026, 11, 1))
            for i in range(CASES)
        ]
        uow.session.flush()
        from caplegal_desktop.services.shared.case_refs import case_id_by_no

        ids = [case_id_by_no(uow.session, m.case_no) for m in made]
        disputed = {ids[i] for i in range(CASES) if i % 7 == 0 and i % 10 != 0}
        for case_id in disputed:
            register_objection(
                uow.session,
                NewObjection(case_id, date(2026, 11, 20), "Debitor", "Beløbet"),
                user="test",
                today=TODAY,
            )
        uow.commit()
    barred = {ids[i] for i in range(CASES) if i % 10 == 0}
    # WHEN the due follow-ups are mass-executed
    summary = mass_execution.run_due(context, as_of=TODAY)
    # THEN exactly the others got their letter and fee; the refused ones say why
    with context.uow() as uow:
        items = activity_runs.run_items(uow.session, run_id=summary.run_id)
        fee_cases = set(
            uow.session.scalars(
                select(LedgerEntry.case_id).where(LedgerEntry.entry_type.in_(["fee", "salary"]))
            )
        )
    expected = set(ids) - barred - disputed
    assert (summary.executed, summary.skipped, summary.failed) == (
        len(expected),
        len(barred) + len(disputed),
        0,
    )
    assert summary.letters == len(expected)
    assert fee_cases == expected
    reasons = [i.message for i in items if i.outcome == "skipped"]
    assert sum("er forældet pr. 01-03-2023" in r for r in reasons) == 100
    assert sum("indsigelse fra Debitor" in r for r in reasons) == len(disputed) == 128
    context.close()
