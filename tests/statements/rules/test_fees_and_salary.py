from datetime import date

import pytest

from models.enums import PartyKind
from tests.statements.rules.builders import D
from tests.statements.rules.setup_rows import salary_table
from workflows.statement import StatementError
from workflows.statement.fee_rules import (
    CompensationFeeSetup,
    ReminderFeeSetup,
    check_compensation_fee,
    check_reminder_fee,
    compensation_fee,
)
from workflows.statement.salary import collection_salary, salary_basis

TABLE = salary_table()
VAT = D("25")
REMINDER = ReminderFeeSetup(max_amount=D("100"), max_count=3, min_days_apart=10)
COMPENSATION = CompensationFeeSetup(amount=D("310"), claims_due_from=date(2013, 3, 1))


def _salary(basis: str, claim_date=date(2024, 1, 1), registered=True):
    return collection_salary(
        basis=D(basis),
        claim_date=claim_date,
        table=TABLE,
        vat_rate_pct=VAT,
        client_vat_registered=registered,
    )


@pytest.mark.parametrize(
    ("basis", "salary"),
    [
        ("0.00", "400"),
        ("1000.00", "400"),  # top of the 0-1.000 bracket
        ("1000.01", "700"),  # above a whole-krone top → the 1.001-2.500 bracket
        ("7500.00", "1300"),
        ("500000.00", "6400"),  # top of the 250.001-500.000 bracket
        ("600000.00", "7400"),  # 6.400 + 1 % × (600.000 - 500.000) = 6.400 + 1.000
        ("500000.50", "6400.01"),  # 6.400 + 1 % × 0,50 = 6.400,005 → 6.400,01
    ],
)
def test_salary_follows_the_2016_table_at_its_bracket_edges(basis, salary):
    assert _salary(basis).amount_ex_vat == D(salary)


def test_a_claim_before_the_2016_table_takes_the_older_table():
    # 2002 table (2009 start date unverified, so not in the test data): 7.500 → 900
    assert _salary("7500", claim_date=date(2015, 1, 1)).amount_ex_vat == D("900")


def test_vat_is_added_only_when_the_client_is_not_vat_registered():
    assert _salary("600000", registered=True).total == D("7400")
    # 7.400 × 25 / 100 = 1.850 → 9.250
    unregistered = _salary("600000", registered=False)
    assert (unregistered.vat, unregistered.total) == (D("1850"), D("9250"))


def test_the_salary_basis_is_principal_with_vat_plus_interest_before_due_plus_agreed_fees():
    basis = salary_basis(
        principal_incl_vat=D("950"), interest_before_due=D("25"), agreed_fees=D("25.01")
    )
    assert basis == D("1000.01")
    assert _salary(str(basis)).amount_ex_vat == D("700")


def test_no_table_before_the_first_one_is_an_error():
    with pytest.raises(StatementError, match="Ingen salærtabel"):
        _salary("100", claim_date=date(2001, 1, 1))


def test_up_to_three_reminders_ten_days_apart_are_allowed():
    check_reminder_fee(
        sent_on=date(2024, 1, 21),
        amount=D("100"),
        earlier_reminders=[date(2024, 1, 1), date(2024, 1, 11)],
        setup=REMINDER,
    )


def test_a_fourth_reminder_fee_is_refused_citing_the_rule():
    with pytest.raises(StatementError, match=r"højst opkræves gebyr for 3 rykkere") as error:
        check_reminder_fee(
            sent_on=date(2024, 2, 1),
            amount=D("100"),
            earlier_reminders=[date(2024, 1, 1), date(2024, 1, 11), date(2024, 1, 21)],
            setup=REMINDER,
        )
    assert "renteloven § 9 b, stk. 2" in error.value.message


def test_a_reminder_less_than_ten_days_after_the_last_is_refused():
    with pytest.raises(StatementError, match=r"mindst 10 dage.*§ 9 b, stk. 2"):
        check_reminder_fee(
            sent_on=date(2024, 1, 10),
            amount=D("100"),
            earlier_reminders=[date(2024, 1, 1)],
            setup=REMINDER,
        )


def test_a_reminder_fee_above_the_setup_amount_is_refused():
    with pytest.raises(StatementError, match="højst være 100"):
        check_reminder_fee(
            sent_on=date(2024, 1, 1), amount=D("100.01"), earlier_reminders=[], setup=REMINDER
        )


def test_compensation_is_for_business_debtors_on_claims_due_from_1_march_2013():
    business, person = PartyKind.BUSINESS, PartyKind.PERSON
    assert (
        compensation_fee(debtor_kind=business, due_date=date(2013, 3, 1), setup=COMPENSATION) == 310
    )
    assert (
        compensation_fee(debtor_kind=business, due_date=date(2013, 2, 28), setup=COMPENSATION) == 0
    )
    assert compensation_fee(debtor_kind=person, due_date=date(2024, 1, 1), setup=COMPENSATION) == 0
    with pytest.raises(StatementError, match="erhvervsdrivende"):
        check_compensation_fee(debtor_kind=person, due_date=date(2024, 1, 1), setup=COMPENSATION)
    with pytest.raises(StatementError, match="01-03-2013"):
        check_compensation_fee(debtor_kind=business, due_date=date(2013, 1, 1), setup=COMPENSATION)
