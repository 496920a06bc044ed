"""Registrera ärende and Registrera betalning: a Klient user registers a case for their own
client (a form with the debtor and the claims, or an upload of the intake JSON file — both
through import_cases, whole or nothing, with its report), and reports a payment the debtor
made directly to the client (through the case action register_payment, into the journal)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from caplegal_desktop.errors import NotFound, ServiceError, ValidationError
from caplegal_desktop.services.cases.case_import import (
    ImportFileError,
    import_cases,
    read_cases_document,
)
from caplegal_desktop.services.cases.client_registration import (
    registration_choices,
    report_client_payment,
)
from caplegal_desktop.services.cases.import_schema import MAX_FILE_BYTES
from caplegal_desktop.services.office import AccessDenied
from portal.dates import BadDate, bad_date_message, iso_day, read_day
from portal.texts import t
from portal.web import Web

CLAIM_ROWS = 5
CLAIM_FIELDS = ("invoice_no", "description", "invoice_date", "due_date", "amount")
DEBTOR_FIELDS = ("name", "address", "postcode", "city", "email")
ID_TYPES = ("cpr", "cvr", "personnummer", "orgnr")
ALLOCATIONS = {
    "standard": (),
    "capital": ("capital", "interest", "fee", "cost"),
    "interest": ("interest", "fee", "cost", "capital"),
    "costs": ("fee", "cost", "interest", "capital"),
}
MAX_FIELD = 500
NO_DATE = "0000-00-00"  # ISO-shaped and no date: the import names it with the form's other problems


def plain_amount(text: str) -> str:
    """ "1.234,50" and "1 234,50" as the intake's "1234.50"; a plain "1234.50" stays."""
    text = "".join((text or "").split()).replace("\u00a0", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return text


def case_record(form: dict[str, str]) -> dict:
    """The intake JSON record (docs/case-import.md) of the registration form."""
    record: dict = {}
    for key in ("external_ref", "regarding", "department"):
        if form.get(key):
            record[key] = form[key]
    debtor = {"name": form.get("debtor_name", ""), "kind": form.get("debtor_kind") or "person"}
    for key in DEBTOR_FIELDS[1:]:
        if form.get(f"debtor_{key}"):
            debtor[key] = form[f"debtor_{key}"]
    if form.get("debtor_id_type") in ID_TYPES and form.get("debtor_id_no"):
        debtor[form["debtor_id_type"]] = form["debtor_id_no"]
    record["debtors"] = [debtor]
    claims = []
    for i in range(CLAIM_ROWS):
        row = {key: form.get(f"claim_{i}_{key}", "") for key in CLAIM_FIELDS}
        if not any(row.values()):
            continue
        claim = {
            "description": row["description"]
            or (f"Faktura {row['invoice_no']}" if row["invoice_no"] else ""),
            "invoice_date": row["invoice_date"],
            "principal": plain_amount(row["amount"]),
        }
        if row["invoice_no"]:
            claim["invoice_no"] = row["invoice_no"]
        if row["due_date"]:
            claim["due_date"] = row["due_date"]
        claims.append(claim)
    record["claims"] = claims
    return record


def claim_dates_as_iso(form: dict[str, str], language: str) -> tuple[dict[str, str], list[str]]:
    """The claims' dates as typed in the user's language → the intake's ISO dates; and a
    message per date that is no date ("Fakturadato 2: …"). Such a date goes on as NO_DATE, which
    the import refuses with the rest of the form's problems: nothing is created."""
    out, bad = dict(form), []
    for i in range(CLAIM_ROWS):
        for key, word in (("invoice_date", "rq_invoice_date"), ("due_date", "rq_due_date")):
            name = f"claim_{i}_{key}"
            try:
                out[name] = iso_day(form.get(name, ""), language)
            except BadDate as exc:
                out[name] = NO_DATE
                bad.append(f"{t(word, language)} {i + 1}: {exc}")
    return out, bad


def router(portal) -> APIRouter:
    routes = APIRouter()
    web = Web(portal)

    def choices(session):
        with portal.uow(session.actor) as uow:
            return registration_choices(uow.session)

    def case_form(request, session, *, form=None, report=None, error=None, code=200):
        try:
            offered = choices(session)
        except (AccessDenied, NotFound):
            return web.page(request, "register_case.html.j2", session, 403, choices=None,
                            form={}, report=None, error=t("rq_not_allowed", session.language),
                            claim_rows=range(CLAIM_ROWS), id_types=ID_TYPES)  # fmt: skip
        return web.page(request, "register_case.html.j2", session, code, choices=offered,
                        form=form or {}, report=report, error=error,
                        claim_rows=range(CLAIM_ROWS), id_types=ID_TYPES)  # fmt: skip

    def run_import(session, records) -> object:
        with portal.uow(session.actor, write=True) as uow:
            return import_cases(uow, records)

    @routes.get("/register/case", response_class=HTMLResponse)
    def register_case_form(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        return case_form(request, session)

    @routes.post("/register/case", response_class=HTMLResponse)
    async def register_case(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        raw = await request.form()
        form = {k: str(v).strip()[:MAX_FIELD] for k, v in raw.items() if isinstance(v, str)}
        if not web.csrf_ok(session, form.get("csrf")):
            return await run_in_threadpool(case_form, request, session, form=form,
                                           error=t("expired", session.language), code=400)  # fmt: skip
        typed, bad_dates = claim_dates_as_iso(form, session.language)
        try:
            report = await run_in_threadpool(run_import, session, [case_record(typed)])
        except AccessDenied:
            return await run_in_threadpool(case_form, request, session, code=403,
                                           error=t("rq_not_allowed", session.language))  # fmt: skip
        for rejected in report.rejected:  # a bad date is named above, in the user's language
            rejected.problems[:] = [p for p in rejected.problems if repr(NO_DATE) not in p.message]
        code = 201 if report.created else 200 if report.ok else 422
        kept = form if not report.ok else {}
        return await run_in_threadpool(case_form, request, session, form=kept, report=report,
                                       code=code, error=" ".join(bad_dates) or None)  # fmt: skip

    @routes.post("/register/upload", response_class=HTMLResponse)
    async def register_upload(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        raw = await request.form()
        if not web.csrf_ok(session, str(raw.get("csrf") or "")):
            return await run_in_threadpool(case_form, request, session, code=400,
                                           error=t("expired", session.language))  # fmt: skip
        upload = raw.get("file")
        if not isinstance(upload, UploadFile) and not hasattr(upload, "read"):
            return await run_in_threadpool(case_form, request, session, code=400,
                                           error="Vælg en fil.")  # fmt: skip
        content = await upload.read(MAX_FILE_BYTES + 1)
        try:
            document = await run_in_threadpool(_read_document, content)
            report = await run_in_threadpool(run_import, session, document["cases"])
        except ImportFileError as exc:
            return await run_in_threadpool(case_form, request, session, code=400,
                                           error=str(exc))  # fmt: skip
        except AccessDenied:
            return await run_in_threadpool(case_form, request, session, code=403,
                                           error=t("rq_not_allowed", session.language))  # fmt: skip
        code = 201 if report.created else 200 if report.ok else 422
        return await run_in_threadpool(case_form, request, session, report=report, code=code)

    def payment_form(request, session, *, form=None, done=None, problems=(), error=None,
                     code=200):  # fmt: skip
        form = form or {"date": date.today(), "allocation": "standard"}
        return web.page(request, "register_payment.html.j2", session, code, form=form,
                        done=done, problems=list(problems), error=error,
                        allocations=tuple(ALLOCATIONS))  # fmt: skip

    @routes.get("/register/payment", response_class=HTMLResponse)
    def register_payment_form(request: Request, case: str = ""):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        form = {"case_no": case.strip()[:20], "date": date.today(), "allocation": "standard"}
        return payment_form(request, session, form=form)

    @routes.post("/register/payment", response_class=HTMLResponse)
    async def register_payment(request: Request):
        session = web.signed_in(request)
        if session is None:
            return web.to_sign_in()
        raw = await request.form()
        form = {k: str(v).strip()[:MAX_FIELD] for k, v in raw.items() if isinstance(v, str)}
        if not web.csrf_ok(session, form.get("csrf")):
            return payment_form(request, session, form=form, code=400,
                                error=t("expired", session.language))  # fmt: skip
        return await run_in_threadpool(_book_payment, request, session, form)

    def _book_payment(request, session, form):
        allocation = ALLOCATIONS.get(form.get("allocation", ""), ())
        try:
            posting_date = read_day(form.get("date", ""), session.language)
        except BadDate as exc:
            return payment_form(request, session, form=form, error=str(exc), code=422)
        if posting_date is None:
            return payment_form(request, session, form=form, code=422,
                                error=bad_date_message(session.language))  # fmt: skip
        try:
            with portal.uow(session.actor, write=True) as uow:
                reported = report_client_payment(
                    uow.session,
                    case_no=form.get("case_no", ""),
                    amount=plain_amount(form.get("amount", "")),
                    posting_date=posting_date,
                    allocation=allocation,
                    user=uow.user,
                )
                uow.commit()
        except NotFound as exc:
            return payment_form(request, session, form=form, error=str(exc), code=404)
        except ValidationError as exc:
            return payment_form(request, session, form=form, problems=exc.problems, code=422)
        except AccessDenied:
            return payment_form(request, session, form=form, code=403,
                                error=t("rq_not_allowed", session.language))  # fmt: skip
        except ServiceError as exc:
            return payment_form(request, session, form=form, error=str(exc), code=400)
        return payment_form(request, session, done=reported, code=201)

    return routes


def _read_document(content: bytes) -> dict:
    """The uploaded file through the import's own reader (size, depth, UTF-8, shape)."""
    with tempfile.TemporaryDirectory(prefix="caplegal-upload-") as folder:
        path = Path(folder) / "cases.json"
        path.write_bytes(content)
        return read_cases_document(path)
