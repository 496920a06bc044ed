"""Worked interest examples: principal × rate × days / (100 × basis), rounded half up per period."""

from dataclasses import replace
from datetime import date

from models.enums import DayCount, EntryType, FeeKind
from tests.statements.rules.builders import D, Entries, case, claim
from tests.statements.rules.setup_rows import fast
from workflows.statement import FeeLineInput, compute_statement


def _one_claim(due, amount="10000", code="DK-MORA", **kw):
    entries = Entries()
    entries.principal(1, due or date(2024, 1, 1), amount)
    return [claim(1, due=due, code=code, **kw)], entries


def _periods(statement):
    return [
        (p.first, p.last, p.days, p.rate_pct, p.base, p.amount)
        for p in statement.claims[0].interest_periods
    ]


def test_interest_runs_from_the_day_after_the_due_date_to_the_as_of_date_inclusive():
    # GIVEN 10.000 due 31-01-2024 at DK-MORA 11,75 % (30E/360)
    claims, entries = _one_claim(date(2024, 1, 31))
    # WHEN the statement is made as of 29-02-2024
    statement = compute_statement(case(claims, entries), as_of=date(2024, 2, 29))
    # THEN 01-02..29-02 = 30 days: 10000 × 11,75 × 30 / 36000 = 97,916.. → 97,92
    assert _periods(statement) == [
        (date(2024, 2, 1), date(2024, 2, 29), 30, D("11.75"), D("10000"), D("97.92"))
    ]
    assert statement.totals.interest == D("97.92")


def test_a_rate_change_mid_period_splits_the_period():
    claims, entries = _one_claim(date(2024, 5, 31))
    statement = compute_statement(case(claims, entries), as_of=date(2024, 7, 31))
    # 01-06..30-06: 10000 × 11,75 × 30 / 36000 = 97,916.. → 97,92
    # 01-07..31-07: 10000 × 11,50 × 30 / 36000 = 95,833.. → 95,83
    assert _periods(statement) == [
        (date(2024, 6, 1), date(2024, 6, 30), 30, D("11.75"), D("10000"), D("97.92")),
        (date(2024, 7, 1), date(2024, 7, 31), 30, D("11.50"), D("10000"), D("95.83")),
    ]
    assert statement.claims[0].figures.interest == D("193.75")


def test_a_negative_reference_rate_lowers_the_rate_as_it_is():
    claims, entries = _one_claim(date(2021, 6, 30))
    statement = compute_statement(case(claims, entries), as_of=date(2021, 12, 31))
    # rate 8 + (-0,35) = 7,65; 01-07..31-12 = 180 days: 10000 × 7,65 × 180 / 36000 = 382,50
    assert _periods(statement) == [
        (date(2021, 7, 1), date(2021, 12, 31), 180, D("7.65"), D("10000"), D("382.50"))
    ]


def test_swedish_droejsmaalsraenta_with_a_negative_referensraenta_under_act_365():
    claims, entries = _one_claim(date(2016, 6, 30), code="SE-DROJ")
    statement = compute_statement(case(claims, entries), as_of=date(2016, 12, 31))
    # rate 8 + (-0,50) = 7,50; 184 actual days: 10000 × 7,5 × 184 / 36500 = 378,082.. → 378,08
    assert _periods(statement)[0][2:] == (184, D("7.50"), D("10000"), D("378.08"))


def test_a_claim_due_before_1_march_2013_keeps_plus_7():
    claims, entries = _one_claim(date(2012, 12, 31), code="DK-MORA7")
    statement = compute_statement(case(claims, entries), as_of=date(2013, 6, 30))
    # udlånsrente 0,20 + 7 = 7,20; 180 days: 10000 × 7,2 × 180 / 36000 = 360,00
    assert _periods(statement) == [
        (date(2013, 1, 1), date(2013, 6, 30), 180, D("7.20"), D("10000"), D("360.00"))
    ]


def test_act_act_splits_at_the_year_end_and_uses_366_days_in_a_leap_year():
    claims, entries = _one_claim(
        date(2023, 11, 30), code="FAST", fixed_rate_pct=D("10"), interest_stop=None
    )
    statement = compute_statement(
        replace(case(claims, entries), interest_codes=(fast(DayCount.ACT_ACT),)),
        as_of=date(2024, 1, 31),
    )
    # 01-12..31-12-2023: 10000 × 10 × 31 / 36500 = 84,931.. → 84,93
    # 01-01..31-01-2024: 10000 × 10 × 31 / 36600 = 84,699.. → 84,70
    assert [(p[2], p[5]) for p in _periods(statement)] == [(31, D("84.93")), (31, D("84.70"))]
    assert statement.totals.interest == D("169.63")


def test_a_payment_lowers_the_interest_base_from_the_next_day():
    claims, entries = _one_claim(date(2024, 1, 31))
    entries.payment(date(2024, 3, 31), "5000")
    statement = compute_statement(case(claims, entries), as_of=date(2024, 6, 30))
    # 01-02..31-03 = 60 days: 10000 × 11,75 × 60 / 36000 = 195,833.. → 195,83 (paid first)
    # principal paid 5000 - 195,83 = 4804,17 → base 5195,83
    # 01-04..30-06 = 90 days: 5195,83 × 11,75 × 90 / 36000 = 152,627.. → 152,63
    assert _periods(statement) == [
        (date(2024, 2, 1), date(2024, 3, 31), 60, D("11.75"), D("10000"), D("195.83")),
        (date(2024, 4, 1), date(2024, 6, 30), 90, D("11.75"), D("5195.83"), D("152.63")),
    ]
    assert statement.totals.balance == D("10000") + D("348.46") - D("5000")


def test_a_back_dated_payment_changes_the_later_interest():
    claims, entries = _one_claim(date(2024, 1, 31))
    before = compute_statement(case(claims, entries), as_of=date(2024, 6, 30))
    # 01-02..30-06 = 150 days: 10000 × 11,75 × 150 / 36000 = 489,583.. → 489,58
    assert before.totals.interest == D("489.58")
    # WHEN a payment dated 31-03-2024 is posted afterwards, the statement is recomputed
    entries.payment(date(2024, 3, 31), "5000", description="Indbetaling, bogført sent")
    after = compute_statement(case(claims, entries), as_of=date(2024, 6, 30))
    assert after.totals.interest == D("195.83") + D("152.63")


def test_entries_after_the_as_of_date_are_ignored():
    claims, entries = _one_claim(date(2024, 1, 31))
    entries.payment(date(2024, 7, 15), "5000")
    statement = compute_statement(case(claims, entries), as_of=date(2024, 6, 30))
    assert statement.totals.paid == 0
    assert statement.totals.interest == D("489.58")


def test_interest_stops_at_the_interest_stop_date_inclusive():
    claims, entries = _one_claim(date(2024, 1, 31), interest_stop=date(2024, 2, 29))
    statement = compute_statement(case(claims, entries), as_of=date(2024, 12, 31))
    assert statement.totals.interest == D("97.92")  # as in the February example


def test_without_a_due_date_interest_runs_from_30_days_after_the_invoice():
    claims, entries = _one_claim(None, invoice=date(2024, 3, 1))
    statement = compute_statement(case(claims, entries), as_of=date(2024, 4, 30))
    # 01-03 + 30 days = 31-03; 31-03..30-04: N(1 May) - N(31 Mar) = 121 - 90 = 31 days
    # 10000 × 11,75 × 31 / 36000 = 101,180.. → 101,18
    assert _periods(statement) == [
        (date(2024, 3, 31), date(2024, 4, 30), 31, D("11.75"), D("10000"), D("101.18"))
    ]


def test_an_interest_bearing_fee_line_earns_interest_of_its_own_but_no_interest_on_interest():
    claims, entries = _one_claim(date(2024, 1, 31))
    line = FeeLineInput(
        fee_line_id=7, claim_id=1, code="KOMP", kind=FeeKind.COMPENSATION,
        posting_date=date(2024, 2, 1), amount=D("310"), interest_bearing=True,
        interest_code="DK-MORA",
    )  # fmt: skip
    entries.add(EntryType.FEE, date(2024, 2, 1), "310", claim_id=1, fee_line_id=7)
    statement = compute_statement(case(claims, entries, fee_lines=[line]), as_of=date(2024, 2, 29))
    # principal 97,92 as above; fee 310 × 11,75 × 30 / 36000 = 3,035.. → 3,04
    assert statement.claims[0].figures.interest == D("97.92") + D("3.04")
    assert statement.totals.fees == D("310")
    assert statement.totals.balance == D("10000") + D("310") + D("100.96")


def test_a_posted_interest_entry_is_interest_but_bears_no_interest():
    claims, entries = _one_claim(date(2024, 1, 31))
    entries.add(EntryType.INTEREST, date(2024, 1, 31), "50", claim_id=1)
    statement = compute_statement(case(claims, entries), as_of=date(2024, 2, 29))
    assert statement.totals.interest == D("97.92") + D("50")


def test_a_reversed_payment_counts_as_never_paid():
    claims, entries = _one_claim(date(2024, 1, 31))
    paid = entries.payment(date(2024, 3, 31), "5000")
    entries.add(EntryType.REVERSAL, date(2024, 4, 10), "-5000", reverses_entry_id=paid.entry_id)
    statement = compute_statement(case(claims, entries), as_of=date(2024, 6, 30))
    assert statement.totals.paid == 0
    assert statement.totals.interest == D("489.58")


def test_a_same_type_negated_correction_also_reverses_a_payment():
    # models.ledger posts a correction as the same entry type, negated, with reverses_entry_id
    claims, entries = _one_claim(date(2024, 1, 31))
    paid = entries.payment(date(2024, 3, 31), "5000")
    entries.payment(date(2024, 4, 10), "-5000", reverses_entry_id=paid.entry_id)
    statement = compute_statement(case(claims, entries), as_of=date(2024, 6, 30))
    assert statement.totals.paid == 0
    assert statement.totals.interest == D("489.58")
    # as of a date between the payment and its correction, the payment still counts
    before = compute_statement(case(claims, entries), as_of=date(2024, 4, 5))
    assert before.totals.paid == D("5000")
