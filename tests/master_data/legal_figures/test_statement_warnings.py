"""Warnings, never silence: a statement across a missing or unconfirmed legal figure says so."""

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.follow_ups.letters import case_record
from caplegal_desktop.services.master_data import legal_figures, reference_rates
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.statements.queries import case_statement, statement_pdf

JULY = date(2026, 7, 1)
AS_OF = date(2026, 11, 30)


def danish_case(app, *, due=date(2025, 12, 31), fees=False) -> int:
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628"),
        debtors=[PartyInput(name="Jens Sørensen", cpr="070761-4285", postcode="5000")],
        claims=[
            ClaimInput(
                description="Varmeregning",
                invoice_date=due.replace(day=1),
                due_date=due,
                principal=Decimal("10000.00"),
            )
        ],
        add_automatic_fees=fees,
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session),
            today=date(2026, 1, 15),
        )  # fmt: skip
        uow.commit()
    return created.case_id


def statement(app, case_id, as_of=AS_OF):
    with app.uow() as uow:
        return case_statement(uow.session, case_id=case_id, as_of=as_of)


def codes(found):
    return [(w["code"], w["table"], w["date"]) for w in found.to_json_dict()["warnings"]]


def test_a_statement_across_a_missing_july_row_computes_with_the_last_rate_and_says_so(app):
    # GIVEN a Danish claim due 31 Dec 2025 and a table whose newest row is 1 Jan 2026 (1,75 %)
    case_id = danish_case(app)
    # WHEN the statement is made as of 30 Nov 2026
    found = statement(app, case_id)
    # THEN interest runs on at 1,75 + 8 = 9,75 % (30E/360: 330 days) ...
    (period,) = found.claims[0].interest_periods
    assert (period.first, period.last, period.rate_pct) == (
        date(2026, 1, 1), AS_OF, Decimal("9.75"),
    )  # fmt: skip
    assert found.totals.interest == Decimal("893.75")  # 10.000 × 9,75 % × 330 / 360
    # ... and the statement says the 1 July row is missing and the 1 January row unconfirmed
    assert codes(found) == [
        ("reference_rate_missing", "DK", "2026-07-01"),
        ("figure_unconfirmed", "DK", "2026-01-01"),
    ]
    assert found.to_json_dict()["warnings"][0]["message"] == (
        "Referencesats mangler for 1. juli 2026 (DK): renten er beregnet med den senest kendte sats."
    )


def test_a_statement_before_the_missing_half_year_has_no_missing_warning(app):
    case_id = danish_case(app)
    found = statement(app, case_id, as_of=date(2026, 6, 30))
    assert codes(found) == [("figure_unconfirmed", "DK", "2026-01-01")]


def test_adding_and_confirming_the_rows_silences_the_warnings_and_changes_the_interest(app):
    case_id = danish_case(app)
    with app.uow(write=True) as uow:
        reference_rates.set_rate(
            uow.session, table="DK", valid_from=JULY, rate_pct="1.50",
            source="nationalbanken.dk", user="anna",
        )  # fmt: skip
        uow.commit()
    found = statement(app, case_id)
    assert codes(found) == [
        ("figure_unconfirmed", "DK", "2026-01-01"),
        ("figure_unconfirmed", "DK", "2026-07-01"),
    ]
    # 180 days at 9,75 % + 150 days at 9,50 %: 487,50 + 395,83
    assert found.totals.interest == Decimal("883.33")
    with app.uow(write=True) as uow:
        for day in (date(2026, 1, 1), JULY):
            reference_rates.confirm_rate(uow.session, table="DK", valid_from=day, user="bo")
        uow.commit()
    assert statement(app, case_id).to_json_dict()["warnings"] == []


def test_a_statement_printed_before_a_correction_is_explained_by_the_history(app):
    case_id = danish_case(app)
    with app.uow(write=True) as uow:
        reference_rates.set_rate(
            uow.session, table="DK", valid_from=JULY, rate_pct="1.50", source="tastet", user="anna"
        )
        uow.commit()
    before = statement(app, case_id).totals.interest
    with app.uow(write=True) as uow:
        reference_rates.correct_rate(
            uow.session, table="DK", valid_from=JULY, rate_pct="1.60",
            source="nationalbanken.dk", user="bo", reason="forkert sats tastet",
        )  # fmt: skip
        uow.commit()
    after = statement(app, case_id).totals.interest
    # 150 days × 0,10 % more on 10.000: 4,17
    assert (before, after) == (Decimal("883.33"), Decimal("887.50"))
    with app.uow() as uow:
        history = reference_rates.rate_history(uow.session, table="DK", valid_from=JULY)
    change = next(c for c in history if c.field == "rate_pct")
    assert (change.old_value, change.new_value, change.changed_by) == ("1.5", "1.6", "bo")
    assert change.reason == "forkert sats tastet" and change.changed_at is not None


def test_a_salary_taken_from_an_unconfirmed_table_is_flagged(app):
    # GIVEN a claim due in 2010: its salary comes from the 2009 table, whose start is UNVERIFIED
    case_id = danish_case(app, due=date(2010, 5, 1), fees=True)
    found = statement(app, case_id)
    flagged = [w for w in found.warnings if w.table == "SALAER"]
    assert [(w.code, w.date) for w in flagged] == [("figure_unconfirmed", date(2009, 7, 1))]
    assert "BEK423-2009" in flagged[0].message
    # WHEN a user confirms the bracket the amount came from, THEN the warning goes
    with app.uow(write=True) as uow:
        rows = legal_figures.list_fee_amounts(uow.session, fee_code="SALAER")
        for row in rows:
            if row.table_name == "BEK423-2009":
                legal_figures.confirm_fee_amount(uow.session, row_id=row.row_id, user="bo")
        uow.commit()
    assert not [w for w in statement(app, case_id).warnings if w.table == "SALAER"]


def test_the_letter_record_carries_the_warnings_for_its_forbehold_line(app):
    case_id = danish_case(app)
    with app.uow() as uow:
        record = case_record(uow.session, case_id=case_id, as_of=AS_OF)
    assert record["Advarsler"].startswith("Referencesats mangler for 1. juli 2026 (DK)")
    assert (
        "Referencesatsen (DK) pr. 1. januar 2026 (1,75 %) er ikke bekræftet." in record["Advarsler"]
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_both_pdfs_print_the_warnings(app, tmp_path):
    case_id = danish_case(app)
    texts = []
    for account in (False, True):
        target = tmp_path / f"{account}.pdf"
        with app.uow() as uow:
            statement_pdf(uow.session, case_id=case_id, as_of=AS_OF, target=target, account=account)
        texts.append(
            subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
        )
    for text in texts:
        assert "Forbehold" in text and "Referencesats mangler for 1. juli 2026 (DK)" in text
        assert "pr. 1. januar 2026 (1,75 %) er ikke bekræftet" in text
