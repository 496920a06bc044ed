"""The pure workflow rules: date formulas, conditions and the legal guardrails."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.enums import PartyKind
from workflows.activities import (
    ActivityRuleError,
    CaseFacts,
    PreviousLetter,
    StepRule,
    check_legal_date,
    count_limit_refusal,
    evaluate_conditions,
    legal_date,
    next_due_date,
    ordinal_of_template,
    parse_date_formula,
    reminder_fee_refusal,
    validate_steps,
)
from workflows.statement.fee_rules import ReminderFeeSetup

REMINDER_SETUP = ReminderFeeSetup(max_amount=Decimal("100"), max_count=3, min_days_apart=10)
NOTICE = StepRule(
    "INKVARSEL",
    "Inkassovarsel",
    payment_days=10,
    min_payment_days=10,
    min_legal_days=10,
    legal_rule="Inkassoloven § 10",
)
LETTER = StepRule(
    "INKBREV",
    "Inkassobrev",
    order_no=50,
    after_previous_deadline=True,
    legal_rule="Inkassoloven § 10",
)


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("+10D", date(2026, 12, 3)),
        ("10D", date(2026, 12, 3)),
        ("0D", date(2026, 11, 23)),
        ("", date(2026, 11, 23)),
        ("+2W", date(2026, 12, 7)),
        ("+2U", date(2026, 12, 7)),
        ("+1M", date(2026, 12, 23)),
    ],
)
def test_a_date_formula_counts_from_the_previous_step(formula, expected):
    assert next_due_date(formula, after=date(2026, 11, 23)) == expected


def test_a_month_formula_keeps_to_the_end_of_a_short_month():
    assert next_due_date("+1M", after=date(2027, 1, 31)) == date(2027, 2, 28)
    assert next_due_date("+13M", after=date(2026, 1, 31)) == date(2027, 2, 28)


@pytest.mark.parametrize("formula", ["-10D", "+10X", "ti dage", "+D"])
def test_an_invalid_date_formula_is_refused_in_danish(formula):
    with pytest.raises(ActivityRuleError, match="Datoformlen"):
        parse_date_formula(formula)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 400))
def test_a_day_formula_is_exactly_that_many_days_later(start, days):
    assert next_due_date(f"+{days}D", after=start) - start == timedelta(days=days)


def test_balance_positive_fails_on_a_paid_case_and_stops_the_workflow():
    facts = CaseFacts(Decimal("0.00"), frozenset({PartyKind.PERSON}))
    outcome = evaluate_conditions("balance_positive", facts)
    assert not outcome.ok and outcome.stops_workflow
    assert "saldoen er større end 0" in outcome.message


def test_business_only_skips_a_consumer_case_without_stopping_it():
    facts = CaseFacts(Decimal("500"), frozenset({PartyKind.PERSON}))
    outcome = evaluate_conditions("balance_positive, business_debtor_only", facts)
    assert outcome.failed == ("business_debtor_only",) and not outcome.stops_workflow
    business = CaseFacts(Decimal("500"), frozenset({PartyKind.PERSON, PartyKind.BUSINESS}))
    assert evaluate_conditions("business_debtor_only", business).ok
    assert not evaluate_conditions("consumer_debtor_only", business).ok


def test_an_unknown_condition_is_refused():
    with pytest.raises(ActivityRuleError, match="Ukendt betingelse"):
        evaluate_conditions("weather_is_fine", CaseFacts(Decimal(1), frozenset()))


def test_the_collection_letter_waits_for_the_notices_deadline():
    # GIVEN a collection notice sent 1 Dec giving 10 days (inkassoloven § 10)
    notice = PreviousLetter(date(2026, 12, 1), payment_days=10)
    # THEN the collection letter may go out the day after the deadline, not before
    assert legal_date(LETTER, notice) == date(2026, 12, 12)
    with pytest.raises(ActivityRuleError, match="tidligst udføres 12-12-2026"):
        check_legal_date(LETTER, on=date(2026, 12, 11), previous=notice)
    check_legal_date(LETTER, on=date(2026, 12, 12), previous=notice)


def test_a_letter_needs_its_minimum_days_after_the_previous_one():
    reminder = PreviousLetter(date(2026, 12, 1), payment_days=None)
    assert legal_date(NOTICE, reminder) == date(2026, 12, 11)
    assert legal_date(NOTICE, None) is None


def test_a_fourth_reminder_fee_is_refused():
    earlier = [date(2026, 1, 1), date(2026, 1, 11), date(2026, 1, 21)]
    why = reminder_fee_refusal(
        sent_on=date(2026, 2, 1),
        amount=Decimal("100"),
        earlier_reminders=earlier,
        setup=REMINDER_SETUP,
    )
    assert "højst opkræves gebyr for 3 rykkere" in why


def test_a_reminder_fee_less_than_ten_days_after_the_last_is_refused():
    why = reminder_fee_refusal(
        sent_on=date(2026, 1, 10),
        amount=Decimal("100"),
        earlier_reminders=[date(2026, 1, 1)],
        setup=REMINDER_SETUP,
    )
    assert "mindst 10 dage" in why
    assert (
        reminder_fee_refusal(
            sent_on=date(2026, 1, 11),
            amount=Decimal("100"),
            earlier_reminders=[date(2026, 1, 1)],
            setup=REMINDER_SETUP,
        )
        is None
    )


def test_a_collection_fee_is_charged_once():
    assert (
        count_limit_refusal(description="Inkassogebyr", earlier=0, max_count=1, rule=None) is None
    )
    assert "højst 1" in count_limit_refusal(
        description="Inkassogebyr", earlier=1, max_count=1, rule="Renteloven § 9 b, stk. 3"
    )


def test_the_reminder_number_counts_steps_with_the_same_template():
    steps = [(10, "rykker.docx"), (20, "rykker.docx"), (30, "rykker.docx"), (40, "varsel.docx")]
    assert [
        ordinal_of_template(steps, order_no=n, template="rykker.docx") for n in (10, 20, 30)
    ] == [
        1,
        2,
        3,
    ]


def test_a_notice_giving_less_than_its_legal_deadline_is_a_setup_problem():
    short = StepRule(
        "INKVARSEL",
        "Inkassovarsel",
        payment_days=7,
        min_payment_days=10,
        legal_rule="Inkassoloven § 10",
    )
    problems = validate_steps([short, LETTER])
    assert problems == ["INKVARSEL: betalingsfristen skal være mindst 10 dage (Inkassoloven § 10)."]
    assert validate_steps([NOTICE, LETTER]) == []
