"""Förfrågningar in the portal (issue 16), on a real server: a client opens a request on its
case, the office answers on the desk and the client sees the answer (the page's poll endpoint
tells it changed); the client replies; a thread of another client answers exactly like one that
does not exist (404), read or written; a post without the CSRF token changes nothing."""

from __future__ import annotations

import shutil

import pytest

from caplegal_desktop.services.cases import request_threads
from tests.portal.conftest import NEW_PASSWORD, browser, csrf_of, sign_in_as


def threads_of(app):
    with app.uow() as uow:
        return request_threads.list_threads(uow.session, include_closed=True)


def new_request(client, case_no: str, text: str, kind: str = "message"):
    page = client.get("/requests")
    return client.post(
        "/requests/new",
        data={"case_no": case_no, "kind": kind, "text": text, "csrf": csrf_of(page.text)},
    )


def test_the_client_asks_the_office_answers_on_the_desk_and_the_client_sees_it(server, app, world):
    case_a_no = world["A"][1]
    with browser(server) as client:
        sign_in_as(client, "fyn")
        empty = client.get("/requests")
        assert empty.status_code == 200 and "Ingen forespørgsler." in empty.text
        assert '<script src="/static/requests.js"' in empty.text
        made = new_request(client, case_a_no, "Debitor siger, han har betalt 500 kr.")
        assert made.status_code == 303
        thread_url = made.headers["location"]
        thread_id = int(thread_url.rsplit("/", 1)[1])
        shown = client.get(thread_url)
        assert "Debitor siger, han har betalt 500 kr." in shown.text
        assert "Afventer os" in shown.text
        stamp = client.get("/requests/state", params={"thread": thread_id}).json()["stamp"]
        # the desk sees it waiting and answers
        (row,) = threads_of(app)
        assert (row.case_no, row.waiting_for, row.opened_by) == (case_a_no, "office", "fyn")
        with app.uow(write=True) as uow:
            request_threads.answer(uow.session, thread_id=thread_id, user="AB",
                                   text="Vi har ikke modtaget beløbet; send kvittering.")  # fmt: skip
            uow.commit()
        assert client.get("/requests/state", params={"thread": thread_id}).json()["stamp"] != stamp
        answered = client.get(thread_url)
        assert "Vi har ikke modtaget beløbet; send kvittering." in answered.text
        assert "Afventer jer" in answered.text and "Inkassokontoret" in answered.text
        listed = client.get("/requests", params={"status": "answered"})
        assert thread_url in listed.text
        assert thread_url not in client.get("/requests", params={"status": "closed"}).text
        # the client replies: the thread waits for the office again
        reply = client.post(
            f"{thread_url}/reply",
            data={"text": "Kvittering følger.", "csrf": csrf_of(answered.text)},
        )
        assert reply.status_code == 303
        (row,) = threads_of(app)
        assert (row.status, row.waiting_for, row.last_text) == (
            "open",
            "office",
            "Kvittering følger.",
        )
        # the office closes: no reply form any more
        with app.uow(write=True) as uow:
            request_threads.close_thread(uow.session, thread_id=thread_id, user="AB")
            uow.commit()
        closed = client.get(thread_url)
        assert "Forespørgslen er lukket" in closed.text and "/reply" not in closed.text


def test_the_office_asks_and_the_client_finds_it_waiting(server, app, world):
    case_a_id, case_a_no = world["A"]
    with app.uow(write=True) as uow:
        request_threads.ask_client(uow.session, case_id=case_a_id, user="AB",
                                   text="Har I en kopi af aftalen?")  # fmt: skip
        uow.commit()
    with browser(server) as client:
        sign_in_as(client, "fyn")
        page = client.get("/requests")
        assert "Har I en kopi af aftalen?" in page.text
        assert "rq-yours" in page.text and "Spørgsmål" in page.text


def test_another_clients_thread_is_not_there_read_or_written(server, app, world):
    case_b_no = world["B"][1]
    with browser(server) as client:
        sign_in_as(client, "vest")
        made = new_request(client, case_b_no, "Fortroligt: debitor er syg.")
        theirs = made.headers["location"]
    with browser(server) as client:
        sign_in_as(client, "fyn")
        page = client.get("/requests")
        seen = client.get(theirs)
        missing = client.get("/requests/999999")
        assert seen.status_code == missing.status_code == 404
        assert seen.text == missing.text
        assert "Fortroligt" not in page.text + seen.text
        written = client.post(f"{theirs}/reply", data={"text": "Hej", "csrf": csrf_of(page.text)})
        assert written.status_code == 404
        thread_id = theirs.rsplit("/", 1)[1]
        assert client.get("/requests/state", params={"thread": thread_id}).status_code == 404
        on_their_case = new_request(client, case_b_no, "Hej")
        on_no_case = new_request(client, "999999", "Hej")
        assert on_their_case.status_code == on_no_case.status_code == 404
        assert on_their_case.text.replace(case_b_no, "N") == on_no_case.text.replace("999999", "N")
    texts = [r.last_text for r in threads_of(app)]
    assert texts == ["Fortroligt: debitor er syg."]


def test_without_the_csrf_token_nothing_is_written(server, app, world):
    with browser(server) as client:
        sign_in_as(client, "fyn")
        answer = client.post(
            "/requests/new", data={"case_no": world["A"][1], "text": "Hej", "csrf": "forged"}
        )
        assert answer.status_code == 400
    assert threads_of(app) == []
    with browser(server) as client:
        assert client.get("/requests").status_code == 303  # signed out: to the sign-in
        assert client.get("/requests/state").status_code == 401
        assert client.get("/static/requests.js").status_code == 200


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_in_a_real_browser_the_answer_appears_without_reloading_by_hand(
    server, app, world, tmp_path
):
    """Förfrågningar and Registrera ärende in chromium (screenshots in the test's folder); the
    page's script (CSP: from the portal itself) reloads when the office answers."""
    playwright = pytest.importorskip("playwright.sync_api")
    case_a_no = world["A"][1]
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser_ = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser_.new_page(viewport={"width": 1366, "height": 768})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(server + "/login")
        page.fill("input[name=login]", "fyn")
        page.fill("input[name=password]", NEW_PASSWORD)
        with page.expect_navigation():
            page.click("button[type=submit]")
        with page.expect_navigation():
            page.click("nav >> text=Forespørgsler")
        page.fill("form.rq-form input[name=case_no]", case_a_no)
        page.fill("form.rq-form textarea[name=text]", "Debitor er flyttet. Ny adresse følger.")
        with page.expect_navigation():
            page.click("form.rq-form button[type=submit]")
        assert "Debitor er flyttet" in page.inner_text("main")
        thread_id = int(page.url.rsplit("/", 1)[1])
        with app.uow(write=True) as uow:
            request_threads.answer(uow.session, thread_id=thread_id, user="AB",
                                   text="Tak, vi venter på adressen.")  # fmt: skip
            uow.commit()
        page.wait_for_selector("text=Tak, vi venter på adressen.", timeout=10000)
        page.screenshot(path=tmp_path / "requests_thread.png", full_page=True)
        page.screenshot(path="/tmp/portal_requests_thread.png", full_page=True)
        with page.expect_navigation():
            page.click("text=Tilbage til forespørgsler")
        page.screenshot(path="/tmp/portal_requests_list.png", full_page=True)
        with page.expect_navigation():
            page.click("nav >> text=Registrer sag")
        page.fill("input[name=debtor_name]", "Karen Ølgaard")
        page.fill("input[name=claim_0_invoice_no]", "F-1001")
        page.fill("input[name=claim_0_invoice_date]", "2026-09-01")
        page.fill("input[name=claim_0_due_date]", "2026-10-01")
        page.fill("input[name=claim_0_amount]", "1.234,50")
        with page.expect_navigation():
            page.click("#register-case button[type=submit]")
        assert "Oprettede sager" in page.inner_text("main")
        page.screenshot(path=tmp_path / "register_case.png", full_page=True)
        page.screenshot(path="/tmp/portal_register_case.png", full_page=True)
        with page.expect_navigation():
            page.click("nav >> text=Registrer betaling")
        page.screenshot(path="/tmp/portal_register_payment.png", full_page=True)
        browser_.close()
    assert not [e for e in errors if "Content Security Policy" in e], errors
