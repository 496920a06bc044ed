"""Registrera ärende and Registrera betalning in the portal, and the API's payments route and
idempotent intake (issue 16), on a real server: a Klient user registers a case for their own
client by the form or by uploading the intake JSON, whole or nothing, with the report; sending
the same external_ref again creates nothing and answers the existing case number; a payment to
the client goes into the case's journal through register_payment; another client's case answers
exactly like one that does not exist."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from models import Case, Client, JournalLine
from models.enums import PaymentType
from tests.portal.conftest import browser, csrf_of, sign_in_as

EXAMPLE = json.loads((Path(__file__).parents[2] / "docs/examples/cases.json").read_text())


def case_count(app) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(func.count(Case.id)))


def client_of(app, case_no: str) -> str:
    with app.uow() as uow:
        return uow.session.scalar(
            select(Client.no).join(Case, Case.client_id == Client.id).where(Case.no == case_no)
        )


def journal_lines(app, case_id: int) -> list[JournalLine]:
    with app.uow() as uow:
        rows = uow.session.scalars(select(JournalLine).where(JournalLine.case_id == case_id))
        return [(r.payment_type, r.amount, r.posting_date, r.allocation_targets) for r in rows]


def form_of(csrf: str, **extra) -> dict:
    form = {
        "csrf": csrf,
        "external_ref": "FYN-2026-77",
        "regarding": "Fjernvarme 2026",
        "debtor_kind": "person",
        "debtor_name": "Karen Ølgaard",
        "debtor_id_type": "cpr",
        "debtor_id_no": "070761-4285",
        "debtor_address": "Søndergade 3",
        "debtor_postcode": "5000",
        "debtor_city": "Odense C",
        "claim_0_invoice_no": "F-1001",
        "claim_0_invoice_date": "2026-09-01",
        "claim_0_due_date": "2026-10-01",
        "claim_0_amount": "1.234,50",
        "claim_1_invoice_no": "F-1002",
        "claim_1_description": "Aflæsning",
        "claim_1_invoice_date": "2026-10-01",
        "claim_1_due_date": "2026-11-01",
        "claim_1_amount": "300",
    }
    form.update(extra)
    return form


def test_the_form_registers_a_case_for_the_users_own_client_whole_or_nothing(server, app, world):
    before = case_count(app)
    with browser(server) as client:
        sign_in_as(client, "fyn")
        page = client.get("/register/case")
        assert page.status_code == 200 and "K-A · Fjernvarme Fyn A/S" in page.text
        # a bad form: every problem named, nothing created
        bad = client.post("/register/case", data=form_of(csrf_of(page.text),
                          claim_1_invoice_date="2026-02-30", claim_0_amount="mange"))  # fmt: skip
        assert bad.status_code == 422
        assert "Fakturadato 2: Datoen findes ikke" in bad.text  # in the user's language
        assert "claims[0].principal" in bad.text
        assert 'value="F-1001"' in bad.text  # the form keeps what was typed
        nameless = client.post("/register/case", data=form_of(csrf_of(page.text), debtor_name=""))
        assert nameless.status_code == 422 and "Navnet skal udfyldes." in nameless.text
        assert case_count(app) == before
        made = client.post("/register/case", data=form_of(csrf_of(page.text)))
        assert made.status_code == 201
        case_no = made.text.split('<a href="/cases/', 1)[1].split('"', 1)[0]
        assert client_of(app, case_no) == "K-A"
        shown = client.get(f"/cases/{case_no}")
        assert "1.234,50" in shown.text and "300,00" in shown.text
        # the same reference again: nothing new, the existing number answered
        again = client.post("/register/case", data=form_of(csrf_of(page.text)))
        assert (
            again.status_code == 200 and "Findes allerede" in again.text and case_no in again.text
        )
    assert case_count(app) == before + 1


def test_an_uploaded_intake_file_is_registered_for_the_own_client_and_only_once(server, app, world):
    document = copy.deepcopy(EXAMPLE)
    document["cases"][0]["external_ref"] = "UPLOAD-1"  # its client is someone else: ignored
    bad = copy.deepcopy(document)
    bad["cases"][0]["claims"][0]["principal"] = "12.500,00"
    before = case_count(app)
    with browser(server) as client:
        sign_in_as(client, "fyn")
        csrf = csrf_of(client.get("/register/case").text)
        refused = client.post("/register/upload", data={"csrf": csrf},
                              files={"file": ("cases.json", json.dumps(bad), "application/json")})  # fmt: skip
        assert refused.status_code == 422 and "claims[0].principal" in refused.text
        broken = client.post("/register/upload", data={"csrf": csrf},
                             files={"file": ("cases.json", b"{not json", "application/json")})  # fmt: skip
        assert broken.status_code == 400 and "ikke gyldig JSON" in broken.text
        assert case_count(app) == before
        upload = {"file": ("cases.json", json.dumps(document), "application/json")}
        made = client.post("/register/upload", data={"csrf": csrf}, files=upload)
        assert made.status_code == 201
        case_no = made.text.split('<a href="/cases/', 1)[1].split('"', 1)[0]
        assert client_of(app, case_no) == "K-A"
        upload = {"file": ("cases.json", json.dumps(document), "application/json")}
        again = client.post("/register/upload", data={"csrf": csrf}, files=upload)
        assert again.status_code == 200 and case_no in again.text
    assert case_count(app) == before + 1


def test_the_api_answers_the_existing_case_for_a_reference_sent_again(server, app, world):
    headers = {"Authorization": f"Bearer {world['tokens']['fyn']}"}
    record = copy.deepcopy(EXAMPLE["cases"][0])
    record["external_ref"] = "ERP-4711"
    with browser(server) as client:
        first = client.post("/api/v1/cases", json={"cases": [record]}, headers=headers)
        assert first.status_code == 201
        (case_no,) = first.json()["created"]
        before = case_count(app)
        again = client.post("/api/v1/cases", json={"cases": [record]}, headers=headers)
        assert again.status_code == 200
        assert again.json()["created"] == []
        assert again.json()["existing"] == [
            {"index": 0, "external_ref": "ERP-4711", "case_no": case_no}
        ]
    assert case_count(app) == before
    # another client may use the same reference for its own case
    with browser(server) as client:
        other = {"Authorization": f"Bearer {world['tokens']['vest']}"}
        theirs = client.post("/api/v1/cases", json={"cases": [record]}, headers=other)
        assert theirs.status_code == 201 and theirs.json()["created"] != [case_no]


def test_a_payment_to_the_client_goes_into_the_cases_journal(server, app, world):
    (case_a, case_a_no), (case_b, case_b_no) = world["A"], world["B"]
    with browser(server) as client:
        sign_in_as(client, "fyn")
        page = client.get("/register/payment", params={"case": case_a_no})
        assert page.status_code == 200 and f'value="{case_a_no}"' in page.text
        csrf = csrf_of(page.text)
        today = date.today().isoformat()
        bad = client.post("/register/payment", data={"csrf": csrf, "case_no": case_a_no,
                          "amount": "-5", "date": "2099-01-01", "allocation": "capital"})  # fmt: skip
        assert bad.status_code == 422 and "beløb" in bad.text and "dato" in bad.text
        theirs = client.post("/register/payment", data={"csrf": csrf, "case_no": case_b_no,
                             "amount": "500", "date": today})  # fmt: skip
        none = client.post("/register/payment", data={"csrf": csrf, "case_no": "999999",
                           "amount": "500", "date": today})  # fmt: skip
        assert theirs.status_code == none.status_code == 404
        assert journal_lines(app, case_a) == journal_lines(app, case_b) == []
        done = client.post("/register/payment", data={"csrf": csrf, "case_no": case_a_no,
                           "amount": "1.000,00", "date": today, "allocation": "capital"})  # fmt: skip
        assert done.status_code == 201 and "1.000,00" in done.text
    assert journal_lines(app, case_a) == [
        (
            PaymentType.PAYMENT_TO_CLIENT,
            Decimal("1000.00"),
            date.today(),
            "capital,interest,fee,cost",
        )  # fmt: skip
    ]


def test_the_api_books_a_payment_to_the_client_through_the_journal(server, app, world):
    (case_a, case_a_no), case_b_no = world["A"], world["B"][1]
    headers = {"Authorization": f"Bearer {world['tokens']['fyn']}"}
    today = date.today().isoformat()
    with browser(server) as client:
        url = f"/api/v1/cases/{case_a_no}/payments"
        bad = client.post(url, json={"amount": "12,50", "date": "2026-13-01"}, headers=headers)
        assert bad.status_code == 422
        assert {e["field"] for e in bad.json()["errors"]} == {"amount", "date"}
        theirs = client.post(f"/api/v1/cases/{case_b_no}/payments",
                             json={"amount": "10.00", "date": today}, headers=headers)  # fmt: skip
        missing = client.post("/api/v1/cases/999999/payments",
                              json={"amount": "10.00", "date": today}, headers=headers)  # fmt: skip
        assert theirs.status_code == missing.status_code == 404
        assert theirs.json() == missing.json()
        booked = client.post(url, json={"amount": "250.00", "date": today,
                             "allocation": ["interest", "capital"]}, headers=headers)  # fmt: skip
        assert booked.status_code == 201
        body = booked.json()
        assert body["case_no"] == case_a_no and body["amount"] == "250.00"
        assert body["allocation"] == ["interest", "capital"]
        assert body["journal_line_id"] and body["posted"] is False
    assert journal_lines(app, case_a) == [
        (PaymentType.PAYMENT_TO_CLIENT, Decimal("250.00"), date.today(), "interest,capital")
    ]
