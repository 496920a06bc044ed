from datetime import date

import pytest

from models.enums import EntryType
from tests.statements.rules.builders import D, Entries, case, claim
from workflows.statement import DebtorShare, StatementError, compute_statement

AS_OF = date(2024, 2, 29)


def _shared_claim():
    """10.000 due 31-01-2024; party 1 in solidum, party 2 liable for 40 %."""
    entries = Entries()
    entries.principal(1, date(2024, 1, 31), "10000")
    entries.add(EntryType.DISBURSEMENT, date(2024, 2, 5), "750", description="Retsafgift")
    debtors = (DebtorShare(1), DebtorShare(2, in_solidum=False, share_pct=D("40")))
    return [claim(1, due=date(2024, 1, 31), debtors=debtors)], entries


def test_an_in_solidum_debtor_owes_the_whole_claim():
    claims, entries = _shared_claim()
    whole = compute_statement(case(claims, entries), as_of=AS_OF)
    mine = compute_statement(case(claims, entries), as_of=AS_OF, debtor_party_id=1)
    assert mine.totals.amounts() == whole.totals.amounts()
    assert mine.debtor_party_id == 1


def test_a_share_debtor_owes_his_share_of_every_figure():
    claims, entries = _shared_claim()
    mine = compute_statement(case(claims, entries), as_of=AS_OF, debtor_party_id=2)
    # principal 40 % × 10000 = 4000; interest 40 % × 97,92 = 39,168 → 39,17
    # case-level disbursement at his highest share: 40 % × 750 = 300
    assert mine.claims[0].figures.principal == D("4000")
    assert mine.claims[0].figures.interest == D("39.17")
    assert mine.totals.costs == D("300")
    assert mine.totals.balance == D("4339.17")
    assert mine.claims[0].interest_periods[0].base == D("4000")


def test_a_party_who_is_no_debtor_is_refused():
    claims, entries = _shared_claim()
    with pytest.raises(StatementError, match="ikke skyldner"):
        compute_statement(case(claims, entries), as_of=AS_OF, debtor_party_id=99)


def test_an_unknown_interest_code_is_refused():
    entries = Entries()
    entries.principal(1, date(2024, 1, 31), "100")
    with pytest.raises(StatementError, match="Ukendt rentekode: XX") as error:
        compute_statement(case([claim(1, due=date(2024, 1, 31), code="XX")], entries), as_of=AS_OF)
    assert error.value.field == "interest_code"


def test_an_as_of_date_before_the_claim_date_is_refused():
    entries = Entries()
    entries.principal(1, date(2024, 1, 31), "100")
    with pytest.raises(StatementError, match="før fordringernes dato") as error:
        compute_statement(case([claim(1, due=date(2024, 1, 31))], entries), as_of=date(2023, 1, 1))
    assert error.value.field == "as_of"


@pytest.mark.parametrize("amount", ["-100", "0"])
def test_a_negative_or_zero_payment_is_refused(amount):
    entries = Entries()
    entries.principal(1, date(2024, 1, 31), "100")
    entries.payment(date(2024, 2, 10), amount)
    with pytest.raises(StatementError, match="skal være positivt") as error:
        compute_statement(case([claim(1, due=date(2024, 1, 31))], entries), as_of=AS_OF)
    assert error.value.rule == "positive_payment"


def test_a_payment_dated_after_the_as_of_date_is_still_checked():
    entries = Entries()
    entries.principal(1, date(2024, 1, 31), "100")
    entries.payment(date(2025, 2, 10), "-1")
    with pytest.raises(StatementError):
        compute_statement(case([claim(1, due=date(2024, 1, 31))], entries), as_of=AS_OF)


def test_an_entry_for_an_unknown_claim_is_refused():
    entries = Entries()
    entries.principal(5, date(2024, 1, 31), "100")
    with pytest.raises(StatementError, match="ukendt fordring"):
        compute_statement(case([claim(1, due=date(2024, 1, 31))], entries), as_of=AS_OF)


def test_a_reversal_must_carry_the_negated_amount():
    entries = Entries()
    entries.principal(1, date(2024, 1, 31), "100")
    paid = entries.payment(date(2024, 2, 10), "50")
    entries.add(EntryType.REVERSAL, date(2024, 2, 11), "-40", reverses_entry_id=paid.entry_id)
    with pytest.raises(StatementError, match="Tilbageførsel"):
        compute_statement(case([claim(1, due=date(2024, 1, 31))], entries), as_of=AS_OF)


def test_interest_from_before_the_first_rate_row_is_refused():
    entries = Entries()
    entries.principal(1, date(2009, 1, 31), "100")
    with pytest.raises(StatementError, match="ingen rentesats"):
        compute_statement(case([claim(1, due=date(2009, 1, 31))], entries), as_of=AS_OF)
