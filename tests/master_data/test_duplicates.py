"""Likely duplicates of a new client or party (issue 21 §4), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from caplegal_desktop.services.cases.requests import ClientInput, PartyInput
from caplegal_desktop.services.master_data import master_data
from caplegal_desktop.services.master_data.duplicates import (
    SAME_IDENTITY,
    SAME_NAME_AND_ADDRESS,
    SIMILAR_NAME,
    likely_duplicate_clients,
    likely_duplicate_parties,
    plain_name,
)


@pytest.fixture
def register(app):
    """A small register: Ærtebjerg Gartneri ApS (client and debtor), and some others."""
    with app.uow(write=True) as uow:
        s = uow.session
        master_data.create_client(
            s,
            ClientInput(name="Ærtebjerg Gartneri ApS", cvr="13585628", address="Ærtevej 4",
                        postcode="5000", city="Odense C"),
            today=date(2026, 1, 5),
        )  # fmt: skip
        master_data.create_client(
            s, ClientInput(name="Fjernvarme Fyn A/S", postcode="5000"), today=date(2026, 1, 5)
        )
        master_data.create_party(
            s,
            PartyInput(name="Søren Ærtebjerg", kind="person", cpr="070761-4285",
                       address="Åboulevarden 12, 2. tv.", postcode="8000"),
        )  # fmt: skip
        master_data.create_party(s, PartyInput(name="Jens Hansen", kind="person", postcode="8000"))
        uow.commit()
    return app


def test_plain_names_fold_case_the_danish_letters_and_legal_forms():
    assert plain_name("ÆRTEBJERG Gartneri ApS") == "aertebjerg gartneri"
    assert plain_name("Aertebjerg gartneri") == "aertebjerg gartneri"
    assert plain_name("Fjernvarme Fyn A/S") == "fjernvarme fyn"


@pytest.mark.parametrize("typed", ["ærtebjerg", "ÆRTEBJERG", "Aertebjerg", "ærtebjerg gartneri"])
def test_a_new_client_named_aertebjerg_finds_the_existing_one_in_every_spelling(register, typed):
    with register.uow() as uow:
        hits = likely_duplicate_clients(uow.session, name=typed)
    assert [(h.name, h.reason) for h in hits] == [("Ærtebjerg Gartneri ApS", SIMILAR_NAME)]


def test_the_same_cvr_comes_first_whatever_the_name(register):
    with register.uow() as uow:
        hits = likely_duplicate_clients(uow.session, name="Helt Andet Navn", cvr="13 58 56 28")
    assert [(h.no, h.reason) for h in hits][:1] == [(hits[0].no, SAME_IDENTITY)]
    assert hits[0].name == "Ærtebjerg Gartneri ApS"


def test_a_similar_name_at_the_same_address_ranks_above_a_similar_name_elsewhere(register):
    with register.uow() as uow:
        hits = likely_duplicate_parties(
            uow.session, name="soeren aertebjerg", address="Aaboulevarden 12, 2 tv",
            postcode="8000",
        )  # fmt: skip
    assert [(h.name, h.reason) for h in hits] == [("Søren Ærtebjerg", SAME_NAME_AND_ADDRESS)]


def test_the_same_cpr_finds_the_party(register):
    with register.uow() as uow:
        hits = likely_duplicate_parties(uow.session, name="S. Æ.", cpr="0707614285")
    assert [(h.name, h.reason) for h in hits] == [("Søren Ærtebjerg", SAME_IDENTITY)]


def test_an_unrelated_name_is_no_duplicate(register):
    with register.uow() as uow:
        assert likely_duplicate_clients(uow.session, name="Madsens Auto", postcode="5000") == []
        assert likely_duplicate_parties(uow.session, name="Erik Sørensen", postcode="8000") == []
