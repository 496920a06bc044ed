"""Quick search finds a case by every identifier a user may have at hand, on both backends."""

from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.search.quick_search import quick_search


@pytest.fixture
def two_cases(app):
    requests = [
        NewCase(
            client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628"),
            debtors=[
                PartyInput(
                    name="Jens Sørensen",
                    cpr="070761-4285",
                    postcode="5000",
                    email="Jens@Example.dk",
                    customer_no="C-4411",
                )
            ],
            claims=[
                ClaimInput(
                    description="Varme",
                    invoice_date=date(2026, 1, 5),
                    invoice_no="2026-0147",
                    ocr="000000001470017",
                    principal=Decimal("100.00"),
                )
            ],
        ),
        NewCase(
            client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628"),
            debtors=[PartyInput(name="Byg & Bo A/S", kind="business", cvr="25313763")],
            claims=[
                ClaimInput(
                    description="El",
                    invoice_date=date(2026, 1, 5),
                    invoice_no="2026-0212",
                    principal=Decimal("100.00"),
                )
            ],
        ),
    ]
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        ids = [
            create_case(uow.session, r, user="t", setup=setup, today=date(2026, 2, 1)).case_id
            for r in requests
        ]
        uow.commit()
    return ids


@pytest.mark.parametrize(
    ("typed", "which"),
    [
        ("000001", 0),
        ("P0000001", 0),
        ("070761-4285", 0),
        ("0707614285", 0),
        ("jens@example.dk", 0),
        ("C-4411", 0),
        ("2026-0147", 0),
        ("000000001470017", 0),
        ("25313763", 1),
        ("2026-0212", 1),
    ],
)
def test_each_identifier_finds_its_case(app, two_cases, typed, which):
    with app.uow() as uow:
        assert quick_search(uow.session, text=typed) == [two_cases[which]]


def test_nothing_and_blank_find_nothing(app, two_cases):
    with app.uow() as uow:
        assert quick_search(uow.session, text="  ") == []
        assert quick_search(uow.session, text="no-such-thing") == []
        assert quick_search(uow.session, text="'; DROP TABLE party; --") == []
