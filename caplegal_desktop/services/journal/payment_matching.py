"""Which case an incoming payment belongs to: by the payment id of our letters (stored on the
case), a claim's OCR, the FI payment id's case number, the case number or the invoice no.

A handful of IN-queries for the whole file, however many payments it holds. A payment that fits
no case, several cases, a closed case or another currency is not guessed at: it goes to the
suspense list with the reason in Danish.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Case, Claim, NumberSeries
from workflows.bankfiles import ParsedPayment, ReferenceKind

CHUNK = 900
CASE_MENTION = re.compile(
    r"\b(?:sag|sagsnr|sagsnummer|case)\.?\s*(?:nr\.?)?\s*:?\s*(\d{1,12})\b", re.I
)


@dataclass(frozen=True)
class Match:
    case_id: int | None
    claim_id: int | None = None
    responsible_employee_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class _Hit:
    case_id: int
    claim_id: int | None


def match_payments(session: Session, payments: Sequence[ParsedPayment]) -> list[Match]:
    width = session.scalar(select(NumberSeries.width).where(NumberSeries.code == "SAG")) or 6
    keys_per_payment = [_keys(p, width) for p in payments]
    all_keys = {key for keys in keys_per_payment for key in keys}
    hits: dict[str, set[_Hit]] = defaultdict(set)
    for chunk in _chunks(all_keys):
        for claim_id, case_id, ocr in session.execute(
            select(Claim.id, Claim.case_id, Claim.ocr).where(Claim.ocr.in_(chunk))
        ):
            hits[ocr].add(_Hit(case_id, claim_id))
        for claim_id, case_id, invoice_no in session.execute(
            select(Claim.id, Claim.case_id, Claim.invoice_no).where(Claim.invoice_no.in_(chunk))
        ):
            hits[invoice_no].add(_Hit(case_id, claim_id))
        for case_id, no in session.execute(select(Case.id, Case.no).where(Case.no.in_(chunk))):
            hits[no].add(_Hit(case_id, None))
        # the payment id our letters print (FI +71 / Swedish OCR), whatever the file calls it
        for case_id, payment_id in session.execute(
            select(Case.id, Case.payment_id).where(Case.payment_id.in_(chunk))
        ):
            hits[payment_id].add(_Hit(case_id, None))
    case_ids = {hit.case_id for found in hits.values() for hit in found}
    cases: dict[int, tuple[str, str, str, int | None]] = {}
    for chunk in _chunks(case_ids):
        for row in session.execute(
            select(
                Case.id,
                Case.no,
                Case.status,
                Case.currency,
                Case.responsible_employee_id,
                Case.handler_employee_id,
            ).where(Case.id.in_(chunk))
        ):
            cases[row[0]] = (row[1], row[2], row[3], row[4] or row[5])
    return [
        _decide(p, keys, hits, cases) for p, keys in zip(payments, keys_per_payment, strict=True)
    ]


def _decide(p: ParsedPayment, keys: list[str], hits, cases) -> Match:
    for key in keys:
        found = hits.get(key)
        if not found:
            continue
        case_ids = {hit.case_id for hit in found}
        if len(case_ids) > 1:
            return Match(None, reason=f"Referencen {key} passer til flere sager")
        hit = next(iter(found)) if len(found) == 1 else _Hit(next(iter(case_ids)), None)
        no, status, currency, employee = cases[hit.case_id]
        if status == "closed":
            return Match(None, reason=f"Sag {no} er lukket")
        if currency != p.currency:
            return Match(None, reason=f"Valuta {p.currency} passer ikke til sag {no} ({currency})")
        return Match(hit.case_id, hit.claim_id, employee)
    if p.reference and not p.reference_valid:
        return Match(None, reason=f"Referencen {p.reference} har forkert kontrolciffer")
    if not keys:
        return Match(None, reason="Ingen reference at finde sagen ud fra")
    return Match(None, reason="Ingen sag passer til referencen")


def _keys(p: ParsedPayment, width: int) -> list[str]:
    """Candidate OCR / case numbers / invoice numbers for one payment, the best first."""
    keys: list[str] = []
    for ref in p.matchable_references:
        if p.reference_kind in (ReferenceKind.FIK71, ReferenceKind.FIK75) and ref == p.reference:
            keys += _case_numbers(ref[:-1].lstrip("0"), width)  # the id is the case no + check
        keys.append(ref)
    for text in (p.text, p.reference if p.reference_kind == ReferenceKind.TEXT else ""):
        for digits in CASE_MENTION.findall(text or ""):
            keys += _case_numbers(digits.lstrip("0"), width)
    if p.reference_kind == ReferenceKind.TEXT and p.reference.strip():
        keys.append(p.reference.strip())
    return list(dict.fromkeys(k for k in keys if k))


def _case_numbers(digits: str, width: int) -> list[str]:
    return [digits.zfill(width), digits] if digits else []


def _chunks(keys: Iterable) -> Iterable[list]:
    ordered = sorted(keys)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]
