"""Cases for the workflow tests, created through the intake service as a user would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import (
    ClaimInput,
    ClientInput,
    NewCase,
    PartyInput,
    PaymentInput,
)
from caplegal_desktop.services.follow_ups import schedule as follow_ups
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import FollowUp

CREATED = date(2026, 11, 23)


def new_case(
    app, *, kind: str = "person", paid_in_full: bool = False, created: date = CREATED
) -> tuple[int, str]:
    debtor = (
        PartyInput(
            name="Jens Ærø Sørensen",
            kind="person",
            cpr="070761-4285",
            postcode="5000",
            address="Æblehaven 7",
        )
        if kind == "person"
        else PartyInput(
            name="Østergaard Byg ApS",
            kind="business",
            cvr="13585628",
            postcode="8000",
            address="Søndergade 12",
        )
    )
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="10403782", vat_registered=True),
        debtors=[debtor],
        regarding="Varmeregning 2026",
        claims=[
            ClaimInput(
                description="Varmeregning",
                invoice_no="F-4711",
                invoice_date=date(2026, 9, 1),
                due_date=date(2026, 10, 1),
                principal=Decimal("5000.00"),
            )
        ],
        payments=[PaymentInput(date(2026, 9, 15), Decimal("5000.00"))] if paid_in_full else [],
        add_automatic_fees=not paid_in_full,
        created_on=created,
    )
    with app.uow(write=True) as uow:
        made = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=created
        )
        uow.commit()
    return made.case_id, made.case_no


def open_follow_up(app, case_id: int) -> follow_ups.FollowUpRow | None:
    with app.uow() as uow:
        rows = follow_ups.case_follow_ups(uow.session, case_id=case_id)
    return next((r for r in rows if r.status == follow_ups.OPEN), None)


def follow_up(app, follow_up_id: int) -> FollowUp:
    with app.uow() as uow:
        row = uow.session.scalar(select(FollowUp).where(FollowUp.id == follow_up_id))
        uow.session.expunge(row)
        return row
