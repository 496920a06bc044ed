"""Objections pause a case; time-barred and disputed cases are refused by the mass run with the
reason; closing an objection maintains, reduces (a credit through the journal chain) or drops."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caplegal_desktop.errors import Conflict, ValidationError
from caplegal_desktop.services.follow_ups import activity_runs, hold_backs, mass_execution
from caplegal_desktop.services.follow_ups.execution import execute_follow_up
from caplegal_desktop.services.limitation.objections import (
    NewObjection,
    case_objections,
    close_objection,
    register_objection,
)
from caplegal_desktop.services.limitation.statement_marks import add_dispute_marks
from models import Case, Claim, FollowUp, LedgerEntry, Objection
from tests.limitation.builders import old_case

TODAY = date(2026, 12, 1)
RECENT_DUE = date(2026, 10, 1)


def objection(app, case_id, *, claim_id=None, today=TODAY):
    with app.uow(write=True) as uow:
        changed = register_objection(
            uow.session,
            NewObjection(
                case_id,
                date(2026, 11, 20),
                "Jens Ærø Sørensen",
                "Varmen var afbrudt i september",
                claim_id=claim_id,
                document_path="C:/sager/indsigelse.pdf",
            ),
            user="test",
            today=today,
        )
        uow.commit()
    return changed.objection_id


def fee_entries(app) -> set[tuple[int, int]]:
    with app.uow() as uow:
        return set(
            uow.session.execute(
                select(LedgerEntry.case_id, LedgerEntry.id).where(
                    LedgerEntry.entry_type.in_(["fee", "salary"])
                )
            ).all()
        )


def claim_id_of(app, case_id, line_no=1):
    with app.uow() as uow:
        return uow.session.scalar(
            select(Claim.id).where(Claim.case_id == case_id, Claim.line_no == line_no)
        )


def test_the_mass_run_refuses_time_barred_and_disputed_cases_and_says_why(app):
    # GIVEN a plain case, a case with a time-barred claim and a disputed case, all with a letter due
    plain, plain_no = old_case(app, due=RECENT_DUE, fees=True)
    barred, barred_no = old_case(app, due=date(2020, 3, 1), created=date(2026, 11, 1), fees=True)
    disputed, disputed_no = old_case(app, due=RECENT_DUE, fees=True)
    objection(app, disputed)
    fees_before = fee_entries(app)
    # WHEN the due follow-ups are mass-executed
    summary = mass_execution.run_due(app, as_of=TODAY)
    # THEN only the plain case got its letter; the others are skipped with the reason
    assert (summary.executed, summary.skipped) == (1, 2)
    with app.uow() as uow:
        items = {i.case_no: i for i in activity_runs.run_items(uow.session, run_id=summary.run_id)}
        open_steps = uow.session.scalars(
            select(FollowUp.case_id).where(
                FollowUp.case_id.in_([barred, disputed]), FollowUp.status == "open"
            )
        ).all()
    assert items[plain_no].outcome == "executed"
    assert items[barred_no].outcome == "skipped"
    assert items[barred_no].message.startswith(
        "Holdt tilbage: fordring 1 (Varmeregning 1) er forældet pr. 01-03-2023"
    )
    assert items[disputed_no].message.startswith("Holdt tilbage: indsigelse fra Jens Ærø Sørensen")
    # AND no letter fee reached the refused cases; their follow-ups wait, open
    new_fees = fee_entries(app) - fees_before
    assert {case_id for case_id, _ in new_fees} == {plain}
    assert sorted(open_steps) == sorted([barred, disputed])


def test_the_time_barred_check_uses_the_run_date(app):
    case_id, _ = old_case(app, due=date(2023, 12, 21))
    with app.uow() as uow:
        before = hold_backs.held_back(uow.session, [case_id], as_of=date(2026, 12, 20))
        after = hold_backs.held_back(uow.session, [case_id], as_of=date(2026, 12, 21))
    assert before == {} and case_id in after


def test_an_open_objection_marks_the_disputed_claim_on_the_statement(app):
    case_id, _ = old_case(app, due=RECENT_DUE, claims=2)
    objection(app, case_id, claim_id=claim_id_of(app, case_id, 2))
    claims = [{"claim_no": 1}, {"claim_no": 2}]
    with app.uow() as uow:
        add_dispute_marks(uow.session, case_id=case_id, claims=claims)
    assert [c["disputed"] for c in claims] == [False, True]


def test_bad_objection_input_changes_nothing(app):
    case_id, _ = old_case(app, due=RECENT_DUE)
    other, _ = old_case(app, due=RECENT_DUE)
    bad = NewObjection(case_id, date(2027, 1, 1), " ", "", claim_id=claim_id_of(app, other))
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as caught:
        register_objection(uow.session, bad, user="test", today=TODAY)
    assert [p.field for p in caught.value.problems] == ["hvem", "hvad", "dato", "fordring"]
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Objection)) == 0


def test_a_reduced_claim_is_credited_through_the_journal_chain(app):
    # GIVEN an open objection on claim 1
    case_id, _ = old_case(app, due=RECENT_DUE)
    objection_id = objection(app, case_id, claim_id=claim_id_of(app, case_id))
    # WHEN the handler reduces the claim by 1.200 kr.
    with app.uow(write=True) as uow:
        changed = close_objection(
            uow.session,
            objection_id=objection_id,
            outcome="reduced",
            reduce_by=Decimal("1200.00"),
            answer="Nedsat for september",
            user="test",
            today=TODAY,
        )
        uow.commit()
    # THEN a credit of 1.200 is posted on the claim, and the objection is closed
    with app.uow() as uow:
        credit = uow.session.get(LedgerEntry, changed.credit_entry_id)
        posted = (credit.entry_type, credit.amount, credit.claim_id)
        (row,) = case_objections(uow.session, case_id=case_id)
    assert posted == (
        "credit",
        Decimal("1200.00"),
        claim_id_of(app, case_id),
    )
    assert (row.status, row.outcome, row.reduced_by) == ("closed", "reduced", Decimal("1200.00"))
    # AND it cannot be closed twice
    with app.uow(write=True) as uow, pytest.raises(Conflict):
        close_objection(uow.session, objection_id=objection_id, outcome="maintained", user="t")


def test_a_reduction_larger_than_the_principal_is_refused(app):
    case_id, _ = old_case(app, due=RECENT_DUE)
    objection_id = objection(app, case_id, claim_id=claim_id_of(app, case_id))
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="større end"):
        close_objection(
            uow.session,
            objection_id=objection_id,
            outcome="reduced",
            reduce_by=Decimal("9000"),
            user="test",
        )


def test_dropping_a_case_wide_objection_closes_the_case_and_maintaining_goes_on(app):
    dropped, _ = old_case(app, due=RECENT_DUE)
    kept, _ = old_case(app, due=RECENT_DUE)
    first, second = objection(app, dropped), objection(app, kept)
    with app.uow(write=True) as uow:
        close_objection(uow.session, objection_id=first, outcome="dropped", user="t", today=TODAY)
        close_objection(uow.session, objection_id=second, outcome="maintained", user="t")
        uow.commit()
    with app.uow() as uow:
        assert uow.session.get(Case, dropped).status == "closed"
        assert uow.session.get(Case, kept).status == "active"
        assert hold_backs.held_back(uow.session, [kept], as_of=TODAY) == {}


def test_executing_one_follow_up_refuses_a_disputed_case_and_writes_nothing(app):
    # GIVEN a disputed case with its first reminder due
    case_id, case_no = old_case(app, due=RECENT_DUE, fees=True)
    objection(app, case_id)
    with app.uow() as uow:
        follow_up_id = uow.session.scalar(
            select(FollowUp.id).where(FollowUp.case_id == case_id, FollowUp.status == "open")
        )
    before = fee_entries(app)
    # WHEN the secretary executes it on its own
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as caught:
        execute_follow_up(uow.session, follow_up_id=follow_up_id, user="test", today=TODAY)
    # THEN it is refused with the reason, and nothing is written
    assert "indsigelse fra Jens Ærø Sørensen" in str(caught.value)
    assert fee_entries(app) == before
