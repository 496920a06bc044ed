"""A case to make fundaments on, created through the intake service as a user would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import (
    ClaimDebtorInput,
    ClaimInput,
    ClientInput,
    NewCase,
    PartyInput,
)
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.payment_plans.queries import case_debtors
from caplegal_desktop.services.shared.case_refs import case_id_by_no

CREATED = date(2025, 12, 1)
TODAY = date(2026, 3, 2)


def new_case(app, *, two_debtors: bool = False) -> tuple[int, list[int]]:
    """(case id, debtor party ids) of a fresh case with one 10.000 kr claim."""
    debtors = [PartyInput(name="Jens Sørensen", kind="person", cpr="070761-4285", postcode="5000")]
    shares = None
    if two_debtors:
        debtors.append(PartyInput(name="Hanne Sørensen", kind="person", postcode="5000"))
        shares = [ClaimDebtorInput(0), ClaimDebtorInput(1)]
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628", vat_registered=True),
        debtors=debtors,
        claims=[
            ClaimInput(
                description="Varmeregning 2025",
                invoice_date=date(2025, 10, 1),
                due_date=date(2025, 11, 1),
                principal=Decimal("10000.00"),
                interest_code="FAST",
                interest_rate_pct=Decimal("10"),
                debtors=shares,
            )
        ],
        add_automatic_fees=False,
        created_on=CREATED,
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=CREATED
        )
        uow.commit()
    with app.uow() as uow:
        case_id = case_id_by_no(uow.session, created.case_no)
        return case_id, [d.party_id for d in case_debtors(uow.session, case_id=case_id)]


@pytest.fixture
def case(app) -> tuple[int, list[int]]:
    return new_case(app)
