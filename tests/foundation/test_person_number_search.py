"""Quick search finds a debtor by any valid person number: a CPR without the modulus-11 property
and a Swedish samordningsnummer, with or without the dash, a samordningsnummer also with century."""

from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.search.quick_search import quick_search


def a_case(app, debtor: PartyInput) -> int:
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628"),
        debtors=[debtor],
        claims=[
            ClaimInput(
                description="Varme", invoice_date=date(2026, 1, 5), principal=Decimal("100.00")
            )
        ],
    )
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        created = create_case(uow.session, request, user="t", setup=setup, today=date(2026, 2, 1))
        uow.commit()
    return created.case_id


@pytest.mark.parametrize("typed", ["010160-0000", "0101600000", " 010160-0000 "])
def test_a_cpr_without_modulus_11_is_found_with_or_without_the_dash(app, typed):
    # GIVEN a debtor whose valid CPR number lacks the modulus-11 property
    case_id = a_case(app, PartyInput(name="Jens Sørensen", cpr="010160-0000"))
    # WHEN the secretary types it into quick search THEN the case is found
    with app.uow() as uow:
        assert quick_search(uow.session, text=typed) == [case_id]


@pytest.mark.parametrize("typed", ["701063-2391", "7010632391", "19701063-2391", "197010632391"])
def test_a_samordningsnummer_is_found_however_it_is_written(app, typed):
    # GIVEN a Swedish debtor with a samordningsnummer (day of birth + 60)
    case_id = a_case(app, PartyInput(name="Erik Lind", personnummer="19701063-2391", country="SE"))
    # WHEN it is typed with or without dash, with or without century THEN the case is found
    with app.uow() as uow:
        assert quick_search(uow.session, text=typed) == [case_id]
