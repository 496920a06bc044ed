"""The merge record of a case: every catalogue field, optional fields by name, the OCR line."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from caplegal_desktop.services.follow_ups import letters
from models import CompanySetup, OptionalFieldDef, OptionalFieldValue
from tests.follow_ups.builders import CREATED, new_case
from workflows.mailmerge import field_catalogue


def test_the_record_fills_every_catalogue_field_from_the_case(app):
    case_id, case_no = new_case(app)
    with app.uow(write=True) as uow:
        company = uow.session.scalars(select(CompanySetup)).one()
        company.fi_creditor_no = "81234567"
        company.iban = "DK5000400440116243"
        uow.session.add_all(
            [
                OptionalFieldDef(code="Rettens_Nr", label="Rettens nr.", value_type="text"),
                OptionalFieldDef(code="Berammelsesdato", label="Retsmøde", value_type="date"),
                OptionalFieldDef(code="Aftalt_Beloeb", label="Aftalt beløb", value_type="amount"),
            ]
        )
        uow.session.flush()
        for code, value in (
            ("Rettens_Nr", "BS-4521/2026"),
            ("Berammelsesdato", "2027-01-14 10:00"),
            ("Aftalt_Beloeb", "1.500,50"),
        ):
            uow.session.add(OptionalFieldValue(case_id=case_id, field_code=code, value=value))
        uow.commit()
    with app.uow() as uow:
        record = letters.case_record(
            uow.session,
            case_id=case_id,
            as_of=CREATED,
            step=letters.LetterStep(payment_days=10, letter_no=2),
        )
    rows = set(field_catalogue.CLAIM_FIELDS) | set(field_catalogue.SPEC_FIELDS)
    assert set(field_catalogue.MERGE_FIELDS) - rows <= set(record)
    assert record["Sag_Nr"] == case_no and record["Debitor_Navn"] == "Jens Ærø Sørensen"
    assert record["Hovedstol"] == Decimal("5000.00") and record["Saldo"] > record["Hovedstol"]
    assert record["Betalingsfrist"] == date(2026, 12, 3) and record["Rykker_Nr"] == 2
    assert record["OCR_Linje"].startswith("+71<") and record["OCR_Linje"].endswith("+81234567<")
    assert record["Klient_Konto"] == "Reg.nr. 0040 kontonr. 0440116243"
    assert record["Rettens_Nr"] == "BS-4521/2026"
    assert record["Berammelsesdato"].hour == 10
    assert record["Aftalt_Beloeb"] == Decimal("1500.50")
    (claim,) = record[field_catalogue.CLAIMS_GROUP]
    assert set(claim) == set(field_catalogue.CLAIM_FIELDS)
    assert claim["Fordring_Fakturanr"] == "F-4711" and claim["Fordring_Hovedstol"] == Decimal(
        "5000.00"
    )


def test_a_stored_record_reads_back_with_its_types():
    record = field_catalogue.example_record()
    assert letters.record_from_json(letters.record_to_json(record)) == record
