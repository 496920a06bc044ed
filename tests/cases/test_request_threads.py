"""Förfrågningar (issue 16): the client and the office talk in threads on a case — status open,
answered, closed; the office's cue counts the threads waiting for it; a Klient user never
reads nor writes in another client's thread (answered like one that does not exist); a recall's
thread closes the case when the office closes it; on PostgreSQL a new message reaches a
listening seat within 2 seconds (NOTIFY)."""

from __future__ import annotations

import time

import pytest

from caplegal_desktop.change_feed import ChangeWatcher
from caplegal_desktop.errors import Conflict, NotFound, ValidationError
from caplegal_desktop.services.cases import actions, request_threads
from caplegal_desktop.services.office import AccessDenied
from models import Case, CaseHistory, CaseRequest
from tests.office.builders import a_case, a_client, a_user, signed_in


@pytest.fixture
def two_clients(app):
    a_client(app, "K-A", "Fjernvarme Fyn A/S")
    a_client(app, "K-B", "Vestjysk Bank A/S")
    case_a = a_case(app, "K-A", "Jens Ærø Sørensen")
    case_b = a_case(app, "K-B", "Hanne Østergaard")
    a_user(app, "fyn", "Klient", client_no="K-A")
    a_user(app, "vest", "Klient", client_no="K-B")
    return {
        "A": case_a,
        "B": case_b,
        "fyn": signed_in(app, "fyn", change_to="Blå-Hest-Stald-42"),
        "vest": signed_in(app, "vest", change_to="Blå-Hest-Stald-42"),
    }


def call(context, fn, **kwargs):
    with context.uow(write=True) as uow:
        result = fn(uow.session, **kwargs)
        uow.commit()
        return result


def read(context, fn, **kwargs):
    with context.uow() as uow:
        return fn(uow.session, **kwargs)


def test_a_thread_goes_open_answered_open_closed_and_the_cue_follows(app, two_clients):
    fyn, (case_a, _no) = two_clients["fyn"], two_clients["A"]
    thread_id = call(fyn, request_threads.open_thread, case_id=case_a, kind="message",
                     text="Debitor siger, at han har betalt.", user="fyn")  # fmt: skip
    assert read(app, request_threads.waiting_for_office_count) == 1
    call(app, request_threads.answer, thread_id=thread_id, text="Vi undersøger det.", user="AB")
    view = read(fyn, request_threads.thread, thread_id=thread_id)
    assert (view.row.status, view.row.waiting_for) == ("answered", "client")
    assert [(m.side, m.text) for m in view.messages] == [
        ("client", "Debitor siger, at han har betalt."),
        ("office", "Vi undersøger det."),
    ]
    assert read(app, request_threads.waiting_for_office_count) == 0
    call(fyn, request_threads.post_message, thread_id=thread_id, text="Tak.", user="fyn")
    row = read(app, request_threads.list_threads)[0]
    assert (row.status, row.waiting_for, row.last_text) == ("open", "office", "Tak.")
    assert read(app, request_threads.waiting_for_office_count) == 1
    stamp = read(fyn, request_threads.threads_stamp)
    call(app, request_threads.answer, thread_id=thread_id, text="Sagen er lukket.", user="AB",
         close=True)  # fmt: skip
    assert read(fyn, request_threads.threads_stamp) != stamp
    assert read(fyn, request_threads.list_threads, status="closed")[0].id == thread_id
    assert read(fyn, request_threads.list_threads) == []  # closed ones only when asked
    assert read(app, request_threads.waiting_for_office_count) == 0
    with pytest.raises(Conflict):
        call(fyn, request_threads.post_message, thread_id=thread_id, text="Hov", user="fyn")
    with app.uow() as uow:
        actions_seen = [h.action for h in uow.session.query(CaseHistory).filter_by(case_id=case_a)]
    assert "Klienten har oprettet en forespørgsel" in actions_seen
    assert "Forespørgsel lukket" in actions_seen


def test_a_client_never_sees_nor_writes_in_another_clients_thread(app, two_clients):
    fyn, vest = two_clients["fyn"], two_clients["vest"]
    (case_a, _a), (case_b, case_b_no) = two_clients["A"], two_clients["B"]
    theirs = call(vest, request_threads.open_thread, case_id=case_b, kind="question",
                  text="Hvornår sendes rykkeren?", user="vest")  # fmt: skip
    with pytest.raises(NotFound) as other:
        read(fyn, request_threads.thread, thread_id=theirs)
    with pytest.raises(NotFound) as missing:
        read(fyn, request_threads.thread, thread_id=theirs + 1000)
    assert str(other.value) == str(missing.value)
    with pytest.raises(NotFound):
        call(fyn, request_threads.post_message, thread_id=theirs, text="Hej", user="fyn")
    with pytest.raises(NotFound):
        call(fyn, request_threads.open_thread, case_id=case_b, kind="message", text="x",
             user="fyn")  # fmt: skip
    assert read(fyn, request_threads.list_threads) == []
    assert read(fyn, request_threads.waiting_for_office_count) == 0
    assert [r.case_no for r in read(vest, request_threads.list_threads)] == [case_b_no]
    # the client cannot answer as the office nor close
    mine = call(fyn, request_threads.open_thread, case_id=case_a, kind="message", text="Hej",
                user="fyn")  # fmt: skip
    with pytest.raises(AccessDenied):
        call(fyn, request_threads.close_thread, thread_id=mine, user="fyn")
    with pytest.raises(ValidationError):
        call(fyn, request_threads.post_message, thread_id=mine, text="   ", user="fyn")


def test_the_office_asks_the_client_and_the_answer_comes_back(app, two_clients):
    fyn, (case_a, _no) = two_clients["fyn"], two_clients["A"]
    asked = call(app, request_threads.ask_client, case_id=case_a,
                 text="Debitor gør indsigelse om forældelse. Har I dokumentation?", user="AB")  # fmt: skip
    row = read(fyn, request_threads.list_threads)[0]
    assert (row.id, row.kind, row.status, row.waiting_for) == (asked, "question", "open", "client")
    assert read(app, request_threads.waiting_for_office_count) == 0
    call(fyn, request_threads.post_message, thread_id=asked, text="Ja, vedhæftet.", user="fyn")
    row = read(app, request_threads.list_threads)[0]
    assert (row.status, row.waiting_for) == ("answered", "office")
    assert read(app, request_threads.waiting_for_office_count) == 1


def test_a_recall_is_a_thread_and_closing_it_closes_the_case(app, two_clients):
    case_a, _no = two_clients["A"]
    call(app, actions.request_recall, case_id=case_a, reason="Klienten trækker sagen", user="fyn")
    call(app, actions.message_handler, case_id=case_a, text="Ring til debitor", user="fyn")
    rows = read(app, request_threads.list_threads)
    assert sorted(r.kind for r in rows) == ["message", "recall"]
    recall = next(r for r in rows if r.kind == "recall")
    assert recall.first_text == "Klienten trækker sagen" and recall.waiting_for == "office"
    done = call(app, request_threads.close_thread, thread_id=recall.id, user="AB")
    assert done == "Sagen er kaldt tilbage og lukket"
    with app.uow() as uow:
        assert uow.session.get(Case, case_a).status == "closed"
        requests = uow.session.query(CaseRequest).filter_by(kind="recall").all()
        assert requests[0].completed_by == "AB"
    # a request completed the old way closes its thread too
    message = next(r for r in rows if r.kind == "message")
    with app.uow() as uow:
        request_id = uow.session.query(CaseRequest.id).filter_by(kind="message").scalar()
    call(app, actions.complete_request, request_id=request_id, user="AB")
    assert read(app, request_threads.thread, thread_id=message.id).row.status == "closed"


def test_a_portal_message_reaches_a_listening_desk_within_two_seconds(app, two_clients):
    if app.database.is_sqlite:
        pytest.skip("NOTIFY is PostgreSQL's; SQLite seats see PRAGMA data_version")
    fyn, (case_a, _no) = two_clients["fyn"], two_clients["A"]
    watcher = ChangeWatcher(app.database)
    try:
        watcher.poll()
        started = time.monotonic()
        call(fyn, request_threads.open_thread, case_id=case_a, kind="message", text="Hej",
             user="fyn")  # fmt: skip
        seen: set[str] = set()
        while "request_message" not in seen and time.monotonic() - started < 2:
            seen |= watcher.poll()
            time.sleep(0.02)
        assert "request_message" in seen, seen
    finally:
        watcher.close()


def test_the_handler_answers_on_the_requests_page_and_a_portal_message_shows_within_two_seconds(
    qtbot, app, two_clients, danish_ui
):
    from PySide6.QtCore import Qt

    from ui.requests.page import RequestsData, RequestsPage

    fyn, (case_a, case_a_no) = two_clients["fyn"], two_clients["A"]
    first = call(fyn, request_threads.open_thread, case_id=case_a, kind="message",
                 text="Debitor er flyttet til Aarhus.", user="fyn")  # fmt: skip
    page = RequestsPage(RequestsData(app))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == case_a_no
    assert page.table.item(0, 6).text() == "Afventer os"
    assert "Debitor er flyttet til Aarhus." in page.conversation.toPlainText()
    # the handler answers: the client sees it, the thread waits for the client
    qtbot.keyClicks(page.reply, "Tak, vi sender brevet til den nye adresse.")
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    assert page.table.item(0, 6).text() == "Afventer klienten"
    assert page.reply.toPlainText() == ""
    assert "Tak, vi sender brevet" in page.conversation.toPlainText()
    seen = read(fyn, request_threads.thread, thread_id=first)
    assert [m.side for m in seen.messages] == ["client", "office"]
    assert seen.row.status == "answered"
    page.grab().save("/tmp/requests_threads_page.png")
    # a message from the portal (another seat) shows without anyone pressing a key
    started = time.monotonic()
    call(fyn, request_threads.open_thread, case_id=case_a, kind="question",
         text="Kan I sende en saldoopgørelse?", user="fyn")  # fmt: skip
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=2000)
    assert time.monotonic() - started < 2
    assert page.table.item(0, 6).text() == "Afventer os"  # waiting for us comes first
    # answer and close: gone from the open list
    page.table.setCurrentCell(0, 0)
    qtbot.keyClicks(page.reply, "Den er sendt.")
    qtbot.mouseClick(page.answer_close_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1
    assert read(app, request_threads.waiting_for_office_count) == 0
    page.stop_watching()


def test_the_migration_makes_a_thread_of_every_case_request(database_url):
    """0013_preq on a database with case requests: each becomes a thread (closed when the
    request was completed) with its text as the client's first message; down and up again."""
    from alembic import command
    from sqlalchemy import text

    from caplegal_desktop.app import AppContext
    from caplegal_desktop.config import Settings
    from caplegal_desktop.db import open_database
    from caplegal_desktop.migrate import alembic_config

    app = AppContext(open_database(database_url), Settings(), "test")
    try:
        a_client(app, "K-A", "Fjernvarme Fyn A/S")
        case_id, _no = a_case(app, "K-A", "Jens Ærø Sørensen")
        config = alembic_config(database_url)
        app.database.dispose()
        command.downgrade(config, "0012_safety")
        with app.database.engine.begin() as connection:
            for kind, done in (("recall", None), ("message", "2026-11-02 10:00:00")):
                connection.execute(
                    text(
                        "INSERT INTO case_request (case_id, kind, text, requested_at, "
                        "requested_by, completed_at, completed_by) VALUES (:case, :kind, :text, "
                        "'2026-11-01 09:00:00', 'fyn', :done, :by)"
                    ),
                    {"case": case_id, "kind": kind, "text": f"Tekst {kind}", "done": done,
                     "by": "AB" if done else None},
                )  # fmt: skip
        app.database.dispose()
        command.upgrade(config, "head")
        app.database.dispose()
        rows = {r.kind: r for r in read(app, request_threads.list_threads, include_closed=True)}
        assert (rows["recall"].status, rows["recall"].waiting_for) == ("open", "office")
        assert rows["recall"].first_text == "Tekst recall"
        assert (rows["message"].status, rows["message"].waiting_for) == ("closed", None)
        assert read(app, request_threads.waiting_for_office_count) == 1
        with app.uow() as uow:
            granted = uow.session.execute(
                text(
                    "SELECT count(*) FROM office_role_permission "
                    "WHERE role_code = 'Klient' AND permission_code = 'portal.register'"
                )
            ).scalar()
        assert granted == 1
    finally:
        app.close()
