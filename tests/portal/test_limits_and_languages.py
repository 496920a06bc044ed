"""Rate limits (portal/limits.py) and languages per user, on the real server: 10 failed sign-ins
a minute from one address answer 429 with Retry-After in the page's language; the API past its
rate per token answers 429; the language chosen at sign-in or in the header is stored on the user
and speaks on the next sign-in; amounts and dates follow the language."""

from __future__ import annotations

import threading
import time

import pytest
import uvicorn

from caplegal_desktop.services.office import users
from portal.app import create_app
from portal.limits import Limits, SlidingWindow
from tests.portal.conftest import _free_port, browser, csrf_of, sign_in_as


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_sliding_window_counts_per_key_and_frees_as_time_passes():
    clock = Clock()
    window = SlidingWindow(3, 60, clock=clock)
    assert [window.take("a") for _ in range(3)] == [None, None, None]
    assert window.take("a") == 60 and window.take("b") is None
    clock.now += 30
    assert window.take("a") == 30  # the oldest of the three leaves the window at 1060
    clock.now += 30.5
    assert window.take("a") is None
    assert window.blocked("a") is None  # the three have left; one in the window now
    window.record("a")
    window.record("a")
    assert window.blocked("a") == 60
    assert SlidingWindow(0, clock=clock).take("x") is None  # 0: switched off


def test_the_window_holds_under_threads():
    window = SlidingWindow(500, 60)
    allowed = []

    def hammer():
        for _ in range(200):
            if window.take("k") is None:
                allowed.append(1)

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(allowed) == 500


def test_limits_come_from_the_settings():
    limits = Limits.from_settings(
        {"portal.sign_in_failures_per_minute": "3", "portal.api_requests_per_minute": "x"}
    )
    assert limits.sign_in.limit == 3 and limits.api.limit == 600


@pytest.fixture
def tight_server(app):
    """The portal with small limits so a test reaches them quickly."""
    limits = Limits.from_settings(
        {"portal.sign_in_failures_per_minute": "4", "portal.api_requests_per_minute": "5"}
    )
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(app.database, limits=limits),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_failed_sign_ins_from_one_address_answer_429_with_retry_after(tight_server, world):
    with browser(tight_server) as client:
        for _ in range(4):
            assert sign_in_as(client, "fyn", "wrong-password").status_code == 401
        form = client.get("/login?lang=sv")
        answer = client.post(
            "/login",
            data={"login": "vest", "password": "x", "csrf": csrf_of(form.text)},
        )
        assert answer.status_code == 429
        assert 1 <= int(answer.headers["retry-after"]) <= 60
        assert "För många försök" in answer.text
        # the right password does not pass the limit either, and the office's lock-out is apart
        assert sign_in_as(client, "vest").status_code == 429


def test_the_api_past_its_rate_answers_429(tight_server, world):
    token = {"Authorization": f"Bearer {world['tokens']['fyn']}", "Accept-Language": "en"}
    case_no = world["A"][1]
    with browser(tight_server) as client:
        codes = [
            client.get(f"/api/v1/cases/{case_no}", headers=token).status_code for _ in range(6)
        ]
        assert codes[:5] == [200] * 5 and codes[5] == 429
        last = client.get(f"/api/v1/cases/{case_no}", headers=token)
        assert last.status_code == 429 and "Too many attempts" in last.json()["detail"]
        assert int(last.headers["retry-after"]) >= 1
        assert last.headers["x-content-type-options"] == "nosniff"


def test_refused_tokens_count_as_failed_sign_ins(tight_server, world):
    with browser(tight_server) as client:
        bad = {"Authorization": "Bearer clt_nonsense"}
        codes = [client.get("/api/v1/cases/000001", headers=bad).status_code for _ in range(5)]
        assert codes == [401] * 4 + [429]


def _language_of(app, login: str) -> str:
    with app.uow() as uow:
        return next(u.language for u in users.list_users(uow.session) if u.login == login)


def test_the_language_is_the_users_and_the_switch_stores_it(app, server, world):
    case_no = world["A"][1]
    with browser(server) as client:
        form = client.get("/login", params={"lang": "sv"})
        assert "Logga in" in form.text and 'lang="sv"' in form.text
        client.post(
            "/login",
            data={
                "login": "fyn",
                "password": "Blå-Hest-Stald-42",
                "csrf": csrf_of(form.text),
            },
        )
        overview = client.get("/")
        assert "Översikt" in overview.text
        assert _language_of(app, "fyn") == "sv"
        case = client.get(f"/cases/{case_no}")
        assert "1\xa0200,00" in case.text  # Swedish: a (non-breaking) space groups thousands
        switched = client.post(
            "/language",
            data={"lang": "en", "csrf": csrf_of(case.text), "back": f"/cases/{case_no}"},
        )
        assert switched.status_code == 303 and switched.headers["location"] == f"/cases/{case_no}"
        english = client.get(f"/cases/{case_no}")
        assert "Debt in all" in english.text and "1,200.00" in english.text
        assert _language_of(app, "fyn") == "en"
        evil = client.post(
            "/language",
            data={"lang": "en", "csrf": csrf_of(english.text), "back": "//evil.example"},
        )
        assert evil.headers["location"] == "/"
    with browser(server) as again:  # a new sign-in, no choice made: the stored language
        sign_in_as(again, "fyn")
        assert "Overview" in again.get("/").text
    with browser(server) as danish:
        sign_in_as(danish, "vest")
        page = danish.get("/")
        assert "Oversigt" in page.text and 'lang="da"' in page.text
