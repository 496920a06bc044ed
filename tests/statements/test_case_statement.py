"""Statements from the database on both backends: recomputed from the ledger as of any date."""

import json
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from caplegal_desktop.errors import NotFound, ValidationError
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.shared.ledger import post_entry
from caplegal_desktop.services.statements.queries import case_statement, statement_pdf

ROOT = Path(__file__).parents[2]


def make_case(app) -> int:
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628"),
        debtors=[
            PartyInput(
                name="Jens Sørensen", cpr="070761-4285", postcode="5000", address="Vestergade 3"
            )
        ],
        claims=[
            ClaimInput(
                description="Varmeregning",
                invoice_date=date(2025, 12, 1),
                due_date=date(2025, 12, 31),
                principal=Decimal("10000.00"),
            )
        ],
        add_automatic_fees=False,
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session,
            request,
            user="test",
            setup=SetupSnapshot.load(uow.session),
            today=date(2026, 1, 15),
        )
        uow.commit()
    return created.case_id


def test_interest_is_per_rate_period_to_the_oere(app):
    case_id = make_case(app)
    with app.uow() as uow:
        statement = case_statement(uow.session, case_id=case_id, as_of=date(2026, 6, 30))
    # DK-MORA from 1 Jan 2026: udlånsrente 1.75 + 8 = 9.75 %, 30E/360, 1 Jan – 30 Jun = 180 days
    # 10.000,00 × 9,75 % × 180 / 360 = 487,50
    claim = statement.claims[0]
    assert [(p.first, p.last, p.days, p.rate_pct) for p in claim.interest_periods] == [
        (date(2026, 1, 1), date(2026, 6, 30), 180, Decimal("9.75"))
    ]
    assert statement.totals.interest == Decimal("487.50")
    assert statement.totals.balance == Decimal("10487.50")


def test_a_back_dated_payment_changes_the_later_interest(app):
    case_id = make_case(app)
    with app.uow(write=True) as uow:
        # a payment of 5.000 on 31 Mar 2026, posted only in June
        post_entry(
            uow.session,
            case_id=case_id,
            entry_type="payment",
            posting_date=date(2026, 3, 31),
            amount=Decimal("5000.00"),
            description="Indbetaling",
            user="test",
        )
        uow.commit()
    with app.uow() as uow:
        statement = case_statement(uow.session, case_id=case_id, as_of=date(2026, 6, 30))
    # 1 Jan – 31 Mar: 10.000 × 9,75 % × 90/360 = 243,75 interest, paid first (costs → interest)
    # the rest 4.756,25 reduces principal to 5.243,75
    # 1 Apr – 30 Jun: 5.243,75 × 9,75 % × 90/360 = 127,816... → 127,82
    assert statement.totals.interest == Decimal("371.57")
    assert statement.totals.paid == Decimal("5000.00")
    assert statement.totals.balance == Decimal("5371.57")
    assert sum(a.amount for a in statement.allocations) == Decimal("5000.00")


def test_unknown_case_and_unknown_debtor_are_clear_errors(app):
    case_id = make_case(app)
    with app.uow() as uow:
        with pytest.raises(NotFound):
            case_statement(uow.session, case_id=999_999, as_of=date(2026, 6, 30))
        with pytest.raises(ValidationError, match="hæfter ikke"):
            case_statement(
                uow.session, case_id=case_id, as_of=date(2026, 6, 30), debtor_party_id=999_999
            )


def test_the_printable_statement_is_a_pdf_in_danish(app, tmp_path):
    case_id = make_case(app)
    target = tmp_path / "opgoerelse.pdf"
    with app.uow() as uow:
        statement_pdf(uow.session, case_id=case_id, as_of=date(2026, 6, 30), target=target)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True
        ).stdout
        assert "Opgørelse af gæld pr. 30-06-2026" in text
        assert "10.487,50" in text and "Jens Sørensen" in text


def test_the_statement_command_prints_json(sqlite_url):
    def caplegal(*args):
        return subprocess.run(
            [sys.executable, "-m", "main", "--db", sqlite_url, *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert caplegal("import", "cases", "docs/examples/cases.json").returncode == 0
    result = caplegal("statement", "000001", "--as-of", "2026-11-23", "--json")
    document = json.loads(result.stdout)
    assert set(document["totals"]) >= {
        "principal",
        "interest",
        "fees",
        "salary",
        "vat",
        "costs",
        "paid",
        "balance",
    }
    assert document["claims"][0]["interest_periods"][0]["day_count"] == "30E/360"
    bad = caplegal("statement", "000001", "--as-of", "2026-13-01")
    assert bad.returncode != 0 and "ikke en dato" in bad.stderr


def test_a_deleted_claim_leaves_the_statement_as_if_it_never_was(app):
    from caplegal_desktop.services.claims.edit import NewClaim, add_claim, delete_claim

    case_id = make_case(app)
    with app.uow() as uow:
        before = case_statement(uow.session, case_id=case_id, as_of=date(2026, 6, 30))
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        add_claim(
            uow.session,
            case_id=case_id,
            user="test",
            today=date(2026, 2, 1),
            setup=setup,
            claim=NewClaim(
                description="Fejl",
                invoice_date=date(2026, 1, 2),
                principal=Decimal("999.00"),
                interest_code="DK-MORA",
                interest_from=date(2026, 1, 21),
            ),
        )
        uow.commit()
    with app.uow(write=True) as uow:
        from models import Claim

        wrong = uow.session.query(Claim).filter_by(case_id=case_id, description="Fejl").one()
        delete_claim(
            uow.session, case_id=case_id, claim_id=wrong.id, user="test", today=date(2026, 2, 2)
        )
        uow.commit()
    with app.uow() as uow:
        after = case_statement(uow.session, case_id=case_id, as_of=date(2026, 6, 30))
    assert after.totals.balance == before.totals.balance
    assert len(after.claims) == 1


def test_overviews_as_of_a_date_before_the_claims_show_nothing_owed_yet(app):
    from caplegal_desktop.services.statements.queries import (
        case_totals,
        outstanding_by_client,
    )

    case_id = make_case(app)  # the claim is invoiced 1 December 2025
    before_the_claim = date(2025, 11, 1)
    with app.uow() as uow:
        with pytest.raises(ValidationError, match="ligger før fordringernes dato"):
            case_statement(uow.session, case_id=case_id, as_of=before_the_claim)
        totals = case_totals(uow.session, case_id=case_id, as_of=before_the_claim)
        by_client = outstanding_by_client(uow.session, as_of=before_the_claim)
        later = case_totals(uow.session, case_id=case_id, as_of=date(2026, 6, 30))
        statement = case_statement(uow.session, case_id=case_id, as_of=date(2026, 6, 30))
    assert totals.balance == totals.principal == Decimal("0.00")
    assert [(c.cases, c.balance) for c in by_client] == [(1, Decimal("0.00"))]
    assert later.balance == statement.totals.balance > Decimal("10000.00")


def test_a_case_whose_only_claim_was_deleted_has_an_empty_statement(app):
    from caplegal_desktop.services.claims.edit import delete_claim
    from caplegal_desktop.services.search.browse import case_factbox
    from models import Claim

    case_id = make_case(app)
    with app.uow(write=True) as uow:
        claim = uow.session.query(Claim).filter_by(case_id=case_id).one()
        delete_claim(
            uow.session, case_id=case_id, claim_id=claim.id, user="test", today=date(2026, 2, 2)
        )
        uow.commit()
    with app.uow() as uow:
        statement = case_statement(uow.session, case_id=case_id, as_of=date(2026, 6, 30))
        factbox = case_factbox(uow.session, record_id=case_id, as_of=date(2026, 6, 30))
    assert statement.claims == () and statement.totals.balance == Decimal("0.00")
    assert factbox["total"] == factbox["principal"] == Decimal("0.00")
