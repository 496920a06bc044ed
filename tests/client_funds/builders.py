"""Cases, payments and clients for the client funds tests, made through the real services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.journal import LineInput, post_line_now
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import Case, Client, ClientFundsAgreement, LedgerEntry

TODAY = date(2026, 11, 23)


def new_case(
    app, *, client: str = "Fjernvarme Fyn A/S", cvr: str = "13585628", principal: str = "5000.00",
    vat_registered: bool = True,
) -> tuple[int, str]:  # fmt: skip
    request = NewCase(
        client=ClientInput(name=client, cvr=cvr, vat_registered=vat_registered),
        debtors=[
            PartyInput(name="Jens Sørensen", kind="person", cpr="070761-4285", postcode="5000")
        ],
        claims=[
            ClaimInput(
                description="Varmeregning",
                invoice_date=date(2026, 1, 5),
                due_date=date(2026, 2, 1),
                principal=Decimal(principal),
            )
        ],
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=TODAY
        )
        uow.commit()
    return created.case_id, created.case_no


def pay(
    app, case_id: int, amount: str, *, day: date = TODAY, payment_type: str | None = None,
    reverses: int | None = None,
) -> int:  # fmt: skip
    line = LineInput(
        posting_date=day,
        case_id=case_id,
        entry_type="reversal" if reverses else "payment",
        description="Indbetaling",
        amount=None if reverses else Decimal(amount),
        payment_type=payment_type,
        reverses_entry_id=reverses,
    )
    with app.uow(write=True) as uow:
        post_line_now(uow.session, line=line, user="test", source="test")
        uow.commit()
        return uow.session.scalar(select(LedgerEntry.id).order_by(LedgerEntry.id.desc()))


def client_of(app, case_id: int) -> tuple[int, str]:
    with app.uow() as uow:
        return uow.session.execute(
            select(Client.id, Client.no).join(Case, Case.client_id == Client.id)
            .where(Case.id == case_id)
        ).one()  # fmt: skip


def agree(app, client_id: int, *, set_off: bool = True, iban: str | None = None) -> None:
    with app.uow(write=True) as uow:
        uow.session.merge(
            ClientFundsAgreement(client_id=client_id, set_off_allowed=set_off, iban=iban)
        )
        uow.commit()


def forget_stored_splits(app, *, allocations: bool = False) -> None:
    """As a database whose payments were posted before migration 0014: no stored split (nor,
    with `allocations`, stored allocation), so 0015 listed them waiting without split sums."""
    from tests.safety.test_ledger_chain import raw

    tables = ["payment_split", *(["payment_allocation"] if allocations else [])]
    unguard = ([f"DROP TRIGGER {t}_no_delete" for t in tables] if app.database.is_sqlite else
               [f"DROP TRIGGER {t}_no_change ON {t}" for t in tables])  # fmt: skip
    raw(app.database.url_text, *unguard, *(f"DELETE FROM {t}" for t in tables),
        "UPDATE unsettled_payment SET client = NULL, firm = NULL, held = NULL, "
        "vat_in_firm = NULL, vat_on_top = NULL")  # fmt: skip
