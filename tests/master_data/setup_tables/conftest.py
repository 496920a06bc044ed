"""The setup tables' windows on a real database (SQLite and PostgreSQL), in Danish, with a
watchdog that closes a dialog nobody answers (so a failing test fails instead of hanging)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from decimal import Decimal

import pytest

import ui  # noqa: F401  (before any Qt call)
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import (
    ClaimInput,
    ClientInput,
    NewCase,
    PartyInput,
)
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot

# December 2026, as in the issue: the table has no 1 July 2026 row
TODAY = date(2026, 12, 3)


@pytest.fixture(autouse=True)
def danish_ui(qapp):
    from ui.i18n import DEFAULT_LANGUAGE, install_language

    install_language("da")
    yield
    install_language(DEFAULT_LANGUAGE)


@pytest.fixture(autouse=True)
def modal_watchdog(request):
    if "qtbot" not in request.fixturenames:
        yield
        return
    from tests.cases.helpers import FAILURES, ModalWatchdog

    FAILURES.clear()
    dog = ModalWatchdog()
    yield
    dog.stop()
    assert not FAILURES, f"a dialog was left unanswered: {FAILURES}"


@pytest.fixture
def data(app):
    from ui.setup_tables.data import SetupTablesData

    return SetupTablesData(app, today=lambda: TODAY)


def new_case(
    app,
    *,
    interest_code: str,
    rate: Decimal | None = None,
    currency: str | None = None,
    due: date = date(2026, 3, 1),
    debtor_kind: str = "person",
) -> int:
    """A case with one 10.000 claim due `due`, created through the intake as a user would."""
    debtor = (
        PartyInput(name="Jens Sørensen", cpr="070761-4285", postcode="5000")
        if debtor_kind == "person"
        else PartyInput(name="Byg & Bo A/S", kind="business", cvr="25313763", postcode="7100")
    )
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628", vat_registered=False),
        debtors=[debtor],
        claims=[
            ClaimInput(
                description="Varmeregning",
                invoice_date=due,
                due_date=due,
                principal=Decimal("10000.00"),
                interest_code=interest_code,
                interest_rate_pct=rate,
            )
        ],
        currency=currency,
        add_automatic_fees=False,
        created_on=due,
    )
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        created = create_case(uow.session, request, user="test", setup=setup, today=due)
        uow.commit()
    return created.case_id
