"""The case page: the header and the tabs Skulder, Kunder, Historik and Kostnader, the case's
documents, and the manual's action icons (message, attach, note, payment/credit, recall,
favourite, dormant, print). Everything through the services as the signed-in user: a case (or a
document) outside the user's scope answers exactly as one that does not exist."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from caplegal_desktop.errors import NotFound, ServiceError, ValidationError
from caplegal_desktop.services.cases import actions, case_documents, case_tabs, history_view
from caplegal_desktop.services.cases.queries import get_case_detail
from caplegal_desktop.services.limitation import mark_claims
from caplegal_desktop.services.search import portal_search
from portal.dates import BadDate, bad_date_message, read_day
from portal.texts import t
from portal.web import Web

TABS = ("debts", "customers", "history", "costs")
HISTORY_PAGE = 25
# the services' field names → the form field the message is shown beside
FIELDS = {
    "beløb": "amount",
    "betalingstype": "payment_type",
    "fordeling": "allocation",
    "fordring": "claim",
    "hvilende til": "until",
    "besked": "text",
    "note": "text",
    "begrundelse": "reason",
    "fil": "file",
}
AMOUNT = re.compile(r"^\d{1,3}(?:[. ]\d{3})*(?:,\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$")


def parse_amount(text: str) -> Decimal | None:
    """'1.250,00', '1250,5', '1250.50' → Decimal; anything else None."""
    text = (text or "").strip().replace("\u00a0", " ")
    if not AMOUNT.match(text):
        return None
    if "," in text:
        text = text.replace(".", "").replace(" ", "").replace(",", ".")
    elif text.count(".") == 1 and len(text.split(".")[1]) <= 2:
        text = text.replace(" ", "")
    else:
        text = text.replace(".", "").replace(" ", "")
    try:
        return Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


class FormErrors(Exception):
    """Problems to show beside the form's fields: {field: message}."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def _errors_of(exc: ServiceError) -> dict[str, str]:
    if isinstance(exc, ValidationError):
        errors: dict[str, str] = {}
        for problem in exc.problems:
            key = FIELDS.get(problem.field, "form")
            errors[key] = f"{errors[key]} {problem.message}" if key in errors else problem.message
        return errors
    return {"form": str(exc)}


def _claim_marks(session, detail, today: date) -> dict[str, dict]:
    """Per claim no.: "disputed" (an open objection) and "time_barred", as the statement has them."""
    claims = [{"claim_no": c.claim_no} for c in detail.claims]
    mark_claims(session, case_id=detail.case_id, claims=claims, as_of=today)
    return {str(c["claim_no"]): c for c in claims}


def _own_marks(session, case_id: int) -> case_tabs.CaseMarks:
    """The case's marks with the star as this user's own (favourites are per user)."""
    marks = case_tabs.case_marks(session, case_id=case_id)
    mine = case_id in portal_search.favourite_ids(session, [case_id])
    return case_tabs.CaseMarks(mine, marks.dormant_until)


def _set_own_favourite(session, case_id: int, case_no: str, on: bool) -> None:
    if (case_id in portal_search.favourite_ids(session, [case_id])) != on:
        portal_search.toggle_favourite(session, case_no=case_no)


def router(portal) -> APIRouter:
    routes = APIRouter()
    web = Web(portal)

    def load_page(session, case_no: str, *, tab: str, kind: str | None, page_no: int):
        today = date.today()
        with portal.uow(session.actor) as uow:
            detail = get_case_detail(uow.session, case_no[:20])
            cid = detail.case_id
            data = {
                "case": detail,
                "marks": _own_marks(uow.session, cid),
                "debts": case_tabs.case_debts(
                    uow.session, case_id=cid, as_of=today, setup=portal.interest_setup(uow.session)
                ),
                "choices": actions.payment_choices(uow.session, case_id=cid),
                "claim_marks": _claim_marks(uow.session, detail, today),
            }
            if tab == "history":
                data["history"] = history_view.history_page(
                    uow.session, case_id=cid, kind=kind or None, page=page_no,
                    page_size=HISTORY_PAGE,
                )  # fmt: skip
            if tab == "costs":
                data["costs"] = case_tabs.case_costs(uow.session, case_id=cid)
        return data

    def render(request, session, case_no, *, tab="debts", kind="", page_no=0, status=200,
               open_action=None, errors=None, values=None, done=None):  # fmt: skip
        tab = tab if tab in TABS else "debts"
        try:
            data = load_page(session, case_no, tab=tab, kind=kind, page_no=page_no)
        except NotFound:
            return web.not_found(request, session, case_no)
        return web.page(
            request,
            "case_page.html.j2",
            session,
            status,
            tab=tab,
            kind=kind,
            open_action=open_action,
            errors=errors or {},
            values=values or {},
            done=done,
            today=date.today(),
            max_upload_mb=case_documents.MAX_UPLOAD_BYTES // (1024 * 1024),
            **data,
        )

    @routes.get("/cases/{case_no}", response_class=HTMLResponse)
    def case_page(request: Request, case_no: str, tab: str = "debts", kind: str = "",
                  page: int = 0, done: str = ""):  # fmt: skip
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        return render(request, session, case_no, tab=tab, kind=kind[:30], page_no=page,
                      done=done[:30] or None)  # fmt: skip

    @routes.get("/cases/{case_no}/documents/{history_id}")
    def document(request: Request, case_no: str, history_id: int):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        try:
            with portal.uow(session.actor) as uow:
                case_id = get_case_detail(uow.session, case_no[:20]).case_id
                found = case_documents.history_document(
                    uow.session, case_id=case_id, history_id=history_id
                )
        except NotFound:
            return web.not_found(request, session, case_no)
        return FileResponse(
            found.path,
            media_type=found.media_type,
            headers={"Content-Disposition": _attachment(found.name)},
        )

    def act(request: Request, case_no: str, csrf: str | None, name: str, run, *,
            values: dict | None = None, tab: str = "history"):  # fmt: skip
        """One action: signed in, CSRF, the case in scope, the service in one unit of work;
        on a refusal nothing is committed and the form is shown again with the messages."""
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        if not web.csrf_ok(session, csrf):
            return render(request, session, case_no, status=400, open_action=name,
                          errors={"form": _expired(session.language)}, values=values)  # fmt: skip
        try:
            with portal.uow(session.actor, write=True) as uow:
                case_id = get_case_detail(uow.session, case_no[:20]).case_id
                result = run(uow, case_id)
                uow.commit()
        except NotFound:
            return web.not_found(request, session, case_no)
        except FormErrors as exc:
            return render(request, session, case_no, status=422, open_action=name,
                          errors=exc.errors, values=values)  # fmt: skip
        except ServiceError as exc:
            return render(request, session, case_no, status=422, open_action=name,
                          errors=_errors_of(exc), values=values)  # fmt: skip
        if isinstance(result, Response):
            return result
        target = f"/cases/{quote(case_no[:20])}?tab={tab}&done={name}"
        return RedirectResponse(target, status_code=303)

    @routes.post("/cases/{case_no}/message", response_class=HTMLResponse)
    def message(request: Request, case_no: str, text: str = Form("", max_length=4000),
                csrf: str = Form("", max_length=100)):  # fmt: skip
        return act(request, case_no, csrf, "message",
                   lambda uow, cid: actions.message_handler(
                       uow.session, case_id=cid, text=text, user=uow.user),
                   values={"text": text})  # fmt: skip

    @routes.post("/cases/{case_no}/note", response_class=HTMLResponse)
    def note(request: Request, case_no: str, text: str = Form("", max_length=4000),
             csrf: str = Form("", max_length=100)):  # fmt: skip
        return act(request, case_no, csrf, "note",
                   lambda uow, cid: actions.add_note(
                       uow.session, case_id=cid, text=text, user=uow.user),
                   values={"text": text})  # fmt: skip

    @routes.post("/cases/{case_no}/recall", response_class=HTMLResponse)
    def recall(request: Request, case_no: str, reason: str = Form("", max_length=2000),
               csrf: str = Form("", max_length=100)):  # fmt: skip
        return act(request, case_no, csrf, "recall",
                   lambda uow, cid: actions.request_recall(
                       uow.session, case_id=cid, reason=reason, user=uow.user),
                   values={"reason": reason})  # fmt: skip

    @routes.post("/cases/{case_no}/favourite", response_class=HTMLResponse)
    def favourite(request: Request, case_no: str, on: str = Form("1", max_length=1),
                  csrf: str = Form("", max_length=100)):  # fmt: skip
        return act(request, case_no, csrf, "favourite",
                   lambda uow, cid: _set_own_favourite(uow.session, cid, case_no, on == "1"),
                   tab="debts")  # fmt: skip

    @routes.post("/cases/{case_no}/dormant", response_class=HTMLResponse)
    def dormant(request: Request, case_no: str, until: str = Form("", max_length=20),
                wake: str = Form("", max_length=1), csrf: str = Form("", max_length=100)):  # fmt: skip
        def run(uow, cid):
            day = None if wake == "1" else _typed_day(until, request, web)
            if wake != "1" and day is None:
                raise FormErrors({"until": _bad_date(request, web)})
            return actions.set_dormant(uow.session, case_id=cid, until=day, user=uow.user)

        return act(request, case_no, csrf, "dormant", run, values={"until": until})

    @routes.post("/cases/{case_no}/attach", response_class=HTMLResponse)
    async def attach(request: Request, case_no: str, file: UploadFile = File(...),
                     description: str = Form("", max_length=500),
                     csrf: str = Form("", max_length=100)):  # fmt: skip
        limit = case_documents.MAX_UPLOAD_BYTES
        data = await file.read(limit + 1)  # one byte more tells "too big" without reading it all
        name = file.filename or ""
        await file.close()
        # the database work is blocking: off the event loop, as the plain (def) routes run
        return await run_in_threadpool(act, request, case_no, csrf, "attach",
                   lambda uow, cid: case_documents.attach_upload(
                       uow.session, case_id=cid, name=name, data=data, user=uow.user,
                       description=description.strip() or None),
                   values={"description": description})  # fmt: skip

    @routes.post("/cases/{case_no}/payment", response_class=HTMLResponse)
    def payment(request: Request, case_no: str,
                payment_type: str = Form("", max_length=30),
                allocation: str = Form("", max_length=20),
                claim: str = Form("", max_length=20),
                posting_date: str = Form("", max_length=20),
                amount: str = Form("", max_length=30),
                csrf: str = Form("", max_length=100)):  # fmt: skip
        values = {"payment_type": payment_type, "allocation": allocation, "claim": claim,
                  "posting_date": posting_date, "amount": amount}  # fmt: skip

        def run(uow, cid):
            errors = {}
            money = parse_amount(amount)
            if money is None:
                errors["amount"] = _word("cp_bad_amount", request, web)
            day = _typed_day(posting_date, request, web)
            if day is None:
                errors["posting_date"] = _bad_date(request, web)
            if errors:
                raise FormErrors(errors)
            request_ = actions.PaymentRequest(
                payment_type,
                money,
                day,
                (allocation,) if allocation else (),
                int(claim) if claim.isdigit() else None,
            )
            return actions.register_payment(uow.session, case_id=cid, request=request_,
                                            user=uow.user)  # fmt: skip

        return act(request, case_no, csrf, "payment", run, values=values)

    @routes.post("/cases/{case_no}/credit", response_class=HTMLResponse)
    def credit(request: Request, case_no: str, claim: int = Form(...),
               csrf: str = Form("", max_length=100)):  # fmt: skip
        return act(request, case_no, csrf, "credit",
                   lambda uow, cid: actions.credit_invoice(
                       uow.session, case_id=cid, claim_id=claim, posting_date=date.today(),
                       user=uow.user))  # fmt: skip

    @routes.post("/cases/{case_no}/print")
    def print_case(request: Request, case_no: str, csrf: str = Form("", max_length=100)):
        def run(uow, cid):
            pdf = case_documents.printed_case_pdf(
                uow.session, case_id=cid, user=uow.user, today=date.today()
            )
            name = f"sag-{re.sub(r'[^0-9A-Za-z-]', '', case_no)[:20]}.pdf"
            return Response(pdf, media_type="application/pdf",
                            headers={"Content-Disposition": _attachment(name)})  # fmt: skip

        return act(request, case_no, csrf, "print", run)

    return routes


def _attachment(name: str) -> str:
    ascii_name = re.sub(r"[^A-Za-z0-9._ -]", "_", name) or "dokument"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def _word(key: str, request: Request, web: Web) -> str:
    return t(key, _language(request, web))


def _language(request: Request, web: Web) -> str:
    session = web.session_of(request)
    return session.language if session else "da"


def _typed_day(text: str, request: Request, web: Web) -> date | None:
    """The date as typed in the user's language (None: empty or no date)."""
    try:
        return read_day(text, _language(request, web))
    except BadDate:
        return None


def _bad_date(request: Request, web: Web) -> str:
    return bad_date_message(_language(request, web))


def _expired(language: str) -> str:
    return t("expired", language)
