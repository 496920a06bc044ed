"""Deleting and creating master data from the list pages, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from caplegal_desktop.errors import Conflict, ValidationError
from caplegal_desktop.services.cases import list_actions as case_list_actions
from caplegal_desktop.services.cases.requests import ClientInput, PartyInput
from caplegal_desktop.services.master_data import master_data
from models import Case, CaseHistory, CaseParty, Client, Employee, LedgerEntry, Note, Party
from tests.master_data.builders import TODAY, empty_case, posted_case


def count(app, model, *where) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where))


def test_a_case_with_posted_entries_is_refused_and_left_whole(app):
    case_id, _no = posted_case(app)
    entries = count(app, LedgerEntry, LedgerEntry.case_id == case_id)
    with app.uow(write=True) as uow, pytest.raises(Conflict) as refused:
        case_list_actions.delete_case(uow.session, case_id=case_id, user="test")
    assert "Sagen har bogførte poster og kan ikke slettes. Luk sagen i stedet." in str(
        refused.value
    )
    assert count(app, Case, Case.id == case_id) == 1
    assert count(app, LedgerEntry, LedgerEntry.case_id == case_id) == entries > 0


def test_a_case_with_nothing_posted_goes_with_its_parties_notes_and_history(app):
    model_id, _no = posted_case(app)
    case_id = empty_case(app, like_case_id=model_id)
    with app.uow(write=True) as uow:
        done = case_list_actions.delete_case(uow.session, case_id=case_id, user="test")
        uow.commit()
    assert done.no == "S-TOM-1"
    for model, column in ((Case, Case.id), (CaseParty, CaseParty.case_id), (Note, Note.case_id)):
        assert count(app, model, column == case_id) == 0
    assert count(app, CaseHistory, CaseHistory.case_id == case_id) == 0
    assert count(app, Case, Case.id == model_id) == 1  # the other case is untouched


def test_a_client_with_cases_is_refused_naming_the_case(app):
    case_id, case_no = posted_case(app)
    with app.uow() as uow:
        client_id = uow.session.get(Case, case_id).client_id
    with app.uow(write=True) as uow, pytest.raises(Conflict) as refused:
        master_data.delete_client(uow.session, client_id=client_id)
    assert case_no in str(refused.value) and "kan ikke slettes" in str(refused.value)


def test_a_new_client_is_created_and_can_be_deleted_while_unused(app):
    with app.uow(write=True) as uow:
        created = master_data.create_client(
            uow.session, ClientInput(name="Ny Klient ApS", cvr="13585628"), today=TODAY
        )
        uow.commit()
    assert count(app, Client, Client.no == created.no) == 1
    with app.uow(write=True) as uow:
        master_data.delete_client(uow.session, client_id=created.id)
        uow.commit()
    assert count(app, Client, Client.no == created.no) == 0


def test_a_new_client_with_an_invalid_cvr_is_refused_at_the_cvr_field(app):
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        master_data.create_client(
            uow.session, ClientInput(name="Forkert ApS", cvr="12345678"), today=TODAY
        )
    assert [p.field for p in refused.value.problems] == ["klient.cvr"]


def test_a_party_on_a_case_is_refused_and_an_unused_party_is_deleted(app):
    case_id, case_no = posted_case(app)
    with app.uow() as uow:
        used_id = uow.session.get(Case, case_id).parties[0].party_id
    with app.uow(write=True) as uow, pytest.raises(Conflict) as refused:
        master_data.delete_party(uow.session, party_id=used_id)
    assert case_no in str(refused.value)
    with app.uow(write=True) as uow:
        created = master_data.create_party(
            uow.session, PartyInput(name="Karen Hansen", kind="person", postcode="5000")
        )
        uow.commit()
    with app.uow(write=True) as uow:
        master_data.delete_party(uow.session, party_id=created.id)
        uow.commit()
    assert count(app, Party, Party.id == created.id) == 0


def test_a_party_with_a_cpr_already_on_another_party_is_refused(app):
    posted_case(app)  # Jens Sørensen, 070761-4285
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        master_data.create_party(
            uow.session, PartyInput(name="Jens S.", kind="person", cpr="070761-4285")
        )
    assert refused.value.problems[0].field == "part.cpr"


def test_a_new_employee_needs_unique_initials_a_name_and_a_valid_email(app):
    with app.uow(write=True) as uow:
        master_data.create_employee(uow.session, initials="zz", name="Zenia Zahle", email="zz@x.dk")
        uow.commit()
    assert count(app, Employee, Employee.initials == "ZZ") == 1
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        master_data.create_employee(uow.session, initials="ZZ", name="", email="ikke-en-mail")
    fields = [p.field for p in refused.value.problems]
    assert fields == ["initialer", "navn", "email"]


def test_a_court_district_and_a_case_type_can_be_added_but_not_twice(app):
    with app.uow(write=True) as uow:
        master_data.create_case_type(uow.session, code="ink-test", description="Testsager")
        master_data.create_court_district(
            uow.session, code="RTEST", name="Retten i Test", bailiff_court_name="Fogedretten i Test"
        )
        uow.commit()
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        master_data.create_case_type(uow.session, code="INK-TEST", description="Igen")
    assert refused.value.problems[0].message == "Koden INK-TEST findes allerede."
