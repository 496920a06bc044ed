"""Klientmedelsredovisning: the client's posted settlements (figures, lines, the PDF in the
client's language and the Excel appendix) and its client funds balance. Another client's
settlement answers exactly like one that does not exist. A user limited to some departments sees
their departments' lines of each settlement and those lines' sums (services.client_funds)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from caplegal_desktop.errors import NotFound
from caplegal_desktop.services.client_funds import (
    DepartmentsOnly,
    client_balance,
    client_settlement,
    client_settlements,
    settlement_document,
)
from caplegal_desktop.services.office import department_names
from portal.web import Web

MEDIA = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


AMOUNTS = ("collected", "client_part", "firm_part", "held", "vat", "invoice", "set_off",
           "shortfall", "previously_paid", "payout", "amount")  # fmt: skip


def _decimals(data: dict) -> dict:
    """settlement_json's decimal strings as Decimal, for the user's locale."""
    out = {k: Decimal(v) if k in AMOUNTS and isinstance(v, str) else v for k, v in data.items()}
    out["lines"] = [_decimals(line) for line in data.get("lines", ())]
    for key in ("period_to", "paid_on", "posting_date"):
        if isinstance(out.get(key), str):
            out[key] = date.fromisoformat(out[key])
    return out


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) < 10 else None


def router(portal) -> APIRouter:
    routes = APIRouter()
    web = Web(portal)

    @routes.get("/funds", response_class=HTMLResponse)
    def funds(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        with portal.uow(session.actor) as uow:
            rows = client_settlements(uow.session)
            try:
                balance, departments = client_balance(uow.session), ""
            except DepartmentsOnly:  # the user's departments' lines only: no whole-client sums
                balance, departments = None, ", ".join(department_names(uow.session).values())
        return web.page(request, "funds_list.html.j2", session, rows=rows, balance=balance,
                        departments_only=bool(departments), departments=departments)  # fmt: skip

    @routes.get("/funds/{settlement_id}", response_class=HTMLResponse)
    def settlement(request: Request, settlement_id: str):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        number = _number(settlement_id)
        try:
            if number is None:
                raise NotFound(settlement_id)
            with portal.uow(session.actor) as uow:
                data = client_settlement(uow.session, number)
                departments = ""
                if data["departments_only"]:
                    departments = ", ".join(department_names(uow.session).values())
        except NotFound:
            return web.not_found(request, session)
        return web.page(request, "funds_settlement.html.j2", session, s=_decimals(data),
                        departments=departments)  # fmt: skip

    @routes.get("/funds/{settlement_id}/{kind}")
    def document(request: Request, settlement_id: str, kind: str):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        number = _number(settlement_id)
        try:
            if number is None or kind not in MEDIA:
                raise NotFound(settlement_id)
            with portal.uow(session.actor) as uow:
                name, content = settlement_document(uow.session, number, kind)
        except NotFound:
            return web.not_found(request, session)
        return Response(
            content,
            media_type=MEDIA[kind],
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    return routes
