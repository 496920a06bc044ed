"""The statement's marks on claims: disputed while an objection is open (case-wide or on the
claim), time-barred claims summed apart from what is demanded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services.limitation.objections import open_objections
from caplegal_desktop.services.limitation.queries import claim_no_of
from models import Claim


def add_dispute_marks(session: Session, *, case_id: int, claims: list[dict]) -> None:
    """``"disputed": true|false`` on each claim dict (keyed by ``claim_no``)."""
    rows = open_objections(session, [case_id]).get(case_id, [])
    case_wide = any(r.claim_id is None for r in rows)
    disputed_ids = {r.claim_id for r in rows if r.claim_id is not None}
    line_of = dict(
        session.execute(
            select(Claim.id, Claim.line_no).where(Claim.id.in_(disputed_ids or {-1}))
        ).all()
    )
    disputed_nos = set(line_of.values())
    for claim in claims:
        claim["disputed"] = case_wide or claim_no_of(claim) in disputed_nos


def add_demanded(payload: dict) -> None:
    """``"limitation"`` on the statement: the time-barred claims and what may still be demanded
    (the balance without them; case costs stay). Needs ``time_barred`` on the claims."""
    barred = [c for c in payload["claims"] if c.get("time_barred")]
    barred_balance = sum((Decimal(c.get("balance", "0")) for c in barred), Decimal("0"))
    total = Decimal(payload["totals"]["balance"])
    payload["limitation"] = {
        "time_barred_claims": [c["claim_no"] for c in barred],
        "time_barred_balance": f"{barred_balance:.2f}",
        "demanded_balance": f"{total - barred_balance:.2f}",
    }


def statement_print_marks(session: Session, *, case_id: int, as_of: date) -> dict:
    """The marks the printed statement shows, by claim id: ``{"disputed": {claim ids},
    "time_barred": {claim id: {"date": date, "rule": text}}}`` (a case-wide objection marks
    every claim). The caller has checked access to the case."""
    from caplegal_desktop.services.limitation.queries import time_barred_claims

    rows = open_objections(session, [case_id]).get(case_id, [])
    claim_ids = set(session.scalars(select(Claim.id).where(Claim.case_id == case_id)))
    if any(r.claim_id is None for r in rows):
        disputed = claim_ids
    else:
        disputed = {r.claim_id for r in rows} & claim_ids
    barred = {
        item.claim_id: {"date": item.date, "rule": item.result.rule}
        for item in time_barred_claims(session, [case_id], as_of=as_of).get(case_id, [])
    }
    return {"disputed": disputed, "time_barred": barred}


def mark_claims(session: Session, *, case_id: int, claims: list[dict], as_of: date) -> None:
    """``"limitation"``, ``"time_barred"`` and ``"disputed"`` on each claim dict (keyed by
    ``claim_no``), as the statement JSON has them: for the portal's API and other JSON outputs.
    The caller has checked access to the case."""
    from caplegal_desktop.services.limitation.queries import add_limitation_to_claims

    add_limitation_to_claims(session, case_id=case_id, claims=claims, as_of=as_of)
    add_dispute_marks(session, case_id=case_id, claims=claims)
