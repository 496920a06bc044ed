"""The payment ID on our own letter finds its case (issue 21 §1): merge a letter, read its
betalings-id from the .docx, write a bank file paying with it, import it, and find the payment
on the right case — not in suspense — for camt.054 (FI and OCR references), BgMax and FI lists.
The same id is what quick search and `caplegal case find` know."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from docx import Document
from sqlalchemy import select

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.follow_ups import letters
from caplegal_desktop.services.journal import payments_import
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.search.case_search import find_cases
from caplegal_desktop.services.shared.payment_ids import payment_id_for
from models import Case, JournalLine, SuspensePayment
from tests.foundation.test_cli import caplegal
from workflows.bankfiles import (
    PaymentSpec,
    ReferenceKind,
    make_bgmax,
    make_camt054,
    make_fi_file,
)

TODAY = date(2026, 11, 23)
PAID_ON = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_DATA_DIR", str(tmp_path / "data"))


def new_case(app, *, debtor: str, currency: str = "DKK") -> int:
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628", vat_registered=True),
        debtors=[PartyInput(name=debtor, kind="person", postcode="5000", address="Vestergade 1")],
        regarding="Varmeregning",
        claims=[
            ClaimInput(
                description="Varmeregning",
                invoice_no="F-1",
                invoice_date=date(2026, 1, 5),
                due_date=date(2026, 2, 1),
                principal=Decimal("5000.00"),
            )
        ],
        currency=currency,
        created_on=TODAY,
    )
    with app.uow(write=True) as uow:
        made = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=TODAY
        )
        uow.commit()
    return made.case_id


def betalings_id_of_letter(app, case_id: int, tmp_path) -> str:
    """Merge the reminder and read the betalings-id back from the .docx, as the debtor would."""
    out = tmp_path / f"rykker-{case_id}.docx"
    with app.uow() as uow:
        letters.merge_case_letter(
            uow.session, template="rykker.docx", case_id=case_id, out=out, as_of=TODAY
        )
    text = "\n".join(
        cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells
    )
    found = re.search(r"Betalings-id: (\d{15})", text)
    assert found, text
    return found.group(1)


def bank_file(kind: str, payment_id: str, amount: Decimal) -> tuple[bytes, str]:
    if kind == "camt.054 FI":
        spec = PaymentSpec(amount, PAID_ON, payment_id, ReferenceKind.FIK71, payer_name="Debitor")
        return make_camt054([spec], msg_id="MSG-FI-1"), "camt-fi.xml"
    if kind == "camt.054 OCR":
        spec = PaymentSpec(amount, PAID_ON, payment_id, ReferenceKind.OCR, payer_name="Debitor")
        return make_camt054([spec], msg_id="MSG-OCR-1"), "camt-ocr.xml"
    if kind == "BgMax":
        spec = PaymentSpec(
            amount, PAID_ON, payment_id, ReferenceKind.OCR, currency="SEK", payer_name="Debitor"
        )
        return make_bgmax([spec], created=datetime(2026, 12, 1, 6, 0)), "bgmax.txt"
    spec = PaymentSpec(amount, PAID_ON, payment_id, ReferenceKind.FIK71, payer_name="Debitor")
    return make_fi_file([spec], file_id="FI-2026-1201", created=PAID_ON), "fi.csv"


@pytest.mark.parametrize("kind", ["camt.054 FI", "camt.054 OCR", "BgMax", "FI list"])
def test_a_payment_with_the_betalings_id_of_our_letter_lands_on_its_case(app, tmp_path, kind):
    # GIVEN two cases (so a match is not a lucky guess), the second one's letter sent
    currency = "SEK" if kind == "BgMax" else "DKK"
    new_case(app, debtor="Anders And", currency=currency)
    case_id = new_case(app, debtor="Jens Ærø Sørensen", currency=currency)
    payment_id = betalings_id_of_letter(app, case_id, tmp_path)
    # WHEN the debtor pays exactly as the letter asks and the bank file is imported
    data, filename = bank_file(kind, payment_id, Decimal("1234.56"))
    with app.uow(write=True) as uow:
        result = payments_import.import_payment_file(
            uow.session, data=data, filename=filename, user="test"
        )
        uow.commit()
    # THEN the payment is a journal line on that case, and nothing waits in suspense
    assert (result.matched_count, result.suspense_count) == (1, 0)
    with app.uow() as uow:
        line = uow.session.scalars(select(JournalLine)).one()
        assert (line.case_id, line.amount) == (case_id, Decimal("1234.56"))
        assert uow.session.scalars(select(SuspensePayment)).all() == []
        # AND quick search knows the same id (alone or as the card's code line)
        for text in (payment_id, f"+71<{payment_id}+81234567<"):
            assert [h.case_id for h in find_cases(uow.session, text=text)] == [case_id]


def test_the_payment_id_is_stored_when_the_case_is_made(app):
    case_id = new_case(app, debtor="Jens Ærø Sørensen")
    with app.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert case.payment_id == payment_id_for(case.no)
        assert len(case.payment_id) == 15 and case.payment_id.endswith(payment_id_for(case.no)[-1])


def test_caplegal_case_find_finds_the_case_by_its_betalings_id(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "3", "--seed", "4").returncode == 0
    payment_id = payment_id_for("000002")
    found = caplegal("--db", sqlite_url, "case", "find", payment_id, "--json")
    assert found.returncode == 0, found.stderr
    assert [hit["case_no"] for hit in json.loads(found.stdout)] == ["000002"]


def test_caplegal_case_show_prints_the_betalings_id(sqlite_url):
    assert caplegal("--db", sqlite_url, "demo", "--cases", "2", "--seed", "4").returncode == 0
    shown = caplegal("--db", sqlite_url, "case", "show", "000002", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["payment_id"] == payment_id_for("000002")
    text = caplegal("--db", sqlite_url, "case", "show", "000002")
    assert f"Betalings-id: {payment_id_for('000002')}" in text.stdout
