"""Förfrågningar: the client's threads with the office — the list with a status filter, one
thread with its messages and a reply form, a new request on a case. The page asks a tiny JSON
endpoint every few seconds (resources/portal/requests.js) and reloads when a message arrived.
A thread on another client's case answers exactly like one that does not exist."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from caplegal_desktop.errors import NotFound, ServiceError
from caplegal_desktop.services.cases import request_threads
from caplegal_desktop.services.cases.queries import get_case_detail
from portal.sessions import COOKIE
from portal.texts import t
from portal.web import Web

FILTERS = ("active", "open", "answered", "closed", "all")
CLIENT_KINDS = ("message", "question")


def router(portal) -> APIRouter:
    routes = APIRouter()
    web = Web(portal)

    def list_page(request, session, *, status: str, case_no: str = "", error=None, code=200,
                  text: str = "", kind: str = "message"):  # fmt: skip
        with portal.uow(session.actor) as uow:
            threads = request_threads.list_threads(
                uow.session,
                status=status if status in request_threads.STATUSES else None,
                include_closed=status == "all",
            )
            stamp = request_threads.threads_stamp(uow.session)
        return web.page(request, "requests_list.html.j2", session, code, threads=threads,
                        status=status, filters=FILTERS, case_no=case_no, error=error,
                        text=text, kind=kind, kinds=CLIENT_KINDS, stamp=stamp)  # fmt: skip

    @routes.get("/requests", response_class=HTMLResponse)
    def requests_list(request: Request, status: str = "active", case: str = ""):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        status = status if status in FILTERS else "active"
        return list_page(request, session, status=status, case_no=case.strip()[:20])

    @routes.get("/requests/state")
    def requests_state(request: Request, thread: int | None = None):
        """{"stamp": …}: changes when a message arrives (the page's poll)."""
        session = portal.sessions.get(request.cookies.get(COOKIE), touch=False)
        if session is None or session.actor is None or session.actor.must_change_password:
            return JSONResponse({"error": "signed out"}, status_code=401)
        try:
            with portal.uow(session.actor) as uow:
                stamp = request_threads.threads_stamp(uow.session, thread_id=thread)
        except NotFound:
            return JSONResponse({"error": "not found"}, status_code=404)
        return {"stamp": stamp}

    @routes.post("/requests/new", response_class=HTMLResponse)
    def new_request(
        request: Request,
        case_no: str = Form("", max_length=40),
        kind: str = Form("message", max_length=20),
        text: str = Form("", max_length=request_threads.MAX_TEXT + 100),
        csrf: str = Form(..., max_length=100),
    ):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        lang = session.language
        if not web.csrf_ok(session, csrf):
            return list_page(request, session, status="active", error=t("expired", lang),
                             code=400)  # fmt: skip
        case_no = case_no.strip()[:20]
        kind = kind if kind in CLIENT_KINDS else "message"
        try:
            with portal.uow(session.actor, write=True) as uow:
                case_id = get_case_detail(uow.session, case_no).case_id
                thread_id = request_threads.open_thread(
                    uow.session, case_id=case_id, kind=kind, text=text, user=_who(session)
                )
                uow.commit()
        except NotFound as exc:
            return list_page(request, session, status="active", case_no=case_no, text=text,
                             kind=kind, error=str(exc), code=404)  # fmt: skip
        except ServiceError as exc:
            return list_page(request, session, status="active", case_no=case_no, text=text,
                             kind=kind, error=str(exc), code=400)  # fmt: skip
        return RedirectResponse(f"/requests/{thread_id}", status_code=303)

    def thread_page(request, session, thread_id: int, *, error=None, code=200, text=""):
        try:
            with portal.uow(session.actor) as uow:
                view = request_threads.thread(uow.session, thread_id=thread_id)
                stamp = request_threads.threads_stamp(uow.session, thread_id=thread_id)
        except NotFound:
            return web.not_found(request, session)
        return web.page(request, "requests_thread.html.j2", session, code, view=view,
                        error=error, text=text, stamp=stamp)  # fmt: skip

    @routes.get("/requests/{thread_id}", response_class=HTMLResponse)
    def show_thread(request: Request, thread_id: int):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        return thread_page(request, session, thread_id)

    @routes.post("/requests/{thread_id}/reply", response_class=HTMLResponse)
    def reply(
        request: Request,
        thread_id: int,
        text: str = Form("", max_length=request_threads.MAX_TEXT + 100),
        csrf: str = Form(..., max_length=100),
    ):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        if not web.csrf_ok(session, csrf):
            return thread_page(request, session, thread_id, code=400, text=text,
                               error=t("expired", session.language))  # fmt: skip
        try:
            with portal.uow(session.actor, write=True) as uow:
                request_threads.post_message(
                    uow.session, thread_id=thread_id, text=text, user=_who(session)
                )
                uow.commit()
        except NotFound:
            return web.not_found(request, session)
        except ServiceError as exc:
            return thread_page(request, session, thread_id, error=str(exc), code=400, text=text)
        return RedirectResponse(f"/requests/{thread_id}", status_code=303)

    return routes


def _who(session) -> str:
    return session.actor.login
