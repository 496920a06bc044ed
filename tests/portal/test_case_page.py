"""The portal's case page (issue 16): the header and the four tabs, each case action and the
history line it leaves, documents and uploads, and 0 leaks: a Klient of client A gets the same
404 for B's case page, B's documents and every action on B's case as for a case that does not
exist. Real server, SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caplegal_desktop.config import data_dir
from caplegal_desktop.services.cases.actions import add_note
from caplegal_desktop.services.client_funds import create_drafts, post_settlements
from models import Case, CaseHistory, CaseParty, CaseRequest, Claim, JournalLine, Note, Party
from models.client_funds import SettlementLine
from models.portal_search import FavouriteCase
from tests.client_funds.builders import pay
from tests.portal.conftest import NEW_PASSWORD, browser, csrf_of, sign_in_as

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture
def fyn(server, world):
    with browser(server) as client:
        assert sign_in_as(client, "fyn").status_code == 303
        yield client


def _csrf(client, case_no: str) -> str:
    return csrf_of(client.get(f"/cases/{case_no}").text)


def _history(app, case_id: int) -> list[tuple[str, str, str]]:
    with app.uow() as uow:
        rows = uow.session.execute(
            select(CaseHistory.kind, CaseHistory.user, CaseHistory.action)
            .where(CaseHistory.case_id == case_id)
            .order_by(CaseHistory.id)
        ).all()
    return [tuple(r) for r in rows]


def _claim_id(app, case_id: int) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(Claim.id).where(Claim.case_id == case_id))


def _count(app, model, **where) -> int:
    with app.uow() as uow:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return uow.session.scalar(query)


def test_each_tab_shows_the_case(app, world, fyn):
    case_id, case_no = world["A"]
    page = fyn.get(f"/cases/{case_no}")
    assert page.status_code == 200
    text = page.text
    assert "Sagsnummer" in text and "Registreret" in text and "Sagsbehandler" in text
    assert "1.200,00" in text and "Kontingent" in text  # the invoice's capital, from the engine
    customers = fyn.get(f"/cases/{case_no}", params={"tab": "customers"}).text
    assert "Jens Ærø Sørensen" in customers and "Debitor" in customers
    history = fyn.get(f"/cases/{case_no}", params={"tab": "history"}).text
    assert "Historik" in history and "Vis alle" in history
    costs = fyn.get(f"/cases/{case_no}", params={"tab": "costs"}).text
    assert "Det kræves kunden for" in costs and "Faktureret klienten" in costs


def test_each_action_leaves_a_history_line_the_handler_sees(app, world, fyn):
    case_id, case_no = world["A"]
    claim_id = _claim_id(app, case_id)
    csrf = _csrf(fyn, case_no)
    later = (date.today() + timedelta(days=30)).isoformat()
    posts = [
        ("message", {"text": "Debitor har ringet til os"}),
        ("note", {"text": "Aftalt afdrag pr. telefon"}),
        ("favourite", {"on": "1"}),
        ("dormant", {"until": later}),
        ("dormant", {"wake": "1"}),
        (
            "payment",
            {
                "payment_type": "payment_to_client",
                "allocation": "capital",
                "claim": str(claim_id),
                "posting_date": date.today().isoformat(),
                "amount": "250,00",
            },
        ),
        ("recall", {"reason": "Kunden har betalt direkte"}),
    ]
    for path, data in posts:
        answer = fyn.post(f"/cases/{case_no}/{path}", data={**data, "csrf": csrf})
        assert answer.status_code == 303, (path, answer.text[:500])
        assert f"done={path}" in answer.headers["location"]
    actions = [action for _kind, _user, action in _history(app, case_id)]
    assert "Besked til sagsbehandler" in actions
    assert "Note tilføjet" in actions
    assert "Sagen er gjort til favorit i portalen" in actions
    assert any(a.startswith("Sagen hviler til") for a in actions)
    assert "Sagen er ikke længere hvilende" in actions
    assert any(
        a.startswith("Indbetaling direkte til klient 250,00 kr. registreret i kladde")
        for a in actions
    )
    assert actions[-1] == "Anmodning om tilbagekaldelse"
    # who acted: the portal user, on every line the portal wrote
    assert {user for _k, user, _a in _history(app, case_id)[-7:]} == {"fyn"}
    with app.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert case.status == "recall_requested" and case.closed_on is None  # a request only
        # the star is the portal user's own favourite, not a mark for the whole office
        assert uow.session.scalar(
            select(FavouriteCase.case_id).where(FavouriteCase.case_id == case_id)
        )
        assert not case.favourite
        kinds = set(
            uow.session.scalars(select(CaseRequest.kind).where(CaseRequest.case_id == case_id))
        )
        assert kinds == {"message", "recall"}
        line = uow.session.scalar(select(JournalLine).where(JournalLine.case_id == case_id))
        assert (line.amount, line.payment_type, line.allocation_targets, line.claim_id) == (
            Decimal("250.00"),
            "payment_to_client",
            "capital",
            claim_id,
        )
    history = fyn.get(f"/cases/{case_no}", params={"tab": "history"}).text
    assert "Anmodning om tilbagekaldelse" in history and "Kunden har betalt direkte" in history
    notes = fyn.get(f"/cases/{case_no}", params={"tab": "history", "kind": "info"}).text
    assert "Note tilføjet" in notes and "Anmodning om tilbagekaldelse" not in notes


def test_crediting_an_invoice_goes_through_the_journal(app, world, fyn):
    case_id, case_no = world["A"]
    claim_id = _claim_id(app, case_id)
    answer = fyn.post(
        f"/cases/{case_no}/credit", data={"claim": claim_id, "csrf": _csrf(fyn, case_no)}
    )
    assert answer.status_code == 303
    with app.uow() as uow:
        line = uow.session.scalar(select(JournalLine).where(JournalLine.case_id == case_id))
        assert (line.entry_type, str(line.amount)) == ("credit", "1200.00")
    assert _history(app, case_id)[-1][2].startswith("Kreditering af faktura")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "Beløbet skal være større end 0."),
        ("-5", "Skriv beløbet som et tal"),
        ("12,3,4", "Skriv beløbet som et tal"),
        ("tusind", "Skriv beløbet som et tal"),
    ],
)
def test_a_bad_amount_is_refused_beside_the_field_and_nothing_changes(
    app, world, fyn, amount, message
):
    case_id, case_no = world["A"]
    before = (_history(app, case_id), _count(app, JournalLine))
    answer = fyn.post(
        f"/cases/{case_no}/payment",
        data={
            "payment_type": "payment_to_client",
            "allocation": "capital",
            "posting_date": date.today().isoformat(),
            "amount": amount,
            "csrf": _csrf(fyn, case_no),
        },
    )
    assert answer.status_code == 422
    field = re.search(r'<span class="cp-err" id="err-amount">([^<]*)</span>', answer.text)
    assert field and message in field.group(1)
    assert (_history(app, case_id), _count(app, JournalLine)) == before


def test_empty_note_and_past_dormant_date_are_the_services_refusals(app, world, fyn):
    case_id, case_no = world["A"]
    before = _history(app, case_id)
    csrf = _csrf(fyn, case_no)
    note = fyn.post(f"/cases/{case_no}/note", data={"text": "  ", "csrf": csrf})
    assert note.status_code == 422 and "Noten skal udfyldes." in note.text
    past = fyn.post(
        f"/cases/{case_no}/dormant", data={"until": date.today().isoformat(), "csrf": csrf}
    )
    assert past.status_code == 422 and "Datoen skal ligge efter i dag." in past.text
    assert _history(app, case_id) == before and _count(app, Note) == 0


def test_uploads_are_checked_by_content_and_sent_back_as_attachments(app, world, fyn):
    case_id, case_no = world["A"]
    csrf = _csrf(fyn, case_no)

    def upload(name, data):
        return fyn.post(
            f"/cases/{case_no}/attach",
            data={"csrf": csrf, "description": "Fakturakopi"},
            files={"file": (name, data, "application/octet-stream")},
        )

    for name, data in (("faktura 456.pdf", PDF), ("kvittering.png", PNG), ("brev.docx", _docx())):
        assert upload(name, data).status_code == 303, name
    refused = {
        "program.pdf": b"MZ\x90\x00" + b"\x00" * 200,  # a Windows executable named .pdf
        "script.pdf": b"#!/bin/sh\nrm -rf /\n",
        "falsk.docx": _zip_without_word(),
        "billede.pdf": PNG,  # the name disagrees with the content
        "tom.pdf": b"",
        "stor.pdf": PDF + b"\x00" * (10 * 1024 * 1024),
    }
    for name, data in refused.items():
        answer = upload(name, data)
        assert answer.status_code == 422, name
        assert 'id="err-file"' in answer.text, name
    attachments = [r for r in _history(app, case_id) if r[0] == "attachment"]
    assert [a for _k, _u, a in attachments] == [
        "Fil vedhæftet: faktura 456.pdf",
        "Fil vedhæftet: kvittering.png",
        "Fil vedhæftet: brev.docx",
    ]
    with app.uow() as uow:
        rows = uow.session.execute(
            select(CaseHistory.id, CaseHistory.document_path)
            .where(CaseHistory.case_id == case_id, CaseHistory.kind == "attachment")
            .order_by(CaseHistory.id)
        ).all()
    for _id, path in rows:  # kept in the data folder, never under the served static folder
        assert path.startswith(str(data_dir())) and "static" not in path
    history = fyn.get(f"/cases/{case_no}", params={"tab": "history"}).text
    first_id = rows[0][0]
    assert f"/cases/{case_no}/documents/{first_id}" in history
    got = fyn.get(f"/cases/{case_no}/documents/{first_id}")
    assert got.status_code == 200 and got.content == PDF
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["content-disposition"].startswith("attachment;")
    assert "faktura 456.pdf" in got.headers["content-disposition"]
    assert got.headers["x-content-type-options"] == "nosniff"


def _zip_without_word() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.exe", b"MZ")
    return buffer.getvalue()


def test_print_sends_the_cases_pdf_and_says_so_in_the_history(app, world, fyn):
    case_id, case_no = world["A"]
    answer = fyn.post(f"/cases/{case_no}/print", data={"csrf": _csrf(fyn, case_no)})
    assert answer.status_code == 200
    assert answer.content.startswith(b"%PDF")
    assert answer.headers["content-disposition"].startswith("attachment;")
    assert _history(app, case_id)[-1][2] == "Sagen udskrevet (PDF) fra portalen"


def test_a_post_without_the_csrf_token_changes_nothing(app, world, fyn):
    case_id, case_no = world["A"]
    before = _history(app, case_id)
    for path, data in (
        ("note", {"text": "x"}),
        ("message", {"text": "x"}),
        ("favourite", {"on": "1"}),
        ("recall", {"reason": "x"}),
        (
            "payment",
            {"payment_type": "payment_to_client", "amount": "10", "posting_date": "2026-12-01"},
        ),
    ):
        answer = fyn.post(f"/cases/{case_no}/{path}", data=data)
        forged = fyn.post(f"/cases/{case_no}/{path}", data={**data, "csrf": "forged"})
        assert answer.status_code == forged.status_code == 400, path
    assert fyn.post(f"/cases/{case_no}/print", data={}).status_code == 400
    assert _history(app, case_id) == before


def test_client_a_gets_the_same_404_for_bs_case_documents_and_actions(app, world, server):
    case_b_id, case_b_no = world["B"]
    with browser(server) as vest:  # B's own user attaches a document on B's case
        sign_in_as(vest, "vest")
        csrf_b = _csrf(vest, case_b_no)
        vest.post(
            f"/cases/{case_b_no}/attach",
            data={"csrf": csrf_b},
            files={"file": ("hemmelig.pdf", PDF, "application/pdf")},
        )
    with app.uow() as uow:
        doc_b = uow.session.scalar(
            select(CaseHistory.id).where(
                CaseHistory.case_id == case_b_id, CaseHistory.kind == "attachment"
            )
        )
    assert doc_b is not None
    case_a_id, case_a_no = world["A"]
    before_b = _history(app, case_b_id)
    with browser(server) as fyn:
        sign_in_as(fyn, "fyn")
        csrf = _csrf(fyn, case_a_no)
        missing = fyn.get("/cases/999999")
        answers = {
            "page": fyn.get(f"/cases/{case_b_no}"),
            "tab": fyn.get(f"/cases/{case_b_no}", params={"tab": "history"}),
            "document": fyn.get(f"/cases/{case_b_no}/documents/{doc_b}"),
            # B's document through A's own case number: the line is not on A's case
            "document via A": fyn.get(f"/cases/{case_a_no}/documents/{doc_b}"),
        }
        for path, data in (
            ("note", {"text": "x"}),
            ("message", {"text": "x"}),
            ("favourite", {"on": "1"}),
            ("dormant", {"until": "2030-01-01"}),
            ("recall", {"reason": "x"}),
            (
                "payment",
                {"payment_type": "payment_to_client", "amount": "10", "posting_date": "2026-12-01"},
            ),  # fmt: skip
            ("credit", {"claim": "1"}),
            ("print", {}),
        ):
            answers[path] = fyn.post(f"/cases/{case_b_no}/{path}", data={**data, "csrf": csrf})
        answers["attach"] = fyn.post(
            f"/cases/{case_b_no}/attach",
            data={"csrf": csrf},
            files={"file": ("x.pdf", PDF, "application/pdf")},
        )
        missing_doc = fyn.get(f"/cases/999999/documents/{doc_b}")

    def scrub(text: str, case_no: str) -> str:
        return text.replace(case_no, "N")

    expected = scrub(missing.text, "999999")
    for what, answer in answers.items():
        assert answer.status_code == 404, what
        assert scrub(answer.text, case_b_no if "via A" not in what else case_a_no) == expected, what
        assert "hemmelig" not in answer.text and "Østergaard" not in answer.text
    assert missing_doc.status_code == 404
    assert _history(app, case_b_id) == before_b  # 0 changes on B's case
    with app.uow() as uow:
        assert not uow.session.get(Case, case_b_id).favourite
        assert not uow.session.scalar(
            select(FavouriteCase.case_id).where(FavouriteCase.case_id == case_b_id)
        )


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_each_tab_and_an_action_form_in_a_real_browser(app, server, world, tmp_path):
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    case_no = world["A"][1]
    with browser(server) as client:  # something in each tab: a note (info) and an attachment
        sign_in_as(client, "fyn")
        csrf = _csrf(client, case_no)
        client.post(f"/cases/{case_no}/note", data={"text": "Ringet til debitor", "csrf": csrf})
        client.post(
            f"/cases/{case_no}/attach",
            data={"csrf": csrf},
            files={"file": ("faktura.pdf", PDF, "application/pdf")},
        )
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width, height, tag in ((1366, 768, "wide"), (390, 844, "phone")):
            page = chromium.new_page(viewport={"width": width, "height": height})
            page.goto(server + "/login")
            page.fill("input[name=login]", "fyn")
            page.fill("input[name=password]", NEW_PASSWORD)
            with page.expect_navigation():
                page.click("button[type=submit]")
            for tab, words in (
                ("debts", "Kontingent"),
                ("customers", "Jens Ærø Sørensen"),
                ("history", "Note tilføjet"),
                ("costs", "Faktureret klienten"),
            ):
                page.goto(f"{server}/cases/{case_no}?tab={tab}")
                assert words in page.inner_text("main")
                page.screenshot(path=tmp_path / f"case_{tab}_{tag}.png", full_page=True)
            page.click("summary[aria-label='Betaling eller kreditering']")
            page.fill("input[name=amount]", "0")
            with page.expect_navigation():
                page.click("text=Gem betaling")
            assert "Beløbet skal være større end 0." in page.inner_text("main")
            page.screenshot(path=tmp_path / f"case_payment_refused_{tag}.png")
            page.close()
        chromium.close()


def test_costs_show_the_debtors_charges_and_what_the_client_was_invoiced(app, world, fyn):
    case_id, case_no = world["A"]
    pay(app, case_id, "1000.00", day=date.today())
    with app.uow(write=True) as uow:
        made = create_drafts(uow.session, to=date.today(), user="test", client_no="K-A")
        post_settlements(uow.session, user="test", settlement_ids=made.settlement_ids)
        uow.commit()
    with app.uow() as uow:
        firm = uow.session.scalar(
            select(SettlementLine.firm_part).where(SettlementLine.case_id == case_id)
        )
    assert firm > 0
    costs = fyn.get(f"/cases/{case_no}", params={"tab": "costs"}).text
    assert "Inkassosalær" in costs and "700,00" in costs  # charged to the debtor
    assert "Intet faktureret endnu." not in costs
    assert (
        "1.000,00" in costs
        and f"{firm:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") in costs
    )
    debts = fyn.get(f"/cases/{case_no}").text
    assert "1.000,00" in debts  # the payment in Indbetalt


def test_history_pages_and_filters_by_type(app, world, fyn):
    case_id, case_no = world["A"]
    with app.uow(write=True) as uow:
        for n in range(30):
            add_note(uow.session, case_id=case_id, text=f"Notat nummer {n}", user="ABH")
        uow.commit()
    first = fyn.get(f"/cases/{case_no}", params={"tab": "history", "kind": "info"}).text
    assert "Notat nummer 29" in first and "Notat nummer 4<" not in first
    assert "30 linjer" in first and 'rel="next"' in first and 'rel="prev"' not in first
    second = fyn.get(f"/cases/{case_no}", params={"tab": "history", "kind": "info", "page": 1})
    assert "Notat nummer 4<" in second.text and "Notat nummer 29" not in second.text
    assert 'rel="prev"' in second.text and "oprettet med" not in second.text


def test_a_swedish_user_sees_the_manuals_words(server, world):
    case_no = world["A"][1]
    with browser(server) as client:
        form = client.get("/login", params={"lang": "sv"})
        client.post(
            "/login",
            data={"login": "fyn", "password": NEW_PASSWORD, "csrf": csrf_of(form.text)},
        )
        page = client.get(f"/cases/{case_no}").text
    for words in ("Skulder", "Kunder", "Historik", "Kostnader", "Handläggare", "Betaltyp",
                  "Avräkningsordning", "Betalning till klient", "Räkna primärt av mot faktura",
                  "Spara betalning", "1 200,00"):  # fmt: skip
        assert words in page.replace("\xa0", " "), words


def test_customers_show_restructuring_deceased_and_bankruptcy(app, world, fyn):
    case_id, case_no = world["A"]
    with app.uow(write=True) as uow:
        party = uow.session.scalar(
            select(Party)
            .join(CaseParty, CaseParty.party_id == Party.id)
            .where(CaseParty.case_id == case_id)
        )
        party.in_debt_restructuring = party.deceased = party.in_bankruptcy = True
        uow.commit()
    page = fyn.get(f"/cases/{case_no}", params={"tab": "customers"}).text
    assert all(flag in page for flag in ("Gældssanering", "Afdød", "Konkurs"))


def test_a_disputed_invoice_is_marked_on_the_debts_tab(app, world, fyn):
    from tests.limitation.test_objections_and_hold_backs import objection

    case_id, case_no = world["A"]
    assert "Bestridt" not in fyn.get(f"/cases/{case_no}").text
    # WHEN the office registers the debtor's objection to the invoice
    objection(app, case_id, claim_id=_claim_id(app, case_id), today=date.today())
    # THEN the client sees the invoice marked disputed (and still listed, as the statement does)
    text = fyn.get(f"/cases/{case_no}").text
    assert 'class="cp-mark"' in text and "Bestridt" in text and "Kontingent" in text
    assert "Forældet" not in text
