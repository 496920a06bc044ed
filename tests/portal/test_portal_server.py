"""Backstage on a real server (issue 16): sign-in with CSRF and a new session id, quick search
and a case page for one's own client, 0 leaks to another client's case (pages and API), the
security headers, the API on a token, a temporary password changed at first sign-in."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tests.office.builders import PASSWORD, a_user
from tests.portal.conftest import NEW_PASSWORD, browser, csrf_of, sign_in_as

EXAMPLE = json.loads((Path(__file__).parents[2] / "docs/examples/cases.json").read_text())


def test_health_and_security_headers(server):
    with browser(server) as client:
        assert client.get("/healthz").json() == {"ok": True}
        page = client.get("/login")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_sign_in_search_and_open_own_case_but_not_the_others(server, world):
    case_a_no, case_b_no = world["A"][1], world["B"][1]
    with browser(server) as client:
        before = client.get("/login").cookies.get("caplegal_portal")
        client.cookies.clear()
        answer = sign_in_as(client, "fyn")
        assert answer.status_code == 303 and answer.headers["location"] == "/"
        after = answer.cookies.get("caplegal_portal")
        assert after and after != before  # a new session id at sign-in
        overview = client.get("/")
        assert overview.status_code == 200 and case_a_no in overview.text
        assert case_b_no not in overview.text
        found = client.get("/cases", params={"q": "Sørensen"})
        assert case_a_no in found.text and "Jens Ærø Sørensen" in found.text
        assert case_b_no not in client.get("/cases", params={"q": "Østergaard"}).text
        mine = client.get(f"/cases/{case_a_no}")
        assert mine.status_code == 200 and "1.200,00" in mine.text
        theirs = client.get(f"/cases/{case_b_no}")
        missing = client.get("/cases/999999")
        assert theirs.status_code == missing.status_code == 404
        assert case_b_no not in theirs.text.replace(f"/cases/{case_b_no}", "")


def test_a_post_without_the_forms_csrf_token_is_refused(server, world):
    with browser(server) as client:
        client.get("/login")
        answer = client.post(
            "/login", data={"login": "fyn", "password": NEW_PASSWORD, "csrf": "forged"}
        )
        assert answer.status_code == 400
        assert client.get("/").status_code == 303  # still signed out


def test_a_wrong_password_is_one_danish_line(server, world):
    with browser(server) as client:
        answer = sign_in_as(client, "fyn", "forkert-kode")
        assert answer.status_code == 401
        assert "Forkert brugernavn eller adgangskode." in answer.text


def test_a_temporary_password_is_changed_at_first_sign_in(server, app, world):
    a_user(app, "ny", "Klient", client_no="K-A")
    with browser(server) as client:
        answer = sign_in_as(client, "ny", PASSWORD)
        assert answer.headers["location"] == "/password"
        assert client.get("/").status_code == 303  # nothing else before the change
        form = client.get("/password")
        changed = client.post(
            "/password",
            data={"password": NEW_PASSWORD, "repeat": NEW_PASSWORD, "csrf": csrf_of(form.text)},
        )
        assert changed.status_code == 303 and changed.headers["location"] == "/"
        assert client.get("/").status_code == 200


def test_the_api_on_a_token_sees_its_own_client_only(server, world):
    token = world["tokens"]["fyn"]
    case_a_no, case_b_no = world["A"][1], world["B"][1]
    with browser(server) as client:
        headers = {"Authorization": f"Bearer {token}"}
        mine = client.get(f"/api/v1/cases/{case_a_no}", headers=headers)
        assert mine.status_code == 200
        body = mine.json()
        assert body["case_no"] == case_a_no and body["client"]["name"] == "Fjernvarme Fyn A/S"
        assert body["totals"]["principal"] == "1200.00"
        theirs = client.get(f"/api/v1/cases/{case_b_no}", headers=headers)
        missing = client.get("/api/v1/cases/999999", headers=headers)
        assert theirs.status_code == missing.status_code == 404
        assert theirs.json() == missing.json()
        hits = client.get("/api/v1/cases", params={"q": "Østergaard"}, headers=headers).json()
        assert hits == []
        assert client.get(f"/api/v1/cases/{case_a_no}").status_code == 401
        bad = client.get(f"/api/v1/cases/{case_a_no}", headers={"Authorization": "Bearer x"})
        assert bad.status_code == 401


def test_the_api_registers_cases_whole_or_nothing_for_a_user_who_may(server, app, world):
    from caplegal_desktop.services.office import users

    a_user(app, "sb", "Sagsbehandler")
    with app.uow(write=True) as uow:
        office_token = users.create_token(uow.session, login="sb")
        uow.commit()
    good = copy.deepcopy(EXAMPLE["cases"][0])
    good["external_ref"] = "API-1"
    bad = copy.deepcopy(EXAMPLE["cases"][0])
    bad["external_ref"] = "API-2"
    bad["claims"][0]["principal"] = "mange penge"
    with browser(server) as client:
        # a Klient token registers (portal.register) for its own client, whatever the record says
        klient = {"Authorization": f"Bearer {world['tokens']['fyn']}"}
        own = client.post(
            "/api/v1/cases", json={"cases": [dict(good, external_ref="API-K")]}, headers=klient
        )
        assert own.status_code == 201
        (own_no,) = own.json()["created"]
        shown = client.get(f"/api/v1/cases/{own_no}", headers=klient).json()
        assert shown["client"]["name"] == "Fjernvarme Fyn A/S"
        # a role that may not register is refused
        a_user(app, "rev", "Revisor")
        with app.uow(write=True) as uow:
            auditor_token = users.create_token(uow.session, login="rev")
            uow.commit()
        auditor = {"Authorization": f"Bearer {auditor_token}"}
        refused = client.post("/api/v1/cases", json={"cases": [good]}, headers=auditor)
        assert refused.status_code == 403
        assert refused.json()["detail"].startswith("Du har ikke adgang til at ændre sager")
        headers = {"Authorization": f"Bearer {office_token}"}
        rejected = client.post("/api/v1/cases", json={"cases": [good, bad]}, headers=headers)
        assert rejected.status_code == 422
        assert rejected.json()["created"] == [] and rejected.json()["rejected"][0]["index"] == 1
        made = client.post("/api/v1/cases", json={"cases": [good]}, headers=headers)
        assert made.status_code == 201
        (case_no,) = made.json()["created"]
        shown = client.get(f"/api/v1/cases/{case_no}", headers=headers).json()
        assert shown["client"]["name"] == good["client"]["name"]
