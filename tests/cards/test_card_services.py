"""The client and party cards' services on SQLite and PostgreSQL: saves, history, refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.master_data import master_data
from caplegal_desktop.services.master_data.client_card import (
    ClientCardInput,
    client_card,
    save_client_card,
)
from caplegal_desktop.services.master_data.inputs import PartyInput
from caplegal_desktop.services.master_data.party_card import (
    ContactInput,
    party_card,
    party_warnings,
    save_party_card,
)
from models import Client, ClientFundsAgreement, Employee, Party

TODAY = date(2026, 11, 23)


def _employee(app, initials="ADV"):
    with app.uow(write=True) as uow:
        uow.session.add(Employee(initials=initials, name="Anne Advokat", function_code="ANSVARLIG"))
        uow.commit()


def _new_client(app, **fields) -> int:
    card = ClientCardInput(name="Fjernvarme Fyn A/S", cvr="13585628", **fields)
    with app.uow(write=True) as uow:
        saved = save_client_card(uow.session, client_id=None, card=card, user="anne", today=TODAY)
        uow.commit()
    return saved.record_id


def test_a_new_client_from_the_card_gets_a_number_defaults_and_a_creation_row(app):
    _employee(app)
    client_id = _new_client(
        app,
        case_type="INK-ERHV",
        salary_code="SALAER",
        interest_code="DK-MORA",
        responsible_initials="adv",
        settlement_iban="DK50 0040 0440 1162 43",
        contacts=[ContactInput("Bo Holm", "Att.", "bo@fjv.dk")],
    )
    with app.uow() as uow:
        card = client_card(uow.session, client_id=client_id)
        client = uow.session.get(Client, client_id)
        agreement = uow.session.get(ClientFundsAgreement, client_id)
        assert card.no.startswith("K") and card.card.responsible_initials == "ADV"
        assert client.settlement_iban == "DK5000400440116243" == agreement.iban
        assert [c.name for c in card.card.contacts] == ["Bo Holm"]
        assert uow.session.get(Party, client.party_id).party_type == "KLIENT"
        assert [h.field for h in card.history] == ["Oprettet"]


def test_every_changed_field_of_a_client_leaves_old_and_new_in_the_history(app):
    client_id = _new_client(app)
    with app.uow() as uow:
        card = client_card(uow.session, client_id=client_id).card
    card.name = "Fjernvarme Fyn Holding A/S"
    card.vat_registered = False
    card.interest_rate_pct = Decimal("9.5")
    card.settlement_iban = None
    card.settlement_reg_no, card.settlement_account_no = "1234", "0012345678"
    with app.uow(write=True) as uow:
        saved = save_client_card(
            uow.session, client_id=client_id, card=card, user="bo", today=TODAY
        )
        uow.commit()
    assert saved.changes == 5
    with app.uow() as uow:
        history = {h.field: h for h in client_card(uow.session, client_id=client_id).history}
        agreement = uow.session.get(ClientFundsAgreement, client_id)
        account = (agreement.dk_reg_no, agreement.dk_account_no)
    assert history["Navn"].old_value == "Fjernvarme Fyn A/S"
    assert history["Navn"].new_value == "Fjernvarme Fyn Holding A/S"
    assert (history["Momsregistreret"].old_value, history["Momsregistreret"].new_value) == (
        "Ja",
        "Nej",
    )
    assert history["Egen rentesats"].new_value == "9,5" and history["Navn"].user == "bo"
    assert account == ("1234", "0012345678")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"cvr": "12345678"}, "klient.cvr", "CVR-nummeret er ugyldigt"),
        ({"settlement_iban": "DK50 0040 0440 1162 44"}, "klient.iban", "IBAN-nummeret er ugyldigt"),
        ({"settlement_reg_no": "12"}, "klient.regnr", "Angiv både reg.nr. og kontonr."),
        ({"salary_code": "NOPE"}, "klient.salærkode", "Salærkoden NOPE findes ikke."),
        ({"responsible_initials": "XYZ"}, "klient.ansvarlig", "initialerne XYZ"),
        ({"name": " "}, "klient.navn", "Navnet skal udfyldes."),
    ],
)
def test_a_refused_client_edit_says_why_in_danish_and_changes_nothing(app, change, field, message):
    client_id = _new_client(app)
    with app.uow() as uow:
        card = client_card(uow.session, client_id=client_id).card
    for key, value in change.items():
        setattr(card, key, value)
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        save_client_card(uow.session, client_id=client_id, card=card, user="bo", today=TODAY)
    assert [p.field for p in refused.value.problems] == [field]
    assert message in refused.value.problems[0].message
    with app.uow() as uow:
        after = client_card(uow.session, client_id=client_id)
    assert after.card.name == "Fjernvarme Fyn A/S" and len(after.history) == 1


def test_a_cvr_another_client_holds_is_refused(app):
    _new_client(app)
    card = ClientCardInput(name="Andet Firma", cvr="13585628")
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="bruges allerede"):
        save_client_card(uow.session, client_id=None, card=card, user="bo", today=TODAY)


def _party(app) -> int:
    with app.uow(write=True) as uow:
        created = master_data.create_party(
            uow.session, PartyInput(name="Jens Sørensen", cpr="070761-4285", postcode="5000")
        )
        uow.commit()
    return created.id


def test_the_party_card_saves_name_2_co_address_2_contacts_and_flags_with_history(app):
    party_id = _party(app)
    with app.uow() as uow:
        card = party_card(uow.session, party_id=party_id).card
        assert party_warnings(uow.session, party_ids=[party_id]) == {}
    card.name2, card.co, card.address2 = "Sørensens Dødsbo", "Advokat Berg", "2. sal"
    card.deceased = True
    card.contacts = [ContactInput("Lise Berg", "Att.", "lise@berg.dk")]
    card.postcode = "8000"
    with app.uow(write=True) as uow:
        saved = save_party_card(uow.session, party_id=party_id, card=card, user="bo")
        uow.commit()
    assert saved.changes == 7
    with app.uow() as uow:
        after = party_card(uow.session, party_id=party_id)
        party = uow.session.get(Party, party_id)
        town = (party.city, party.municipality)
        warnings = party_warnings(uow.session, party_ids=[party_id])
    assert (after.card.name2, after.card.co, after.card.address2) == (
        "Sørensens Dødsbo",
        "Advokat Berg",
        "2. sal",
    )
    assert after.warning == "Afdød" and "Afdød" in warnings[party_id]
    assert town == ("Aarhus C", "Aarhus")
    assert {h.field for h in after.history} >= {"Afdød", "Navn 2", "Kontaktpersoner", "Postnr."}


def test_a_refused_party_edit_changes_nothing(app):
    party_id = _party(app)
    with app.uow() as uow:
        card = party_card(uow.session, party_id=party_id).card
    card.in_bankruptcy = True
    card.identity_no = "320161-1234"
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        save_party_card(uow.session, party_id=party_id, card=card, user="bo")
    assert "CPR-nummeret" in refused.value.problems[0].message
    with app.uow() as uow:
        assert not uow.session.get(Party, party_id).in_bankruptcy
        assert party_card(uow.session, party_id=party_id).history == ()
