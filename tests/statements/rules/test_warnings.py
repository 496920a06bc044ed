"""The pure warning rules: which half-years a span of interest passes, which rows it used."""

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tests.statements.rules.builders import Entries, case, claim
from tests.statements.rules.setup_rows import fast
from workflows.amount_tables import AmountRow
from workflows.statement import (
    RateCap,
    RatePoint,
    build_rate_cap,
    build_rate_schedule,
    compute_statement,
)
from workflows.statement.warnings import (
    ReferenceTable,
    UsedAmount,
    amount_warnings,
    half_year_starts,
    long_date,
    missing_reference_rows,
    reference_warnings,
)

TABLE = ReferenceTable(
    "DK",
    (date(2025, 7, 1), date(2026, 1, 1)),
    frozenset({date(2026, 1, 1)}),
    (Decimal("1.75"), Decimal("1.75")),
)


def test_half_year_starts_are_every_first_of_january_and_july_in_the_span():
    assert half_year_starts(date(2025, 7, 1), date(2026, 7, 1)) == [
        date(2025, 7, 1), date(2026, 1, 1), date(2026, 7, 1),
    ]  # fmt: skip
    assert half_year_starts(date(2025, 7, 2), date(2025, 12, 31)) == []


def test_a_danish_long_date_reads_as_in_a_letter():
    assert long_date(date(2026, 7, 1)) == "1. juli 2026"


def test_a_half_year_without_a_row_is_missing_only_where_interest_ran():
    assert missing_reference_rows(TABLE, first=date(2025, 8, 1), last=date(2026, 6, 30)) == []
    assert missing_reference_rows(TABLE, first=date(2025, 8, 1), last=date(2027, 1, 1)) == [
        date(2026, 7, 1), date(2027, 1, 1),
    ]  # fmt: skip
    # before the table's first row nothing is "missing": the code has no rate there at all
    assert missing_reference_rows(TABLE, first=date(2020, 1, 1), last=date(2025, 7, 1)) == []


def test_an_unconfirmed_row_warns_only_when_a_span_used_it():
    assert reference_warnings(TABLE, [(date(2025, 8, 1), date(2025, 12, 31))]) == []
    (warning,) = reference_warnings(TABLE, [(date(2025, 8, 1), date(2026, 1, 1))])
    assert (warning.code, warning.table, warning.date) == (
        "figure_unconfirmed", "DK", date(2026, 1, 1),
    )  # fmt: skip
    assert warning.message == "Referencesatsen (DK) pr. 1. januar 2026 (1,75 %) er ikke bekræftet."


def test_many_spans_give_each_warning_once_missing_first():
    spans = [(date(2025, 8, 1), date(2026, 11, 30)), (date(2026, 2, 1), date(2026, 8, 1))]
    found = reference_warnings(TABLE, spans)
    assert [(w.code, w.date) for w in found] == [
        ("reference_rate_missing", date(2026, 7, 1)),
        ("figure_unconfirmed", date(2026, 1, 1)),
    ]


def test_an_amount_warns_only_when_it_came_from_the_unconfirmed_row():
    rows = {
        "SAL": (
            AmountRow(date(2009, 7, 1), Decimal("1000"), Decimal("200")),
            AmountRow(date(2009, 7, 1), None, Decimal("500")),
            AmountRow(date(2016, 7, 1), None, Decimal("600")),
        )
    }
    flagged = frozenset({("SAL", date(2009, 7, 1), None)})
    names = {("SAL", date(2009, 7, 1)): "inkassosalær (tabel BEK423-2009)"}
    used = [
        UsedAmount("SAL", date(2010, 1, 1), Decimal("5000"), Decimal("500")),  # the row
        UsedAmount("SAL", date(2010, 1, 1), Decimal("5000"), Decimal("450")),  # typed by hand
        UsedAmount("SAL", date(2010, 1, 1), Decimal("900"), Decimal("200")),  # a confirmed row
        UsedAmount("SAL", date(2017, 1, 1), Decimal("5000"), Decimal("600")),  # a newer table
    ]
    (warning,) = amount_warnings(used, rows, flagged, names)
    assert (warning.table, warning.date) == ("SAL", date(2009, 7, 1))
    assert warning.message == (
        "Beløbet fra inkassosalær (tabel BEK423-2009) (gældende fra 1. juli 2009) er ikke bekræftet."
    )


def test_the_engine_reports_the_days_each_code_ran_and_no_warnings_of_its_own():
    entries = Entries()
    entries.principal(1, date(2025, 12, 31), "10000")
    entries.payment(date(2026, 3, 31), "10500")
    data = case([claim(1, due=date(2025, 12, 31), code="DK-MORA")], entries)
    statement = compute_statement(data, as_of=date(2026, 11, 30))
    # paid in full on 31 Mar: the interest stopped running then
    assert [(s.code, s.first, s.last) for s in statement.rate_spans] == [
        ("DK-MORA", date(2026, 1, 1), date(2026, 3, 31))
    ]
    assert statement.warnings is None and "warnings" not in statement.to_json_dict()


def test_a_capped_schedule_takes_the_lower_rate_per_period_and_says_why():
    cap = build_rate_cap(
        (RatePoint(date(2025, 1, 1), Decimal("3")), RatePoint(date(2025, 7, 1), Decimal("2"))),
        (RatePoint(date(2025, 3, 1), Decimal("20")),),
        "renteloft",
    )
    assert cap == RateCap(
        (RatePoint(date(2025, 3, 1), Decimal("23")), RatePoint(date(2025, 7, 1), Decimal("22"))),
        "renteloft",
    )
    schedule = build_rate_schedule(fast(), fixed_rate_pct=Decimal("22.5"), cap=cap)
    assert [(p.valid_from, p.pct) for p in schedule.points] == [
        (date.min, Decimal("22.5")), (date(2025, 7, 1), Decimal("22")),
    ]  # fmt: skip
    assert schedule.cap_text(date(2025, 5, 1)) == ""  # 22,5 is under the cap of 23
    assert schedule.cap_text(date(2025, 8, 1)) == "nedsat fra 22,50 % p.a.: renteloft"
    under = build_rate_schedule(fast(), fixed_rate_pct=Decimal("10"), cap=cap)
    assert under.cap_note == "" and under.uncapped == ()


_RATES = st.decimals(min_value=-5, max_value=60, places=2)
_DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(
    agreed=_RATES,
    reference=st.lists(st.tuples(_DAYS, _RATES), min_size=1, max_size=8),
    margin=st.decimals(min_value=0, max_value=40, places=2),
    start=_DAYS,
    day=_DAYS,
)
def test_a_capped_rate_is_the_lower_of_the_agreed_rate_and_the_cap_on_every_day(
    agreed, reference, margin, start, day
):
    points = tuple(RatePoint(d, r) for d, r in sorted(dict(reference).items()))
    cap = build_rate_cap(points, (RatePoint(start, margin),), "renteloft")
    schedule = build_rate_schedule(fast(), fixed_rate_pct=agreed, cap=cap)
    cap_from = max(start, points[0].valid_from)
    if day < cap_from:
        expected = agreed
    else:
        ceiling = [p.pct for p in points if p.valid_from <= day][-1] + margin
        expected = min(agreed, ceiling)
    assert schedule.rate_on(day) == expected
    assert bool(schedule.cap_text(day)) == (expected < agreed)
