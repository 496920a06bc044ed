"""Mass execution over demo cases: exactly the due letters and fees, re-execution, cancel."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import func, select

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import data_dir
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.follow_ups import activity_runs, mass_execution
from caplegal_desktop.services.follow_ups import schedule as follow_ups
from models import Case, CaseHistory, Employee, FeeLine, FollowUp, LedgerEntry

TODAY = date(2026, 11, 23)


def demo(app, cases: int, seed: int = 11) -> list[int]:
    generate_demo(app, cases=cases, seed=seed, today=TODAY)
    with app.uow(write=True) as uow:
        follow_ups.schedule_missing(uow.session, user="test")
        uow.commit()
        return follow_ups.due_follow_up_ids(uow.session, as_of=TODAY)


def reminder_fees_by_case(app) -> dict[int, list[Decimal]]:
    with app.uow() as uow:
        rows = uow.session.execute(
            select(LedgerEntry.case_id, LedgerEntry.amount)
            .join(FeeLine, FeeLine.id == LedgerEntry.fee_line_id)
            .where(FeeLine.fee_code == "RYKKER")
        ).all()
    fees: dict[int, list[Decimal]] = {}
    for case_id, amount in rows:
        fees.setdefault(case_id, []).append(amount)
    return fees


def letters_by_case(app) -> dict[int, list[str]]:
    with app.uow() as uow:
        rows = uow.session.execute(
            select(CaseHistory.case_id, CaseHistory.document_path).where(
                CaseHistory.kind == "letter"
            )
        ).all()
    letters: dict[int, list[str]] = {}
    for case_id, path in rows:
        letters.setdefault(case_id, []).append(path)
    return letters


def done_cases(app) -> set[int]:
    with app.uow() as uow:
        return set(uow.session.scalars(select(FollowUp.case_id).where(FollowUp.status == "done")))


def test_a_mass_run_over_1000_cases_makes_exactly_the_due_letters_and_fees_and_can_be_rerun(app):
    # GIVEN 1,000 demo cases whose first reminder is due
    due = demo(app, 1000)
    assert len(due) > 700
    # WHEN all due follow-ups are executed
    calls = []
    summary = mass_execution.run_due(app, as_of=TODAY, progress=lambda *a: calls.append(a))
    # THEN each due follow-up gave one letter and one 100 kr. reminder fee, nothing failed
    assert (summary.status, summary.executed, summary.failed) == ("done", len(due), 0)
    assert summary.letters == len(due) and len(calls) == len(due)
    fees = reminder_fees_by_case(app)
    letters = letters_by_case(app)
    assert set(fees) == set(letters) == done_cases(app)
    assert all(v == [Decimal("100.00")] for v in fees.values())
    assert summary.fees_total == Decimal("100.00") * len(due)
    assert all(Path(p[0]).exists() for p in letters.values())
    with app.uow() as uow:
        assert follow_ups.due_follow_up_ids(uow.session, as_of=TODAY) == []
        entries_before = uow.session.scalar(select(func.count(LedgerEntry.id)))
    # WHEN the run is re-executed (genudførelse)
    for path in summary.letter_paths[:5]:
        path.unlink()
    again = mass_execution.reexecute_run(app, run_id=summary.run_id, today=TODAY)
    # THEN every letter is made again, and no fee is posted twice
    assert (again.status, again.executed, again.letters) == ("done", len(due), len(due))
    assert all(p.exists() for p in summary.letter_paths)
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count(LedgerEntry.id))) == entries_before
        log = activity_runs.runs(uow.session)
        combined = activity_runs.combined_letters(uow.session, run_id=summary.run_id)
    assert [r.reexecutes_run_id for r in log] == [summary.run_id, None]
    assert len(combined) == 1 and len(Document(combined[0]).sections) == len(due)


def test_cancelling_in_the_middle_leaves_whole_cases_only_and_a_failing_case_leaves_nothing(app):
    # GIVEN 60 due cases, one of which cannot get its letter saved (its folder is a file)
    due = demo(app, 60, seed=5)
    with app.uow() as uow:
        blocked_no = uow.session.scalar(
            select(Case.no).join(FollowUp, FollowUp.case_id == Case.id).where(FollowUp.id == due[3])
        )
    blocker = data_dir() / "letters" / blocked_no
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder")
    # WHEN the user cancels after 20 cases
    progress = []
    summary = mass_execution.run_due(
        app,
        as_of=TODAY,
        progress=lambda *a: progress.append(a),
        cancelled=lambda: len(progress) >= 20,
    )
    # THEN the run stopped after whole cases: each has both its letter and its fee, or neither
    assert (summary.status, summary.total, summary.failed) == ("cancelled", 20, 1)
    fees, letters = reminder_fees_by_case(app), letters_by_case(app)
    assert set(fees) == set(letters) == done_cases(app)
    assert len(fees) == 19
    with app.uow() as uow:
        items = activity_runs.run_items(uow.session, run_id=summary.run_id)
    failed = [i for i in items if i.outcome == "failed"]
    assert [i.case_no for i in failed] == [blocked_no] and failed[0].letter_path is None
    # WHEN the obstacle is gone and the run is re-executed
    blocker.unlink()
    again = mass_execution.reexecute_run(app, run_id=summary.run_id, today=TODAY)
    # THEN the rest is done, with exactly one reminder fee per case
    assert again.failed == 0 and again.executed == len(due)
    assert len(reminder_fees_by_case(app)) == len(due)
    assert all(len(v) == 1 for v in reminder_fees_by_case(app).values())


def test_only_mine_executes_the_current_users_follow_ups(app):
    due = demo(app, 40, seed=3)
    with app.uow() as uow:
        initials, employee_id = uow.session.execute(
            select(Employee.initials, Employee.id)
            .join(FollowUp, FollowUp.responsible_employee_id == Employee.id)
            .where(FollowUp.id.in_(due))
            .limit(1)
        ).one()
        mine = uow.session.scalar(
            select(func.count(FollowUp.id)).where(
                FollowUp.id.in_(due), FollowUp.responsible_employee_id == employee_id
            )
        )
    me = AppContext(app.database, app.settings, initials)
    summary = mass_execution.run_due(me, as_of=TODAY, only_mine=True)
    assert 0 < summary.executed == mine < len(due)


@pytest.mark.parametrize("view", ["to_do", "due", "done"])
def test_the_overview_can_be_limited_to_the_current_user(app, view):
    demo(app, 10, seed=2)
    with app.uow() as uow:
        everyone = follow_ups.overview(uow.session, view=view, as_of=TODAY)
        nobody = follow_ups.overview(uow.session, view=view, as_of=TODAY, user="ingen-bruger")
    assert nobody == [] and (view == "done" or everyone)
