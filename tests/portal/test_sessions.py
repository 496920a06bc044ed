"""The portal's sessions live in the database (portal/sessions.py, services.office.web_sessions):
every server process sees a sign-in, a sign-out and a disabled user at once; the idle clock is
touched at most once a minute and not by a page's background poll; the table holds no cookie."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from caplegal_desktop.services.office import users
from models import WebSession
from portal.sessions import SessionStore
from tests.portal.conftest import browser, csrf_of, sign_in_as

T0 = datetime(2026, 12, 4, 9, 0, 0)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def test_the_idle_clock_the_poll_and_the_stored_key(app):
    clock = Clock()
    store = SessionStore(app.database, idle_seconds=60, clock=clock)
    sid, session = store.new(language="sv")
    with app.uow() as uow:
        keys = list(uow.session.scalars(select(WebSession.id)))
    assert sid not in keys and len(keys[0]) == 64  # only the cookie's hash is kept

    clock.now = T0 + timedelta(seconds=50)
    polled = store.get(sid, touch=False)  # a page's background poll
    assert polled.csrf == session.csrf and polled.language == "sv"
    clock.now = T0 + timedelta(seconds=70)
    assert store.get(sid, touch=False) is None  # idle past the limit: signed out
    with app.uow() as uow:
        assert uow.session.scalar(select(WebSession.id)) is None

    store = SessionStore(app.database, idle_seconds=100, clock=clock)
    sid, _ = store.new()
    started = clock.now
    clock.now += timedelta(seconds=55)
    assert store.get(sid) is not None  # a page of the user's own: too soon to write the clock
    assert _last_seen(app) == started
    clock.now += timedelta(seconds=10)
    assert store.get(sid) is not None  # 65 s since the start: the clock is touched now
    assert _last_seen(app) == clock.now
    clock.now += timedelta(seconds=90)
    assert store.get(sid) is not None  # 155 s since the start, 90 s since the touch: alive


def _last_seen(app) -> datetime:
    with app.uow() as uow:
        return uow.session.scalar(select(WebSession.last_seen))


def test_two_server_processes_share_the_sessions(world, app, server):
    """Two portals on one database (as `--workers 2`): a sign-in on one is a sign-in on both,
    a sign-out on one signs out of both, and a disabled user is out of both at once."""
    import threading
    import time

    import uvicorn

    from portal.app import create_app
    from tests.portal.conftest import _free_port

    port = _free_port()
    second = uvicorn.Server(
        uvicorn.Config(create_app(app.database), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=second.run, daemon=True)
    thread.start()
    while not second.started:
        time.sleep(0.05)
    other = f"http://127.0.0.1:{port}"
    try:
        with browser(server) as one, browser(other) as two:
            assert sign_in_as(one, "fyn").status_code == 303
            two.cookies.update(one.cookies)
            assert two.get("/").status_code == 200  # signed in on the other process too
            csrf = csrf_of(two.get("/").text)
            two.post("/logout", data={"csrf": csrf})
            assert one.get("/").status_code == 303  # signed out of both

            assert sign_in_as(one, "fyn").status_code == 303
            two.cookies.update(one.cookies)
            with app.uow(write=True) as uow:
                users.disable_user(uow.session, login="fyn")
                uow.commit()
            assert one.get("/").headers["location"] == "/login"
            assert two.get("/").headers["location"] == "/login"
    finally:
        second.should_exit = True
        thread.join(timeout=10)
