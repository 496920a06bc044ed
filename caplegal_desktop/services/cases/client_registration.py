"""What a client registers itself (the portal's Registrera ärende and Registrera betalning, the
API): the choices of its registration form, and a payment made directly to the client reported
on one of its cases — through the case action register_payment, so into the case's journal
(or posted at once when setup says so), never past it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.cases.actions import (
    CaseActionDone,
    PaymentRequest,
    register_payment,
)
from models import Case, Client, ClientDepartment
from models.enums import AllocationTarget, PaymentType
from workflows.amounts import AmountError, read_amount

CASE_NOT_FOUND = "Sag {case_no} findes ikke."  # the office's own words for a case not found
ALLOCATION_TARGETS = tuple(t.value for t in AllocationTarget)


@dataclass(frozen=True)
class RegistrationChoices:
    client_no: str
    client_name: str
    departments: tuple[tuple[str, str], ...]  # (code, name) the user may register under


@dataclass(frozen=True)
class ReportedPayment:
    case_no: str
    amount: object  # Decimal
    posting_date: date
    allocation: tuple[str, ...]
    done: CaseActionDone


def registration_choices(session: Session) -> RegistrationChoices:
    """The client a Klient user registers for and the departments they may choose."""
    actor = office.require(session, office.PORTAL_REGISTER)
    if actor.client_id is None:
        raise NotFound("Klienten findes ikke.")
    client = session.get(Client, actor.client_id)
    query = (
        select(ClientDepartment.code, ClientDepartment.name)
        .where(ClientDepartment.client_id == actor.client_id)
        .order_by(ClientDepartment.code)
    )
    if actor.department_ids:
        query = query.where(ClientDepartment.id.in_(sorted(actor.department_ids)))
    departments = tuple((code, name) for code, name in session.execute(query))
    return RegistrationChoices(client.no, client.name, departments)


def report_client_payment(
    session: Session,
    *,
    case_no: str,
    amount: object,
    posting_date: object,
    allocation: tuple[str, ...] | list[str] = (),
    user: str,
    today: date | None = None,
) -> ReportedPayment:
    """A payment the debtor made directly to the client, on the client's case by its number.
    Every problem is named by its field (beløb, dato, fordeling); a case outside the user's
    scope answers exactly like one that does not exist."""
    case_no = (case_no or "").strip()[:20]
    case_id = session.scalar(select(Case.id).where(Case.no == case_no)) if case_no else None
    office.require_case(session, case_id, case_no=case_no or "?", permission=office.CASE_READ)
    if case_id is None:
        raise NotFound(CASE_NOT_FOUND.format(case_no=case_no or "?"))
    problems: list[Problem] = []
    try:
        value = read_amount(amount, "Beløb")
        if value <= 0:
            problems.append(Problem("beløb", "Beløbet skal være større end 0."))
    except AmountError as exc:
        value = None
        problems.append(Problem("beløb", str(exc)))
    day = _date(posting_date, problems)
    if day is not None and day > (today or date.today()):
        problems.append(Problem("dato", "Datoen må ikke ligge efter i dag."))
    targets = tuple(allocation or ())
    if any(t not in ALLOCATION_TARGETS for t in targets) or len(set(targets)) != len(targets):
        problems.append(
            Problem("fordeling", "Fordeling må kun være kapital, gebyr, rente og omkostning.")
        )
    if problems:
        raise ValidationError(problems)
    done = register_payment(
        session,
        case_id=case_id,
        request=PaymentRequest(PaymentType.PAYMENT_TO_CLIENT, value, day, targets),
        user=user,
    )
    return ReportedPayment(case_no, value, day, targets, done)


def _date(value: object, problems: list[Problem]) -> date | None:
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    problems.append(Problem("dato", "Skriv datoen som ÅÅÅÅ-MM-DD."))
    return None
