"""Objections (indsigelser): register on a case or a claim, answer, close.

While an objection is open the disputed part is paused: the mass run holds the case back (no
reminders, letters, fees or court steps; follow-ups stay open), and the statement marks the
claim disputed. Closing: the claim goes on (maintained), is reduced (a credit posted through the
journal chain) or is dropped (its remaining principal credited; a case-wide objection closes the
case). Inkassoloven § 7 (god inkassoskik); shared/rules/collection_law.md "Objections — Denmark".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services import journal
from caplegal_desktop.services.shared import history
from models import Case, Claim, LedgerEntry, Objection
from models.enums import CaseStatus, EntryType

OPEN, CLOSED = "open", "closed"
MAINTAINED, REDUCED, DROPPED = "maintained", "reduced", "dropped"
OUTCOME_TEXT = {
    MAINTAINED: "Kravet fastholdes",
    REDUCED: "Kravet nedsættes",
    DROPPED: "Kravet frafaldes",
}
WHO_ERR = "Skriv hvem der gør indsigelse."
WHAT_ERR = "Skriv hvad der bestrides."
DATE_ERR = "Datoen kan ikke ligge efter i dag ({today})."
CLAIM_ERR = "Fordringen hører ikke til sagen."
CASE_MISSING_ERR = "Sagen findes ikke."
OBJECTION_MISSING_ERR = "Indsigelsen findes ikke."
ALREADY_CLOSED_ERR = "Indsigelsen er allerede afsluttet ({outcome})."
OUTCOME_ERR = "Vælg fastholdes, nedsættes eller frafaldes."
AMOUNT_ERR = "Angiv et beløb over 0 at nedsætte med."
AMOUNT_TOO_BIG_ERR = "Nedsættelsen ({amount}) er større end fordringens hovedstol ({principal})."
REDUCE_NEEDS_CLAIM_ERR = "En nedsættelse skal angive fordringen, der nedsættes."
DISPUTED_MSG = "Holdt tilbage: indsigelse fra {who} modtaget {day} er ikke afsluttet."


@dataclass(frozen=True)
class NewObjection:
    case_id: int
    received_on: date
    raised_by: str
    disputed: str
    claim_id: int | None = None
    document_path: str | None = None
    reported_by_client: bool = False


@dataclass(frozen=True)
class ObjectionRow:
    id: int
    case_id: int
    claim_id: int | None
    claim_no: int | None
    received_on: date
    raised_by: str
    disputed: str
    document_path: str | None
    status: str
    outcome: str | None
    reduced_by: Decimal | None
    answer: str | None
    closed_on: date | None

    @property
    def is_open(self) -> bool:
        return self.status == OPEN

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "claim_no": self.claim_no,
            "received_on": self.received_on.isoformat(),
            "raised_by": self.raised_by,
            "disputed": self.disputed,
            "document": self.document_path,
            "status": self.status,
            "outcome": self.outcome,
            "reduced_by": str(self.reduced_by) if self.reduced_by is not None else None,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
        }


@dataclass(frozen=True)
class ObjectionChanged:
    case_id: int
    objection_id: int
    message: str
    credit_entry_id: int | None = None


def register_objection(
    session: Session, request: NewObjection, *, user: str, today: date | None = None
) -> ObjectionChanged:
    today = today or date.today()
    if session.get(Case, request.case_id) is None:
        raise NotFound(CASE_MISSING_ERR)
    problems = []
    if not request.raised_by.strip():
        problems.append(Problem("hvem", WHO_ERR))
    if not request.disputed.strip():
        problems.append(Problem("hvad", WHAT_ERR))
    if request.received_on > today:
        problems.append(Problem("dato", DATE_ERR.format(today=f"{today:%d-%m-%Y}")))
    if request.claim_id is not None:
        claim = session.get(Claim, request.claim_id)
        if claim is None or claim.case_id != request.case_id:
            problems.append(Problem("fordring", CLAIM_ERR))
    if problems:
        raise ValidationError(problems)
    row = Objection(
        case_id=request.case_id,
        claim_id=request.claim_id,
        received_on=request.received_on,
        raised_by=request.raised_by.strip(),
        reported_by_client=request.reported_by_client,
        disputed=request.disputed.strip(),
        document_path=(request.document_path or "").strip() or None,
        status=OPEN,
        created_at=datetime.now().replace(microsecond=0),
        created_by=user,
    )
    session.add(row)
    session.flush()
    action = f"Indsigelse fra {row.raised_by} modtaget {row.received_on:%d-%m-%Y}: {row.disputed}"
    history.record(
        session,
        case_id=row.case_id,
        user=user,
        kind="attachment" if row.document_path else "info",
        action=action[:500],
        document_path=row.document_path,
    )
    return ObjectionChanged(row.case_id, row.id, action)


def close_objection(
    session: Session,
    *,
    objection_id: int,
    outcome: str,
    user: str,
    answer: str | None = None,
    reduce_by: Decimal | None = None,
    today: date | None = None,
) -> ObjectionChanged:
    """Close with the handler's answer; a reduction or a dropped claim is posted as a credit."""
    today = today or date.today()
    row = session.get(Objection, objection_id)
    if row is None:
        raise NotFound(OBJECTION_MISSING_ERR)
    if row.status != OPEN:
        raise Conflict(ALREADY_CLOSED_ERR.format(outcome=OUTCOME_TEXT.get(row.outcome, "")))
    if outcome not in OUTCOME_TEXT:
        raise ValidationError(Problem("udfald", OUTCOME_ERR))
    credit_amount = _credit_amount(session, row, outcome, reduce_by)
    credit_id = None
    if credit_amount:
        claim = session.get(Claim, row.claim_id)
        entry = journal.post_line_now(
            session,
            line=journal.LineInput(
                posting_date=today,
                case_id=row.case_id,
                claim_id=row.claim_id,
                entry_type=EntryType.CREDIT.value,
                description=f"{OUTCOME_TEXT[outcome]} efter indsigelse ({claim.description})",
                amount=credit_amount,
                allocation_targets="capital",
            ),
            user=user,
            source="indsigelse",
        )
        credit_id = session.scalar(
            select(func.max(LedgerEntry.id)).where(
                LedgerEntry.case_id == row.case_id, LedgerEntry.entry_type == entry.entry_type
            )
        )
    if outcome == DROPPED and row.claim_id is None:
        case = session.get(Case, row.case_id)
        case.status, case.closed_on = CaseStatus.CLOSED.value, today
    row.status, row.outcome = CLOSED, outcome
    row.reduced_by = credit_amount or None
    row.answer = (answer or "").strip() or None
    row.closed_on, row.closed_by, row.credit_entry_id = today, user, credit_id
    action = f"Indsigelse afsluttet: {OUTCOME_TEXT[outcome]}"
    if credit_amount:
        action += f" (kreditering {credit_amount:.2f})".replace(".", ",")
    history.record(session, case_id=row.case_id, user=user, kind="change", action=action)
    return ObjectionChanged(row.case_id, row.id, action, credit_id)


ASK_DEFAULT = "Skal vi fastholde, nedsætte eller frafalde kravet? Send os gerne jeres bemærkninger."
ASK_TEXT = "Indsigelse fra {who} modtaget {day}{claim}: {what}\n{question}"
ASK_CLOSED_ERR = "Indsigelsen er afsluttet; klienten spørges kun om en åben indsigelse."
ASK_TOO_LONG_ERR = "Spørgsmålet må højst være 2000 tegn."
QUESTION_KIND = "question"


def ask_client_about_objection(
    session: Session, *, objection_id: int, user: str, question: str | None = None
) -> ObjectionChanged:
    """Ask the client to decide on an open objection: a request of kind "question" on the case
    (what the portal's Förfrågningar and the desk's Henvendelser show), with the objection's
    facts and the question, and a line in the case's history.

    The thread is opened through the shared thread rows (services.shared.thread_store), as
    services.cases.request_threads.ask_client does; the client answers it in Förfrågningar."""
    from caplegal_desktop.services import office
    from caplegal_desktop.services.shared import thread_store

    row = session.get(Objection, objection_id)
    if row is None:
        raise NotFound(OBJECTION_MISSING_ERR)
    office.require_case(session, row.case_id)
    if row.status != OPEN:
        raise Conflict(ASK_CLOSED_ERR)
    question = (question or "").strip() or ASK_DEFAULT
    if len(question) > 2000:
        raise ValidationError(Problem("spørgsmål", ASK_TOO_LONG_ERR))
    claim = session.get(Claim, row.claim_id) if row.claim_id else None
    text = ASK_TEXT.format(
        who=row.raised_by,
        day=f"{row.received_on:%d-%m-%Y}",
        claim=f" (fordring {claim.line_no})" if claim else "",
        what=row.disputed,
        question=question,
    )
    thread_store.new_thread(
        session,
        case_id=row.case_id,
        kind=QUESTION_KIND,
        side=thread_store.OFFICE,
        text=text,
        user=user,
    )
    action = f"Klienten spurgt om indsigelsen fra {row.raised_by}"
    history.record(session, case_id=row.case_id, user=user, kind="info", action=action,
                   detail=question[:500])  # fmt: skip
    session.flush()
    return ObjectionChanged(row.case_id, row.id, action)


def _credit_amount(
    session: Session, row: Objection, outcome: str, reduce_by: Decimal | None
) -> Decimal | None:
    if outcome == MAINTAINED or (outcome == DROPPED and row.claim_id is None):
        return None
    if row.claim_id is None:
        raise ValidationError(Problem("fordring", REDUCE_NEEDS_CLAIM_ERR))
    principal = session.get(Claim, row.claim_id).principal
    if outcome == DROPPED:
        return principal
    if reduce_by is None or reduce_by <= 0:
        raise ValidationError(Problem("beløb", AMOUNT_ERR))
    if reduce_by > principal:
        raise ValidationError(
            Problem("beløb", AMOUNT_TOO_BIG_ERR.format(amount=reduce_by, principal=principal))
        )
    return reduce_by


def _rows(session: Session, where) -> list[ObjectionRow]:
    rows = session.execute(
        select(Objection, Claim.line_no)
        .outerjoin(Claim, Claim.id == Objection.claim_id)
        .where(where)
        .order_by(Objection.received_on, Objection.id)
    )
    return [
        ObjectionRow(
            o.id,
            o.case_id,
            o.claim_id,
            line_no,
            o.received_on,
            o.raised_by,
            o.disputed,
            o.document_path,
            o.status,
            o.outcome,
            o.reduced_by,
            o.answer,
            o.closed_on,
        )
        for o, line_no in rows
    ]


def case_objections(session: Session, *, case_id: int) -> list[ObjectionRow]:
    return _rows(session, Objection.case_id == case_id)


def open_objections(session: Session, case_ids: Sequence[int]) -> dict[int, list[ObjectionRow]]:
    out: dict[int, list[ObjectionRow]] = defaultdict(list)
    ids = sorted(set(case_ids))
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for row in _rows(session, (Objection.case_id.in_(chunk)) & (Objection.status == OPEN)):
            out[row.case_id].append(row)
    return dict(out)


def disputed_reasons(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    """Hold-back: cases with an open objection, and why (the first objection)."""
    return {
        case_id: DISPUTED_MSG.format(who=rows[0].raised_by, day=f"{rows[0].received_on:%d-%m-%Y}")
        for case_id, rows in open_objections(session, case_ids).items()
    }


OUTCOME_NEEDED_ERR = "Indsigelsen er åben: angiv udfaldet (fastholdes, nedsættes, frafaldes)."


def objection_merge_fields(
    session: Session, *, objection_id: int, outcome: str | None = None
) -> tuple[int, str, dict[str, object]]:
    """(case id, outcome, the merge fields) of the answer letter to an objection."""
    row = session.get(Objection, objection_id)
    if row is None:
        raise NotFound(OBJECTION_MISSING_ERR)
    outcome = outcome or row.outcome
    if outcome not in OUTCOME_TEXT:
        raise ValidationError(Problem("udfald", OUTCOME_NEEDED_ERR))
    return (
        row.case_id,
        outcome,
        {
            "Indsigelse_Dato": row.received_on,
            "Indsigelse_Fra": row.raised_by,
            "Indsigelse_Bestridt": row.disputed,
            "Indsigelse_Svar": row.answer or "",
            "Nedsat_Beloeb": row.reduced_by,
        },
    )
