"""Cases for the limitation tests, made through the intake service as a user would."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import (
    ClaimInput,
    ClientInput,
    NewCase,
    PartyInput,
    PaymentInput,
)
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.shared.case_refs import case_id_by_no

DUE = date(2020, 3, 1)


def old_case(
    app,
    *,
    due: date = DUE,
    payments: tuple[tuple[date, str], ...] = (),
    created: date | None = None,
    claims: int = 1,
    fees: bool = False,
) -> tuple[int, str]:
    """(case id, case no.) of a case whose claim(s) fell due on ``due``."""
    created = created or max([due, *(day for day, _ in payments)]) + timedelta(days=1)
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="10403782", vat_registered=True),
        debtors=[
            PartyInput(
                name="Jens Ærø Sørensen",
                kind="person",
                cpr="070761-4285",
                postcode="5000",
                address="Æblehaven 7",
            )
        ],
        regarding="Varmeregning",
        claims=[
            ClaimInput(
                description=f"Varmeregning {i + 1}",
                invoice_no=f"F-{4711 + i}",
                invoice_date=date(due.year, due.month, 1) if due.day > 1 else due,
                due_date=due,
                principal=Decimal("5000.00"),
                interest_code="FAST",
                interest_rate_pct=Decimal("8"),
            )
            for i in range(claims)
        ],
        payments=[PaymentInput(day, Decimal(amount)) for day, amount in payments],
        add_automatic_fees=fees,
        created_on=created,
    )
    with app.uow(write=True) as uow:
        made = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=created
        )
        uow.commit()
    with app.uow() as uow:
        return case_id_by_no(uow.session, made.case_no), made.case_no
