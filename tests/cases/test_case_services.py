"""The services behind the case card, the claims window and the wizard's lookups."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases import card as case_card
from caplegal_desktop.services.cases.fee_preview import preview_fees
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import (
    ClaimDebtorInput,
    ClaimInput,
    ClientInput,
    NewCase,
    PartyInput,
)
from caplegal_desktop.services.claims import edit as claims_edit
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.search import lookups
from models import CaseHistory, LedgerEntry

TODAY = date(2026, 11, 23)


def a_request() -> NewCase:
    return NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628", vat_registered=False),
        debtors=[
            PartyInput(name="Jens Sørensen", cpr="070761-4285", postcode="5000"),
            PartyInput(name="Byg & Bo A/S", kind="business", cvr="25313763", postcode="7100"),
        ],
        claims=[
            ClaimInput(
                description="Varmeregning 2025",
                invoice_date=date(2026, 1, 5),
                principal=Decimal("7500.00"),
                debtors=[ClaimDebtorInput(0), ClaimDebtorInput(1, False, Decimal("50"))],
            ),
            ClaimInput("Varmeregning 2026", date(2026, 3, 1), Decimal("1200.00")),
        ],
    )


def created_case(app) -> int:
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        created = create_case(uow.session, a_request(), user="test", setup=setup, today=TODAY)
        uow.commit()
    return created.case_id


def test_the_fee_preview_shows_exactly_the_fees_create_case_posts(app):
    with app.uow() as uow:
        setup = SetupSnapshot.load(uow.session)
        preview = preview_fees(uow.session, a_request(), setup=setup, today=TODAY)
    case_id = created_case(app)
    with app.uow() as uow:
        lines = case_card.fee_lines(uow.session, case_id=case_id)
    assert sorted((p.fee_code, p.amount) for p in preview) == sorted(
        (f.fee_code, f.amount) for f in lines
    )
    assert any(p.fee_code == "SALAER" and p.vat_pct == Decimal("25") for p in preview)


def test_a_case_entries_figure_drills_down_to_lines_that_sum_to_it(app):
    case_id = created_case(app)
    with app.uow() as uow:
        figures = case_card.entry_figures(uow.session, case_id=case_id, as_of=TODAY)
        for figure, amount in figures.items():
            lines = case_card.figure_lines(uow.session, case_id=case_id, figure=figure, as_of=TODAY)
            assert sum((line.amount for line in lines), Decimal(0)) == amount, figure
    assert figures["principal"] == Decimal("8700.00")


def test_the_card_lists_debtors_and_the_court_district_with_its_bailiffs_court(app):
    case_id = created_case(app)
    with app.uow() as uow:
        card = case_card.case_card(uow.session, case_id=case_id)
    types = [c.party_type for c in card.contacts]
    assert types.count("DEBITOR") == 2 and "RETSKREDS" in types and "FOGEDRET" in types
    assert card.claims[0].debtors.endswith("(50 %)")


def test_adjusting_a_principal_posts_the_difference_and_never_updates_an_entry(app):
    case_id = created_case(app)
    with app.uow() as uow:
        claim_id = case_card.case_card(uow.session, case_id=case_id).claims[0].claim_id
        before = {e.id: e.amount for e in uow.session.scalars(select(LedgerEntry))}
    with app.uow(write=True) as uow:
        claims_edit.adjust_claim(
            uow.session,
            case_id=case_id,
            claim_id=claim_id,
            principal=Decimal("7000"),
            user="test",
            today=TODAY,
        )
        uow.commit()
    with app.uow() as uow:
        after = {e.id: (e.entry_type, e.amount) for e in uow.session.scalars(select(LedgerEntry))}
        figures = case_card.entry_figures(uow.session, case_id=case_id, as_of=TODAY)
        history = uow.session.scalar(select(func.count(CaseHistory.id)))
    assert all(after[i][1] == amount for i, amount in before.items())
    new = [e for i, e in after.items() if i not in before]
    assert new == [("principal", Decimal("-500.00"))]
    assert figures["principal"] == Decimal("8200.00")
    assert history == 2


def test_deleting_a_claim_reverses_its_entries(app):
    case_id = created_case(app)
    with app.uow() as uow:
        claim_id = case_card.case_card(uow.session, case_id=case_id).claims[1].claim_id
    with app.uow(write=True) as uow:
        claims_edit.delete_claim(
            uow.session, case_id=case_id, claim_id=claim_id, user="test", today=TODAY
        )
        uow.commit()
    with app.uow() as uow:
        card = case_card.case_card(uow.session, case_id=case_id)
        reversals = list(
            uow.session.scalars(
                select(LedgerEntry.amount).where(LedgerEntry.reverses_entry_id.is_not(None))
            )
        )
        figures = case_card.entry_figures(uow.session, case_id=case_id, as_of=TODAY)
    assert len(card.claims) == 1
    assert sorted(reversals) == [Decimal("-1200.00"), Decimal("-310.00")]  # with its KOMP fee
    assert figures["principal"] == Decimal("7500.00")


def test_a_fee_without_a_known_code_is_refused(app):
    case_id = created_case(app)
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as error:
        claims_edit.add_fee(
            uow.session,
            case_id=case_id,
            fee_code="",
            amount_ex_vat=Decimal("100"),
            user="test",
            today=TODAY,
            setup=SetupSnapshot.load(uow.session),
        )
    assert "gebyrkode" in str(error.value)


def test_party_type_court_district_and_removal_each_leave_a_history_row(app):
    case_id = created_case(app)
    with app.uow() as uow:
        debtors = [
            c
            for c in case_card.case_card(uow.session, case_id=case_id).contacts
            if c.party_type == "DEBITOR"
        ]
    with app.uow(write=True) as uow:
        claims_edit.change_court_district(
            uow.session, case_id=case_id, court_district_code="KBH", user="test"
        )
        claims_edit.change_party_type(
            uow.session,
            case_id=case_id,
            party_id=debtors[1].party_id,
            party_type="DEBITOR",
            new_type="ANDEN",
            user="test",
        )
        with pytest.raises(ValidationError):
            claims_edit.remove_party(
                uow.session,
                case_id=case_id,
                party_id=debtors[0].party_id,
                party_type="DEBITOR",
                user="test",
            )
        uow.commit()
    with app.uow() as uow:
        card = case_card.case_card(uow.session, case_id=case_id)
        history = case_card.case_history(uow.session, case_id=case_id)
    assert card.court_district_code == "KBH"
    assert [c.party_type for c in card.contacts].count("ANDEN") == 1
    assert len(history) == 3


def test_lookups_find_by_words_and_give_the_court_district_of_a_post_code(app):
    created_case(app)
    with app.uow() as uow:
        assert [c.name for c in lookups.search_clients(uow.session, text="fyn fjern")] == [
            "Fjernvarme Fyn A/S"
        ]
        assert lookups.search_parties(uow.session, text="nobody here") == []
        info = lookups.postcode_info(uow.session, postcode="5000")
        types = [c.code for c in lookups.case_types(uow.session)]
    assert info.city and info.court_district_code and info.bailiff_court_name
    assert "RAADGIV" not in types and "INK-ALM" in types
