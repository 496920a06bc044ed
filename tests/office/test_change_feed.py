"""A second seat sees a posting within 2 seconds (SQLite: data_version; PostgreSQL: NOTIFY)."""

from __future__ import annotations

import time

from caplegal_desktop.app import AppContext
from caplegal_desktop.change_feed import ChangeWatcher
from tests.office.builders import a_case, a_client


def _seen_within(watcher: ChangeWatcher, seconds: float) -> tuple[set[str], float]:
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        changed = watcher.poll()
        if changed:
            return changed, time.perf_counter() - started
        time.sleep(0.05)
    return set(), seconds


def test_a_posting_on_another_seat_is_seen_within_two_seconds(admin):
    a_client(admin, "K100", "Dansk Boldspil")
    watcher = ChangeWatcher(admin.database)  # seat A's open screens
    try:
        assert watcher.poll() == set()  # nothing changed yet
        other_seat = AppContext(admin.database.__class__(admin.database.url_text),
                                admin.settings, "seat")  # fmt: skip
        try:
            a_case(other_seat, "K100", "Nora Nordahl")  # posts the principal
        finally:
            other_seat.close()
        changed, after = _seen_within(watcher, 2.0)
        assert changed and after < 2.0
        assert changed == {"*"} or "ledger_entry" in changed
        assert watcher.poll() == set()  # told once
    finally:
        watcher.close()


def test_a_change_rolled_back_is_not_announced(admin):
    a_client(admin, "K100", "Dansk Boldspil")
    watcher = ChangeWatcher(admin.database)
    try:
        watcher.poll()
        from models import Client

        with admin.uow(write=True) as uow:  # never committed
            uow.session.add(Client(no="K999", name="Fortrudt"))
            uow.session.flush()
        assert _seen_within(watcher, 0.5)[0] == set()
    finally:
        watcher.close()


def test_a_lost_connection_is_no_error_and_a_refresh_when_it_is_back(admin):
    """PostgreSQL: the watcher's own connection ends (a server restart, the end of a test run);
    the desk's timer asks on and is told nothing, then — connected again — to refresh once."""
    if admin.database.is_sqlite:
        return  # SQLite: the file's data_version, no connection to lose
    from sqlalchemy import text

    watcher = ChangeWatcher(admin.database)
    try:
        assert watcher.poll() == set()
        pid = watcher._raw.driver_connection.info.backend_pid
        with admin.database.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        # the loss is seen when the server's goodbye arrives (nothing raised meanwhile), then
        # the watcher listens again and asks for one refresh: whatever was missed, read again
        changed, _after = _seen_within(watcher, 5.0)
        assert changed == {"*"}
        assert watcher.poll() == set()
    finally:
        watcher.close()
