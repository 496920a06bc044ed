"""Limitation dates from what the program records and what users add, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.follow_ups.execution import execute_follow_up
from caplegal_desktop.services.fundaments.fundaments import activate_fundament, create_fundament
from caplegal_desktop.services.fundaments.rules import FundamentInput
from caplegal_desktop.services.limitation.queries import (
    case_limitations,
    limitation_cue,
    limitation_json_by_claim_no,
    limitation_list,
)
from caplegal_desktop.services.limitation.user_events import (
    NewLimitationEvent,
    add_event,
    remove_event,
)
from caplegal_desktop.services.payment_plans.queries import case_debtors
from models import ActivityStep, FollowUp, LimitationEventRecord
from tests.limitation.builders import old_case

TODAY = date(2026, 12, 1)


def claim_dates(app, case_id):
    with app.uow() as uow:
        return {
            (i.claim_no, i.component): i.date
            for i in case_limitations(uow.session, case_id=case_id)
        }


def test_an_untouched_claim_is_time_barred_three_years_after_its_due_date(app):
    # GIVEN a claim due 1 Mar 2020 with nothing since
    case_id, _ = old_case(app)
    # THEN its limitation date is 1 Mar 2023 under § 3, stk. 1
    with app.uow() as uow:
        (item,) = case_limitations(uow.session, case_id=case_id)
    assert item.date == date(2023, 3, 1)
    assert item.result.rule == "Forældelsesloven § 3, stk. 1"
    assert item.result.time_barred(TODAY)


def test_a_recorded_part_payment_interrupts(app):
    # GIVEN a part payment on 10 Oct 2022 in the ledger
    case_id, _ = old_case(
        app, payments=((date(2022, 10, 10), "500.00"),), created=date(2022, 11, 1)
    )
    # THEN a new 3-year period runs from it, and the JSON names the payment
    assert claim_dates(app, case_id) == {(1, "claim"): date(2025, 10, 10)}
    with app.uow() as uow:
        payload = limitation_json_by_claim_no(uow.session, case_id=case_id)[1]
    assert payload["date"] == "2025-10-10"
    assert [e["event"] for e in payload["events"]] == ["start", "payment"]
    assert payload["events"][1]["label"] == "Indbetaling 500,00"


def test_a_written_acknowledgement_added_by_the_user_gives_ten_years(app):
    case_id, _ = old_case(app)
    with app.uow(write=True) as uow:
        changed = add_event(
            uow.session,
            NewLimitationEvent(
                case_id,
                "acknowledgement",
                date(2022, 5, 2),
                written=True,
                document_path="C:/sager/anerkendelse.pdf",
            ),
            user="test",
            today=TODAY,
        )
        uow.commit()
    assert claim_dates(app, case_id) == {(1, "claim"): date(2032, 5, 2)}
    # AND taking it back restores the ordinary date
    with app.uow(write=True) as uow:
        remove_event(uow.session, case_id=case_id, event_id=changed.event_id, user="test")
        uow.commit()
    assert claim_dates(app, case_id) == {(1, "claim"): date(2023, 3, 1)}


def test_bad_event_input_changes_nothing_and_names_every_problem(app):
    case_id, _ = old_case(app)
    bad = NewLimitationEvent(
        case_id, "acknowledgement", date(2027, 1, 1), ends_on=date(2026, 1, 1), written=True
    )
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as caught:
        add_event(uow.session, bad, user="test", today=TODAY)
    fields = [p.field for p in caught.value.problems]
    assert fields == ["dato", "slutdato", "dokument"]
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(LimitationEventRecord)) == 0


def test_a_fundament_gives_ten_years_and_interest_after_it_runs_on_three(app):
    # GIVEN a judgment on 15 Jun 2022, activated as a fundament
    case_id, _ = old_case(app, created=date(2022, 1, 5))
    with app.uow(write=True) as uow:
        debtor = case_debtors(uow.session, case_id=case_id)[0].party_id
        made = create_fundament(
            uow.session,
            case_id=case_id,
            debtor_party_id=debtor,
            data=FundamentInput(fundament_date=date(2022, 6, 15), court_no="BS-1/2022"),
            user="test",
            today=date(2022, 7, 1),
        )
        activate_fundament(
            uow.session, fundament_no=made.fundament_no, user="test", today=date(2022, 7, 1)
        )
        uow.commit()
    # THEN the claim runs 10 years from the judgment; interest after it 3 years on its own
    assert claim_dates(app, case_id) == {
        (1, "claim"): date(2032, 6, 15),
        (1, "interest"): date(2025, 6, 16),
    }


def test_the_list_and_the_cue_show_claims_soon_time_barred(app):
    # GIVEN one claim barred, one lapsing in 20 days, one in 75 days, one far off
    barred, _ = old_case(app)
    soon, _ = old_case(app, due=date(2023, 12, 21))
    later, _ = old_case(app, due=date(2024, 2, 14))
    far, _ = old_case(app, due=date(2026, 6, 1))
    with app.uow() as uow:
        rows = limitation_list(uow.session, as_of=TODAY, within_days=30)
        cue = limitation_cue(uow.session, as_of=TODAY)
    # THEN the 30-day list holds the barred and the soon one, soonest first
    assert [r.case_id for r in rows] == [barred, soon]
    assert rows[1].next_step.startswith("Indgiv betalingspåkrav")
    assert cue.time_barred == 1 and cue.within == {30: 1, 60: 1, 90: 2}
    assert far not in {r.case_id for r in rows} and later


def test_the_payment_claim_step_of_the_workflow_interrupts(app):
    # GIVEN a claim due 2 Jan 2024 whose workflow runs from reminders to the betalingspåkrav
    case_id, _ = old_case(app, due=date(2024, 1, 2), created=date(2026, 11, 2))
    filed_on = None
    for _ in range(8):
        with app.uow() as uow:
            row = uow.session.execute(
                select(FollowUp.id, FollowUp.due_date, ActivityStep.code)
                .join(ActivityStep, ActivityStep.id == FollowUp.step_id)
                .where(FollowUp.case_id == case_id, FollowUp.status == "open")
            ).first()
        if row is None:
            break
        with app.uow(write=True) as uow:
            execute_follow_up(uow.session, follow_up_id=row.id, user="test", today=row.due_date)
            uow.commit()
        if row.code == "BETPAAKRAV":
            filed_on = row.due_date
            break
    # WHEN the betalingspåkrav was filed (§ 16) before 2 Jan 2027
    assert filed_on is not None and filed_on < date(2027, 1, 2)
    # THEN 3 years run from the filing until the decision is recorded
    with app.uow() as uow:
        (item,) = case_limitations(uow.session, case_id=case_id)
    assert item.date == date(filed_on.year + 3, filed_on.month, filed_on.day)
    assert item.result.steps[-1].event == "payment_claim_filed"


def test_negotiations_and_late_knowledge_added_by_the_user(app):
    # GIVEN a claim due 1 Mar 2020: negotiations 1 Dec 2022 – 1 Jun 2023 (§§ 20–22)
    case_id, _ = old_case(app)
    with app.uow(write=True) as uow:
        add_event(
            uow.session,
            NewLimitationEvent(case_id, "negotiation", date(2022, 12, 1), ends_on=date(2023, 6, 1)),
            user="test",
            today=TODAY,
        )
        uow.commit()
    # THEN it lapses no earlier than a year after they ended
    assert claim_dates(app, case_id) == {(1, "claim"): date(2024, 6, 1)}
    # AND a claim the creditor learned of only on 1 Jun 2026 runs 3 years from then (§ 3, stk. 2)
    other, _ = old_case(app)
    with app.uow(write=True) as uow:
        add_event(
            uow.session,
            NewLimitationEvent(other, "knowledge", date(2026, 6, 1)),
            user="test",
            today=TODAY,
        )
        uow.commit()
    assert claim_dates(app, other) == {(1, "claim"): date(2029, 6, 1)}
