"""Reports on the 100,000-case database: the general status report against its own engine.

The status report computes every case's statement as of a date, exactly the work of
statements.outstanding_by_client; that function, timed in the same run on the same database,
is the baseline (aim: ratio <= ~1.5). The collected-amounts report over a year is timed
against reading the period's payment entries with their client and case numbers.
"""

from __future__ import annotations

import time
from datetime import date

from sqlalchemy import select

from bench.common import big_database_url, row
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.reports.reports import run_report
from caplegal_desktop.services.statements.queries import outstanding_by_client
from models import Case, Client, LedgerEntry
from workflows.reports import ReportParams

AS_OF = date(2026, 11, 23)
YEAR = ReportParams(period_from=date(2025, 11, 24), period_to=AS_OF)


def _seconds(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def run() -> list[dict]:
    context = AppContext.open(big_database_url(), user="bench")
    try:
        with context.uow() as uow:
            session = uow.session
            status = ReportParams(as_of=AS_OF)
            baseline = _seconds(lambda: outstanding_by_client(session, as_of=AS_OF))
            value = _seconds(lambda: run_report(session, report_id="status", params=status))
            collected = _seconds(lambda: run_report(session, report_id="collected", params=YEAR))
            payments = _seconds(
                lambda: session.execute(
                    select(Client.no, Case.no, LedgerEntry.posting_date, LedgerEntry.amount)
                    .join(Case, Case.id == LedgerEntry.case_id)
                    .join(Client, Client.id == Case.client_id)
                    .where(
                        LedgerEntry.entry_type == "payment",
                        LedgerEntry.posting_date.between(YEAR.period_from, YEAR.period_to),
                    )
                ).all()
            )
    finally:
        context.close()
    return [
        row("status report, general, 100,000 cases", "s", value, baseline),
        row("collected per client and month, one year", "s", collected, payments),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
