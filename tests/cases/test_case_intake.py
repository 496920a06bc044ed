"""Creating a case is one service call: client, parties, claims, fees and ledger, or nothing."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.queries import get_case_detail
from caplegal_desktop.services.cases.requests import (
    ClaimDebtorInput,
    ClaimInput,
    ClientInput,
    NewCase,
    PartyInput,
)
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import Case, Client, LedgerEntry, Party

TODAY = date(2026, 11, 23)


def a_request(**overrides) -> NewCase:
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628", vat_registered=False),
        debtors=[
            PartyInput(name="Jens Sørensen", kind="person", cpr="070761-4285", postcode="5000"),
            PartyInput(name="Byg & Bo A/S", kind="business", cvr="25313763", postcode="7100"),
        ],
        claims=[
            ClaimInput(
                description="Varmeregning 2025",
                invoice_date=date(2026, 1, 5),
                due_date=date(2026, 2, 1),
                principal=Decimal("7500.00"),
                debtors=[ClaimDebtorInput(0), ClaimDebtorInput(1, False, Decimal("50"))],
            ),
        ],
    )
    for key, value in overrides.items():
        setattr(request, key, value)
    return request


def create(app, request):
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=TODAY
        )
        uow.commit()
    return created


def test_a_new_case_gets_parties_fees_and_ledger_entries(app):
    # GIVEN a client who is not VAT-registered and a business among the debtors
    # WHEN the case is created
    created = create(app, a_request())
    # THEN the salary (7.500 -> 1.300 kr., 2016 table) carries 25 % VAT, and a 310 kr.
    # compensation fee is added for the claim due after 1 March 2013
    with app.uow() as uow:
        detail = get_case_detail(uow.session, created.case_no)
        fees = {f.fee_code: f for f in detail.fees}
        assert fees["SALAER"].amount == Decimal("1625.00")  # 1300 + 325 VAT
        assert fees["SALAER"].vat_amount == Decimal("325.00")
        assert fees["KOMP"].amount == Decimal("310.00")
        assert detail.claims[0].interest_from == date(2026, 2, 2)  # the day after the due date
        assert detail.claims[0].debtors[1].endswith("(50.0000%)")
        assert detail.court_district == "ODE"
        assert detail.ledger_totals["principal"] == Decimal("7500.00")
        total = uow.session.scalar(select(func.sum(LedgerEntry.amount)))
        assert Decimal(total).quantize(Decimal("0.01")) == Decimal("9435.00")


def test_a_claim_due_before_march_2013_keeps_the_seven_point_margin(app):
    request = a_request(
        claims=[
            ClaimInput(
                description="Gammel faktura",
                invoice_date=date(2012, 5, 1),
                due_date=date(2012, 6, 1),
                principal=Decimal("1000.00"),
            )
        ]
    )
    created = create(app, request)
    with app.uow() as uow:
        detail = get_case_detail(uow.session, created.case_no)
    assert detail.claims[0].interest_code == "DK-MORA7"
    assert "KOMP" not in {f.fee_code for f in detail.fees}


def test_without_a_due_date_interest_runs_from_30_days_after_the_invoice(app):
    request = a_request(
        claims=[
            ClaimInput(
                description="Uden forfald",
                invoice_date=date(2026, 3, 1),
                principal=Decimal("100.00"),
            )
        ]
    )
    created = create(app, request)
    with app.uow() as uow:
        assert get_case_detail(uow.session, created.case_no).claims[0].interest_from == date(
            2026, 3, 31
        )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r: setattr(r.debtors[0], "cpr", "310290-4285"), "debitorer[0].cpr"),
        (
            lambda r: setattr(r.debtors[0], "personnummer", "701093-2391"),
            "debitorer[0].personnummer",
        ),
        (lambda r: setattr(r.client, "cvr", "13585629"), "klient.cvr"),
        (lambda r: setattr(r.claims[0], "principal", Decimal("-5")), "fordringer[0].hovedstol"),
        (
            lambda r: setattr(r.claims[0], "principal", Decimal("1E+9999")),
            "fordringer[0].hovedstol",
        ),
        (lambda r: setattr(r.claims[0], "principal", Decimal("NaN")), "fordringer[0].hovedstol"),
        (lambda r: setattr(r.claims[0], "principal", Decimal("1.005")), "fordringer[0].hovedstol"),
        (
            lambda r: setattr(r.claims[0], "interest_rate_pct", Decimal("NaN")),
            "fordringer[0].rentesats",
        ),
        (lambda r: setattr(r.claims[0], "interest_code", "NOPE"), "fordringer[0].rentekode"),
        (lambda r: r.claims[0].debtors.append(ClaimDebtorInput(7)), "fordringer[0].debitorer[2]"),
        (lambda r: setattr(r, "case_type", "RAADGIV"), "sagstype"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(app, change, field):
    request = a_request()
    change(request)
    with pytest.raises(ValidationError) as error:
        create(app, request)
    assert field in {p.field for p in error.value.problems}
    with app.uow() as uow:
        for model in (Case, Client, Party, LedgerEntry):
            assert uow.session.scalar(select(func.count()).select_from(model)) == 0


def test_an_existing_debtor_is_found_by_cpr_not_created_twice(app):
    first = create(app, a_request())
    second = create(app, a_request())
    assert first.debtor_nos == second.debtor_nos
    assert first.client_no == second.client_no
    assert first.case_no != second.case_no
