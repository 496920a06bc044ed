"""Worked examples of the limitation rules (shared/rules/collection_law.md, docs/limitation.md),
one per rule, and the property that an interrupting event never makes the date earlier."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from workflows.limitation import (
    Basis,
    ClaimFacts,
    EventKind,
    LimitationEvent,
    Period,
    PeriodTable,
    compute_limitation,
)
from workflows.limitation.engine import add_years

SEED = Path(__file__).parents[3] / "caplegal_desktop" / "seed" / "limitation_periods.json"
PERIODS = PeriodTable.from_rows(
    Period(r["code"], r["country"], r["years"], r["rule"], r["source"])
    for r in json.loads(SEED.read_text(encoding="utf-8"))["periods"]
)
DUE = date(2020, 3, 1)


def dk(*events, basis=Basis.ORDINARY, component="claim", start=DUE):
    facts = ClaimFacts(country="DK", start=start, basis=basis, component=component)
    return compute_limitation(facts, events, PERIODS)


def test_ordinary_claim_is_time_barred_three_years_after_the_due_date():
    # GIVEN an invoice due 1 Mar 2020 and nothing since (§ 2, § 3, stk. 1)
    result = dk()
    # THEN it is time-barred on 1 Mar 2023, and the start step says why
    assert result.date == date(2023, 3, 1)
    assert result.rule == "Forældelsesloven § 3, stk. 1"
    assert result.time_barred(date(2023, 3, 1)) and not result.time_barred(date(2023, 2, 28))
    assert result.steps[0].event == "start"


def test_a_debt_instrument_runs_ten_years():
    assert dk(basis=Basis.DEBT_INSTRUMENT).date == date(2030, 3, 1)


def test_a_bank_loan_runs_ten_years():
    assert dk(basis=Basis.BANK_LOAN).rule == "Forældelsesloven § 6"


def test_a_fundament_gives_ten_years_from_the_judgment():
    # GIVEN a judgment on 15 Jun 2022 (§ 5, stk. 1, nr. 3; § 19, stk. 2)
    result = dk(LimitationEvent(date(2022, 6, 15), EventKind.FUNDAMENT, label="dom"))
    # THEN 10 years run from the judgment
    assert result.date == date(2032, 6, 15)
    assert result.period_years == 10
    assert "19, stk. 2" in result.rule


def test_a_part_payment_starts_a_new_period_of_the_same_length():
    # GIVEN a part payment on 10 Oct 2022, before the claim was time-barred (§ 15, § 19, stk. 1)
    result = dk(LimitationEvent(date(2022, 10, 10), EventKind.PAYMENT, label="Indbetaling"))
    # THEN 3 new years from the payment
    assert result.date == date(2025, 10, 10)
    assert result.setting_step().event == "payment"


def test_a_written_acknowledgement_gives_ten_years():
    # GIVEN the debtor acknowledges existence and amount in writing (§ 5, stk. 1, nr. 2)
    ack = LimitationEvent(date(2021, 1, 5), EventKind.ACKNOWLEDGEMENT, written=True)
    assert dk(ack).date == date(2031, 1, 5)
    assert dk(ack).rule.startswith("Forældelsesloven §§ 5, stk. 1, nr. 2")
    # AND an oral acknowledgement only restarts the 3 years
    assert dk(LimitationEvent(date(2021, 1, 5), EventKind.ACKNOWLEDGEMENT)).date == date(2024, 1, 5)


def test_a_payment_plan_is_an_acknowledgement():
    assert dk(LimitationEvent(date(2021, 5, 1), EventKind.PAYMENT_PLAN)).date == date(2024, 5, 1)


def test_a_payment_claim_filed_interrupts_and_a_new_period_runs():
    # GIVEN a betalingspåkrav filed 1 Feb 2023 (§ 16), then endorsed 1 Apr 2023 (§ 19, stk. 2)
    filed = LimitationEvent(date(2023, 2, 1), EventKind.PAYMENT_CLAIM_FILED)
    only_filed = dk(filed)
    # THEN the filing interrupted in time: until the decision, 3 years are counted from filing
    assert only_filed.date == date(2026, 2, 1)
    # AND the endorsement makes it 10 years from the decision
    endorsed = LimitationEvent(date(2023, 4, 1), EventKind.FUNDAMENT, label="påtegnet påkrav")
    assert dk(filed, endorsed).date == date(2033, 4, 1)


def test_an_udlaeg_request_runs_anew_from_the_end_of_the_fogedforretning():
    udlaeg = LimitationEvent(date(2022, 9, 1), EventKind.UDLAEG_REQUEST, ends=date(2022, 11, 3))
    assert dk(udlaeg).date == date(2025, 11, 3)


def test_a_bankruptcy_filing_interrupts():
    estate = LimitationEvent(date(2022, 1, 1), EventKind.ESTATE, ends=date(2022, 8, 1))
    assert dk(estate).date == date(2025, 8, 1)
    assert "§§ 17" in dk(estate).rule


def test_negotiations_interrupt_provisionally_one_year_after_they_end():
    # GIVEN negotiations from 1 Dec 2022 to 1 Jun 2023, the claim due to lapse 1 Mar 2023 (§§ 20–22)
    talks = LimitationEvent(date(2022, 12, 1), EventKind.NEGOTIATION, ends=date(2023, 6, 1))
    result = dk(talks)
    # THEN it lapses no earlier than a year after they ended
    assert result.date == date(2024, 6, 1)
    assert "§§ 20–22" in result.rule


def test_late_knowledge_is_capped_by_the_absolute_stop():
    # GIVEN the creditor learned of the claim only in 2028 (§ 3, stk. 2)
    late = LimitationEvent(date(2028, 6, 1), EventKind.KNOWLEDGE)
    result = dk(late)
    # THEN 3 years from the knowledge would be 2031, but the absolute stop is 10 years from start
    assert result.date == date(2030, 3, 1) == result.absolute_stop
    # AND knowledge within the stop gives 3 years from it
    assert dk(LimitationEvent(date(2024, 1, 1), EventKind.KNOWLEDGE)).date == date(2027, 1, 1)


def test_extra_time_when_the_address_is_found():
    found = LimitationEvent(date(2023, 2, 1), EventKind.ADDRESS_FOUND)
    assert dk(found).date == date(2024, 2, 1)


def test_a_letter_does_not_interrupt_in_denmark():
    letter = LimitationEvent(date(2022, 1, 1), EventKind.DEMAND_LETTER, label="Inkassobrev")
    result = dk(letter)
    assert result.date == date(2023, 3, 1)
    assert result.steps[-1].counted is False


def test_a_payment_after_the_limitation_date_does_not_revive_the_claim():
    late = LimitationEvent(date(2023, 3, 1), EventKind.PAYMENT)
    result = dk(late)
    assert result.date == date(2023, 3, 1)
    assert (
        result.steps[-1].counted is False and "efter forældelsesdatoen" in result.steps[-1].effect
    )


def test_interest_after_a_fundament_runs_on_its_own_three_years():
    # GIVEN interest running after a judgment of 15 Jun 2022 (§ 5, stk. 2)
    result = dk(component="interest", start=date(2022, 6, 16))
    assert result.date == date(2025, 6, 16)
    # AND a payment interrupts it too
    pay = LimitationEvent(date(2024, 1, 2), EventKind.PAYMENT)
    assert dk(pay, component="interest", start=date(2022, 6, 16)).date == date(2027, 1, 2)


def test_29_february_becomes_28_february():
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


def se(*events, basis=Basis.ORDINARY):
    return compute_limitation(ClaimFacts(country="SE", start=DUE, basis=basis), events, PERIODS)


def test_sweden_ten_years_and_three_for_consumers():
    assert se().date == date(2030, 3, 1)
    assert se(basis=Basis.CONSUMER).date == date(2023, 3, 1)
    assert se(basis=Basis.CONSUMER).rule == "Preskriptionslagen 2 § 2 st."


def test_sweden_a_written_demand_interrupts():
    letter = LimitationEvent(date(2022, 5, 1), EventKind.DEMAND_LETTER)
    assert se(letter, basis=Basis.CONSUMER).date == date(2025, 5, 1)


def test_sweden_a_judgment_keeps_the_consumer_period():
    judgment = LimitationEvent(date(2022, 5, 1), EventKind.FUNDAMENT)
    assert se(judgment, basis=Basis.CONSUMER).date == date(2025, 5, 1)


EVENT_KINDS = st.sampled_from(list(EventKind))
DAYS = st.integers(min_value=-400, max_value=6000)


@st.composite
def event(draw):
    on = DUE + timedelta(days=draw(DAYS))
    ends = draw(st.one_of(st.none(), st.integers(0, 400)))
    return LimitationEvent(
        on,
        draw(EVENT_KINDS),
        ends=on + timedelta(days=ends) if ends is not None else None,
        written=draw(st.booleans()),
    )


@settings(max_examples=300, deadline=None)
@given(
    events=st.lists(event(), max_size=6),
    extra=event(),
    country=st.sampled_from(["DK", "SE"]),
    basis=st.sampled_from(list(Basis)),
    component=st.sampled_from(["claim", "interest"]),
)
def test_adding_an_event_never_makes_the_date_earlier(events, extra, country, basis, component):
    facts = ClaimFacts(country=country, start=DUE, basis=basis, component=component)
    before = compute_limitation(facts, events, PERIODS)
    after = compute_limitation(facts, [*events, extra], PERIODS)
    assert after.date >= before.date
