"""Reports on demo data, on SQLite and PostgreSQL: totals equal the lines and independent figures."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.reports.reports import report_catalogue, run_report
from caplegal_desktop.services.statements import queries as statements
from models import Case, LedgerEntry
from tests.reports.conftest import CLOSED_ON, TODAY, close_some_cases
from workflows.reports import ReportParams


def _run(context, report_id, **params):
    with context.uow() as uow:
        return run_report(uow.session, report_id=report_id, params=ReportParams(**params))


def _column(result, key):
    index = result.column_index(key)
    return [row[index] for row in result.rows], result.totals[index]


def test_the_catalogue_offers_the_four_reports():
    assert [d.report_id for d in report_catalogue()] == [
        "status",
        "closed",
        "collected",
        "handlers",
    ]


def test_the_status_report_remaining_debt_equals_outstanding_by_client_on_the_same_day(demo):
    # GIVEN demo cases  WHEN the status report runs as of today, per client and per case
    general = _run(demo, "status", as_of=TODAY)
    detailed = _run(demo, "status", as_of=TODAY, detailed=True)
    with demo.uow() as uow:
        outstanding = statements.outstanding_by_client(uow.session, as_of=TODAY)
    # THEN every total is the sum of its lines, to the øre
    for result in (general, detailed):
        for key in ("principal", "interest", "costs", "paid", "balance"):
            lines, total = _column(result, key)
            assert total == sum(lines, Decimal("0.00"))
    # AND the remaining debt is what the statement engine says, client by client
    balances, total = _column(general, "balance")
    assert total == sum((c.balance for c in outstanding), Decimal("0.00"))
    assert balances == [c.balance for c in outstanding]
    assert _column(general, "cases")[0] == [c.cases for c in outstanding]
    assert _column(detailed, "balance")[1] == total
    assert general.totals[general.column_index("cases")] == 60 == len(detailed.rows)


def test_a_case_statement_gives_the_figures_of_its_line_in_the_detailed_report(demo):
    detailed = _run(demo, "status", as_of=TODAY, detailed=True)
    case_no = detailed.rows[3][0]
    with demo.uow() as uow:
        case_id = uow.session.scalar(select(Case.id).where(Case.no == case_no))
        totals = statements.case_statement(uow.session, case_id=case_id, as_of=TODAY).totals
    line = dict(zip((c.key for c in detailed.columns), detailed.rows[3], strict=True))
    assert line["principal"] == totals.principal and line["balance"] == totals.balance
    assert line["costs"] == totals.fees + totals.salary + totals.costs
    assert line["principal"] + line["interest"] + line["costs"] - line["paid"] == line["balance"]


def test_a_case_closed_after_the_report_date_still_counts_as_open(demo):
    closed = close_some_cases(demo)
    before = _run(demo, "status", as_of=CLOSED_ON.replace(day=14))
    after = _run(demo, "status", as_of=CLOSED_ON)
    assert after.totals[after.column_index("closed")] - before.totals[
        before.column_index("closed")
    ] == len(closed)


def test_one_client_only_and_an_unknown_client_is_refused(demo):
    everyone = _run(demo, "status", as_of=TODAY)
    client_no = everyone.rows[0][0]
    one = _run(demo, "status", as_of=TODAY, client_no=client_no)
    assert one.rows == everyone.rows[:1] and f"Klient {client_no}" in one.subtitle
    with pytest.raises(ValidationError) as refused:
        _run(demo, "status", as_of=TODAY, client_no="K99999")
    assert str(refused.value) == "klient: Klient K99999 findes ikke."


def _closed_between(context, first: date, last: date) -> list[str]:
    with context.uow() as uow:
        return sorted(
            uow.session.scalars(
                select(Case.no).where(Case.status == "closed", Case.closed_on.between(first, last))
            )
        )


def test_closed_cases_in_a_period_with_what_was_collected_and_written_off(demo):
    closed = close_some_cases(demo)  # on CLOSED_ON; the demo closes some cases itself too
    may = (date(2026, 5, 1), date(2026, 5, 31))
    expected = _closed_between(demo, *may)
    result = _run(demo, "closed", period_from=may[0], period_to=may[1])
    assert set(closed) <= set(expected)
    assert [row[0] for row in result.rows] == expected
    with demo.uow() as uow:
        paid = uow.session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount), 0))
            .join(Case, Case.id == LedgerEntry.case_id)
            .where(
                Case.no.in_(expected),
                LedgerEntry.entry_type == "payment",
                LedgerEntry.posting_date <= Case.closed_on,
            )
        )
    lines, total = _column(result, "collected")
    assert total == sum(lines, Decimal("0.00")) == Decimal(paid)
    later = _run(demo, "closed", period_from=date(2026, 6, 1), period_to=TODAY)
    assert [row[0] for row in later.rows] == _closed_between(demo, date(2026, 6, 1), TODAY)
    assert not set(closed) & {row[0] for row in later.rows}


def test_collected_per_client_and_month_equals_the_payment_entries_of_the_period(demo):
    period = {"period_from": date(2025, 7, 1), "period_to": TODAY}
    general = _run(demo, "collected", **period)
    detailed = _run(demo, "collected", detailed=True, **period)
    with demo.uow() as uow:
        paid, count = uow.session.execute(
            select(func.sum(LedgerEntry.amount), func.count()).where(
                LedgerEntry.entry_type == "payment",
                LedgerEntry.posting_date.between(period["period_from"], period["period_to"]),
            )
        ).one()
    assert paid > 0
    for result in (general, detailed):
        lines, total = _column(result, "amount")
        assert total == sum(lines, Decimal("0.00")) == paid
        assert _column(result, "payments")[1] == count
    months = {row[2] for row in general.rows}
    assert all(m[:4] in ("2025", "2026") for m in months)


def test_cases_per_handler_add_up_to_every_case_and_the_whole_remaining_debt(demo):
    result = _run(demo, "handlers", as_of=TODAY)
    status = _run(demo, "status", as_of=TODAY)
    assert result.totals[result.column_index("cases")] == 60
    lines, total = _column(result, "balance")
    assert total == sum(lines, Decimal("0.00")) == status.totals[status.column_index("balance")]


def test_bad_parameters_are_refused_with_every_problem_in_danish(app):
    with pytest.raises(ValidationError) as refused:
        _run(
            app,
            "collected",
            period_from=date(2026, 5, 1),
            period_to=date(2026, 4, 1),
            client_no="NIX",
        )
    assert [p.field for p in refused.value.problems] == ["til_dato", "klient"]
    assert "slutdato ligger før startdatoen" in str(refused.value)
    with pytest.raises(ValidationError, match="Rapporten 'nope' findes ikke"):
        _run(app, "nope", as_of=TODAY)
    with pytest.raises(ValidationError, match="Angiv datoen"):
        _run(app, "status")
