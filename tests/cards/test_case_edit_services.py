"""Editing a case after creation (services, SQLite and PostgreSQL): every change in the history
with old -> new; a refused change changes nothing."""

from __future__ import annotations

import pytest

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases.card import case_card, case_history
from caplegal_desktop.services.cases.case_edit import (
    add_court_contacts,
    add_party,
    case_edit_values,
    change_party_regarding,
    edit_case,
)
from caplegal_desktop.services.master_data import master_data
from caplegal_desktop.services.master_data.inputs import PartyInput
from models import Case, Employee, OptionalFieldDef
from tests.master_data.builders import posted_case


def _setup(app) -> int:
    case_id, _no = posted_case(app)
    with app.uow(write=True) as uow:
        uow.session.add(Employee(initials="ADV", name="Anne Advokat"))
        uow.session.add(Employee(initials="SEK", name="Søren Sekretær"))
        uow.session.add(OptionalFieldDef(code="KUNDEREF", label="Kundens reference"))
        uow.session.add(OptionalFieldDef(code="AFTALT", label="Aftalt dato", value_type="date"))
        uow.commit()
    return case_id


def test_each_edited_field_of_the_case_is_in_the_history_with_old_and_new(app):
    case_id = _setup(app)
    with app.uow() as uow:
        edit = case_edit_values(uow.session, case_id=case_id).edit
    old_regarding = edit.regarding
    edit.regarding = "Varmeregning 2026"
    edit.narrative = "Debitor har ikke betalt trods rykker.\nHar ringet 2 gange."
    edit.team, edit.legal_department = "Stud.jur.", "Erhverv"
    edit.responsible_initials, edit.handler_initials = "adv", "SEK"
    edit.optional_values["KUNDEREF"] = "PO-4711"
    with app.uow(write=True) as uow:
        done = edit_case(uow.session, case_id=case_id, edit=edit, user="bo")
        uow.commit()
    assert done.history_rows == 7
    with app.uow() as uow:
        general = case_card(uow.session, case_id=case_id).general
        lines = {h.action: h for h in case_history(uow.session, case_id=case_id)}
        again = case_edit_values(uow.session, case_id=case_id).edit
    assert (general.regarding, general.team, general.responsible, general.handler) == (
        "Varmeregning 2026",
        "Stud.jur.",
        "ADV",
        "SEK",
    )
    assert general.narrative.startswith("Debitor har ikke betalt")
    assert lines["Sag vedr. ændret"].detail == f"{old_regarding or '(tom)'} -> Varmeregning 2026"
    assert lines["Sag vedr. ændret"].user == "bo"
    assert lines["Valgfrit felt Kundens reference ændret"].detail == "(tom) -> PO-4711"
    assert again.optional_values["KUNDEREF"] == "PO-4711"
    # saving the same values again writes nothing
    with app.uow(write=True) as uow:
        assert edit_case(uow.session, case_id=case_id, edit=again, user="bo").history_rows == 0


def test_a_refused_case_edit_says_why_in_danish_and_changes_nothing(app):
    case_id = _setup(app)
    with app.uow() as uow:
        edit = case_edit_values(uow.session, case_id=case_id).edit
        rows_before = len(case_history(uow.session, case_id=case_id))
    edit.regarding = "Ny tekst"
    edit.responsible_initials = "XYZ"
    edit.optional_values["AFTALT"] = "31-02-2026"
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        edit_case(uow.session, case_id=case_id, edit=edit, user="bo")
    messages = [p.message for p in refused.value.problems]
    assert messages == [
        "Der findes ingen medarbejder med initialerne XYZ.",
        "Aftalt dato: skriv datoen som dd-mm-åååå.",
    ]
    with app.uow() as uow:
        assert uow.session.get(Case, case_id).regarding != "Ny tekst"
        assert len(case_history(uow.session, case_id=case_id)) == rows_before


def test_a_party_is_added_its_regarding_text_changed_and_a_second_court_district_attached(app):
    case_id = _setup(app)
    with app.uow(write=True) as uow:
        lawyer = master_data.create_party(
            uow.session, PartyInput(name="Advokat Berg", kind="business", postcode="8000")
        )
        uow.commit()
    with app.uow(write=True) as uow:
        add_party(
            uow.session, case_id=case_id, party_no=lawyer.no, party_type="ADVOKAT",
            regarding_party="Debitors advokat", user="bo",
        )  # fmt: skip
        change_party_regarding(
            uow.session, case_id=case_id, party_id=lawyer.id, party_type="ADVOKAT",
            regarding_party="Debitors advokat (skifteretten)", user="bo",
        )  # fmt: skip
        case = uow.session.get(Case, case_id)
        other = "KBH" if case.court_district_code != "KBH" else "AAR"
        add_court_contacts(uow.session, case_id=case_id, court_district_code=other, user="bo")
        uow.commit()
    with app.uow() as uow:
        contacts = case_card(uow.session, case_id=case_id).contacts
        actions = [h.action for h in case_history(uow.session, case_id=case_id)]
    types = [c.party_type for c in contacts]
    assert "ADVOKAT" in types and types.count("RETSKREDS") == 2 and types.count("FOGEDRET") == 2
    lawyer_line = next(c for c in contacts if c.party_type == "ADVOKAT")
    assert lawyer_line.regarding_party == "Debitors advokat (skifteretten)"
    assert actions.count("Part tilføjet") == 3
    assert any(a.startswith("Sag vedrørende ændret for") for a in actions)
    # the same party twice with the same type is refused in Danish
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="allerede på sagen"):
        add_party(uow.session, case_id=case_id, party_no=lawyer.no, party_type="ADVOKAT", user="bo")
