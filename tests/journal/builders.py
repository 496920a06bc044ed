"""Cases and journal lines for the journal tests, made through the real services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.journal import batches as journal
from caplegal_desktop.services.journal.batches import LineInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import Case, Claim, LedgerEntry

TODAY = date(2026, 11, 23)


def new_case(app, *, principal: str = "5000.00", ocr: str | None = None) -> tuple[int, str]:
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628", vat_registered=True),
        debtors=[
            PartyInput(name="Jens Sørensen", kind="person", cpr="070761-4285", postcode="5000")
        ],
        claims=[
            ClaimInput(
                description="Varmeregning",
                invoice_date=date(2026, 1, 5),
                due_date=date(2026, 2, 1),
                principal=Decimal(principal),
                ocr=ocr,
            )
        ],
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=TODAY
        )
        uow.commit()
    return created.case_id, created.case_no


def a_payment(case_id: int | None, amount: str | None = "100.00", **changes) -> LineInput:
    values = dict(
        posting_date=TODAY,
        case_id=case_id,
        entry_type="payment",
        description="Indbetaling",
        amount=None if amount is None else Decimal(amount),
    )
    values.update(changes)
    return LineInput(**values)


def add_to_standard(app, lines: list[LineInput]) -> int:
    with app.uow(write=True) as uow:
        batch = journal.standard_batch(uow.session)
        journal.add_lines(uow.session, batch_id=batch.id, lines=lines, user="test")
        uow.commit()
        return batch.id


def ledger_sum(app, *, entry_type: str | None = None) -> tuple[int, Decimal]:
    with app.uow() as uow:
        query = select(func.count(), func.coalesce(func.sum(LedgerEntry.amount), 0))
        if entry_type:
            query = query.where(LedgerEntry.entry_type == entry_type)
        count, total = uow.session.execute(query).one()
    return count, Decimal(str(total)).quantize(Decimal("0.01"))


def first_claim_id(app, case_id: int) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(Claim.id).where(Claim.case_id == case_id))


def case_no_of(app, case_id: int) -> str:
    with app.uow() as uow:
        return uow.session.scalar(select(Case.no).where(Case.id == case_id))
