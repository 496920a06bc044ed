"""Ärenden (the manual's case search), the header's Snabbsök, Tidigare sökningar, Favoriter and
the result list's exports (Excel, PDF, CSV, Word) — all through services.search.portal_search,
as the signed-in user.

The header's Snabbsök runs the desk's own search (services.search.case_search): text that is
exactly one of the identifiers and names one case opens that case; anything else (names, or an
identifier shared by several cases) shows the list.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from caplegal_desktop.errors import NotFound, Problem, ServiceError, ValidationError
from caplegal_desktop.services.office import department_names
from caplegal_desktop.services.search import portal_search
from caplegal_desktop.services.search.case_search import IDENTIFIER, find_case_ids
from caplegal_desktop.services.search.portal_search import Criteria
from portal.dates import BadDate, iso_day
from portal.texts import as_date, day, t
from portal.web import Web
from workflows.exports import TableColumn, write_csv, write_docx, write_pdf, write_xlsx

EXPORTS = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
    "pdf": ("application/pdf", "PDF"),
    "csv": ("text/csv; charset=utf-8", "CSV"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
}
_STAGE_WORDS = {"invoicing", "collection", "surveillance", "legal"}
DATE_CRITERIA = ("registered_from", "registered_to", "invoice_from", "invoice_to", "due_from",
                 "due_to")  # fmt: skip


def _criteria_from(request: Request, language: str) -> Criteria:
    params = request.query_params
    form: dict[str, object] = {key: params.get(key) for key in params if key != "departments"}
    form["departments"] = params.getlist("departments")
    form.setdefault("quick", params.get("q"))  # the header's box names its field q
    problems = []
    for key in DATE_CRITERIA:  # typed in the user's language; the criteria take ISO
        try:
            form[key] = iso_day(params.get(key), language)
        except BadDate as exc:
            problems.append(Problem(t(f"cs_f_{key}", language), str(exc)))
    if problems:
        raise ValidationError(problems)
    return Criteria.from_form(form)


def _query(criteria: Criteria, **extra) -> str:
    """The query string that runs these criteria again (departments as repeated keys)."""
    pairs: list[tuple[str, str]] = []
    for key, value in criteria.filled().items():
        if isinstance(value, list):
            pairs += [(key, str(v)) for v in value]
        else:
            pairs.append((key, str(value)))
    pairs += [(key, str(value)) for key, value in extra.items() if value not in (None, "")]
    return urlencode(pairs)


def _columns(lang: str) -> list[TableColumn]:
    return [
        TableColumn("system", t("cs_system", lang)),
        TableColumn("case_type", t("cs_type", lang)),
        TableColumn("customer_no", t("cs_customer_no", lang)),
        TableColumn("case_no", t("cs_case_no", lang)),
        TableColumn("registered", t("cs_registered", lang), "date"),
        TableColumn("status_text", t("cs_status", lang)),
        TableColumn("rest", t("cs_rest", lang), "amount"),
        TableColumn("currency", t("cs_currency", lang)),
        TableColumn("department", t("cs_department", lang)),
        TableColumn("customer_name", t("cs_customer_name", lang)),
    ]


def status_text(row, lang: str) -> str:
    """The manual's Ärendestatus: the stage while the case is active, else its status."""
    if row.status == "active" and row.stage in _STAGE_WORDS:
        return t(f"cs_stage_{row.stage}", lang)
    return t(f"s_{row.status}", lang)


def router(portal) -> APIRouter:
    routes = APIRouter()
    web = Web(portal)

    def remember(session, criteria: Criteria, hits: int) -> None:
        """Tidigare sökningar: its own short write, after the search has read what it needs
        (on the embedded file a write holds the one write lock of every server process)."""
        with portal.uow(session.actor, write=True) as uow:
            portal_search.remember_search(uow.session, criteria, hits=hits)
            uow.commit()

    def list_page(request: Request, session, criteria: Criteria, *, run: str, quick_ids=None):
        sort = request.query_params.get("sort", "registered")
        sort = sort if sort in portal_search.SORTS else "registered"
        descending = request.query_params.get("dir", "desc") != "asc"
        try:
            page_no = int(request.query_params.get("page", "1"))
        except ValueError:
            page_no = 1
        result, error = None, None
        with portal.uow(session.actor) as uow:
            choices = portal.form_choices(uow.session, session.actor)
            if run:
                try:
                    result = portal_search.search(
                        uow.session, criteria, page=page_no, sort=sort, descending=descending,
                        quick_ids=quick_ids,
                    )  # fmt: skip
                except ServiceError as exc:
                    error = str(exc)
        if result is not None and run == "new":
            remember(session, criteria, result.total)

        def link(**changes) -> str:
            extra = {"sort": sort, "dir": "desc" if descending else "asc", "run": "page"}
            extra.update(changes)
            return "/cases?" + _query(criteria, **extra)

        def sort_link(key: str) -> str:
            flip = "asc" if (sort == key and descending) else "desc"
            if sort != key:
                flip = (
                    "asc" if key in ("case_no", "customer_name", "department", "system") else "desc"
                )
            return link(sort=key, dir=flip, page=1)

        export_query = _query(criteria, sort=sort, dir="desc" if descending else "asc")
        return web.page(
            request,
            "cases_search.html.j2",
            session,
            c=criteria,
            q=criteria.quick,
            choices=choices,
            result=result,
            error=error,
            sort=sort,
            descending=descending,
            link=link,
            sort_link=sort_link,
            export_query=export_query,
            status_text=status_text,
            tab_link=lambda tab: "/cases?" + _query(Criteria(**_top(criteria), tab=tab)),
            states=portal_search.STATES,
            statuses=portal_search.STATUSES,
            here=str(request.url.path) + ("?" + request.url.query if request.url.query else ""),
        )

    @routes.get("/cases", response_class=HTMLResponse)
    def cases(request: Request, q: str = "", run: str = ""):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        q = q.strip()[:200]
        try:
            criteria = _criteria_from(request, session.language)
        except ServiceError as exc:
            with portal.uow(session.actor) as uow:
                choices = portal.form_choices(uow.session, session.actor)
            return web.page(
                request, "cases_search.html.j2", session, 400, c=_as_typed(request), q=q,
                choices=choices,
                result=None, error=str(exc), sort="registered", descending=True,
                link=lambda **_: "/cases", sort_link=lambda _k: "/cases", export_query="",
                status_text=status_text, tab_link=lambda tab: f"/cases?tab={tab}",
                states=portal_search.STATES, statuses=portal_search.STATUSES, here="/cases",
            )  # fmt: skip
        if q and not run:  # the header's Snabbsök: everything, closed cases too
            criteria = Criteria(quick=q, situation="all")
            with portal.uow(session.actor) as uow:
                try:
                    found = find_case_ids(uow.session, text=q, limit=portal_search.QUICK_HITS_MAX)
                except ServiceError:
                    found = []
                opened = len(found) == 1 and found[0][1] == IDENTIFIER
                case_no = portal_search.case_no_of(uow.session, found[0][0]) if opened else ""
            if opened:
                remember(session, criteria, 1)
                return RedirectResponse(f"/cases/{case_no}", status_code=303)
            # the list shows what was just found, without looking it up a second time
            return list_page(request, session, criteria, run="new",
                             quick_ids=[case_id for case_id, _how in found])  # fmt: skip
        return list_page(request, session, criteria, run=run if run in ("new", "page") else "")

    @routes.get("/cases-export/{fmt}")
    def export(request: Request, fmt: str):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        if fmt not in EXPORTS:
            return web.not_found(request, session)
        lang = session.language
        try:
            criteria = _criteria_from(request, session.language)
        except ServiceError as exc:
            return Response(str(exc), status_code=400, media_type="text/plain; charset=utf-8")
        sort = request.query_params.get("sort", "registered")
        descending = request.query_params.get("dir", "desc") != "asc"
        with portal.uow(session.actor, write=True) as uow:
            rows = portal_search.export_rows(
                uow.session, criteria, sort=sort if sort in portal_search.SORTS else "registered",
                descending=descending,
            )  # fmt: skip
            portal_search.record_export(uow.session, fmt=fmt, rows=len(rows), criteria=criteria)
            uow.commit()
        columns = _columns(lang)
        lines = [{**r.export_dict(), "status_text": status_text(r, lang)} for r in rows]
        title = t("cs_export_title", lang)
        data = _write(fmt, title, columns, lines, session.actor.name or session.actor.login)
        media, _name = EXPORTS[fmt]
        filename = f"sager-{date.today():%Y%m%d}.{fmt}"
        return Response(
            data,
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    @routes.get("/searches", response_class=HTMLResponse)
    def searches(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        with portal.uow(session.actor) as uow:
            past = portal_search.past_searches(uow.session)
            names = department_names(uow.session)
        return web.page(
            request,
            "cases_searches.html.j2",
            session,
            past=past,
            rerun=lambda s: f"/searches/{s.id}",
            describe=lambda c: _describe(c, session.language, names),
        )

    @routes.get("/searches/{search_id}")
    def rerun(request: Request, search_id: str):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        try:
            with portal.uow(session.actor) as uow:
                criteria = portal_search.past_search(uow.session, int(search_id[:12]))
        except (NotFound, ValueError):
            return web.not_found(request, session)
        return RedirectResponse("/cases?" + _query(criteria, run="new"), status_code=303)

    @routes.post("/searches/clear")
    def clear_searches(request: Request, csrf: str = Form("", max_length=100)):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        if not web.csrf_ok(session, csrf):
            return Response(t("expired", session.language), status_code=400)
        with portal.uow(session.actor, write=True) as uow:
            portal_search.forget_searches(uow.session)
            uow.commit()
        return RedirectResponse("/searches", status_code=303)

    @routes.get("/favourites", response_class=HTMLResponse)
    def favourites(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        with portal.uow(session.actor) as uow:
            rows = portal_search.favourites(uow.session)
        return web.page(
            request, "cases_favourites.html.j2", session, rows=rows, status_text=status_text,
            here="/favourites",
        )  # fmt: skip

    @routes.post("/favourites/{case_no}")
    def toggle(
        request: Request,
        case_no: str,
        csrf: str = Form("", max_length=100),
        back: str = Form("/favourites", max_length=2000),
    ):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        if not web.csrf_ok(session, csrf):
            return Response(t("expired", session.language), status_code=400)
        try:
            with portal.uow(session.actor, write=True) as uow:
                portal_search.toggle_favourite(uow.session, case_no=case_no)
                uow.commit()
        except NotFound:
            return web.not_found(request, session, case_no)
        # back to where the star was pressed: only this site's own lists
        if not (back.startswith("/cases") or back.startswith("/favourites")) or "//" in back:
            back = "/favourites"
        return RedirectResponse(back, status_code=303)

    return routes


def _as_typed(request: Request) -> Criteria:
    """A refused search's form as the user filled it in (its dates as typed), to correct it."""
    params = request.query_params
    typed = {key: params.get(key, "")[:20] for key in DATE_CRITERIA}
    try:
        form = {key: params.get(key) for key in params if key not in DATE_CRITERIA}
        form["departments"] = params.getlist("departments")
        return replace(Criteria.from_form(form), **typed)
    except ServiceError:
        return replace(Criteria(), **typed)


def _top(criteria: Criteria) -> dict:
    return {
        "system": criteria.system,
        "departments": criteria.departments,
        "currency": criteria.currency,
        "state": criteria.state,
        "situation": criteria.situation,
    }


def _describe(criteria: Criteria, lang: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """The criteria of a past search as (label, value) pairs in the user's language; a
    department by its name (its code in parentheses)."""
    out = []
    for key, value in criteria.filled().items():
        if key == "tab":
            continue
        if key == "situation":
            value = t(f"cs_situation_{value}", lang)
        elif key == "state":
            value = t(f"cs_state_{value}", lang)
        elif key == "status":
            value = t(f"s_{value}", lang)
        elif key == "departments":
            value = ", ".join(
                f"{names[code]} ({code})" if code in names else code for code in value
            )
        elif key in DATE_CRITERIA:
            value = day(as_date(value), lang)
        elif isinstance(value, list):
            value = ", ".join(value)
        out.append((t(f"cs_f_{key}", lang), str(value)))
    return out


def _write(fmt: str, title: str, columns, lines: list[dict], who: str) -> bytes:
    """The file through workflows.exports (the desk's writers), read back as bytes."""
    with tempfile.TemporaryDirectory(prefix="caplegal-export-") as folder:
        path = Path(folder) / f"export.{fmt}"
        if fmt == "xlsx":
            write_xlsx(path, title=title, columns=columns, rows=lines)
        elif fmt == "csv":
            write_csv(path, columns=columns, rows=lines)
        elif fmt == "docx":
            write_docx(path, title=title, columns=columns, rows=lines)
        else:
            write_pdf(path, title=title, subtitle=who, columns=columns, rows=lines)
        return path.read_bytes()
