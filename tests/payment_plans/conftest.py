"""A case to make plans on: created through the intake service, as a user would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import (
    ClaimDebtorInput,
    ClaimInput,
    ClientInput,
    FeeInput,
    NewCase,
    PartyInput,
)
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.shared.ledger import post_entry
from models.enums import EntryType

CREATED = date(2025, 12, 1)
TODAY = date(2026, 1, 1)  # the plan's day: the debt is taken over as of this day


def new_case(app, *, principal="10000.00", rate="10", two_debtors=False, fees=()) -> str:
    debtors = [PartyInput(name="Jens Sørensen", kind="person", cpr="070761-4285", postcode="5000")]
    shares = None
    if two_debtors:
        debtors.append(PartyInput(name="Hanne Sørensen", kind="person", postcode="5000"))
        shares = [ClaimDebtorInput(0), ClaimDebtorInput(1, False, Decimal("50"))]
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628", vat_registered=True),
        debtors=debtors,
        claims=[
            ClaimInput(
                description="Varmeregning 2025",
                invoice_date=date(2025, 10, 1),
                due_date=date(2025, 11, 1),
                principal=Decimal(principal),
                interest_code="FAST",
                interest_rate_pct=Decimal(rate),
                debtors=shares,
            )
        ],
        fees=[FeeInput(fee_code=code, amount=Decimal(amount)) for code, amount in fees],
        add_automatic_fees=False,
        created_on=CREATED,
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=CREATED
        )
        uow.commit()
    return created.case_no


def pay(app, case_no: str, day: date, amount: str, *, debtor_party_id=None) -> int:
    from caplegal_desktop.services.shared.case_refs import case_id_by_no

    with app.uow(write=True) as uow:
        entry = post_entry(
            uow.session,
            case_id=case_id_by_no(uow.session, case_no),
            entry_type=EntryType.PAYMENT,
            posting_date=day,
            amount=Decimal(amount),
            description="Indbetaling",
            user="test",
            debtor_party_id=debtor_party_id,
        )
        uow.commit()
        return entry.id


@pytest.fixture
def case_no(app) -> str:
    return new_case(app)
