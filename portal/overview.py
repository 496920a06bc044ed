"""Översikt, the page after sign-in: the office's news, key figures and the cases submitted
today (only the user's own cases), and the manual's quick links."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from caplegal_desktop.services import news
from caplegal_desktop.services.cases.queries import recent_cases
from caplegal_desktop.services.reports import key_figures, submitted_today
from portal.web import Web

QUICK_LINKS = (
    ("/favourites", "ov_favourites"),
    ("/register/case", "ov_register_case"),
    ("/register/payment", "ov_register_payment"),
    ("/funds", "ov_funds"),
)


def router(portal) -> APIRouter:
    routes = APIRouter()
    web = Web(portal)

    @routes.get("/", response_class=HTMLResponse)
    def overview(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        today = date.today()
        with portal.uow(session.actor) as uow:
            figures = key_figures(uow.session, today=today)
            submitted = submitted_today(uow.session, today=today)
            items = news.current_news(uow.session, today=today)
            recent = recent_cases(uow.session, limit=5)
        return web.page(
            request, "overview.html.j2", session, figures=figures, submitted=submitted,
            news=items, links=QUICK_LINKS, today=today, recent=recent,
        )  # fmt: skip

    return routes
