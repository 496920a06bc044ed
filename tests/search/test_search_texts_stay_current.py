"""The search texts follow every write: new cases, renames, contacts, debtors removed, bulk
inserts (the demo generator), and the migration fills them for the rows that were there."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text

from caplegal_desktop.db import open_database
from caplegal_desktop.migrate import alembic_config
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.search import browse, lookups
from caplegal_desktop.services.search.case_search import find_cases
from models import CaseParty, Client, Party, PartyContact
from tests.search.conftest import AERTEBJERG


def _found(app, typed: str) -> set[str]:
    with app.uow() as uow:
        return {h.case_no for h in find_cases(uow.session, text=typed)}


def _listed(app, typed: str) -> set[str]:
    with app.uow() as uow:
        rows = browse.case_rows(uow.session, ids=browse.case_ids(uow.session, filter_text=typed))
        return {r.no for r in rows.values()}


def test_a_renamed_client_is_found_by_its_new_name_and_not_by_the_old(app, office):
    # GIVEN the client Boligselskabet Ærtebjerghave; WHEN it is renamed
    with app.uow(write=True) as uow:
        client = uow.session.scalar(select(Client).where(Client.name == AERTEBJERG))
        client.name = "Andelsboligforeningen Æblehaven"
        uow.commit()
    # THEN its cases and the client are found by the new name only
    assert _listed(app, "ÆBLEHAVEN") == set(office.aertebjerg_cases)
    assert _found(app, "æblehaven") == set(office.aertebjerg_cases)
    assert _listed(app, "ærtebjerg") == set()
    with app.uow() as uow:
        assert [c.name for c in lookups.search_clients(uow.session, text="æblehav")] == [
            "Andelsboligforeningen Æblehaven"
        ]


def test_a_renamed_debtor_and_a_new_contact_person_are_found(app, office):
    with app.uow(write=True) as uow:
        party = uow.session.scalar(select(Party).where(Party.name == "Jørgen Ølgaard"))
        party.name = "Jørgen Øster-Ålund"
        party.contacts.append(PartyContact(name="Bjørn Ærø", phone="+45 70 10 20 30"))
        uow.commit()
    case_no = office.case_of["Jørgen Ølgaard"]
    assert _listed(app, "ØSTER-ÅLUND") == {case_no}
    assert _found(app, "bjørn ærø") == {case_no}
    assert _found(app, "70102030") == {case_no}
    assert _listed(app, "ølgaard") == set()
    with app.uow() as uow:
        assert [p.name for p in lookups.search_parties(uow.session, text="ÆRØ")] == [
            "Jørgen Øster-Ålund"
        ]


def test_a_debtor_taken_off_the_case_no_longer_finds_it(app, office):
    case_no = office.case_of["Émile Üzel"]
    assert _found(app, "üzel") == {case_no}
    with app.uow(write=True) as uow:
        link = uow.session.scalar(
            select(CaseParty)
            .join(Party, Party.id == CaseParty.party_id)
            .where(Party.name == "Émile Üzel")
        )
        link.removed = True
        uow.commit()
    assert _found(app, "üzel") == set()
    with app.uow() as uow:  # the party itself is still there to be found
        assert [p.name for p in lookups.search_parties(uow.session, text="üzel")] == ["Émile Üzel"]


def test_a_search_inside_an_unfinished_unit_of_work_sees_its_own_changes(app, office):
    with app.uow(write=True) as uow:
        client = uow.session.scalar(select(Client).where(Client.name == AERTEBJERG))
        client.name = "Ølstykke Boligselskab"
        hits = {h.case_no for h in find_cases(uow.session, text="ølstykke")}
        uow.rollback()
    assert hits == set(office.aertebjerg_cases)
    assert _found(app, "ølstykke") == set()  # rolled back: nothing changed
    assert _found(app, "ærtebjerg") == set(office.aertebjerg_cases)


def test_the_demo_generator_writes_the_search_texts_of_its_bulk_inserted_cases(app):
    generate_demo(app, cases=120, seed=3)
    with app.uow() as uow:
        counts = uow.session.execute(
            text(
                "SELECT (SELECT count(*) FROM collection_case), (SELECT count(*) FROM case_search),"
                " (SELECT count(*) FROM party), (SELECT count(*) FROM party_search),"
                " (SELECT count(*) FROM client), (SELECT count(*) FROM client_search)"
            )
        ).one()
        by_client = uow.session.execute(
            text(
                "SELECT count(*) FROM collection_case c JOIN client cl ON cl.id = c.client_id "
                "WHERE cl.name LIKE 'Boligselskabet %'"
            )
        ).scalar()
    assert counts[0] == counts[1] == 120 and counts[2] == counts[3] and counts[4] == counts[5]
    assert by_client > 0
    assert len(_listed(app, "ÆRTEBJERGHAVE")) == by_client


def test_the_migration_fills_the_search_texts_of_existing_rows(database_url):
    # GIVEN a database at the revision before the search texts, with a client, a debtor, a case
    database = open_database(database_url, upgrade=False)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        connection.execute(
            text(
                "INSERT INTO client (id, no, name, country, vat_registered, use_compensation_fee,"
                " currency) VALUES (901, 'K901', 'Sønderjysk Ærø-Fragt', 'DK', true, true, 'DKK')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO party (id, no, kind, party_type, name, country,"
                " in_debt_restructuring, deceased, in_bankruptcy) VALUES (901, 'P901', 'person',"
                " 'DEBITOR', 'Åge Üblacker', 'DK', false, false, false)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO collection_case (id, no, module, case_type_code, client_id, currency,"
                " status, stage, client_vat_registered, created_on, created_by, favourite)"
                " VALUES (901, '900901', 'INKASSO', 'INK-ALM', 901, 'DKK', 'active', 'collection',"
                " true, '2026-11-02', 'test', false)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO case_party (case_id, party_id, party_type, removed)"
                " VALUES (901, 901, 'DEBITOR', false)"
            )
        )
    # WHEN it is upgraded
    database.dispose()
    upgraded = open_database(database_url)
    try:
        from caplegal_desktop.app import AppContext
        from caplegal_desktop.config import Settings

        context = AppContext(upgraded, Settings(), "test")
        # THEN the existing case, client and party are found by any part of their names
        assert _listed(context, "ærø-fragt") == {"900901"}
        assert _found(context, "ÅGE") == {"900901"}
        with context.uow() as uow:
            assert [p.no for p in lookups.search_parties(uow.session, text="üblacker")] == ["P901"]
            assert [c.no for c in lookups.search_clients(uow.session, text="SØNDERJYSK")] == [
                "K901"
            ]
    finally:
        upgraded.dispose()
