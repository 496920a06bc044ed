"""What every page route needs: the session behind the cookie, the sign-in redirect, the CSRF
check and the page renderer. Each area of the portal (`portal/<area>.py`) takes one `Web` and
adds its routes; none of them repeats these."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from portal.sessions import COOKIE, PortalSession


class Web:
    def __init__(self, portal) -> None:
        self.portal = portal

    def session_of(self, request: Request) -> PortalSession | None:
        """The session behind the request's cookie, read once per request (a second look, e.g.
        for the words of a form's message inside a write, must not open a second transaction)."""
        if "portal_session" not in request.scope.setdefault("state", {}):
            request.state.portal_session = self.portal.sessions.get(request.cookies.get(COOKIE))
        return request.state.portal_session

    def signed_in(self, request: Request) -> PortalSession | None:
        """The session of a signed-in user who may use the pages (None: sign in first)."""
        session = self.session_of(request)
        if session is None or session.actor is None or session.actor.must_change_password:
            return None
        return session

    def csrf_ok(self, session: PortalSession | None, token: str | None) -> bool:
        return session is not None and bool(token) and token == session.csrf

    def set_cookie(self, response: Response, sid: str) -> None:
        response.set_cookie(
            COOKIE,
            sid,
            httponly=True,
            samesite="strict",
            secure=self.portal.secure_cookies,
            path="/",
        )

    def page(self, request: Request, name: str, session, status_code: int = 200, **context):
        return self.portal.templates.TemplateResponse(
            request,
            name,
            {"lang": session.language, "session": session, **context},
            status_code=status_code,
        )

    def not_found(self, request: Request, session, case_no: str = ""):
        """The one answer for a case that does not exist and for one outside the user's scope:
        the same page whatever was asked (the language switch goes back to the overview, not to
        the address asked for, so the page never tells one missing thing from another)."""
        return self.page(
            request, "not_found.html.j2", session, 404, case_no=case_no[:20], back_to="/"
        )

    @staticmethod
    def to_sign_in() -> RedirectResponse:
        return RedirectResponse("/login", status_code=303)
