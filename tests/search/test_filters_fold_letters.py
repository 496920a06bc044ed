"""Every list filter and lookup finds æøå, äöü and é in either case, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.search import browse, lookups
from models import Case
from tests.search.conftest import AERTEBJERG

SPELLINGS = {
    "ærtebjerg": AERTEBJERG,
    "ÆRTEBJERG": AERTEBJERG,
    "Ærtebjerg": AERTEBJERG,
    "ølgaard": "Jørgen Ølgaard",
    "JØRGEN": "Jørgen Ølgaard",
    "åse": "Åse Ähnström",
    "ÅSE ÄHNSTRÖM": "Åse Ähnström",
    "ähnström": "Åse Ähnström",
    "ÉMILE": "Émile Üzel",
    "émile üzel": "Émile Üzel",
    "ÜZEL": "Émile Üzel",
    "SØRENSEN erik": "Erik Sørensen",
}


def _case_nos(app, **filters) -> set[str]:
    with app.uow() as uow:
        ids = browse.case_ids(uow.session, **filters)
        return {row.no for row in browse.case_rows(uow.session, ids=ids).values()}


@pytest.mark.parametrize(("typed", "name"), SPELLINGS.items())
def test_the_case_list_filter_finds_danish_and_accented_letters_in_either_case(
    app, office, typed, name
):
    # GIVEN the office; WHEN the case list is filtered by the name in some case
    found = _case_nos(app, filter_text=typed)
    # THEN exactly the cases of that client or debtor are listed
    expected = set(office.aertebjerg_cases) if name == AERTEBJERG else {office.case_of[name]}
    assert found == expected


@pytest.mark.parametrize("typed", ["ærtebjerg", "ÆRTEBJERGHAVE", "boligselskabet Ærte"])
def test_the_client_list_and_the_client_lookup_fold_the_letters(app, office, typed):
    with app.uow() as uow:
        listed = browse.client_rows(
            uow.session, ids=browse.client_ids(uow.session, filter_text=typed)
        )
        looked_up = lookups.search_clients(uow.session, text=typed)
    assert [c.name for c in listed.values()] == [AERTEBJERG]
    assert [c.name for c in looked_up] == [AERTEBJERG]


@pytest.mark.parametrize(
    ("typed", "name"),
    [("ØLGAARD", "Jørgen Ølgaard"), ("ähnström åse", "Åse Ähnström"), ("ÜZEL", "Émile Üzel")],
)
def test_the_party_list_and_the_party_lookup_fold_the_letters(app, office, typed, name):
    with app.uow() as uow:
        listed = browse.party_rows(
            uow.session, ids=browse.party_ids(uow.session, filter_text=typed)
        )
        looked_up = lookups.search_parties(uow.session, text=typed)
    assert [p.name for p in listed.values()] == [name]
    assert [p.name for p in looked_up] == [name]


def test_a_party_is_found_by_its_phone_number_and_e_mail(app, office):
    with app.uow() as uow:
        by_phone = lookups.search_parties(uow.session, text="33123456")
        by_mail = lookups.search_parties(uow.session, text="JORGEN@example")
    assert [p.name for p in by_phone] == ["Åse Ähnström"]
    assert [p.name for p in by_mail] == ["Jørgen Ølgaard"]


def test_the_employee_and_setup_code_lists_fold_the_letters(app):
    from caplegal_desktop.services.master_data import master_data

    with app.uow(write=True) as uow:
        master_data.create_employee(uow.session, initials="ÆØ", name="Ærbødige Østergård")
        uow.commit()
    with app.uow() as uow:
        employees = browse.employee_rows(
            uow.session, ids=browse.employee_ids(uow.session, filter_text="ØSTERGÅRD")
        )
        codes = browse.setup_code_rows(
            uow.session, ids=browse.setup_code_ids(uow.session, filter_text="RETSKREDSE")
        )
    assert [e.name for e in employees.values()] == ["Ærbødige Østergård"]
    assert codes and all(c.table == "Retskredse" for c in codes.values())


@pytest.mark.parametrize(
    ("typed", "client"),
    [("100%", "100% Rent ApS"), ("0% r", "100% Rent ApS"), ("t_s", "Rent_Service ApS")],
)
def test_like_wildcards_in_a_filter_match_only_themselves(app, office, typed, client):
    # GIVEN clients "100% Rent ApS" and "Rent_Service ApS": "%" and "_" are letters to a filter
    with app.uow() as uow:
        clients = browse.client_rows(
            uow.session, ids=browse.client_ids(uow.session, filter_text=typed)
        )
        cases = browse.case_rows(uow.session, ids=browse.case_ids(uow.session, filter_text=typed))
        looked_up = lookups.search_clients(uow.session, text=typed)
    assert [c.name for c in clients.values()] == [client]
    assert [c.client_name for c in cases.values()] == [client]
    assert [c.name for c in looked_up] == [client]


@pytest.mark.parametrize("typed", ["%", "_", "%%", "r%t", "n_s"])
def test_a_lone_wildcard_finds_nothing_that_does_not_hold_it(app, office, typed):
    with app.uow() as uow:
        names = {
            c.name
            for c in browse.client_rows(
                uow.session, ids=browse.client_ids(uow.session, filter_text=typed)
            ).values()
        }
    assert all(typed in name for name in names)
    assert names <= {"100% Rent ApS", "Rent_Service ApS"}


def test_a_filter_of_200_characters_is_taken_and_201_refused_in_danish(app, office):
    with app.uow() as uow:
        assert browse.case_ids(uow.session, filter_text="x" * 200) == []
        with pytest.raises(ValidationError) as refused:
            browse.case_ids(uow.session, filter_text="x" * 201)
        with pytest.raises(ValidationError) as refused_lookup:
            lookups.search_parties(uow.session, text="æ" * 250)
    assert refused.value.problems[0].field == "filter"
    assert refused.value.problems[0].message == "Filteret må højst være 200 tegn (det er 201)."
    assert refused_lookup.value.problems[0].field == "søgning"
    assert "højst være 200 tegn" in refused_lookup.value.problems[0].message


def test_the_filter_keeps_the_view_narrowing(app, office):
    with app.uow(write=True) as uow:
        case = uow.session.query(Case).filter_by(no=office.aertebjerg_cases[0]).one()
        case.favourite = True
        uow.commit()
    assert _case_nos(app, filter_text="ærtebjerg", view="favourites") == {
        office.aertebjerg_cases[0]
    }
