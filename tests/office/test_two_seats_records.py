"""Two seats on one record, for every record kind a user edits (SQLite and PostgreSQL): the
second save of the same version is refused with who and when, and nothing of it is written."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from caplegal_desktop.errors import Conflict
from caplegal_desktop.services.cases import case_edit
from caplegal_desktop.services.claims.edit import adjust_claim
from caplegal_desktop.services.master_data import client_card, legal_figures, party_card
from caplegal_desktop.services.master_data import reference_rates as rates
from models import CaseParty, Claim, Client, Employee
from tests.office.builders import a_case, a_client, a_user, signed_in

TODAY = date(2026, 12, 4)


@pytest.fixture
def seats(admin):
    """K100 with one case; ABH and KLM (both Sagsbehandler) signed in on seats of their own."""
    a_client(admin, "K100", "Dansk Boldspil")
    case_id, _ = a_case(admin, "K100", "Nora Nordahl")
    with admin.uow(write=True) as uow:
        uow.session.add_all([Employee(initials="ABH", name="Anne B. Hansen"),
                             Employee(initials="KLM", name="Kim L. Mortensen")])  # fmt: skip
        uow.commit()
    a_user(admin, "abh", "Sagsbehandler", employee="ABH")
    a_user(admin, "klm", "Sagsbehandler", employee="KLM")
    first = signed_in(admin, "abh", change_to="Ny-Adgang-2026")
    second = signed_in(admin, "klm", change_to="Ny-Adgang-2026")
    return admin, case_id, first, second


def _read(seat, fn, **kw):
    with seat.uow() as uow:
        return fn(uow.session, **kw)


def _save(seat, fn, **kw):
    with seat.uow(write=True) as uow:
        done = fn(uow.session, **kw)
        uow.commit()
        return done


def _refused(seat, what: str, fn, **kw) -> None:
    with seat.uow(write=True) as uow, pytest.raises(Conflict) as refused:
        fn(uow.session, **kw)
    assert re.fullmatch(
        rf"{what} er ændret af ABH kl\. \d\d:\d\d — genindlæs\.", str(refused.value)
    )


def test_client_card(seats):
    admin, _, first, second = seats
    client_id = _read(admin, lambda s: s.scalar(select(Client.id)))
    a = _read(first, client_card.client_card, client_id=client_id)
    b = _read(second, client_card.client_card, client_id=client_id)
    assert a.version == b.version == 0
    a.card.name = "Dansk Boldspil Union"
    _save(first, client_card.save_client_card, client_id=client_id, card=a.card, user="abh",
          today=TODAY, expected_version=a.version)  # fmt: skip
    b.card.city = "Brøndby"
    _refused(second, "Klienten", client_card.save_client_card, client_id=client_id, card=b.card,
             user="klm", today=TODAY, expected_version=b.version)  # fmt: skip
    after = _read(admin, client_card.client_card, client_id=client_id)
    assert (after.card.name, after.card.city, after.version) == ("Dansk Boldspil Union", None, 1)
    # reloaded, the second seat saves on the new version
    after.card.city = "Brøndby"
    _save(second, client_card.save_client_card, client_id=client_id, card=after.card, user="klm",
          today=TODAY, expected_version=after.version)  # fmt: skip
    assert _read(admin, client_card.client_card, client_id=client_id).version == 2


def test_party_card(seats):
    admin, case_id, first, second = seats
    party_id = _read(admin, lambda s: s.scalar(
        select(CaseParty.party_id).where(CaseParty.case_id == case_id,
                                         CaseParty.party_type == "DEBITOR")))  # fmt: skip
    a = _read(first, party_card.party_card, party_id=party_id)
    b = _read(second, party_card.party_card, party_id=party_id)
    a.card.name2 = "Nordahl Holding"
    _save(first, party_card.save_party_card, party_id=party_id, card=a.card, user="abh",
          expected_version=a.version)  # fmt: skip
    b.card.deceased = True
    _refused(second, "Parten", party_card.save_party_card, party_id=party_id, card=b.card,
             user="klm", expected_version=b.version)  # fmt: skip
    after = _read(admin, party_card.party_card, party_id=party_id)
    assert (after.card.name2, after.card.deceased) == ("Nordahl Holding", False)


def test_claim(seats):
    admin, case_id, first, second = seats
    claim_id, version = _read(admin, lambda s: s.execute(
        select(Claim.id, Claim.version).where(Claim.case_id == case_id)).one())  # fmt: skip
    _save(first, adjust_claim, case_id=case_id, claim_id=claim_id, user="abh", today=TODAY,
          invoice_no="F-1001", expected_version=version)  # fmt: skip
    _refused(second, "Fordringen", adjust_claim, case_id=case_id, claim_id=claim_id, user="klm",
             today=TODAY, principal=Decimal("999.00"), expected_version=version)  # fmt: skip
    claim = _read(
        admin,
        lambda s: s.execute(
            select(Claim.invoice_no, Claim.principal, Claim.version).where(Claim.id == claim_id)
        ).one(),
    )
    assert tuple(claim) == ("F-1001", Decimal("1200.00"), 1)


def test_case_edit_carries_the_version_it_loaded(seats):
    admin, case_id, first, second = seats
    a = _read(first, case_edit.case_edit_values, case_id=case_id)
    b = _read(second, case_edit.case_edit_values, case_id=case_id)
    a.edit.regarding = "Kontingent 2026"
    _save(first, case_edit.edit_case, case_id=case_id, edit=a.edit, user="abh",
          expected_version=a.version)  # fmt: skip
    b.edit.team = "Team Syd"
    _refused(second, "Sagen", case_edit.edit_case, case_id=case_id, edit=b.edit, user="klm",
             expected_version=b.version)  # fmt: skip
    after = _read(admin, case_edit.case_edit_values, case_id=case_id)
    assert (after.edit.regarding, after.edit.team, after.version) == ("Kontingent 2026", None, 1)


def test_reference_rate(seats):
    admin, _, first, second = seats
    row = _read(first, rates.list_rates, table="DK")[-1]
    _save(first, rates.correct_rate, table="DK", valid_from=row.valid_from, rate_pct="2,10",
          source="Nationalbanken", user="abh", expected_version=row.version)  # fmt: skip
    _refused(second, "Satsen", rates.correct_rate, table="DK", valid_from=row.valid_from,
             rate_pct="9,99", source="Gæt", user="klm", expected_version=row.version)  # fmt: skip
    after = _read(admin, rates.list_rates, table="DK")[-1]
    assert (after.rate_pct, after.version) == (Decimal("2.10"), row.version + 1)


def test_fee_amount(seats):
    admin, _, first, second = seats
    row = _read(first, legal_figures.list_fee_amounts)[0]
    _save(first, legal_figures.correct_fee_amount, row_id=row.row_id, amount=Decimal("100.00"),
          source="BEK", user="abh", expected_version=row.version)  # fmt: skip
    _refused(second, "Beløbsrækken", legal_figures.correct_fee_amount, row_id=row.row_id,
             amount=Decimal("5.00"), source="Gæt", user="klm",
             expected_version=row.version)  # fmt: skip
    after = next(r for r in _read(admin, legal_figures.list_fee_amounts) if r.row_id == row.row_id)
    assert (after.amount, after.version) == (Decimal("100.00"), row.version + 1)
