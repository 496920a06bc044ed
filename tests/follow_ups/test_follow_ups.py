"""Follow-ups on real databases: scheduling, executing one, guardrails, resume."""

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import func, select

from caplegal_desktop.errors import Conflict, ValidationError
from caplegal_desktop.services.claims import edit as claims_edit
from caplegal_desktop.services.follow_ups import schedule as follow_ups
from caplegal_desktop.services.follow_ups.mass_execution import execute_one
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import ActivityStep, CaseHistory, Claim, FeeLine, LedgerEntry
from tests.follow_ups.builders import CREATED, follow_up, new_case, open_follow_up


def letter_text(path: str) -> str:
    document = Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def fee_total(app, case_id: int, code: str) -> Decimal:
    with app.uow() as uow:
        return uow.session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount), 0))
            .join(FeeLine, FeeLine.id == LedgerEntry.fee_line_id)
            .where(LedgerEntry.case_id == case_id, FeeLine.fee_code == code)
        )


def run_workflow(app, case_id: int, *, until_code: str | None = None) -> list:
    """Execute each follow-up on its due date; returns (step, due date) in order."""
    done = []
    while (row := open_follow_up(app, case_id)) is not None:
        if row.step_code == until_code:
            break
        execute_one(app, follow_up_id=row.id, today=row.due_date)
        done.append((row.step_code, row.due_date))
    return done


def test_a_new_case_gets_its_first_reminder_due_the_day_it_is_created(app):
    case_id, _ = new_case(app)
    row = open_follow_up(app, case_id)
    assert (row.step_code, row.description, row.due_date) == ("RYKKER1", "1. rykker", CREATED)


def test_the_default_workflow_runs_at_its_dates_with_three_reminder_fees_and_one_collection_fee(
    app,
):
    case_id, _ = new_case(app)
    done = run_workflow(app, case_id)
    assert done == [
        ("RYKKER1", date(2026, 11, 23)),
        ("RYKKER2", date(2026, 12, 3)),
        ("RYKKER3", date(2026, 12, 13)),
        ("INKVARSEL", date(2026, 12, 23)),
        ("INKBREV", date(2027, 1, 3)),  # the notice's 10-day deadline has passed
        ("BETPAAKRAV", date(2027, 1, 17)),
        ("FOGED", date(2027, 2, 17)),
    ]
    assert fee_total(app, case_id, "RYKKER") == Decimal("300.00")
    assert fee_total(app, case_id, "INKGEB") == Decimal("100.00")


def test_executing_a_reminder_writes_the_letter_posts_the_fee_and_schedules_the_next(app):
    # GIVEN a new case with its first reminder due
    case_id, case_no = new_case(app)
    row = open_follow_up(app, case_id)
    # WHEN it is executed
    executed = execute_one(app, follow_up_id=row.id, today=CREATED)
    # THEN the letter exists, holds the case's values and no leftover fields
    path = Path(executed.letter_path)
    assert path.exists() and path.parent.name == case_no
    text = letter_text(str(path))
    for expected in (
        case_no,
        "Jens Ærø Sørensen",
        "Æblehaven 7",
        "Rykker nr. 1",
        "F-4711",
        "5.000,00",
        "03-12-2026",
        "Fjernvarme Fyn A/S",
    ):
        assert expected in text
    assert "«" not in text and "MERGEFIELD" not in text
    # AND the reminder fee is posted, with the letter in the history (envelope)
    assert fee_total(app, case_id, "RYKKER") == Decimal("100.00")
    with app.uow() as uow:
        letters = uow.session.scalars(
            select(CaseHistory.document_path).where(
                CaseHistory.case_id == case_id, CaseHistory.kind == "letter"
            )
        ).all()
    assert letters == [str(path)]
    # AND the follow-up is done and the second reminder is due ten days later
    done = follow_up(app, row.id)
    assert (done.status, done.executed_on, done.fee_entry_id is not None) == ("done", CREATED, True)
    following = open_follow_up(app, case_id)
    assert (following.step_code, following.due_date) == ("RYKKER2", CREATED + timedelta(days=10))


def test_the_collection_letter_is_refused_before_the_notices_deadline_and_nothing_is_written(app):
    case_id, _ = new_case(app)
    run_workflow(app, case_id, until_code="INKBREV")
    letter = open_follow_up(app, case_id)
    with pytest.raises(ValidationError, match="tidligst udføres 03-01-2027"):
        execute_one(app, follow_up_id=letter.id, today=date(2027, 1, 2))
    assert follow_up(app, letter.id).status == "open"
    assert not list(Path(letter.letter_path or "/nonexistent").parent.glob("*INKBREV*"))


def test_no_fourth_reminder_fee_is_charged_the_letter_still_goes_out(app):
    # GIVEN three reminder fees the client charged before handing the case over
    case_id, _ = new_case(app)
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        claim_id = uow.session.scalar(select(Claim.id).where(Claim.case_id == case_id))
        for days_ago in (60, 45, 30):
            claims_edit.add_fee(
                uow.session,
                case_id=case_id,
                fee_code="RYKKER",
                user="test",
                today=CREATED,
                setup=setup,
                amount_ex_vat=Decimal("100"),
                claim_id=claim_id,
                posting_date=CREATED - timedelta(days=days_ago),
            )
        uow.commit()
    # WHEN our first reminder is executed
    executed = execute_one(app, follow_up_id=open_follow_up(app, case_id).id, today=CREATED)
    # THEN the letter is made but no fourth fee is posted
    assert executed.letter_path is not None and executed.fee_entry_id is None
    assert "højst opkræves gebyr for 3 rykkere" in executed.message
    assert fee_total(app, case_id, "RYKKER") == Decimal("300.00")


def test_a_paid_case_skips_the_reminder_and_stops_the_workflow(app):
    case_id, _ = new_case(app, paid_in_full=True)
    executed = execute_one(app, follow_up_id=open_follow_up(app, case_id).id, today=CREATED)
    assert executed.outcome == "skipped" and "saldoen er større end 0" in executed.message
    assert open_follow_up(app, case_id) is None
    assert fee_total(app, case_id, "RYKKER") == 0


def test_resume_reopens_an_executed_follow_up_and_withdraws_the_next(app):
    case_id, _ = new_case(app)
    first = open_follow_up(app, case_id)
    execute_one(app, follow_up_id=first.id, today=CREATED)
    second = open_follow_up(app, case_id)
    with app.uow(write=True) as uow:
        changed = follow_ups.resume(uow.session, follow_up_id=first.id, user="test")
        uow.commit()
    assert set(changed.follow_up_ids) == {first.id, second.id}
    assert open_follow_up(app, case_id).id == first.id
    assert follow_up(app, second.id).status == "cancelled"
    with pytest.raises(Conflict):
        with app.uow(write=True) as uow:
            follow_ups.resume(uow.session, follow_up_id=first.id, user="test")


def test_an_executed_follow_up_cannot_be_executed_twice(app):
    case_id, _ = new_case(app)
    first = open_follow_up(app, case_id)
    execute_one(app, follow_up_id=first.id, today=CREATED)
    with pytest.raises(Conflict, match="allerede behandlet"):
        execute_one(app, follow_up_id=first.id, today=CREATED)


def test_the_overview_shows_to_do_due_and_done(app):
    first_case, _ = new_case(app)
    new_case(app)
    execute_one(app, follow_up_id=open_follow_up(app, first_case).id, today=CREATED)
    with app.uow() as uow:
        counts = follow_ups.overview_counts(uow.session, as_of=CREATED)
        due = follow_ups.overview(uow.session, view="due", as_of=CREATED)
        done = follow_ups.overview(uow.session, view="done", as_of=CREATED)
    assert (counts.to_do, counts.due, counts.done) == (2, 1, 1)
    assert [r.step_code for r in due] == ["RYKKER1"] and done[0].status_text == "Udført"


def test_the_role_center_counts_due_follow_ups(app):
    from caplegal_desktop.services.reports import role_center

    new_case(app)
    with app.uow() as uow:
        figures = role_center.role_center_figures(uow.database, today=CREATED, user="test")
    assert figures.due_follow_ups == 1


def test_a_missed_plan_instalment_creates_one_follow_up_once(app):
    from tests.payment_plans.conftest import new_case as plan_case
    from tests.payment_plans.test_follow_through import active_plan

    case_no = plan_case(app)
    plan = active_plan(app, case_no)
    with app.uow(write=True) as uow:
        first = follow_ups.create_for_missed_instalments(
            uow.session, as_of=date(2026, 2, 10), user="test"
        )
        again = follow_ups.create_for_missed_instalments(
            uow.session, as_of=date(2026, 2, 11), user="test"
        )
        uow.commit()
        due = follow_ups.overview(uow.session, view="due", as_of=date(2026, 2, 10))
    assert (first, again) == (1, 0)
    missed = [r for r in due if r.case_no == case_no and r.step_code is None]
    assert missed[0].description == (f"Betalingsplan {plan.plan_no}: afdrag 1 (01-02-2026) mangler")
    done = execute_one(app, follow_up_id=missed[0].id, today=date(2026, 2, 10))
    assert done.outcome == "executed" and follow_up(app, missed[0].id).status == "done"


def test_the_seeded_danish_workflow_passes_its_own_legal_checks(app):
    with app.uow(write=True) as uow:
        assert follow_ups.workflow_problems(uow.session, code="DK-STD") == []
        notice = uow.session.scalar(select(ActivityStep).where(ActivityStep.code == "INKVARSEL"))
        notice.payment_days = 7
        assert follow_ups.workflow_problems(uow.session, code="DK-STD") == [
            "INKVARSEL: betalingsfristen skal være mindst 10 dage "
            "(Inkassoloven § 10; renteloven § 9 b, stk. 3)."
        ]
