"""Rapporter on a real server, SQLite and PostgreSQL: a report of the manual's kinds once (run
at once and archived with its parameters and its PDF, HTML and Excel) or scheduled (run by the
same scheduler as `caplegal scheduler run`), downloads as attachments — and 0 leaks: another
client's runs are not listed and their files answer like files that do not exist."""

from __future__ import annotations

import time
from datetime import date, timedelta
from io import BytesIO

from openpyxl import load_workbook
from sqlalchemy import func, select

from caplegal_desktop.services.client_funds import scheduler
from models import Case, ReportRun, ReportSchedule
from tests.client_funds.builders import pay
from tests.portal.conftest import browser, csrf_of, sign_in_as

ONCE = {"report": "collected", "mode": "once", "detailed": "1",
        "period_from": "2026-11-01", "period_to": "2026-11-30"}  # fmt: skip


def _order(client, **form):
    page = client.get("/reports/new")
    return client.post("/reports/new", data={"csrf": csrf_of(page.text), **form})


def _file_ids(html: str) -> list[int]:
    return [int(part.split('"')[0]) for part in html.split('href="/reports/files/')[1:]]


def _text_of(kind: str, content: bytes) -> str:
    if kind == "xlsx":
        book = load_workbook(BytesIO(content))
        return " ".join(str(v) for s in book for row in s.iter_rows(values_only=True)
                        for v in row if v is not None)  # fmt: skip
    return content.decode("utf-8", "replace") if kind == "html" else ""


def test_a_report_once_is_archived_with_its_files_and_only_the_clients_data(server, app, world):
    pay(app, world["A"][0], "250.00", day=date(2026, 11, 10))
    pay(app, world["B"][0], "90.00", day=date(2026, 11, 12))
    with browser(server) as fyn, browser(server) as vest:
        sign_in_as(fyn, "fyn")
        sign_in_as(vest, "vest")
        made = _order(fyn, **ONCE)
        assert made.status_code == 303 and made.headers["location"].startswith("/reports?made=")
        assert _order(vest, **ONCE).status_code == 303
        archive = fyn.get("/reports").text
        mine = _file_ids(archive)
        theirs = _file_ids(vest.get("/reports").text)
        assert len(mine) == len(theirs) == 3 and not set(mine) & set(theirs)
        assert "01-11-2026 – 30-11-2026" in archive and "Detaljeret" in archive
        kinds = {}
        for file_id in mine:
            answer = fyn.get(f"/reports/files/{file_id}")
            assert answer.status_code == 200
            assert answer.headers["content-disposition"].startswith("attachment;")
            kind = answer.headers["content-disposition"].rsplit(".", 1)[1].strip('"')
            kinds[kind] = answer.content
        assert set(kinds) == {"pdf", "html", "xlsx"} and kinds["pdf"].startswith(b"%PDF")
        for kind in ("html", "xlsx"):
            text = _text_of(kind, kinds[kind])
            assert "Fjernvarme Fyn" in text and "Vestjysk" not in text, kind
        assert "250" in _text_of("xlsx", kinds["xlsx"])
        # AND B's files answer exactly like a file that does not exist
        missing = fyn.get("/reports/files/999999")
        for file_id in theirs:
            answer = fyn.get(f"/reports/files/{file_id}")
            assert answer.status_code == 404 and answer.text == missing.text


def test_a_scheduled_report_is_run_by_the_scheduler_for_the_users_client(server, app, world):
    with app.uow() as uow:
        world["A_client_id"] = uow.session.get(Case, world["A"][0]).client_id
    tomorrow = date.today() + timedelta(days=1)
    with browser(server) as fyn:
        sign_in_as(fyn, "fyn")
        made = _order(fyn, report="status", mode="scheduled", frequency="month",
                      first_run=tomorrow.isoformat())  # fmt: skip
        assert made.status_code == 303
        assert _file_ids(fyn.get("/reports").text) == []  # not due yet
        assert "Næste kørsel" in fyn.get("/reports").text
    # WHEN the office's `caplegal scheduler run` runs tomorrow
    done = scheduler.run_due(app, today=tomorrow, server="srv")
    assert [d.report for d in done] == ["status"]
    with app.uow() as uow:
        run = uow.session.get(ReportRun, done[0].run_id)
        schedule_client = uow.session.get(ReportSchedule, run.schedule_id).client_id
        run_client = run.client_id
    assert run_client == schedule_client == world["A_client_id"]
    with browser(server) as fyn, browser(server) as vest:
        sign_in_as(fyn, "fyn")
        sign_in_as(vest, "vest")
        ids = _file_ids(fyn.get("/reports").text)
        assert len(ids) == 3 and _file_ids(vest.get("/reports").text) == []
        html = next(_text_of("html", fyn.get(f"/reports/files/{i}").content) for i in ids
                    if fyn.get(f"/reports/files/{i}").headers["content-type"].startswith("text/html"))  # fmt: skip
        assert "Fjernvarme Fyn" in html and "Vestjysk" not in html


def test_bad_orders_change_nothing(server, app, world):
    with browser(server) as fyn:
        sign_in_as(fyn, "fyn")
        no_dates = _order(fyn, report="collected", mode="once")
        assert no_dates.status_code == 400 and "Angiv periodens første dato." in no_dates.text
        past = _order(fyn, report="status", mode="scheduled", frequency="month",
                      first_run="2020-01-01")  # fmt: skip
        assert past.status_code == 400 and "i dag eller senere" in past.text
        forged = fyn.post("/reports/new", data={"csrf": "forged", **ONCE})
        assert forged.status_code == 400
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count(ReportSchedule.id))) == 0


def test_the_portal_servers_own_scheduler_runs_due_reports(app, world):
    from portal.scheduled_runs import ScheduledRuns

    with app.uow(write=True) as uow:
        scheduler.add_schedule(uow.session, report="settlement", frequency="month",
                               first_run=date.today(), user="t", client_no="K-A")  # fmt: skip
        uow.commit()
    runs = ScheduledRuns(app, every_seconds=0.1)
    runs.start()
    try:
        deadline = time.monotonic() + 60
        count = 0
        while count == 0 and time.monotonic() < deadline:
            with app.uow() as uow:
                count = uow.session.scalar(select(func.count(ReportRun.id)))
            time.sleep(0.2)
    finally:
        runs.stop()
    assert count == 1 and runs.run_once() == 0  # nothing runs twice


def test_a_department_user_orders_and_sees_reports_of_their_departments_only(server, app, world):
    """A Klient user limited to NORD orders a status report once and on a schedule: the run
    (also the scheduler's later one, made without anyone signed in) holds NORD's cases only;
    they see only runs ordered for NORD, never the whole client's (list and file URLs), and
    cannot order the client funds reports, which span every department."""
    from tests.office.builders import a_case, a_department, a_user, signed_in
    from tests.portal.conftest import NEW_PASSWORD

    a_department(app, "K-A", "NORD", "Klub Nord")
    a_department(app, "K-A", "SYD", "Klub Syd")
    nord_no = a_case(app, "K-A", "Niels Nordmand", department="NORD")[1]
    syd_no = a_case(app, "K-A", "Sofie Sydlænder", department="SYD")[1]
    a_user(app, "nord", "Klient", client_no="K-A", departments=["NORD"])
    signed_in(app, "nord", change_to=NEW_PASSWORD)
    status = {"report": "status", "mode": "once", "detailed": "1", "period_to": "2026-11-30"}
    with browser(server) as fyn, browser(server) as nord:
        sign_in_as(fyn, "fyn")
        sign_in_as(nord, "nord")
        assert _order(fyn, **status).status_code == 303  # the whole client's
        assert "client_funds_statement" not in nord.get("/reports/new").text
        refused = _order(nord, report="settlement", mode="once", period_from="2026-11-01",
                         period_to="2026-11-30")  # fmt: skip
        assert refused.status_code == 400 and "alle klientens afdelinger" in refused.text
        assert _order(nord, **status).status_code == 303
        tomorrow = date.today() + timedelta(days=1)
        scheduled = _order(nord, report="status", mode="scheduled", frequency="month",
                           first_run=tomorrow.strftime("%d-%m-%Y"), detailed="1")  # fmt: skip
        assert scheduled.status_code == 303
        whole = set(_file_ids(fyn.get("/reports").text))
        own = set(_file_ids(nord.get("/reports").text))
        assert len(own) == 3 and own < whole  # the whole-client user sees NORD's run too
        for file_id in own:
            text = _text_of(*_kind_and_content(nord, file_id))
            assert syd_no not in text
        html = _text_of(*_kind_and_content(nord, min(own)))
        assert nord_no in html
        for file_id in whole - own:  # the whole client's run: as if it did not exist
            assert nord.get(f"/reports/files/{file_id}").status_code == 404
        # the scheduler's run tomorrow, without anyone signed in, keeps to NORD
        with app.uow(write=True) as uow:
            done = scheduler.run_one_due(uow.session, today=tomorrow, server="test", user="cron")
            uow.commit()
        assert done is not None
        later = set(_file_ids(nord.get("/reports").text)) - own
        assert len(later) == 3
        text = _text_of(*_kind_and_content(nord, min(later)))
        assert nord_no in text and syd_no not in text


def _kind_and_content(client, file_id: int) -> tuple[str, bytes]:
    answer = client.get(f"/reports/files/{file_id}")
    assert answer.status_code == 200
    return answer.headers["content-disposition"].rsplit(".", 1)[1].strip('"'), answer.content
