"""The JSON API for clients' own systems (token auth: `caplegal users token LOGIN`; OpenAPI at
/api/docs). A case outside the token's scope answers exactly as a case that does not exist."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Body, Header, HTTPException, Query
from fastapi.responses import JSONResponse

from caplegal_desktop.errors import NotFound, ServiceError, ValidationError
from caplegal_desktop.services.cases.case_import import import_cases
from caplegal_desktop.services.cases.client_registration import report_client_payment
from caplegal_desktop.services.cases.queries import client_no_of, get_case_detail
from caplegal_desktop.services.limitation import mark_claims
from caplegal_desktop.services.office import AccessDenied, sign_in
from caplegal_desktop.services.search.case_search import find_cases
from caplegal_desktop.services.statements import case_totals

NO_SUCH_CASE = "Sagen findes ikke."
# the service names fields in Danish; the API's fields are the JSON keys
API_FIELDS = {"beløb": "amount", "dato": "date", "fordeling": "allocation",
              "betalingstype": "payment_type"}  # fmt: skip


def _field_errors(problems) -> JSONResponse:
    return JSONResponse(
        {"errors": [{"field": field, "message": message} for field, message in problems]},
        status_code=422,
    )


FIGURES = ("principal", "interest", "fees", "salary", "costs", "paid", "balance")


def _claim_json(c) -> dict:
    return {
        "claim_no": c.claim_no,
        "description": c.description,
        "invoice_no": c.invoice_no,
        "invoice_date": c.invoice_date.isoformat(),
        "due_date": c.due_date.isoformat() if c.due_date else None,
        "principal": str(c.principal),
    }


def router(portal) -> APIRouter:
    routes = APIRouter(tags=["cases"])

    def actor_of(authorization: str | None):
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip() or len(token) > 200:
            raise HTTPException(401, "Angiv et API-token: Authorization: Bearer TOKEN.")
        with portal.uow(None, write=True) as uow:
            result = sign_in.sign_in_token(uow.session, token=token)
            uow.commit()
        if not result.ok:
            raise HTTPException(401, result.message)
        return result.actor

    @routes.get("/cases/{case_no}")
    def get_case(case_no: str, authorization: str | None = Header(None)) -> dict:
        actor = actor_of(authorization)
        try:
            with portal.uow(actor) as uow:
                detail = get_case_detail(uow.session, case_no[:20])
                totals = case_totals(uow.session, case_id=detail.case_id, as_of=date.today())
                claims = [_claim_json(c) for c in detail.claims]
                mark_claims(uow.session, case_id=detail.case_id, claims=claims, as_of=date.today())
        except NotFound:
            raise HTTPException(404, NO_SUCH_CASE) from None
        return {
            "case_no": detail.case_no,
            "client": {"no": detail.client_no, "name": detail.client_name},
            "department": getattr(detail, "department", None),
            "status": detail.status,
            "registered": detail.created_on.isoformat(),
            "debtors": [
                {"no": p.no, "name": p.name, "kind": p.kind, "flags": list(p.flags)}
                for p in detail.parties
                if p.party_type == "DEBITOR"
            ],
            "claims": claims,  # each with "limitation", "time_barred" and "disputed"
            "totals": {key: str(totals.amount(key)) for key in FIGURES},
        }

    @routes.get("/cases")
    def search(
        q: str = Query(..., min_length=1, max_length=200),
        authorization: str | None = Header(None),
    ) -> list[dict]:
        actor = actor_of(authorization)
        try:
            with portal.uow(actor) as uow:
                return [hit.to_json_dict() for hit in find_cases(uow.session, text=q, limit=200)]
        except ServiceError as exc:
            raise HTTPException(400, str(exc)) from None

    @routes.post("/cases")
    def register(document: dict = Body(...), authorization: str | None = Header(None)):
        """The intake JSON (docs/case-import.md), whole or nothing; a client's token registers
        cases for its own client only."""
        actor = actor_of(authorization)
        records = document.get("cases")
        if not isinstance(records, list) or not records or len(records) > 1000:
            raise HTTPException(400, 'Angiv listen "cases" (1–1000 sager).')
        if actor.client_scoped:
            with portal.uow(actor) as uow:
                client_no = client_no_of(uow.session, actor.client_id)
            for record in records:
                if isinstance(record, dict):
                    record["client"] = {"no": client_no}
        try:
            with portal.uow(actor, write=True) as uow:
                result = import_cases(uow, records)
        except AccessDenied as exc:
            raise HTTPException(403, str(exc)) from None
        body = {
            "ok": result.ok,
            "created": [c.case_no for c in result.created],
            # a record whose external_ref the client already has: nothing created, its case no.
            "existing": [
                {"index": e.index, "external_ref": e.external_ref, "case_no": e.case_no}
                for e in result.existing
            ],
            "rejected": [
                {
                    "index": r.index,
                    "external_ref": r.external_ref,
                    "problems": [{"field": p.field, "message": p.message} for p in r.problems],
                }
                for r in result.rejected
            ],
        }
        status = 422 if not result.ok else 201 if result.created else 200
        return JSONResponse(body, status_code=status)

    @routes.post("/cases/{case_no}/payments", status_code=201)
    def report_payment(
        case_no: str, payment: dict = Body(...), authorization: str | None = Header(None)
    ):
        """A payment the debtor made directly to the client: `{"amount": "500.00", "date":
        "2026-12-01", "allocation": ["capital", "interest", "fee", "cost"]}` (allocation
        optional: the office's order). 201 with what was booked; 422 with field-named errors."""
        actor = actor_of(authorization)
        allocation = payment.get("allocation") or []
        if not isinstance(allocation, list) or not all(isinstance(a, str) for a in allocation):
            return _field_errors([("allocation", "Angiv fordelingen som en liste af tekster.")])
        try:
            with portal.uow(actor, write=True) as uow:
                reported = report_client_payment(
                    uow.session,
                    case_no=case_no[:20],
                    amount=payment.get("amount"),
                    posting_date=payment.get("date"),
                    allocation=allocation,
                    user=uow.user,
                )
                uow.commit()
        except NotFound:
            raise HTTPException(404, NO_SUCH_CASE) from None
        except ValidationError as exc:
            return _field_errors([(API_FIELDS.get(p.field, p.field), p.message)
                                  for p in exc.problems])  # fmt: skip
        except AccessDenied as exc:
            raise HTTPException(403, str(exc)) from None
        done = reported.done
        return {
            "case_no": reported.case_no,
            "amount": str(reported.amount),
            "date": reported.posting_date.isoformat(),
            "allocation": list(reported.allocation),
            "posted": done.posted,
            "journal_line_id": done.journal_line_id,
            "journal_batch_id": done.journal_batch_id,
            "action": done.action,
        }

    return routes
