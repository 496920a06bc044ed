"""Rapporter: the archive of the client's report runs (each with its parameters and its files
as PDF, HTML and Excel, sent as attachments) and Ny rapport — the manual's kinds, once or on a
schedule (week, month, quarter, year from a first run date). The schedules are run by
`caplegal scheduler run` like the office's own; each run holds the user's client's data only."""

from __future__ import annotations

import socket
from datetime import date

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from caplegal_desktop.errors import NotFound, ValidationError
from caplegal_desktop.services.client_funds import (
    REPORT_KINDS,
    WHOLE_CLIENT_KINDS,
    DepartmentsOnly,
    archived_file,
    client_archive,
    client_schedules,
    order_report,
    run_now,
)
from portal.dates import BadDate, read_day
from portal.texts import t
from portal.web import Web

MEDIA = {
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
REPEATS = ("week", "month", "quarter", "year")


def _typed_days(form: dict, language: str) -> tuple[dict[str, date | None], list[str]]:
    """The form's three dates read in the user's language, and a message per bad one."""
    days, problems = {}, []
    for name, word in (("period_from", "re_from"), ("period_to", "re_to"),
                       ("first_run", "re_first_run")):  # fmt: skip
        try:
            days[name] = read_day(form[name], language)
        except BadDate as exc:
            days[name] = None
            problems.append(f"{t(word, language)}: {exc}")
    return days, problems


def router(portal) -> APIRouter:
    routes = APIRouter()
    web = Web(portal)

    def archive_page(request, session, **extra):
        try:
            with portal.uow(session.actor) as uow:
                runs = client_archive(uow.session)
                schedules = client_schedules(uow.session)
        except DepartmentsOnly:
            runs, schedules, extra["departments_only"] = [], [], True
        return web.page(request, "reports_archive.html.j2", session, runs=runs,
                        schedules=schedules, tab="archive", **extra)  # fmt: skip

    def form_page(request, session, status_code=200, **values):
        form = {"report": "collected", "mode": "once", "frequency": "month", "detailed": False,
                "period_from": "", "period_to": "", "first_run": date.today()}  # fmt: skip
        form.update(values.pop("form", {}))
        kinds = REPORT_KINDS
        if session.actor.department_ids:  # the client funds reports span every department
            kinds = [k for k in REPORT_KINDS if k.report not in WHOLE_CLIENT_KINDS]
        return web.page(request, "reports_new.html.j2", session, status_code, kinds=kinds,
                        repeats=REPEATS, form=form, tab="new", **values)  # fmt: skip

    @routes.get("/reports", response_class=HTMLResponse)
    def reports(request: Request, made: str = ""):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        return archive_page(request, session, made=made[:10])

    @routes.get("/reports/new", response_class=HTMLResponse)
    def new_report(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        return form_page(request, session, problems=[])

    @routes.post("/reports/new", response_class=HTMLResponse)
    def order(
        request: Request,
        csrf: str = Form("", max_length=100),
        report: str = Form("", max_length=40),
        mode: str = Form("once", max_length=10),
        frequency: str = Form("month", max_length=10),
        detailed: str = Form("", max_length=5),
        period_from: str = Form("", max_length=20),
        period_to: str = Form("", max_length=20),
        first_run: str = Form("", max_length=20),
    ):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        form = {"report": report, "mode": mode, "frequency": frequency, "detailed": bool(detailed),
                "period_from": period_from, "period_to": period_to, "first_run": first_run}  # fmt: skip
        if not web.csrf_ok(session, csrf):
            return form_page(request, session, 400, form=form,
                             problems=[t("expired", session.language)])  # fmt: skip
        days, bad_dates = _typed_days(form, session.language)
        if bad_dates:
            return form_page(request, session, 400, form=form, problems=bad_dates)
        today = date.today()
        try:
            with portal.uow(session.actor, write=True) as uow:
                made = order_report(
                    uow.session, report=report, user=uow.user, today=today,
                    frequency="once" if mode == "once" else frequency,
                    detailed=bool(detailed), **days,
                )  # fmt: skip
                schedule_id = made.id
                uow.commit()
            with portal.uow(session.actor, write=True) as uow:
                run_now(uow.session, schedule_id=schedule_id, today=today,
                        server=socket.gethostname(), user=uow.user)  # fmt: skip
                uow.commit()
        except ValidationError as exc:
            return form_page(request, session, 400, form=form,
                             problems=[p.message for p in exc.problems])  # fmt: skip
        except DepartmentsOnly:
            return form_page(request, session, 403, form=form,
                             problems=[t("fu_departments_only", session.language)])  # fmt: skip
        return RedirectResponse(f"/reports?made={schedule_id}", status_code=303)

    @routes.get("/reports/files/{file_id}")
    def report_file(request: Request, file_id: str):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        try:
            if not file_id.isdigit() or len(file_id) > 9:
                raise NotFound(file_id)
            with portal.uow(session.actor) as uow:
                kind, name, content = archived_file(uow.session, int(file_id))
        except (NotFound, DepartmentsOnly):
            return web.not_found(request, session)
        return Response(
            content,
            media_type=MEDIA.get(kind, "application/octet-stream"),
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    return routes
