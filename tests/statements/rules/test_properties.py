"""Hypothesis properties of the money rules."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from models.enums import AllocationOrder, AllocationTarget, DayCount, EntryType
from tests.statements.rules.builders import Entries, case, claim
from workflows.statement import DebtorShare, compute_statement
from workflows.statement.accrual import period_interest
from workflows.statement.day_count import period_days
from workflows.statement.results import FIGURES

START = date(2023, 1, 1)
amounts = st.integers(min_value=1, max_value=10_000_000).map(lambda ore: Decimal(ore) / 100)
days = st.integers(min_value=0, max_value=700)
codes = st.sampled_from(["DK-MORA", "SE-DROJ", "FIX10", None])
targets = st.none() | st.lists(st.sampled_from(list(AllocationTarget)), max_size=4).map(tuple)


@st.composite
def cases(draw):
    entries = Entries()
    claims = []
    for claim_id in range(1, draw(st.integers(1, 4)) + 1):
        due = START + timedelta(days=draw(days))
        debtors = (DebtorShare(1), DebtorShare(2, in_solidum=False, share_pct=Decimal("37.5")))
        claims.append(claim(claim_id, due=due, code=draw(codes), debtors=debtors))
        entries.principal(claim_id, due, str(draw(amounts)))
        if draw(st.booleans()):
            kind = draw(st.sampled_from([EntryType.FEE, EntryType.SALARY, EntryType.DISBURSEMENT]))
            entries.add(
                kind, due + timedelta(days=draw(days)), str(draw(amounts)), claim_id=claim_id
            )
    for _ in range(draw(st.integers(0, 6))):
        entry_type = draw(
            st.sampled_from([EntryType.PAYMENT, EntryType.CREDIT, EntryType.WRITE_OFF])
        )
        scope = draw(st.sampled_from([None, *[c.claim_id for c in claims]]))
        entries.add(
            entry_type, START + timedelta(days=draw(days)), str(draw(amounts)),
            claim_id=scope, allocation_targets=draw(targets),
        )  # fmt: skip
    order = draw(st.sampled_from(list(AllocationOrder)))
    return case(claims, entries, order=order)


AS_OF = date(2025, 12, 31)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_allocation_never_creates_or_loses_an_oere(case_input):
    statement = compute_statement(case_input, as_of=AS_OF)
    reducing = {e.entry_id: e.amount for e in case_input.entries if e.entry_type.value in (
        "payment", "credit", "write_off")}  # fmt: skip
    allocated = dict.fromkeys(reducing, Decimal(0))
    for allocation in statement.allocations:
        assert allocation.amount > 0
        allocated[allocation.entry_id] += allocation.amount
    assert allocated == reducing
    assert statement.totals.paid == sum(reducing.values(), Decimal(0))


@settings(max_examples=150, deadline=None)
@given(cases(), st.sampled_from([None, 1, 2]))
def test_every_figure_is_the_sum_of_its_specification_lines(case_input, debtor):
    statement = compute_statement(case_input, as_of=AS_OF, debtor_party_id=debtor)
    parts = [c.figures for c in statement.claims] + [statement.case_costs.figures]
    for figures in [*parts, statement.totals]:
        for name in FIGURES:
            lines = figures.specification(name)
            assert getattr(figures, name) == sum((line.amount for line in lines), Decimal(0))
        assert figures.balance == (
            figures.principal
            + figures.interest
            + figures.fees
            + figures.salary
            + figures.costs
            - figures.paid
        )
    assert statement.totals.balance == sum((p.balance for p in parts), Decimal(0)) - (
        statement.credit_balance
    )


@settings(max_examples=100, deadline=None)
@given(cases(), days, st.integers(min_value=1, max_value=400))
def test_with_positive_rates_interest_never_decreases_with_a_later_date(case_input, at, later):
    first = min(c.invoice_date for c in case_input.claims) + timedelta(days=at)
    earlier = compute_statement(case_input, as_of=first).totals.interest
    after = compute_statement(case_input, as_of=first + timedelta(days=later)).totals.interest
    assert after >= earlier


@given(
    amounts,
    st.integers(min_value=1, max_value=2000).map(lambda bp: Decimal(bp) / 100),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 1)),
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=1, max_value=500),
    st.sampled_from([DayCount.THIRTY_E_360, DayCount.ACT_365]),
)
def test_splitting_a_period_in_two_changes_the_interest_by_at_most_the_rounding(
    base, rate, first, cut, length, day_count
):
    last = first + timedelta(days=cut + length)
    middle = first + timedelta(days=cut)
    basis = 360 if day_count is DayCount.THIRTY_E_360 else 365
    whole = period_interest(base, rate, period_days(first, last, day_count), basis)
    split = period_interest(base, rate, period_days(first, middle, day_count), basis) + (
        period_interest(base, rate, period_days(middle + timedelta(days=1), last, day_count), basis)
    )
    assert abs(whole - split) <= Decimal("0.01")
