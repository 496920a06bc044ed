"""Events the user adds to a case or claim: a written acknowledgement, negotiations, a debt
instrument ... each with its date and the document that shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.limitation.gather import BASIS_KINDS
from caplegal_desktop.services.shared import history
from models import Case, Claim, LimitationEventRecord
from workflows.limitation import EventKind

# What a user may add by hand (the rest come from the program's own records).
USER_KINDS = {
    EventKind.ACKNOWLEDGEMENT.value: "Anerkendelse",
    EventKind.NEGOTIATION.value: "Forhandling / sag ved myndighed",
    EventKind.WRIT_FILED.value: "Stævning indgivet",
    EventKind.BANKRUPTCY.value: "Konkurs / rekonstruktion anmeldt",
    EventKind.ESTATE.value: "Anmeldt i dødsbo",
    EventKind.UDLAEG_REQUEST.value: "Udlæg, lønindeholdelse eller modregning varslet",
    EventKind.KNOWLEDGE.value: "Kreditor fik kendskab til fordring/skyldner",
    EventKind.ADDRESS_FOUND.value: "Skyldners opholdssted blev kendt",
    "basis_debt_instrument": "Fordringen hviler på et gældsbrev",
    "basis_bank_loan": "Lån eller kredit i et pengeinstitut",
}
KIND_MISSING_ERR = "Vælg en af hændelserne: {kinds}."
DATE_FUTURE_ERR = "Datoen kan ikke ligge efter i dag ({today})."
ENDS_BEFORE_ERR = "Slutdatoen kan ikke ligge før hændelsens dato."
CLAIM_ERR = "Fordringen hører ikke til sagen."
DOCUMENT_ERR = "Angiv det dokument, der viser en skriftlig anerkendelse."
CASE_MISSING_ERR = "Sagen findes ikke."
EVENT_MISSING_ERR = "Hændelsen findes ikke på sagen."


@dataclass(frozen=True)
class NewLimitationEvent:
    case_id: int
    kind: str
    event_date: date
    claim_id: int | None = None
    ends_on: date | None = None
    written: bool = False
    note: str | None = None
    document_path: str | None = None


@dataclass(frozen=True)
class LimitationChanged:
    """What changed: the case whose limitation dates must be read again."""

    case_id: int
    event_id: int
    message: str


def _problems(session: Session, request: NewLimitationEvent, today: date) -> list[Problem]:
    problems = []
    if request.kind not in USER_KINDS:
        problems.append(
            Problem("hændelse", KIND_MISSING_ERR.format(kinds=", ".join(USER_KINDS.values())))
        )
    if request.event_date > today:
        problems.append(Problem("dato", DATE_FUTURE_ERR.format(today=f"{today:%d-%m-%Y}")))
    if request.ends_on is not None and request.ends_on < request.event_date:
        problems.append(Problem("slutdato", ENDS_BEFORE_ERR))
    if request.claim_id is not None:
        claim = session.get(Claim, request.claim_id)
        if claim is None or claim.case_id != request.case_id:
            problems.append(Problem("fordring", CLAIM_ERR))
    if request.written and not (request.document_path or "").strip():
        problems.append(Problem("dokument", DOCUMENT_ERR))
    return problems


def add_event(
    session: Session, request: NewLimitationEvent, *, user: str, today: date | None = None
) -> LimitationChanged:
    """Record an event; bad input changes nothing and names every problem."""
    today = today or date.today()
    if session.get(Case, request.case_id) is None:
        raise NotFound(CASE_MISSING_ERR)
    problems = _problems(session, request, today)
    if problems:
        raise ValidationError(problems)
    row = LimitationEventRecord(
        case_id=request.case_id,
        claim_id=request.claim_id,
        kind=request.kind,
        event_date=request.event_date,
        ends_on=request.ends_on,
        written=request.written and request.kind == EventKind.ACKNOWLEDGEMENT.value,
        note=(request.note or "").strip() or USER_KINDS[request.kind],
        document_path=(request.document_path or "").strip() or None,
        created_at=datetime.now().replace(microsecond=0),
        created_by=user,
    )
    session.add(row)
    session.flush()
    action = f"Forældelse: {USER_KINDS[request.kind]} {request.event_date:%d-%m-%Y} registreret"
    history.record(
        session,
        case_id=request.case_id,
        user=user,
        kind="attachment" if row.document_path else "change",
        action=action,
        document_path=row.document_path,
    )
    return LimitationChanged(request.case_id, row.id, action)


def remove_event(session: Session, *, case_id: int, event_id: int, user: str) -> LimitationChanged:
    """Take back an event entered by mistake (kept, marked removed, with a history line)."""
    row = session.scalar(
        select(LimitationEventRecord).where(
            LimitationEventRecord.id == event_id,
            LimitationEventRecord.case_id == case_id,
            LimitationEventRecord.removed.is_(False),
        )
    )
    if row is None:
        raise NotFound(EVENT_MISSING_ERR)
    row.removed = True
    action = f"Forældelse: {USER_KINDS.get(row.kind, row.kind)} {row.event_date:%d-%m-%Y} fjernet"
    history.record(session, case_id=case_id, user=user, kind="change", action=action)
    return LimitationChanged(case_id, row.id, action)


def basis_kinds() -> dict[str, str]:
    return {k: USER_KINDS[k] for k in BASIS_KINDS}
