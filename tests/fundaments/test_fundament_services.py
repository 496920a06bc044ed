"""Fundament services on real SQLite and PostgreSQL: create, activate, one active per debtor,
the mandatory fundament date, statistics from the statement engine, the merge fields."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from caplegal_desktop.errors import Conflict, ValidationError
from caplegal_desktop.services.follow_ups.letters import case_record
from caplegal_desktop.services.fundaments import fundaments as svc
from models import CaseHistory
from tests.fundaments.conftest import TODAY, new_case

JUDGMENT = svc.FundamentInput(
    kind="judgment",
    fundament_date=date(2026, 2, 10),
    court_no="BS-4521/2026",
    hearing_at=datetime(2026, 4, 14, 10, 30),
    execution_deadline=date(2026, 2, 24),
    awarded_costs=Decimal("4500.00"),
    previous_bailiff_fee=Decimal("300.00"),
)


def create(app, case_id, debtor_id, data=JUDGMENT) -> svc.FundamentChanged:
    with app.uow(write=True) as uow:
        changed = svc.create_fundament(
            uow.session,
            case_id=case_id,
            debtor_party_id=debtor_id,
            data=data,
            user=uow.user,
            today=TODAY,
        )
        uow.commit()
    return changed


def activate(app, no, *, replace=False) -> svc.FundamentChanged:
    with app.uow(write=True) as uow:
        changed = svc.activate_fundament(
            uow.session, fundament_no=no, user=uow.user, today=TODAY, replace_active=replace
        )
        uow.commit()
    return changed


def detail(app, no) -> svc.FundamentDetail:
    with app.uow() as uow:
        return svc.get_fundament(uow.session, fundament_no=no)


def messages(error: ValidationError) -> dict[str, str]:
    return {p.field: p.message for p in error.problems}


def test_dan_fundament_numbers_a_draft_from_the_series_and_leaves_history(app, case):
    case_id, (debtor_id,) = case
    created = create(app, case_id, debtor_id)
    assert created.fundament_no == "F000001" and created.status == "draft"
    shown = detail(app, created.fundament_no)
    assert shown.court_no == "BS-4521/2026" and shown.hearing_at == datetime(2026, 4, 14, 10, 30)
    assert shown.awarded_costs == Decimal("4500.00") and shown.debtor_name == "Jens Sørensen"
    with app.uow() as uow:
        actions = uow.session.scalars(
            select(CaseHistory.action).where(CaseHistory.case_id == case_id)
        ).all()
    assert "Fundament F000001 oprettet (kladde)" in actions


def test_the_court_district_defaults_to_the_cases(app, case):
    case_id, _ = case
    with app.uow() as uow:
        defaults = svc.new_fundament_input(uow.session, case_id=case_id)
        from models import Case

        assert defaults.court_district_code == uow.session.get(Case, case_id).court_district_code
    assert defaults.kind == "judgment" and defaults.fundament_date is None


def test_activating_a_second_fundament_for_the_same_debtor_is_refused_until_replacing(app, case):
    # GIVEN an active fundament for the debtor
    case_id, (debtor_id,) = case
    first = create(app, case_id, debtor_id).fundament_no
    assert activate(app, first).status == "active"
    second = create(app, case_id, debtor_id).fundament_no
    # WHEN a second one is activated without saying to replace the first
    with pytest.raises(Conflict, match="allerede et aktivt fundament"):
        activate(app, second)
    assert detail(app, first).status == "active"
    # THEN replacing closes the first one, with history
    changed = activate(app, second, replace=True)
    assert changed.closed_nos == (first,)
    assert detail(app, first).status == "closed" and detail(app, second).status == "active"
    with app.uow() as uow:
        actions = uow.session.scalars(select(CaseHistory.action)).all()
    assert f"Fundament {first} lukket, erstattet af {second}" in actions


def test_each_debtor_of_a_case_may_have_an_active_fundament(app):
    case_id, (first_debtor, second_debtor) = new_case(app, two_debtors=True)
    one = activate(app, create(app, case_id, first_debtor).fundament_no)
    two = activate(app, create(app, case_id, second_debtor).fundament_no)
    assert one.status == two.status == "active" and two.closed_nos == ()


def test_the_fundament_date_is_mandatory_and_comes_first(app, case):
    case_id, (debtor_id,) = case
    with pytest.raises(ValidationError) as missing:
        create(app, case_id, debtor_id, svc.FundamentInput())
    assert messages(missing.value)["fundamentsdato"].startswith("Fundamentsdato skal altid")
    with pytest.raises(ValidationError) as details_first:
        create(app, case_id, debtor_id, svc.FundamentInput(court_no="BS-1/2026"))
    assert "før de øvrige" in messages(details_first.value)["fundamentsdato"]


def test_nothing_is_dated_before_the_fundament_date_nor_is_it_in_the_future(app, case):
    case_id, (debtor_id,) = case
    bad = svc.FundamentInput(
        fundament_date=date(2026, 2, 10),
        hearing_at=datetime(2026, 2, 9, 9, 0),
        execution_deadline=date(2026, 1, 31),
        awarded_costs=Decimal("-1"),
        court_district_code="NOWHERE",
    )
    with pytest.raises(ValidationError) as refused:
        create(app, case_id, debtor_id, bad)
    found = messages(refused.value)
    assert (
        found["berammelsesdato"]
        == "Berammelsesdato 09-02-2026 ligger før fundamentsdatoen 10-02-2026."
    )
    assert found["eksekutionsfrist"].startswith("Eksekutionsfrist 31-01-2026 ligger før")
    assert "negative" in found["tidl. tilkendte omkostninger"]
    assert found["retskreds"] == "Retskreds NOWHERE findes ikke."
    future = svc.FundamentInput(fundament_date=date(2026, 3, 3))
    with pytest.raises(ValidationError, match="ligger efter dags dato"):
        create(app, case_id, debtor_id, future)


def test_an_active_fundament_is_reopened_to_change_it_and_the_change_is_in_the_history(app, case):
    case_id, (debtor_id,) = case
    no = create(app, case_id, debtor_id).fundament_no
    activate(app, no)
    changed = svc.FundamentInput(
        **{**vars(JUDGMENT), "court_no": "BS-9999/2026", "kind": "bailiff_settlement"}
    )
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="genåbn det først"):
        svc.update_fundament(uow.session, fundament_no=no, data=changed, user="t", today=TODAY)
    with app.uow(write=True) as uow:
        assert svc.reopen_fundament(uow.session, fundament_no=no, user="t").status == "reopened"
        svc.update_fundament(uow.session, fundament_no=no, data=changed, user="t", today=TODAY)
        uow.commit()
    assert activate(app, no).status == "active"
    assert detail(app, no).court_no == "BS-9999/2026"
    with app.uow() as uow:
        details = uow.session.scalars(
            select(CaseHistory.detail).where(CaseHistory.action == f"Fundament {no} ændret")
        ).all()
    assert details == [
        "fundamenttype: Dom → Forlig i fogedretten; rettens nr.: BS-4521/2026 → BS-9999/2026"
    ]


def test_a_closed_fundament_can_be_reopened_but_not_closed_twice(app, case):
    case_id, (debtor_id,) = case
    no = create(app, case_id, debtor_id).fundament_no
    with app.uow(write=True) as uow:
        svc.close_fundament(uow.session, fundament_no=no, user="t")
        with pytest.raises(ValidationError, match="er lukket og kan ikke lukkes"):
            svc.close_fundament(uow.session, fundament_no=no, user="t")
        assert svc.reopen_fundament(uow.session, fundament_no=no, user="t").status == "reopened"


def test_statistics_show_the_debtors_debt_as_of_a_day(app, case):
    case_id, (debtor_id,) = case
    no = create(app, case_id, debtor_id).fundament_no
    with app.uow() as uow:
        figures = svc.fundament_statistics(uow.session, fundament_no=no, as_of=TODAY)
    assert figures.problem is None
    assert figures.principal == Decimal("10000.00") and figures.interest > 0
    assert figures.balance == (
        figures.principal
        + figures.interest
        + figures.fees
        + figures.salary
        + figures.costs
        - figures.paid
    )


def test_the_merge_record_takes_court_no_and_hearing_from_the_active_fundament(app, case):
    case_id, (debtor_id,) = case
    no = create(app, case_id, debtor_id).fundament_no
    with app.uow() as uow:
        draft = case_record(uow.session, case_id=case_id, as_of=TODAY, debtor_party_id=debtor_id)
    assert draft["Rettens_Nr"] is None and draft["Berammelsesdato"] is None  # only when active
    activate(app, no)
    with app.uow() as uow:
        record = case_record(uow.session, case_id=case_id, as_of=TODAY)
    assert record["Rettens_Nr"] == "BS-4521/2026"
    assert record["Berammelsesdato"] == datetime(2026, 4, 14, 10, 30)


def test_the_overview_lists_filters_and_sorts_fundaments_across_cases(app, case):
    case_id, (debtor_id,) = case
    first = create(app, case_id, debtor_id).fundament_no
    other_case, (other_debtor,) = new_case(app)
    second = create(
        app, other_case, other_debtor, svc.FundamentInput(fundament_date=date(2026, 1, 5))
    ).fundament_no
    with app.uow() as uow:
        assert svc.fundament_ids(uow.session) == [second, first]  # newest first
        assert svc.fundament_ids(uow.session, filter_text="bs-4521") == [first]
        by_date = svc.fundament_ids(uow.session, sort_key="fundament_date")
        rows = svc.fundament_rows(uow.session, ids=[first])
    assert by_date == [second, first]
    assert rows[first].debtor_name == "Jens Sørensen" and rows[first].status == "draft"
