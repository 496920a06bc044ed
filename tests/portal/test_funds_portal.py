"""Klientmedelsredovisning on a real server, SQLite and PostgreSQL: the client's posted
settlements with their lines, the PDF in the client's language and the Excel appendix as
attachments, the client funds balance — and 0 leaks: another client's settlement, its documents
and a draft answer exactly like a settlement that does not exist."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from caplegal_desktop.services import news
from caplegal_desktop.services.client_funds import create_drafts, post_settlements
from models import Client, ClientFundsAgreement, Settlement
from tests.client_funds.builders import pay
from tests.office.builders import a_case, a_department, a_user, signed_in
from tests.portal.conftest import NEW_PASSWORD, browser, sign_in_as

TO = date(2026, 11, 30)


def _settle(app, world, *, swedish_b: bool = True) -> dict[str, int]:
    """A posted settlement for each client (B's agreement in Swedish), and a draft for A."""
    with app.uow(write=True) as uow:
        for no, language in (("K-A", "da"), ("K-B", "sv" if swedish_b else "da")):
            client_id = uow.session.scalar(select(Client.id).where(Client.no == no))
            uow.session.merge(ClientFundsAgreement(client_id=client_id, language=language))
        uow.commit()
    pay(app, world["A"][0], "700.00", day=date(2026, 11, 20))
    pay(app, world["B"][0], "300.00", day=date(2026, 11, 21))
    with app.uow(write=True) as uow:
        create_drafts(uow.session, to=TO, user="t")
        post_settlements(uow.session, user="t")
        uow.commit()
    pay(app, world["A"][0], "100.00", day=date(2026, 12, 2))
    with app.uow(write=True) as uow:
        create_drafts(uow.session, to=date(2026, 12, 31), user="t")
        uow.commit()
    with app.uow() as uow:
        rows = uow.session.execute(
            select(Settlement.id, Client.no, Settlement.status)
            .join(Client, Client.id == Settlement.client_id)
        ).all()  # fmt: skip
    ids = {no: sid for sid, no, status in rows if status == "posted"}
    ids["draft"] = next(sid for sid, _no, status in rows if status == "draft")
    return ids


def test_the_clients_settlements_lines_documents_and_balance(server, app, world):
    ids = _settle(app, world)
    with browser(server) as client:
        sign_in_as(client, "fyn")
        page = client.get("/funds")
        assert page.status_code == 200
        assert f'href="/funds/{ids["K-A"]}"' in page.text
        assert f'href="/funds/{ids["K-B"]}"' not in page.text
        assert f'href="/funds/{ids["draft"]}"' not in page.text  # drafts are the office's
        assert "700,00" in page.text  # collected, and (all principal) the client's part
        one = client.get(f"/funds/{ids['K-A']}")
        assert one.status_code == 200 and world["A"][1] in one.text
        pdf = client.get(f"/funds/{ids['K-A']}/pdf")
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        assert pdf.headers["content-disposition"].startswith("attachment;")
        xlsx = client.get(f"/funds/{ids['K-A']}/xlsx")
        assert xlsx.headers["content-disposition"].startswith("attachment;")
        book = load_workbook(BytesIO(xlsx.content))
        cases = {row[0] for row in book["Linjer"].iter_rows(min_row=2, values_only=True)}
        assert cases == {world["A"][1]}
    with browser(server) as client:  # B's PDF in B's language (Swedish)
        sign_in_as(client, "vest")
        pdf_b = client.get(f"/funds/{ids['K-B']}/pdf").content
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf_b, capture_output=True, check=True)
    assert "Inbetalningar till och med" in text.stdout.decode()


def test_no_settlement_or_document_of_another_client_is_reachable(server, app, world):
    ids = _settle(app, world)
    with browser(server) as client:
        sign_in_as(client, "fyn")
        missing = client.get("/funds/999999")
        for path in (f"/funds/{ids['K-B']}", f"/funds/{ids['K-B']}/pdf",
                     f"/funds/{ids['K-B']}/xlsx", f"/funds/{ids['draft']}",
                     f"/funds/{ids['draft']}/pdf", "/funds/abc", f"/funds/{ids['K-A']}/exe"):  # fmt: skip
            answer = client.get(path)
            assert answer.status_code == 404, path
            assert answer.text == missing.text, path  # the very same page
        assert "300,00" not in client.get("/funds").text  # B's money
    with browser(server) as client:  # signed out: the sign-in page, never a document
        assert client.get(f"/funds/{ids['K-A']}/pdf").status_code == 303


def test_a_department_user_sees_their_departments_lines_and_nothing_else(server, app, world):
    """A Klient user limited to NORD: each settlement holding NORD payments, with those lines
    and their sums only; no payout, balance or documents of the whole client; a settlement
    without NORD lines, another client's, a draft and every document answer as missing."""
    a_department(app, "K-A", "NORD", "Klub Nord")
    a_department(app, "K-A", "SYD", "Klub Syd")
    nord_case = a_case(app, "K-A", "Niels Nordmand", department="NORD")
    pay(app, nord_case[0], "200.00", day=date(2026, 11, 22))
    ids = _settle(app, world)
    a_user(app, "nord", "Klient", client_no="K-A", departments=["NORD"])
    a_user(app, "syd", "Klient", client_no="K-A", departments=["SYD"])
    for login in ("nord", "syd"):
        signed_in(app, login, change_to=NEW_PASSWORD)
    with browser(server) as client:
        sign_in_as(client, "nord")
        page = client.get("/funds")
        assert page.status_code == 200 and f'href="/funds/{ids["K-A"]}"' in page.text
        assert "Klub Nord" in page.text and "200,00" in page.text
        assert "700,00" not in page.text and "900,00" not in page.text  # not the whole client's
        assert f"/funds/{ids['K-A']}/pdf" not in page.text
        one = client.get(f"/funds/{ids['K-A']}")
        assert one.status_code == 200 and nord_case[1] in one.text
        assert world["A"][1] not in one.text and "700,00" not in one.text
        assert "Udbetales" not in one.text  # the payout is the whole client's
        missing = client.get("/funds/999999")
        for path in (f"/funds/{ids['K-A']}/pdf", f"/funds/{ids['K-A']}/xlsx",
                     f"/funds/{ids['K-B']}", f"/funds/{ids['draft']}"):  # fmt: skip
            answer = client.get(path)
            assert answer.status_code == 404 and answer.text == missing.text, path
    with browser(server) as client:  # SYD has no lines anywhere: nothing at all
        sign_in_as(client, "syd")
        assert f'href="/funds/{ids["K-A"]}"' not in client.get("/funds").text
        assert client.get(f"/funds/{ids['K-A']}").status_code == 404


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(os.environ.get("CAPLEGAL_SHOTS", tempfile.gettempdir())) / "pfunds-shots"


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_overview_reports_and_funds_in_a_real_browser(server, app, world):
    """Screenshots of Översikt, Rapporter (archive and new) and Klientmedelsredovisning at
    1366x768 and on a 390-px phone, saved for a person to look at."""
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    ids = _settle(app, world)
    with app.uow(write=True) as uow:
        news.add_news(uow.session, text="Julelukket 24.–26. december. God jul!", user="adm")
        uow.commit()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width, height, tag in ((1366, 768, "wide"), (390, 844, "phone")):
            page = chromium.new_page(viewport={"width": width, "height": height})
            page.goto(server + "/login")
            page.fill("input[name=login]", "fyn")
            page.fill("input[name=password]", NEW_PASSWORD)
            with page.expect_navigation():
                page.click("button[type=submit]")
            assert "Julelukket" in page.inner_text("main")
            page.screenshot(path=SHOTS / f"overview_{tag}.png", full_page=True)
            page.goto(server + "/reports/new")
            page.select_option("select[name=report]", "collected")
            page.check("input[name=detailed][value='1']")
            page.fill("input[name=period_from]", "2026-11-01")
            page.fill("input[name=period_to]", "2026-11-30")
            page.screenshot(path=SHOTS / f"reports_new_{tag}.png", full_page=True)
            with page.expect_navigation():
                page.click("button.primary")
            assert "/reports" in page.url and "XLSX" in page.inner_text("main")
            page.screenshot(path=SHOTS / f"reports_archive_{tag}.png", full_page=True)
            page.goto(server + "/funds")
            assert "700,00" in page.inner_text("main")
            page.screenshot(path=SHOTS / f"funds_{tag}.png", full_page=True)
            page.goto(server + f"/funds/{ids['K-A']}")
            page.screenshot(path=SHOTS / f"funds_settlement_{tag}.png", full_page=True)
            page.close()
        chromium.close()
