"""The pure report builders: grouping, totals to the øre, parameter checks."""

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from workflows.reports import (
    REPORTS,
    CaseFigures,
    CollectedSum,
    ReportParams,
    check_params,
    collected_report,
    handler_report,
    status_report,
)

amounts = st.decimals(min_value=-100_000, max_value=1_000_000, places=2)
statuses = st.sampled_from(["active", "dormant", "recall_requested", "closed"])
cases = st.lists(
    st.builds(
        CaseFigures,
        case_no=st.text("0123456789", min_size=6, max_size=6),
        client_no=st.sampled_from(["K1", "K2", "K3"]),
        client_name=st.just("Klient"),
        status=statuses,
        handler=st.sampled_from(["", "AB", "CD"]),
        handler_name=st.just("Navn"),
        principal=amounts,
        interest=amounts,
        costs=amounts,
        paid=amounts,
        balance=amounts,
    ),
    max_size=30,
)


def _column_sums(result):
    sums = []
    for index, column in enumerate(result.columns):
        if column.summed:
            sums.append(sum((row[index] for row in result.rows), type(result.totals[index])(0)))
        else:
            sums.append(result.totals[index])
    return tuple(sums)


@given(cases, st.booleans())
def test_the_status_report_totals_equal_the_sum_of_its_lines_to_the_øre(figures, detailed):
    result = status_report(figures, ReportParams(as_of=date(2026, 1, 1), detailed=detailed))
    assert result.totals == _column_sums(result)
    assert result.totals[0] == "I alt"
    balance = result.column_index("balance")
    assert result.totals[balance] == sum((c.balance for c in figures), Decimal("0.00"))


@given(cases)
def test_general_and_detailed_status_reports_agree_on_every_amount(figures):
    params = ReportParams(as_of=date(2026, 1, 1))
    general = status_report(figures, params)
    detailed = status_report(figures, ReportParams(as_of=date(2026, 1, 1), detailed=True))
    for key in ("principal", "interest", "costs", "paid", "balance"):
        assert (
            general.totals[general.column_index(key)] == detailed.totals[detailed.column_index(key)]
        )
    if figures:
        assert general.totals[general.column_index("cases")] == len(figures)


@given(cases)
def test_cases_per_handler_count_every_case_once(figures):
    result = handler_report(figures, ReportParams(as_of=date(2026, 1, 1)))
    assert result.totals == _column_sums(result)
    assert (result.totals[result.column_index("cases")] if figures else 0) == len(figures)


def test_collected_amounts_are_summed_per_client_and_month():
    sums = [
        CollectedSum("K1", "A", date(2026, 3, 1), "000001", 2, Decimal("100.10")),
        CollectedSum("K1", "A", date(2026, 3, 1), "000002", 1, Decimal("0.05")),
        CollectedSum("K1", "A", date(2026, 4, 1), "000001", 1, Decimal("7.00")),
        CollectedSum("K2", "B", date(2026, 3, 1), "000003", -1, Decimal("-50.00")),
    ]
    params = ReportParams(period_from=date(2026, 3, 1), period_to=date(2026, 4, 30))
    general = collected_report(sums, params)
    assert general.rows == (
        ("K1", "A", "2026-03 marts", 3, Decimal("100.15")),
        ("K1", "A", "2026-04 april", 1, Decimal("7.00")),
        ("K2", "B", "2026-03 marts", -1, Decimal("-50.00")),
    )
    assert general.totals == ("I alt", "", "", 3, Decimal("57.15"))
    detailed = collected_report(sums, ReportParams(**{**params.__dict__, "detailed": True}))
    assert len(detailed.rows) == 4 and detailed.totals[-1] == Decimal("57.15")


def test_a_period_that_ends_before_it_starts_is_refused_in_danish():
    problems = check_params(
        REPORTS["closed"], ReportParams(period_from=date(2026, 5, 1), period_to=date(2026, 4, 1))
    )
    assert problems == [("til_dato", "Periodens slutdato ligger før startdatoen.")]


def test_a_missing_date_and_a_detailed_version_that_does_not_exist_are_both_named():
    problems = check_params(REPORTS["handlers"], ReportParams(detailed=True))
    assert [field for field, _ in problems] == ["pr_dato", "detaljeret"]
    assert "kun i en generel udgave" in problems[1][1]
