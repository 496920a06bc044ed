"""A walk over every route the portal has when the test runs (issue 16), so pages that land
later are covered without touching this file:

- every GET/POST route with a path parameter, asked by client A's Klient user (pages) and A's
  API token (API) with client B's identifiers, answers exactly as for an identifier that does
  not exist (404 for a GET), and no body carries B's names or case number;
- every POST of the pages without the session's CSRF token is refused and changes nothing;
- every page without sign-in sends the browser to /login; every API route without a token 401.

B's identifiers are read from the database after B's data is made through the services: per
table with a case_id (or client_id) column, B's rows' ids. A parameter is matched to a table by
its name (document_id → a table whose name holds "document"); any other parameter gets B's case
number and case id. Kinds without rows for B are skipped."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import inspect, text
from starlette.routing import Route

from portal.app import create_app
from tests.portal.conftest import browser, sign_in_as

SKIP_PREFIXES = ("/static", "/api/docs", "/api/openapi", "/healthz")
PUBLIC = {"/login"}
B_NAMES = ("Vestjysk Bank", "Hanne Østergaard")
MISSING_NUMBER = "987654"


def _flat(routes, prefix: str = ""):
    """Every route with its full path; FastAPI keeps an included router as one branch."""
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _flat(included.routes, prefix + route.include_context.prefix)
        elif isinstance(route, Route):
            yield prefix + route.path, route.methods or set()


def _routes(database) -> list[tuple[str, str, list[str]]]:
    """(method, path, path parameters) of every GET/POST route, as the app has them now."""
    found = []
    for path, methods in _flat(create_app(database).routes):
        if path.startswith(SKIP_PREFIXES) or path.startswith("/docs/"):
            continue
        params = re.findall(r"{(\w+)(?::\w+)?}", path)
        for method in sorted(methods & {"GET", "POST"}):
            found.append((method, path, params))
    return found


def _ids_by_table(app, case_id: int, client_id: int) -> dict[str, list[str]]:
    """Per table: the ids of the rows belonging to this case or client."""
    pools: dict[str, list[str]] = {}
    with app.uow() as uow:
        inspector = inspect(uow.session.connection())
        for table in inspector.get_table_names():
            columns = {c["name"] for c in inspector.get_columns(table)}
            if "id" not in columns:
                continue
            for column, value in (("case_id", case_id), ("client_id", client_id)):
                if column in columns:
                    ids = uow.session.execute(
                        text(f'SELECT id FROM "{table}" WHERE {column} = :v ORDER BY id LIMIT 3'),
                        {"v": value},
                    ).scalars()
                    pools.setdefault(table, []).extend(str(i) for i in ids)
    return {table: sorted(set(ids)) for table, ids in pools.items() if ids}


def _client_id(app, case_id: int) -> int:
    with app.uow() as uow:
        return uow.session.execute(
            text("SELECT client_id FROM collection_case WHERE id = :i"), {"i": case_id}
        ).scalar_one()


def _values(param: str, side: dict) -> list[str]:
    """The identifiers of one client to put in this path parameter."""
    name = param.lower()
    if "case" in name and ("no" in name or name == "case"):
        return [side["case_no"]]
    if name == "case_id":
        return [str(side["case_id"])]
    stem = re.sub(r"_?(id|no|nr)$", "", name)
    for table, ids in side["pools"].items():
        if stem and stem in table and table not in ("collection_case",):
            return ids[:2]
    return [side["case_no"], str(side["case_id"])]


def _missing(value: str) -> str:
    return MISSING_NUMBER if not value.isdigit() or len(value) >= 6 else "98765432"


def _fill(path: str, params: list[str], values: dict[str, str]) -> str:
    for param in params:
        path = re.sub("{" + param + r"(?::\w+)?}", lambda _m, v=values[param]: v, path)
    return path


def _same_but_id(ours: str, ours_id: str, missing: str, missing_id: str) -> bool:
    # the very same page, or the same once each names its own id (a short id such as "2"
    # also occurs elsewhere in a page, so equal pages are compared as they are first)
    return ours == missing or ours.replace(ours_id, "§") == missing.replace(missing_id, "§")


def _leaks(body: str, b: dict) -> list[str]:
    found = [name for name in B_NAMES if name in body]
    if re.search(rf"(?<![\d/]){re.escape(b['case_no'])}(?!\d)", body):
        found.append(b["case_no"])
    return found


@pytest.fixture
def sides(app, world):
    sides = {}
    for key in ("A", "B"):
        case_id, case_no = world[key]
        client_id = _client_id(app, case_id)
        sides[key] = {
            "case_id": case_id,
            "case_no": case_no,
            "pools": _ids_by_table(app, case_id, client_id),
        }
    return sides


def test_client_b_is_invisible_to_client_a_on_every_route(app, server, world, sides):
    a, b = sides["A"], sides["B"]
    routes = _routes(app.database)
    assert any(path == "/cases/{case_no}" for _m, path, _p in routes)
    asked = 0
    token = {"Authorization": f"Bearer {world['tokens']['fyn']}"}
    with browser(server) as client:
        assert sign_in_as(client, "fyn").status_code == 303
        csrf = _page_csrf(client)
        for method, path, params in routes:
            if not params:
                continue
            api = path.startswith("/api/")
            for param in params:
                for b_value in _values(param, b):
                    # B's identifier in this parameter; A's own in the others (mixed), and B's
                    # in all of them (all-B)
                    for others in (a, b):
                        values = {p: _values(p, others)[0] for p in params}
                        values[param] = b_value
                        missing = dict(values, **{param: _missing(b_value)})
                        theirs = _ask(client, method, _fill(path, params, values), api, token, csrf)
                        none = _ask(client, method, _fill(path, params, missing), api, token, csrf)
                        asked += 1
                        where = f"{method} {path} {param}={b_value}"
                        assert theirs.status_code == none.status_code, where
                        if method == "GET":
                            assert theirs.status_code == 404, where
                        assert not _leaks(theirs.text.replace(b_value, ""), b), where
                        assert _same_but_id(theirs.text, b_value, none.text, missing[param]), where
    assert asked >= 2  # at least the case page and the API's case


def _page_csrf(client) -> str:
    from tests.portal.conftest import csrf_of

    return csrf_of(client.get("/").text)


def _ask(client, method, path, api, token, csrf):
    headers = token if api else {}
    if method == "GET":
        return client.get(path, headers=headers)
    if api:
        return client.post(path, headers=headers, json={})
    return client.post(path, data={"csrf": csrf})


def test_every_page_post_without_the_csrf_token_is_refused(app, server, world, sides):
    a = sides["A"]
    posts = [
        (path, params)
        for method, path, params in _routes(app.database)
        if method == "POST" and not path.startswith("/api/")
    ]
    assert any(path == "/logout" for path, _ in posts)
    with browser(server) as client:
        assert sign_in_as(client, "fyn").status_code == 303
        cookie = client.cookies.get("caplegal_portal")
        for path, params in posts:
            target = _fill(path, params, {p: _values(p, a)[0] for p in params})
            for form in ({}, {"csrf": "forged", "lang": "sv", "login": "fyn", "password": "x"}):
                answer = client.post(target, data=form)
                refused = answer.status_code in (400, 403, 404, 422) or (
                    answer.status_code == 303 and answer.headers["location"] == "/login"
                )
                assert refused, f"POST {target} {form} → {answer.status_code}"
                client.cookies.set("caplegal_portal", cookie)
                home = client.get("/")
                assert home.status_code == 200, f"POST {target} signed A out"
                assert 'lang="da"' in home.text, f"POST {target} changed the language"


def test_every_page_without_sign_in_goes_to_login_and_the_api_wants_a_token(
    app, server, world, sides
):
    a = sides["A"]
    with browser(server) as client:
        for method, path, params in _routes(app.database):
            if path in PUBLIC:
                continue
            target = _fill(path, params, {p: _values(p, a)[0] for p in params})
            if path.startswith("/api/"):
                answer = (
                    client.get(target, params={"q": "Sørensen"})
                    if method == "GET"
                    else client.post(target, json={})
                )
                assert answer.status_code == 401, f"{method} {target}"
                assert a["case_no"] not in answer.text
                continue
            answer = client.get(target) if method == "GET" else client.post(target, data={})
            if method == "GET" and answer.headers.get("content-type", "").startswith(
                "application/json"
            ):  # a page's own poll (e.g. /requests/state): a script reads it, not a person
                assert answer.status_code == 401, f"GET {target}"
            elif method == "GET":
                assert answer.status_code == 303, f"GET {target}"
                assert answer.headers["location"] == "/login", f"GET {target}"
            else:  # a post without a session: to sign-in, or refused as a bad form
                assert answer.status_code in (303, 400, 403, 422), f"POST {target}"
                if answer.status_code == 303:
                    assert answer.headers["location"] == "/login"
            assert a["case_no"] not in answer.text and "Sørensen" not in answer.text
