"""A real portal server on 127.0.0.1 (uvicorn in a thread) over the test database, with two
clients, a case each, and a Klient user and an API token for each."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
import uvicorn

from caplegal_desktop.services.office import users
from portal.app import create_app
from tests.office.builders import PASSWORD, a_case, a_client, a_user, signed_in

NEW_PASSWORD = "Blå-Hest-Stald-42"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def world(app):
    """Client A (Fjernvarme Fyn) and client B (Vestjysk Bank), a case each, a user each."""
    a_client(app, "K-A", "Fjernvarme Fyn A/S")
    a_client(app, "K-B", "Vestjysk Bank A/S")
    case_a = a_case(app, "K-A", "Jens Ærø Sørensen")
    case_b = a_case(app, "K-B", "Hanne Østergaard")
    a_user(app, "fyn", "Klient", client_no="K-A", name="Fjernvarme Fyn")
    a_user(app, "vest", "Klient", client_no="K-B", name="Vestjysk Bank")
    for login in ("fyn", "vest"):
        signed_in(app, login, change_to=NEW_PASSWORD)
    tokens = {}
    with app.uow(write=True) as uow:
        for login in ("fyn", "vest"):
            tokens[login] = users.create_token(uow.session, login=login)
        uow.commit()
    return {"A": case_a, "B": case_b, "tokens": tokens}


@pytest.fixture
def server(app):
    port = _free_port()
    config = uvicorn.Config(
        create_app(app.database), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the portal did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


def browser(base: str) -> httpx.Client:
    return httpx.Client(base_url=base, follow_redirects=False, timeout=20)


def csrf_of(html: str) -> str:
    marker = 'name="csrf" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def sign_in_as(client: httpx.Client, login: str, password: str = NEW_PASSWORD) -> httpx.Response:
    form = client.get("/login")
    return client.post(
        "/login", data={"login": login, "password": password, "csrf": csrf_of(form.text)}
    )


__all__ = ["PASSWORD", "browser", "csrf_of", "sign_in_as"]
