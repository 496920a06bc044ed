"""The case actions of the client portal: register a payment or credit, recall, dormant, favourite,
message the handler, attach a file, note. Each leaves a history row on the case.

Money goes through the journal (or, when setup says post payments at once, straight through the
same check and post of services.posting); nothing here writes ledger entries itself.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.config import data_dir
from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services import journal, office
from caplegal_desktop.services.journal import LineInput
from caplegal_desktop.services.shared import history, thread_store
from models import Case, CaseRequest, Claim, CompanySetup, Note
from models.enums import AllocationTarget, CaseStatus, EntryType, PaymentType
from models.money import danish_kr
from workflows.private_files import private_folder, private_target

PAYMENT_TYPE_ENTRY = {
    PaymentType.PAYMENT_TO_CLIENT: EntryType.PAYMENT,
    PaymentType.CREDIT_FROM_AMOUNT: EntryType.CREDIT,
    PaymentType.RETURNED_ORDER: EntryType.CREDIT,
}
PAYMENT_TYPE_TEXT = {
    PaymentType.PAYMENT_TO_CLIENT: "Indbetaling direkte til klient",
    PaymentType.CREDIT_FROM_AMOUNT: "Kreditering af beløb",
    PaymentType.RETURNED_ORDER: "Returneret ordre",
}


@dataclass(frozen=True)
class CaseActionDone:
    """What changed: the case, the action in Danish, and the journal line or entry if money moved."""

    case_id: int
    action: str
    journal_line_id: int | None = None
    posted: bool = False
    document_path: str | None = None
    journal_batch_id: int | None = None  # the batch the line went to (the journal opens on it)


@dataclass(frozen=True)
class PaymentRequest:
    payment_type: str  # models.enums.PaymentType
    amount: Decimal
    posting_date: date
    allocation: tuple[str, ...] = ()  # models.enums.AllocationTarget, in the order to settle
    claim_id: int | None = None  # the claim to settle first
    description: str | None = None


def register_payment(
    session: Session, *, case_id: int, request: PaymentRequest, user: str
) -> CaseActionDone:
    """The pound icon: a journal line in the case's batch, or posted at once if setup says so
    (a client's own report always waits in the journal for the office to post)."""
    actor = _require_action(session, case_id, office.JOURNAL_POST)
    case = _case(session, case_id)
    problems = _payment_problems(session, case, request)
    if problems:
        raise ValidationError(problems)
    kind = PaymentType(request.payment_type)
    text = request.description or PAYMENT_TYPE_TEXT[kind]
    line = LineInput(
        posting_date=request.posting_date,
        case_id=case.id,
        claim_id=request.claim_id,
        entry_type=PAYMENT_TYPE_ENTRY[kind],
        description=text,
        amount=request.amount,
        allocation_targets=",".join(request.allocation) or None,
        payment_type=kind.value,
    )
    amount_text = danish_kr(request.amount)
    at_once = session.scalars(select(CompanySetup.post_payments_at_once)).first()
    if at_once and not actor.is_scoped:
        journal.post_line_now(session, line=line, user=user, source="sagen")
        return CaseActionDone(case.id, f"{text} {amount_text} bogført", posted=True)
    batch = journal.batch_for_case(session, case.id)
    changed = journal.add_line(session, batch_id=batch.id, line=line, user=user)
    action = f"{text} {amount_text} registreret i kladde {batch.name}"
    history.record(session, case_id=case.id, user=user, kind="change", action=action)
    return CaseActionDone(
        case.id, action, journal_line_id=changed.line_id, journal_batch_id=batch.id
    )


def credit_invoice(
    session: Session,
    *,
    case_id: int,
    claim_id: int,
    posting_date: date,
    user: str,
    amount: Decimal | None = None,
) -> CaseActionDone:
    """Credit an invoice: a credit on the claim, its whole principal unless an amount is given."""
    _require_action(session, case_id, office.CASE_WRITE)
    claim = session.get(Claim, claim_id)
    if claim is None or claim.case_id != case_id:
        raise ValidationError(Problem("fordring", "Fordringen hører ikke til sagen."))
    return register_payment(
        session,
        case_id=case_id,
        request=PaymentRequest(
            PaymentType.CREDIT_FROM_AMOUNT,
            amount if amount is not None else claim.principal,
            posting_date,
            (AllocationTarget.CAPITAL,),
            claim_id,
            f"Kreditering af faktura {claim.invoice_no or claim.description}",
        ),
        user=user,
    )


def request_recall(session: Session, *, case_id: int, reason: str, user: str) -> CaseActionDone:
    """The client asks to take the case back: a request the handler completes, not a close."""
    _require_action(session, case_id, office.CASE_WRITE)
    case = _case(session, case_id)
    if not reason.strip():
        raise ValidationError(Problem("begrundelse", "Skriv hvorfor sagen kaldes tilbage."))
    open_recall = session.scalars(
        select(CaseRequest.id).where(
            CaseRequest.case_id == case_id,
            CaseRequest.kind == "recall",
            CaseRequest.completed_at.is_(None),
        )
    ).first()
    if open_recall is not None:
        raise Conflict("Der er allerede en åben anmodning om tilbagekaldelse af sagen.")
    _add_request(session, case, "recall", reason, user)
    case.status = CaseStatus.RECALL_REQUESTED
    return _done(session, case, user, "Anmodning om tilbagekaldelse", reason)


def complete_request(session: Session, *, request_id: int, user: str) -> CaseActionDone:
    """The handler completes a request; a completed recall closes the case."""
    office.require(session, office.CASE_WRITE)
    row = session.get(CaseRequest, request_id)
    if row is None:
        raise NotFound("Anmodningen findes ikke.")
    if row.completed_at is not None:
        raise Conflict("Anmodningen er allerede afsluttet.")
    row.completed_at = datetime.now().replace(microsecond=0)
    row.completed_by = user
    thread_store.close_for_request(session, request_id=row.id, user=user)
    case = _case(session, row.case_id)
    if row.kind == "recall":
        case.status = CaseStatus.CLOSED
        case.closed_on = date.today()
        return _done(session, case, user, "Sagen er kaldt tilbage og lukket")
    return _done(session, case, user, "Besked til sagsbehandler afsluttet")


def set_dormant(session: Session, *, case_id: int, until: date | None, user: str) -> CaseActionDone:
    """Put the case dormant until a date (None: wake it up)."""
    _require_action(session, case_id, office.CASE_WRITE)
    case = _case(session, case_id)
    if until is not None and until <= date.today():
        raise ValidationError(Problem("hvilende til", "Datoen skal ligge efter i dag."))
    case.dormant_until = until
    case.status = CaseStatus.DORMANT if until else CaseStatus.ACTIVE
    action = f"Sagen hviler til {until:%d-%m-%Y}" if until else "Sagen er ikke længere hvilende"
    return _done(session, case, user, action)


def set_favourite(session: Session, *, case_id: int, favourite: bool, user: str) -> CaseActionDone:
    office.require_case(session, case_id)
    case = _case(session, case_id)
    case.favourite = favourite
    action = "Sagen er gjort til favorit" if favourite else "Sagen er fjernet fra favoritter"
    return _done(session, case, user, action, kind="info")


def message_handler(session: Session, *, case_id: int, text: str, user: str) -> CaseActionDone:
    _require_action(session, case_id, office.CASE_WRITE)
    case = _case(session, case_id)
    if not text.strip():
        raise ValidationError(Problem("besked", "Beskeden skal udfyldes."))
    _add_request(session, case, "message", text, user)
    return _done(session, case, user, "Besked til sagsbehandler", text, kind="info")


def add_note(session: Session, *, case_id: int, text: str, user: str) -> CaseActionDone:
    _require_action(session, case_id, office.CASE_WRITE)
    case = _case(session, case_id)
    if not text.strip():
        raise ValidationError(Problem("note", "Noten skal udfyldes."))
    session.add(Note(case_id=case.id, created_at=_now(), created_by=user, text=text))
    return _done(session, case, user, "Note tilføjet", text, kind="info")


def attach_file(
    session: Session, *, case_id: int, source: Path, user: str, description: str | None = None
) -> CaseActionDone:
    """Keep a copy of the file in the program's data folder; history shows it with a paperclip."""
    _require_action(session, case_id, office.CASE_WRITE)
    case = _case(session, case_id)
    source = Path(source)
    if not source.is_file():
        raise ValidationError(Problem("fil", f"Filen {source} findes ikke."))
    folder = data_dir() / "attachments" / case.no
    private_folder(folder)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    safe_name = re.sub(r"[^\w.\- ]", "_", source.name)
    target = folder / f"{_now():%Y%m%d-%H%M%S}-{digest}-{safe_name}"
    shutil.copyfile(source, private_target(target))  # copy2 would copy the source's mode too
    action = f"Fil vedhæftet: {source.name}"
    history.record(
        session,
        case_id=case.id,
        user=user,
        kind="attachment",
        action=action,
        detail=description,
        document_path=str(target),
    )
    return CaseActionDone(case.id, action, document_path=str(target))


@dataclass(frozen=True)
class PaymentChoices:
    """What the register-payment dialog offers for a case: its number and its open claims."""

    case_id: int
    case_no: str
    claims: tuple[tuple[int, str], ...]  # (claim id, "1: Varmeregning (faktura 123)")


def payment_choices(session: Session, *, case_id: int) -> PaymentChoices:
    case = _case(session, case_id)
    claims = tuple(
        (
            c.id,
            f"{c.line_no}: {c.description}"
            + (f" (faktura {c.invoice_no})" if c.invoice_no else ""),
        )
        for c in case.claims
        if not c.deleted
    )
    return PaymentChoices(case.id, case.no, claims)


def open_requests(session: Session, *, handler_employee_id: int | None = None) -> list[CaseRequest]:
    query = select(CaseRequest).where(CaseRequest.completed_at.is_(None))
    if handler_employee_id is not None:
        query = query.where(CaseRequest.handler_employee_id == handler_employee_id)
    return list(session.scalars(query.order_by(CaseRequest.requested_at)))


def _require_action(session: Session, case_id: int, permission: str) -> office.Actor:
    """Staff need `permission`; a client's user acts on their own cases from the portal
    (portal.use), the case's scope checked the same way (outside it: as if it did not exist)."""
    if office.current_actor(session).is_scoped:
        return office.require_case(session, case_id, permission=office.PORTAL_USE)
    return office.require_case(session, case_id, permission=permission)


def _payment_problems(session: Session, case: Case, request: PaymentRequest) -> list[Problem]:
    problems = []
    if request.payment_type not in set(PaymentType):
        problems.append(Problem("betalingstype", "Vælg en betalingstype."))
    if request.amount is None or request.amount <= 0:
        problems.append(Problem("beløb", "Beløbet skal være større end 0."))
    if any(target not in set(AllocationTarget) for target in request.allocation):
        problems.append(
            Problem("fordeling", "Fordeling må kun være kapital, gebyr, rente og omkostning.")
        )
    if request.claim_id is not None:
        claim_case = session.scalar(select(Claim.case_id).where(Claim.id == request.claim_id))
        if claim_case != case.id:
            problems.append(Problem("fordring", "Fordringen hører ikke til sagen."))
    return problems


def _add_request(session: Session, case: Case, kind: str, text: str, user: str) -> None:
    request = CaseRequest(
        case_id=case.id,
        kind=kind,
        text=text,
        handler_employee_id=case.handler_employee_id or case.responsible_employee_id,
        requested_at=_now(),
        requested_by=user,
    )
    session.add(request)
    thread_store.thread_for_request(session, request)  # the client's thread in Förfrågningar


def _done(session, case: Case, user: str, action: str, detail: str | None = None, *, kind="change"):
    history.record(session, case_id=case.id, user=user, kind=kind, action=action, detail=detail)
    session.flush()
    return CaseActionDone(case.id, action)


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("Sagen findes ikke.")
    return case


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)
