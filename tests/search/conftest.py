"""An office whose names use every letter a Danish search must fold: æøå, äöü and é."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot

TODAY = date(2026, 12, 1)
AERTEBJERG = "Boligselskabet Ærtebjerghave"


@dataclass(frozen=True)
class Office:
    aertebjerg_cases: tuple[str, ...]  # case nos. of the client Boligselskabet Ærtebjerghave
    case_of: dict[str, str]  # debtor name -> case no.
    client_no: dict[str, str]  # client name -> client no.


def _new_case(client: ClientInput, debtor: str, principal: str, **party) -> NewCase:
    return NewCase(
        client=client,
        debtors=[PartyInput(name=debtor, postcode="5000", **party)],
        claims=[
            ClaimInput(
                description="Husleje",
                invoice_date=date(2026, 9, 1),
                due_date=date(2026, 9, 15),
                principal=Decimal(principal),
            )
        ],
    )


def make_office(app) -> Office:
    """GIVEN three cases of Boligselskabet Ærtebjerghave (debtors Jørgen Ølgaard, Åse Ähnström
    and Émile Üzel), one of Fjernvarme Fyn (Erik Sørensen) and two clients whose names hold
    LIKE's wildcards (100% Rent ApS, Rent_Service ApS)."""
    aertebjerg = ClientInput(name=AERTEBJERG, cvr="13585628")
    requests = [
        _new_case(aertebjerg, "Jørgen Ølgaard", "1200.00", email="jorgen@example.dk"),
        _new_case(aertebjerg, "Åse Ähnström", "800.50", phone="+45 33 12 34 56"),
        _new_case(aertebjerg, "Émile Üzel", "99.95"),
        _new_case(ClientInput(name="Fjernvarme Fyn A/S"), "Erik Sørensen", "2500.00"),
        _new_case(ClientInput(name="100% Rent ApS"), "Karl Hansen", "100.00"),
        _new_case(ClientInput(name="Rent_Service ApS"), "Lis Hansen", "100.00"),
    ]
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        made = [
            create_case(uow.session, r, user="test", setup=setup, today=TODAY) for r in requests
        ]
        uow.commit()
    return Office(
        aertebjerg_cases=tuple(m.case_no for m in made[:3]),
        case_of={r.debtors[0].name: m.case_no for r, m in zip(requests, made, strict=True)},
        client_no={r.client.name: m.client_no for r, m in zip(requests, made, strict=True)},
    )


@pytest.fixture
def office(app) -> Office:
    return make_office(app)


@pytest.fixture
def danish_ui(qapp):
    from ui.i18n import DEFAULT_LANGUAGE, install_language

    install_language("da")
    yield
    install_language(DEFAULT_LANGUAGE)
