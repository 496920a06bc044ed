"""Quick search (as in the Swedish portal): one box, every identifier a user might have at hand.

Each identifier is an indexed equality lookup; the hits are the cases behind it.
"""

from __future__ import annotations

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from models import Case, CaseParty, Claim, Party
from workflows.identity import search_key


def quick_search(session: Session, *, text: str, limit: int = 500) -> list[int]:
    """Case ids matching the text as case no., debtor no., customer no. (also previous), CPR or
    personnummer (with or without hyphen, no century), invoice no., OCR no. or e-mail."""
    term = text.strip()
    if not term:
        return []
    party_hits = [Party.no == term, Party.customer_no == term, Party.previous_customer_no == term]
    if "@" in term:
        party_hits.append(Party.email == term.lower())
    digits = search_key(term)
    if len(digits) == 10 and len(term.replace("-", "").replace(" ", "")) in (10, 12):
        party_hits.append(Party.cpr == digits)
    if len(digits) == 8 and digits == term.replace(" ", ""):
        party_hits.append(Party.cvr == digits)
    queries = [select(Case.id).where(Case.no == term)]
    queries += [
        select(CaseParty.case_id).join(Party, Party.id == CaseParty.party_id).where(condition)
        for condition in party_hits
    ]
    queries += [
        select(Claim.case_id).where(Claim.invoice_no == term),
        select(Claim.case_id).where(Claim.ocr == term),
        select(Claim.case_id).where(Claim.customer_no == term),
    ]
    found = union(*queries).subquery()
    return list(session.scalars(select(found.c[0]).order_by(found.c[0]).limit(limit)))
