"""Allocation of payments: every øre explained, none created or lost."""

from datetime import date

from models.enums import AllocationOrder, AllocationTarget, EntryType
from tests.statements.rules.builders import D, Entries, case, claim
from workflows.statement import Bucket, compute_statement
from workflows.statement.allocation import split_pro_rata

AS_OF = date(2024, 2, 29)


def _two_claims_with_a_fee():
    """Claim 1 (older): 1000 due 31-12-2023; claim 2: 2000 due 31-01-2024; fee 100 on claim 2.

    Interest to 29-02-2024 at 11,75 % (30E/360):
    claim 1: 01-01..29-02 = 60 days: 1000 × 11,75 × 60 / 36000 = 19,583.. → 19,58
    claim 2: 01-02..29-02 = 30 days: 2000 × 11,75 × 30 / 36000 = 19,583.. → 19,58
    """
    entries = Entries()
    entries.principal(1, date(2023, 12, 31), "1000")
    entries.principal(2, date(2024, 1, 31), "2000")
    entries.add(EntryType.FEE, date(2024, 2, 1), "100", claim_id=2, description="Rykkergebyr")
    claims = [claim(1, due=date(2023, 12, 31)), claim(2, due=date(2024, 1, 31))]
    return claims, entries


def _takes(statement):
    return [(a.bucket, a.claim_id, a.amount) for a in statement.allocations]


def test_danish_order_pays_costs_then_interest_then_principal_oldest_claim_first():
    claims, entries = _two_claims_with_a_fee()
    entries.payment(AS_OF, "500")
    statement = compute_statement(case(claims, entries), as_of=AS_OF)
    assert _takes(statement) == [
        (Bucket.FEE, 2, D("100")),
        (Bucket.INTEREST, 1, D("19.58")),
        (Bucket.INTEREST, 2, D("19.58")),
        (Bucket.PRINCIPAL, 1, D("360.84")),  # 500 - 100 - 19,58 - 19,58
    ]


def test_oldest_claim_first_clears_the_oldest_claim_before_touching_the_next():
    claims, entries = _two_claims_with_a_fee()
    entries.payment(AS_OF, "1100")
    order = AllocationOrder.OLDEST_CLAIM_FIRST
    statement = compute_statement(case(claims, entries, order=order), as_of=AS_OF)
    assert _takes(statement) == [
        (Bucket.INTEREST, 1, D("19.58")),
        (Bucket.PRINCIPAL, 1, D("1000")),
        (Bucket.FEE, 2, D("80.42")),  # 1100 - 1019,58
    ]


def test_pro_rata_splits_by_what_each_claim_owes_on_the_payment_date():
    claims, entries = _two_claims_with_a_fee()
    entries.payment(AS_OF, "1000")
    statement = compute_statement(
        case(claims, entries, order=AllocationOrder.PRO_RATA), as_of=AS_OF
    )
    # claim 1 owes 1019,58, claim 2 owes 2119,58; total 3139,16
    # claim 1: 1000 × 1019,58 / 3139,16 = 324,7939..; claim 2: 675,2060..
    # floors 324,79 + 675,20 = 999,99; the last øre goes to the larger fraction (claim 2)
    per_claim = {1: D(0), 2: D(0)}
    for _bucket, claim_id, amount in _takes(statement):
        per_claim[claim_id] += amount
    assert per_claim == {1: D("324.79"), 2: D("675.21")}
    assert _takes(statement)[0] == (Bucket.INTEREST, 1, D("19.58"))


def test_the_users_own_bucket_order_is_followed_for_that_payment():
    claims, entries = _two_claims_with_a_fee()
    targets = (AllocationTarget.CAPITAL, AllocationTarget.FEE)
    entries.payment(AS_OF, "3050", allocation_targets=targets)
    statement = compute_statement(case(claims, entries), as_of=AS_OF)
    assert _takes(statement) == [
        (Bucket.PRINCIPAL, 1, D("1000")),
        (Bucket.PRINCIPAL, 2, D("2000")),
        (Bucket.FEE, 2, D("50")),
    ]


def test_a_payment_for_one_claim_stays_on_that_claim():
    claims, entries = _two_claims_with_a_fee()
    entries.payment(AS_OF, "200", claim_id=2)
    statement = compute_statement(case(claims, entries), as_of=AS_OF)
    assert {claim_id for _, claim_id, _ in _takes(statement)} == {2}


def test_an_overpayment_becomes_a_visible_credit_balance():
    claims, entries = _two_claims_with_a_fee()
    entries.payment(AS_OF, "4000")
    statement = compute_statement(case(claims, entries), as_of=AS_OF)
    # owed 1000 + 2000 + 100 + 19,58 + 19,58 = 3139,16 → 860,84 over
    assert statement.credit_balance == D("860.84")
    assert _takes(statement)[-1] == (Bucket.OVERPAYMENT, None, D("860.84"))
    assert statement.totals.balance == D("-860.84")
    assert all(c.figures.balance == 0 for c in statement.claims)


def test_every_payment_is_allocated_to_the_oere():
    claims, entries = _two_claims_with_a_fee()
    entries.payment(date(2024, 2, 10), "333.33")
    entries.add(EntryType.CREDIT, date(2024, 2, 20), "0.01")
    entries.add(EntryType.WRITE_OFF, AS_OF, "1234.56", claim_id=2)
    statement = compute_statement(case(claims, entries), as_of=AS_OF)
    total = sum((a.amount for a in statement.allocations), D(0))
    assert total == D("333.33") + D("0.01") + D("1234.56") == statement.totals.paid


def test_pro_rata_split_keeps_every_oere_and_gives_the_remainder_to_the_largest_fraction():
    assert split_pro_rata(D("100.00"), {1: D(1), 2: D(1), 3: D(1)}) == {
        1: D("33.34"),
        2: D("33.33"),
        3: D("33.33"),
    }
