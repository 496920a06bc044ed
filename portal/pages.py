"""Signing in to the portal: sign-in, the password change and the language. The other pages are
areas of their own (portal.overview, portal.cases_search, portal.case_page, portal.requests,
portal.register, portal.reports, portal.funds), all through the same services as the desktop."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.office import sign_in, users
from portal.limits import client_ip, too_many
from portal.sessions import COOKIE
from portal.texts import LOCALES, t
from portal.web import Web

LANGUAGES = tuple(LOCALES)


def router(portal) -> APIRouter:
    routes = APIRouter()

    web = Web(portal)
    session_of, set_cookie = web.session_of, web.set_cookie
    page, to_sign_in = web.page, web.to_sign_in

    @routes.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, lang: str = ""):
        chosen = lang in LANGUAGES
        sid = request.cookies.get(COOKIE)
        session = session_of(request)
        if session is None or session.actor is not None:  # a sign-in starts from a new session
            sid, session = portal.sessions.new(language=lang if chosen else "da",
                                               language_chosen=chosen)  # fmt: skip
        elif chosen:
            portal.sessions.set_language(sid, session, lang)
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
        login, ip = login.strip(), client_ip(request)
        wait = portal.limits.sign_in_wait(ip, login)
        if wait is not None:
            response = page(
                request, "login.html.j2", before, 429, error=too_many(wait, before.language)
            )
            response.headers["Retry-After"] = str(wait)
            return response
        with portal.uow(None, write=True) as uow:
            result = sign_in.sign_in_password(uow.session, login=login, password=password)
            uow.commit()
        if not result.ok or "portal.use" not in result.actor.permissions:
            portal.limits.sign_in_failed(ip, login)
            return page(request, "login.html.j2", before, 401, error=t("wrong", before.language))
        with portal.uow(result.actor, write=True) as uow:
            if before.language_chosen:
                language = users.set_own_language(uow.session, language=before.language)
            else:
                language = users.own_language(uow.session)
            uow.commit()
        sid, _session = portal.sessions.rotate(
            request.cookies.get(COOKIE), actor=result.actor, language=language
        )
        target = "/password" if result.actor.must_change_password else "/"
        response = RedirectResponse(target, status_code=303)
        set_cookie(response, sid)
        return response

    @routes.post("/language")
    def choose_language(
        request: Request,
        lang: str = Form(..., max_length=2),
        csrf: str = Form(..., max_length=100),
        back: str = Form("/", max_length=500),
    ):
        """The header's switch: stored on the signed-in user (services.office), so the next
        sign-in, anywhere, speaks it too. Before sign-in it holds for the session."""
        session = session_of(request)
        if not web.csrf_ok(session, csrf):
            return to_sign_in()
        if lang in LANGUAGES:
            if session.actor is not None:
                with portal.uow(session.actor, write=True) as uow:
                    users.set_own_language(uow.session, language=lang)
                    uow.commit()
            portal.sessions.set_language(request.cookies.get(COOKIE), session, lang)
        safe = back if back.startswith("/") and back[1:2] not in ("/", "\\") else "/"
        return RedirectResponse(safe, status_code=303)

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

    return routes
