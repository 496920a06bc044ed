"""The portal's web application: security headers on every answer, the browser pages and the
JSON API, each request in its own unit of work as the signed-in user (services.office)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from caplegal_desktop.unit_of_work import UnitOfWork
from portal.dates import date_hint, shown_day
from portal.limits import ApiRateLimit, Limits
from portal.sessions import SessionStore
from portal.setup_cache import FormChoicesCache, InterestSetupCache
from portal.texts import as_date, day, money, t
from workflows.bundle import resources_dir, templates_dir

TEMPLATES = templates_dir("portal")
STATIC = resources_dir("portal")

SECURITY_HEADERS = {
    # no inline script anywhere; styles and images from the portal itself only
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


DOCS_CSP = (  # the OpenAPI viewer is FastAPI's own page
    "default-src 'self' https://cdn.jsdelivr.net; "
    "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' https://cdn.jsdelivr.net; img-src 'self' data: https:; "
    "frame-ancestors 'none'"
)


class _SecurityHeaders:
    """Plain ASGI (no BaseHTTPMiddleware): the headers go on the response's start message, and
    the body passes through untouched, in one write."""

    def __init__(self, app) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        self.docs_csp = (b"content-security-policy", DOCS_CSP.encode())

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"] == "/api/docs"

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or ())
                present = {name.lower() for name, _value in headers}
                for name, value in self.headers:
                    if docs and name == b"content-security-policy":
                        headers.append(self.docs_csp)
                    elif name not in present:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class Portal:
    """What the routes share: the database, the sessions, the templates."""

    def __init__(self, database, *, secure_cookies: bool = False, limits=None) -> None:
        self.database = database
        self.sessions = SessionStore(database)
        self.limits = limits or Limits.from_settings()
        self.interest_setup = InterestSetupCache()
        self.form_choices = FormChoicesCache()
        self.secure_cookies = secure_cookies
        self.templates = Jinja2Templates(directory=str(TEMPLATES))
        self.templates.env.globals.update(t=t, money=money, day=day)
        self.templates.env.globals.update(shown_day=shown_day, date_hint=date_hint)
        self.templates.env.filters["as_date"] = as_date

    def uow(self, actor, *, write: bool = False) -> UnitOfWork:
        user = (actor.employee_initials or actor.login) if actor is not None else "portal"
        return UnitOfWork(self.database, write=write, user=user, actor=actor)


def create_app(database, *, secure_cookies: bool = False, limits: Limits | None = None) -> FastAPI:
    from portal import (
        api,
        case_page,
        cases_search,
        funds,
        overview,
        pages,
        register,
        reports,
        requests,
    )

    app = FastAPI(
        title="CapLegal Backstage",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    portal = app.state.portal = Portal(database, secure_cookies=secure_cookies, limits=limits)
    app.add_middleware(ApiRateLimit, limits=portal.limits)
    app.add_middleware(_SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for area in (pages, overview, cases_search, case_page, requests, register, reports, funds):
        app.include_router(area.router(portal))
    app.include_router(api.router(portal), prefix="/api/v1")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"ok": True}

    return app
