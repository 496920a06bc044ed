"""The claims window's warning: a claim being entered is already time-barred (no events are
known for it yet, so this is the date without interruptions)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from caplegal_desktop.services.limitation.periods import period_table
from workflows.limitation import Basis, ClaimFacts, compute_limitation

NEW_CLAIM_BARRED_WRN = (
    "er forældet pr. {day} ({rule}), medmindre fristen er afbrudt (betaling, anerkendelse, "
    "retslige skridt). Registrér afbrydelsen, før kravet inddrives."
)


def new_claim_warning(
    session: Session, *, start: date, as_of: date, country: str = "DK", consumer: bool = False
) -> str | None:
    basis = Basis.CONSUMER if country == "SE" and consumer else Basis.ORDINARY
    result = compute_limitation(ClaimFacts(country, start, basis), [], period_table(session))
    if not result.time_barred(as_of):
        return None
    return NEW_CLAIM_BARRED_WRN.format(day=f"{result.date:%d-%m-%Y}", rule=result.rule)
