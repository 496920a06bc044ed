"""The portal's web application: security headers on every answer, the browser pages and the
JSON API, each request in its own unit of work as the signed-in user (services.office)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.base import BaseHTTPMiddleware

from caplegal_desktop.unit_of_work import UnitOfWork
from portal.sessions import SessionStore
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


class _SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path == "/api/docs":  # the OpenAPI viewer is FastAPI's own page
            response.headers["Content-Security-Policy"] = (
                "default-src 'self' https://cdn.jsdelivr.net; "
                "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
                "style-src 'self' https://cdn.jsdelivr.net; img-src 'self' data: https:; "
                "frame-ancestors 'none'"
            )
        return response


class Portal:
    """What the routes share: the database, the sessions, the templates."""

    def __init__(self, database, *, secure_cookies: bool = False) -> None:
        self.database = database
        self.sessions = SessionStore()
        self.secure_cookies = secure_cookies
        self.templates = Jinja2Templates(directory=str(TEMPLATES))
        self.templates.env.globals.update(t=t, money=money, day=day)
        self.templates.env.filters["as_date"] = as_date

    def uow(self, actor, *, write: bool = False) -> UnitOfWork:
        user = (actor.employee_initials or actor.login) if actor is not None else "portal"
        return UnitOfWork(self.database, write=write, user=user, actor=actor)


def create_app(database, *, secure_cookies: bool = False) -> FastAPI:
    from portal import api, funds, overview, pages, reports

    app = FastAPI(
        title="CapLegal Backstage",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    portal = app.state.portal = Portal(database, secure_cookies=secure_cookies)
    app.add_middleware(_SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for area in (pages, overview, reports, funds):
        app.include_router(area.router(portal))
    app.include_router(api.router(portal), prefix="/api/v1")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"ok": True}

    return app
