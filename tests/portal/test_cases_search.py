"""Ärenden on a real server (issue 16, the Backstage manual), on SQLite and PostgreSQL: the form's
filters and tabs, paging and sorting, personnummer with and without the dash, the header's
Snabbsök opening a case named by an identifier, exports read back, Tidigare sökningar re-run,
Favoriter per user — and a Klient of client B never sees client A's cases in results, counts,
exports, saved searches or favourites."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.office import AuditKind, list_entries
from models import Case, CaseHistory, SavedSearch
from tests.office.builders import a_department
from tests.portal.conftest import NEW_PASSWORD, browser, csrf_of, sign_in_as

PERSON = "811218-9876"  # Skatteverket's example personnummer (Luhn digit right)
PLAIN_CASES = 26  # besides the world's case and the special ones: enough for two pages


def _new_case(app, client_no: str, debtor: PartyInput, **extra) -> str:
    claim = dict(
        description="Kontingent",
        invoice_date=date(2026, 1, 5),
        due_date=date(2026, 2, 1),
        principal=Decimal("1200.00"),
    )
    claim.update(extra.pop("claim", {}))
    request = NewCase(
        client=ClientInput(no=client_no), debtors=[debtor], claims=[ClaimInput(**claim)], **extra
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session),
            today=date(2026, 11, 23),
        )  # fmt: skip
        uow.commit()
    return created.case_no


def _set(app, case_no: str, **values) -> None:
    with app.uow(write=True) as uow:
        case = uow.session.scalar(select(Case).where(Case.no == case_no))
        for key, value in values.items():
            setattr(case, key, value)
        uow.commit()


@pytest.fixture
def cases(app, world):
    """Client A: the world's case, a Swedish case in department NORD with every identifier, a
    closed case, one under surveillance, and plain cases for paging. Client B: the world's."""
    a_department(app, "K-A", "NORD", "Klub Nord")
    a_department(app, "K-A", "SYD", "Klub Syd")
    a_department(app, "K-B", "VEST", "Vest Afdeling")
    swede = _new_case(
        app,
        "K-A",
        PartyInput(
            name="Åsa Lindqvist", personnummer=PERSON, email="asa@example.se", customer_no="KN-77"
        ),
        department="NORD",
        currency="SEK",
        external_ref="REF-9",
        claim=dict(invoice_no="F-1001", ocr="4455667788", principal=Decimal("5000.00"),
                   invoice_date=date(2026, 3, 10), due_date=date(2026, 4, 10)),
    )  # fmt: skip
    closed = _new_case(app, "K-A", PartyInput(name="Lukket Larsen"), department="SYD")
    _set(app, closed, status="closed", closed_on=date(2026, 6, 1))
    watched = _new_case(app, "K-A", PartyInput(name="Ove Overvåget"))
    _set(app, watched, stage="surveillance")
    plain = [
        _new_case(app, "K-A", PartyInput(name=f"Medlem {n:02d} Hansen"), department="SYD")
        for n in range(PLAIN_CASES)
    ]
    return {"swede": swede, "closed": closed, "watched": watched, "plain": plain}


def _count(html: str) -> int:
    return int(re.search(r'class="cs-count">(\d+)<', html).group(1))


def _case_nos(html: str) -> list[str]:
    return re.findall(r'<td><a href="/cases/([^"]+)">', html)


@contextmanager
def _signed_in(server, login: str):
    with browser(server) as client:
        assert sign_in_as(client, login).status_code == 303
        yield client


def test_filters_tabs_paging_and_sorting(server, world, cases):
    active_a = 1 + 1 + 1 + PLAIN_CASES  # world's, Swedish, watched, plain (closed left out)
    with _signed_in(server, "fyn") as client:
        form = client.get("/cases")
        assert form.status_code == 200 and "cs-count" not in form.text
        assert "Klub Nord" in form.text and "Vest Afdeling" not in form.text
        first = client.get("/cases", params={"run": "new"})
        assert _count(first.text) == active_a
        page_one = _case_nos(first.text)
        assert len(page_one) == 25 and cases["closed"] not in page_one
        second = client.get("/cases", params={"run": "page", "page": 2})
        assert len(_case_nos(second.text)) == active_a - 25
        assert not set(_case_nos(second.text)) & set(page_one)
        by_no = client.get("/cases", params={"run": "page", "sort": "case_no", "dir": "asc"})
        numbers = _case_nos(by_no.text)
        assert numbers == sorted(numbers, key=lambda n: (len(n), n))
        by_rest = client.get("/cases", params={"run": "page", "sort": "rest", "dir": "desc"})
        assert _case_nos(by_rest.text)[0] == cases["swede"]  # 5.000 is the largest debt

        def hits(**criteria) -> list[str]:
            answer = client.get("/cases", params={"run": "new", **criteria})
            assert answer.status_code == 200, answer.text
            found = _case_nos(answer.text)
            assert _count(answer.text) == len(found) or len(found) == 25
            return found

        assert hits(situation="closed") == [cases["closed"]]
        syd = client.get("/cases", params={"run": "new", "situation": "all", "departments": "SYD"})
        assert _count(syd.text) == PLAIN_CASES + 1
        assert hits(departments="NORD") == [cases["swede"]]
        assert hits(currency="SEK") == [cases["swede"]]
        assert hits(state="surveillance") == [cases["watched"]]
        assert cases["watched"] not in hits(state="collection", departments="")
        assert hits(tab="quick", invoice_no="F-1001") == [cases["swede"]]
        assert hits(tab="quick", ocr="4455667788") == [cases["swede"]]
        assert hits(tab="quick", customer_no="KN-77") == [cases["swede"]]
        assert hits(tab="quick", email="ASA@example.se") == [cases["swede"]]
        assert hits(tab="quick", case_no=cases["swede"]) == [cases["swede"]]
        assert hits(tab="customer", customer_name="lindq") == [cases["swede"]]
        assert hits(tab="customer", customer_name="ærø") == [world["A"][1]]
        assert hits(tab="case", reference="REF-9") == [cases["swede"]]
        assert hits(tab="debt", invoice_from="2026-03-01", invoice_to="2026-03-31") == [
            cases["swede"]
        ]
        assert hits(tab="debt", rest_min="4.000,00") == [cases["swede"]]
        assert hits(tab="case", status="closed", situation="all") == [cases["closed"]]


def test_personnummer_with_and_without_the_dash(server, world, cases):
    with _signed_in(server, "fyn") as client:
        for typed in (PERSON, PERSON.replace("-", ""), " 811218 - 9876 "):
            answer = client.get("/cases", params={"run": "new", "personnummer": typed})
            assert _case_nos(answer.text) == [cases["swede"]], typed
        bad = client.get("/cases", params={"run": "new", "personnummer": "8112"})
        assert bad.status_code == 400 and "10 cifre" in bad.text
        # the header's Snabbsök: an identifier naming one case opens it, with or without dash
        for typed in (PERSON, PERSON.replace("-", ""), "F-1001"):
            opened = client.get("/cases", params={"q": typed})
            assert opened.status_code == 303, typed
            assert opened.headers["location"] == f"/cases/{cases['swede']}"
        names = client.get("/cases", params={"q": "Hansen"})
        assert names.status_code == 200 and _count(names.text) == PLAIN_CASES


def test_exports_read_back_and_are_audited(server, app, world, cases):
    openpyxl = pytest.importorskip("openpyxl")
    docx = pytest.importorskip("docx")
    with _signed_in(server, "fyn") as client:
        params = {"departments": "NORD", "situation": "all"}
        files = {fmt: client.get(f"/cases-export/{fmt}", params=params) for fmt in
                 ("xlsx", "pdf", "csv", "docx")}  # fmt: skip
        everything = client.get("/cases-export/csv", params={"situation": "all"})
    for fmt, answer in files.items():
        assert answer.status_code == 200, fmt
        assert answer.headers["content-disposition"].startswith("attachment;"), fmt
    sheet = openpyxl.load_workbook(io.BytesIO(files["xlsx"].content)).active
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert values[0][3] == "Sagsnr." and values[1][3] == cases["swede"]
    rest = Decimal(str(values[1][6]))  # the principal and the automatic fees
    assert rest > Decimal("5000.00") and len(values) == 2
    lines = list(csv.reader(io.StringIO(files["csv"].content.decode("utf-8-sig")), delimiter=";"))
    assert lines[1][3] == cases["swede"] and Decimal(lines[1][6].replace(",", ".")) == rest
    assert lines[1][7] == "SEK" and lines[1][9] == "Åsa Lindqvist" and len(lines) == 2
    table = docx.Document(io.BytesIO(files["docx"].content)).tables[0]
    assert table.rows[1].cells[3].text == cases["swede"] and len(table.rows) == 2
    assert files["pdf"].content.startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=files["pdf"].content, capture_output=True, check=True
        ).stdout.decode()
        shown = f"{rest:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        assert cases["swede"] in text and shown in text
    all_rows = list(csv.reader(io.StringIO(everything.content.decode("utf-8-sig")), delimiter=";"))
    assert len(all_rows) - 1 == 3 + 1 + PLAIN_CASES
    with app.uow() as uow:
        exports = list_entries(uow.session, kind=AuditKind.EXPORT)
    assert len(exports) == 5 and {e.login for e in exports} == {"fyn"}
    formats = sorted(json.loads(e.detail)["format"] for e in exports)
    assert formats == ["csv", "csv", "docx", "pdf", "xlsx"]
    assert all(json.loads(e.detail)["rows"] in (1, 3 + 1 + PLAIN_CASES) for e in exports)


def test_a_client_never_sees_another_clients_cases(server, app, world, cases):
    a_numbers = {world["A"][1], cases["swede"], cases["closed"], cases["watched"], *cases["plain"]}
    with _signed_in(server, "fyn") as fyn:
        fyn.get("/cases", params={"run": "new", "invoice_no": "F-1001"})
        with app.uow() as uow:
            fyn_search = uow.session.scalars(select(SavedSearch.id)).all()[-1]
        csrf = csrf_of(fyn.get("/favourites").text)
        assert fyn.post(f"/favourites/{cases['swede']}", data={"csrf": csrf}).status_code == 303
    with _signed_in(server, "vest") as vest:
        page = vest.get("/cases", params={"run": "new", "situation": "all"})
        assert _count(page.text) == 1 and _case_nos(page.text) == [world["B"][1]]
        assert not any(no in page.text for no in a_numbers if len(no) > 3)
        assert "Klub Nord" not in page.text and "Vest Afdeling" in page.text
        for criteria in (
            {"invoice_no": "F-1001"},
            {"personnummer": PERSON},
            {"customer_name": "Lindqvist"},
            {"departments": "NORD"},
            {"q": "Hansen"},
        ):
            found = vest.get("/cases", params={"run": "new", "situation": "all", **criteria})
            assert _count(found.text) == 0, criteria
        assert vest.get("/cases", params={"q": PERSON}).status_code == 200  # no redirect
        for fmt in ("xlsx", "pdf", "csv", "docx"):
            exported = vest.get(f"/cases-export/{fmt}", params={"situation": "all"})
            assert exported.status_code == 200
            if fmt == "csv":
                text = exported.content.decode("utf-8-sig")
                assert world["B"][1] in text
                assert not any(no in text for no in a_numbers)
        theirs = vest.get(f"/searches/{fyn_search}")
        missing = vest.get("/searches/99999")
        assert theirs.status_code == missing.status_code == 404
        own = vest.get("/searches").text
        assert f'href="/searches/{fyn_search}"' not in own
        assert own.count('class="cs-rerun"') == 7  # vest's own seven runs, none of fyn's
        assert cases["swede"] not in vest.get("/favourites").text
        csrf = csrf_of(vest.get("/favourites").text)
        refused = vest.post(f"/favourites/{cases['swede']}", data={"csrf": csrf})
        unknown = vest.post("/favourites/999999", data={"csrf": csrf})
        assert refused.status_code == unknown.status_code == 404
    with app.uow() as uow:
        touched = uow.session.scalars(
            select(CaseHistory.action).join(Case).where(Case.no == cases["swede"])
        ).all()
    assert touched.count("Sagen er gjort til favorit i portalen") == 1  # fyn's, not vest's


def test_past_searches_are_listed_and_run_again(server, app, world, cases):
    with _signed_in(server, "fyn") as client:
        client.get("/cases", params={"run": "new", "departments": "NORD", "situation": "all"})
        client.get("/cases", params={"run": "new", "tab": "customer", "customer_name": "Hansen"})
        client.get("/cases", params={"run": "page", "page": 2})  # paging is not a new search
        listed = client.get("/searches")
        assert listed.status_code == 200
        assert "Klub Nord (NORD)" in listed.text  # the department's name, not only its code
        assert "Hansen" in listed.text and listed.text.count('class="cs-rerun"') == 2
        newest = re.findall(r'href="(/searches/\d+)"', listed.text)[0]
        again = client.get(newest)
        assert again.status_code == 303 and "customer_name=Hansen" in again.headers["location"]
        rerun = client.get(again.headers["location"])
        assert _count(rerun.text) == PLAIN_CASES
        csrf = csrf_of(listed.text)
        assert client.post("/searches/clear", data={"csrf": "forged"}).status_code == 400
        assert client.post("/searches/clear", data={"csrf": csrf}).status_code == 303
        assert 'class="cs-rerun"' not in client.get("/searches").text


def test_favourites_are_the_users_own_and_toggle_from_the_list(server, app, world, cases):
    swede = cases["swede"]
    with _signed_in(server, "fyn") as client:
        page = client.get("/cases", params={"run": "new", "departments": "NORD"})
        assert "☆" in page.text and "★" not in page.text
        csrf = csrf_of(page.text)
        back = "/cases?departments=NORD&run=page"
        marked = client.post(f"/favourites/{swede}", data={"csrf": csrf, "back": back})
        assert marked.status_code == 303 and marked.headers["location"] == back
        assert "★" in client.get(back).text
        assert swede in client.get("/favourites").text
        unmarked = client.post(f"/favourites/{swede}", data={"csrf": csrf, "back": "//evil"})
        assert unmarked.headers["location"] == "/favourites"
        assert swede not in client.get("/favourites").text
        assert client.post(f"/favourites/{swede}", data={"csrf": "x"}).status_code == 400
    with app.uow() as uow:
        desk_flag = uow.session.scalar(select(Case.favourite).where(Case.no == swede))
    assert desk_flag is False  # the desk's shared flag is the office's, not the client's


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_the_cases_page_in_a_real_browser(server, world, cases, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    shots = []
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width, height, tag in ((1366, 768, "wide"), (390, 844, "phone")):
            page = chromium.new_page(viewport={"width": width, "height": height})
            page.goto(server + "/login")
            page.fill("input[name=login]", "fyn")
            page.fill("input[name=password]", NEW_PASSWORD)
            with page.expect_navigation():
                page.click("button[type=submit]")
            page.goto(server + "/cases")
            page.select_option("select[name=situation]", "all")
            with page.expect_navigation():
                page.click("form.cs-form button[type=submit]")
            assert "Søgeresultat" in page.inner_text("main")
            shot = tmp_path / f"cases_{tag}.png"
            page.screenshot(path=shot, full_page=True)
            shots.append(shot)
            with page.expect_navigation():
                page.click(".cs-tabs a >> nth=3")
            page.screenshot(path=tmp_path / f"cases_debt_{tag}.png")
            page.goto(server + "/searches")
            page.screenshot(path=tmp_path / f"searches_{tag}.png")
            page.close()
        chromium.close()
    assert all(shot.stat().st_size > 10_000 for shot in shots)


def test_search_dates_are_typed_in_the_users_language(server, app, world, cases):
    """Danish dd-mm-åååå (and dd.mm.åååå), English dd/mm/yyyy: read on the server through
    Babel; the form and Tidigare sökningar show them so; a bad date is named in the user's
    language, with what was typed kept, and no search is remembered."""
    with _signed_in(server, "fyn") as client:
        form = client.get("/cases", params={"tab": "case"})
        assert 'placeholder="dd-mm-åååå"' in form.text and 'type="date"' not in form.text
        found = client.get("/cases", params={"run": "new", "tab": "case",
                                             "registered_from": "01.01.2000"})  # fmt: skip
        assert found.status_code == 200 and _count(found.text) > 0
        assert 'value="01-01-2000"' in found.text
        assert "01-01-2000" in client.get("/searches").text
        before = client.get("/searches").text.count('class="cs-rerun"')
        bad = client.get("/cases", params={"run": "new", "tab": "case",
                                           "registered_from": "31-02-2026"})  # fmt: skip
        assert bad.status_code == 400
        assert "Datoen findes ikke eller er skrevet forkert. Skriv den som dd-mm-åååå." in bad.text
        assert 'value="31-02-2026"' in bad.text
        assert client.get("/searches").text.count('class="cs-rerun"') == before
        csrf = csrf_of(form.text)
        client.post("/language", data={"lang": "en", "csrf": csrf, "back": "/"})
        english = client.get("/cases", params={"run": "new", "tab": "case",
                                               "registered_from": "02/01/2000"})  # fmt: skip
        assert 'placeholder="dd/mm/yyyy"' in english.text and 'value="02/01/2000"' in english.text
        wrong = client.get("/cases", params={"run": "new", "tab": "case",
                                             "registered_from": "13/13/2000"})  # fmt: skip
        assert "Write it as dd/mm/yyyy." in wrong.text
