"""The browser pages: sign-in, Sager (quick search over the manual's identifiers and
names) and a case with its debts and customers — all through the same services as the desktop,
as the signed-in user (a Klient user sees only their client's cases)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from caplegal_desktop.errors import NotFound, ServiceError
from caplegal_desktop.services.cases.queries import get_case_detail
from caplegal_desktop.services.office import sign_in, users
from caplegal_desktop.services.search.case_search import find_cases
from caplegal_desktop.services.statements import case_totals
from portal.sessions import COOKIE
from portal.texts import LOCALES, t
from portal.web import Web

LANGUAGES = tuple(LOCALES)


def router(portal) -> APIRouter:
    routes = APIRouter()

    web = Web(portal)
    session_of, signed_in, set_cookie = web.session_of, web.signed_in, web.set_cookie
    page, to_sign_in = web.page, web.to_sign_in

    @routes.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, lang: str = "da"):
        sid, session = portal.sessions.new(language=lang if lang in LANGUAGES else "da")
        response = page(request, "login.html.j2", session, error=None)
        set_cookie(response, sid)
        return response

    @routes.post("/login", response_class=HTMLResponse)
    def login(
        request: Request,
        login: str = Form(..., max_length=100),
        password: str = Form(..., max_length=200),
        csrf: str = Form(..., max_length=100),
    ):
        before = session_of(request)
        if before is None or csrf != before.csrf:
            sid, fresh = portal.sessions.new()
            response = page(request, "login.html.j2", fresh, 400, error=t("expired", "da"))
            set_cookie(response, sid)
            return response
        with portal.uow(None, write=True) as uow:
            result = sign_in.sign_in_password(uow.session, login=login.strip(), password=password)
            uow.commit()
        if not result.ok or "portal.use" not in result.actor.permissions:
            response = page(
                request, "login.html.j2", before, 401, error=t("wrong", before.language)
            )
            return response
        sid, _session = portal.sessions.rotate(
            request.cookies.get(COOKIE), actor=result.actor, language=before.language
        )
        target = "/password" if result.actor.must_change_password else "/"
        response = RedirectResponse(target, status_code=303)
        set_cookie(response, sid)
        return response

    @routes.get("/password", response_class=HTMLResponse)
    def password_form(request: Request):
        session = session_of(request)
        if session is None or session.actor is None:
            return to_sign_in()
        return page(request, "password.html.j2", session, error=None)

    @routes.post("/password", response_class=HTMLResponse)
    def change_password(
        request: Request,
        password: str = Form(..., max_length=200),
        repeat: str = Form(..., max_length=200),
        csrf: str = Form(..., max_length=100),
    ):
        session = session_of(request)
        if session is None or session.actor is None:
            return to_sign_in()
        if csrf != session.csrf:
            return page(
                request, "password.html.j2", session, 400, error=t("expired", session.language)
            )
        if password != repeat:
            return page(
                request, "password.html.j2", session, 400, error=t("differ", session.language)
            )
        try:
            with portal.uow(session.actor, write=True) as uow:
                users.set_password(uow.session, login=session.actor.login, password=password)
                uow.commit()
            with portal.uow(None, write=True) as uow:
                result = sign_in.sign_in_password(
                    uow.session, login=session.actor.login, password=password
                )
                uow.commit()
        except ServiceError as exc:
            return page(request, "password.html.j2", session, 400, error=str(exc))
        sid, _fresh = portal.sessions.rotate(
            request.cookies.get(COOKIE), actor=result.actor, language=session.language
        )
        response = RedirectResponse("/", status_code=303)
        set_cookie(response, sid)
        return response

    @routes.post("/logout")
    def logout(request: Request, csrf: str = Form(..., max_length=100)):
        session = session_of(request)
        if session is not None and csrf == session.csrf:
            portal.sessions.drop(request.cookies.get(COOKIE))
        response = to_sign_in()
        response.delete_cookie(COOKIE, path="/")
        return response

    @routes.get("/cases", response_class=HTMLResponse)
    def cases(request: Request, q: str = ""):
        session = signed_in(request)
        if session is None:
            return to_sign_in()
        q = q.strip()[:200]
        hits = []
        error = None
        if q:
            try:
                with portal.uow(session.actor) as uow:
                    hits = find_cases(uow.session, text=q, limit=200)
            except ServiceError as exc:
                error = str(exc)
        return page(request, "cases.html.j2", session, q=q, hits=hits, error=error)

    @routes.get("/cases/{case_no}", response_class=HTMLResponse)
    def case(request: Request, case_no: str):
        session = signed_in(request)
        if session is None:
            return to_sign_in()
        try:
            with portal.uow(session.actor) as uow:
                detail = get_case_detail(uow.session, case_no[:20])
                totals = case_totals(uow.session, case_id=detail.case_id, as_of=date.today())
        except NotFound:
            return web.not_found(request, session, case_no)
        figures = {key: totals.amount(key) for key in ("principal", "interest", "fees",
                                                          "salary", "costs", "paid", "balance")}  # fmt: skip
        return page(request, "case.html.j2", session, case=detail, figures=figures)

    return routes
