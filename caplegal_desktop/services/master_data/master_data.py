"""Master data from the list pages: create and delete clients, parties and employees, add setup
codes.

Nothing is deleted that anything else uses: the checks name what holds the record, in Danish.
A case's history rows are removed with it (case_history.case_id cascades and cannot point at a
case that no longer exists), so a case may only be deleted while nothing with a financial or
legal trace exists on it: no ledger entries, journal lines, payment plans, fundaments, letters
from activity runs or matched bank payments. The deletion itself goes to the application log.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services.master_data import parties
from caplegal_desktop.services.master_data.inputs import ClientInput, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import (
    Case,
    CaseParty,
    CaseType,
    ClaimDebtor,
    Client,
    CourtDistrict,
    Employee,
    Fundament,
    JournalLine,
    LedgerEntry,
    Party,
    PaymentPlanDebtor,
)
from workflows.identity import normalise_cvr

log = logging.getLogger(__name__)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAMED = 5


@dataclass(frozen=True)
class Created:
    id: int
    no: str  # the record's number (client/party no., employee initials)


@dataclass(frozen=True)
class Deleted:
    no: str
    text: str  # Danish, for the status bar


# ------------------------------------------------------------------------------------ clients
def create_client(session: Session, client_input: ClientInput, *, today: date) -> Created:
    """A new client; CVR validated and not already used by another client."""
    problems = parties.client_problems(client_input)
    if not (client_input.name or "").strip():
        problems.insert(0, Problem("klient.navn", "Navnet skal udfyldes."))
    problems += _email_problems(client_input.email, "klient.email")
    if problems:
        raise ValidationError(problems)
    cvr = normalise_cvr(client_input.cvr) if client_input.cvr else None
    _refuse_used_client_cvr(session, cvr)
    try:
        with session.begin_nested():
            client = parties.create_client(
                session, client_input, setup=SetupSnapshot.load(session), today=today
            )
    except IntegrityError:  # the same CVR saved at the same moment by another seat
        _refuse_used_client_cvr(session, cvr)
        raise
    return Created(client.id, client.no)


def _refuse_used_client_cvr(session: Session, cvr: str | None) -> None:
    if not cvr:
        return
    existing = session.scalar(select(Client).where(Client.cvr == cvr).limit(1))
    if existing is not None:
        raise ValidationError(
            Problem(
                "klient.cvr",
                f"CVR-nr. {cvr} bruges allerede af klient {existing.no} {existing.name}.",
            )
        )


def delete_client(session: Session, *, client_id: int) -> Deleted:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("Klienten findes ikke.")
    case_nos = _nos(session, select(Case.no).where(Case.client_id == client_id))
    if case_nos:
        total = session.scalar(select(func.count(Case.id)).where(Case.client_id == client_id))
        raise Conflict(
            f"Klient {client.no} {client.name} kan ikke slettes, fordi klienten har sager "
            f"({_listed(case_nos, total)})."
        )
    no = client.no
    session.delete(client)
    session.flush()
    return Deleted(no, f"Klient {no} er slettet.")


# ------------------------------------------------------------------------------------ parties
def create_party(session: Session, party_input: PartyInput) -> Created:
    """A new party; CPR/CVR validated and not already on another party."""
    problems = parties.party_problems(party_input, "part")
    problems += _email_problems(party_input.email, "part.email")
    if problems:
        raise ValidationError(problems)
    person, business = parties.identity_numbers(party_input)
    _refuse_used_party_numbers(session, person, business)
    try:
        with session.begin_nested():
            party = parties.create_party(
                session,
                party_input,
                person=person,
                business=business,
                setup=SetupSnapshot.load(session),
            )
    except IntegrityError:  # the same number saved at the same moment by another seat
        _refuse_used_party_numbers(session, person, business)
        raise
    return Created(party.id, party.no)


def _refuse_used_party_numbers(session: Session, person: str | None, business: str | None) -> None:
    for column, number, label in ((Party.cpr, person, "CPR-nr."), (Party.cvr, business, "CVR-nr.")):
        if number:
            existing = session.scalar(select(Party).where(column == number).limit(1))
            if existing is not None:
                field = "cpr" if column is Party.cpr else "cvr"
                raise ValidationError(
                    Problem(
                        f"part.{field}",
                        f"{label} bruges allerede af part {existing.no} {existing.name}.",
                    )
                )


def delete_party(session: Session, *, party_id: int) -> Deleted:
    party = session.get(Party, party_id)
    if party is None:
        raise NotFound("Parten findes ikke.")
    on_case = CaseParty.party_id == party_id
    case_nos = _nos(
        session,
        select(Case.no).join(CaseParty, CaseParty.case_id == Case.id).where(on_case).distinct(),
    )
    reasons = []
    if case_nos:
        joined = select(func.count(func.distinct(CaseParty.case_id))).where(on_case)
        reasons.append(f"parten er på sager ({_listed(case_nos, session.scalar(joined))})")
    client_nos = list(session.scalars(select(Client.no).where(Client.party_id == party_id)))
    if client_nos:
        reasons.append(f"parten er knyttet til klient {', '.join(client_nos)}")
    used_elsewhere = (
        select(ClaimDebtor.id).where(ClaimDebtor.party_id == party_id),
        select(LedgerEntry.id).where(LedgerEntry.debtor_party_id == party_id),
        select(PaymentPlanDebtor.id).where(PaymentPlanDebtor.party_id == party_id),
        select(Fundament.id).where(Fundament.debtor_party_id == party_id),
        select(JournalLine.id).where(JournalLine.debtor_party_id == party_id),
    )
    if not reasons and any(session.scalar(q.limit(1)) is not None for q in used_elsewhere):
        reasons.append("parten er skyldner på krav, poster eller betalingsplaner")
    if reasons:
        raise Conflict(
            f"Part {party.no} {party.name} kan ikke slettes, fordi {'; '.join(reasons)}."
        )
    no = party.no
    session.delete(party)
    session.flush()
    return Deleted(no, f"Part {no} er slettet.")


# ------------------------------------------------------------------------------------ employees
def employee_problems(
    session: Session | None, *, initials: str, name: str, email: str | None
) -> list[Problem]:
    """Danish messages per field; with a session the initials are checked to be unique."""
    problems = []
    initials = initials.strip().upper()
    if not initials:
        problems.append(Problem("initialer", "Initialerne skal udfyldes."))
    elif len(initials) > 10 or not re.fullmatch(r"[A-ZÆØÅ0-9]+", initials):
        problems.append(Problem("initialer", "Initialerne må højst være 10 bogstaver eller cifre."))
    elif session is not None:
        taken = select(Employee.name).where(func.upper(Employee.initials) == initials)
        holder = session.scalar(taken.limit(1))
        if holder is not None:
            problems.append(
                Problem("initialer", f"Initialerne {initials} bruges allerede af {holder}.")
            )
    if not name.strip():
        problems.append(Problem("navn", "Navnet skal udfyldes."))
    problems += _email_problems(email, "email")
    return problems


def create_employee(
    session: Session,
    *,
    initials: str,
    name: str,
    email: str | None = None,
    function_code: str | None = None,
    team: str | None = None,
) -> Created:
    problems = employee_problems(session, initials=initials, name=name, email=email)
    if problems:
        raise ValidationError(problems)
    employee = Employee(
        initials=initials.strip().upper(),
        name=name.strip(),
        email=(email or "").strip() or None,
        function_code=function_code or None,
        team=(team or "").strip() or None,
        active=True,
    )
    session.add(employee)
    session.flush()
    return Created(employee.id, employee.initials)


# ------------------------------------------------------------------------------------ setup codes
# Tables of the "Codes and tables" list that a code + a few texts fully describe. The others
# (fee, interest and tariff codes) carry dated amounts and rates: see SETUP_MAINTAINED_ELSEWHERE.
SETUP_MAINTAINED_ELSEWHERE = {
    "fee": "Salær- og gebyrkoder har beløbstabeller med gyldighedsdatoer. De leveres med "
    "programmets opsætning og opdateres ved programopdatering, når satserne ændres; de kan "
    "ikke oprettes her.",
    "interest": "Rentekoder har satser og referencerenter med gyldighedsdatoer. De leveres med "
    "programmets opsætning og opdateres ved programopdatering; de kan ikke oprettes her.",
    "tariff": "Takstkoder har beløbstabeller efter bekendtgørelsen. De leveres med programmets "
    "opsætning og opdateres ved programopdatering; de kan ikke oprettes her.",
}


def create_case_type(
    session: Session, *, code: str, description: str, team: str | None = None
) -> Created:
    code = code.strip().upper()
    problems = _code_problems(session, CaseType, code) + _required(description, "beskrivelse")
    if problems:
        raise ValidationError(problems)
    session.add(
        CaseType(
            code=code,
            description=description.strip(),
            module="INKASSO",
            team=(team or "").strip()[:50] or None,  # a new case of the type gets this team
        )
    )
    session.flush()
    return Created(0, code)


def create_court_district(
    session: Session,
    *,
    code: str,
    name: str,
    bailiff_court_name: str,
    address: str | None = None,
    postcode: str | None = None,
    city: str | None = None,
) -> Created:
    code = code.strip().upper()
    problems = (
        _code_problems(session, CourtDistrict, code)
        + _required(name, "navn")
        + _required(bailiff_court_name, "fogedret")
    )
    if problems:
        raise ValidationError(problems)
    session.add(
        CourtDistrict(
            code=code,
            name=name.strip(),
            bailiff_court_name=bailiff_court_name.strip(),
            address=(address or "").strip() or None,
            postcode=(postcode or "").strip() or None,
            city=(city or "").strip() or None,
        )
    )
    session.flush()
    return Created(0, code)


def _code_problems(session: Session, model, code: str) -> list[Problem]:
    if not code:
        return [Problem("kode", "Koden skal udfyldes.")]
    if len(code) > 20:
        return [Problem("kode", "Koden må højst være 20 tegn.")]
    if session.get(model, code) is not None:
        return [Problem("kode", f"Koden {code} findes allerede.")]
    return []


def _required(text: str | None, field: str) -> list[Problem]:
    label = {"beskrivelse": "Beskrivelsen", "navn": "Navnet", "fogedret": "Fogedretten"}[field]
    return [] if (text or "").strip() else [Problem(field, f"{label} skal udfyldes.")]


# ------------------------------------------------------------------------------------ helpers
def _email_problems(email: str | None, field: str) -> list[Problem]:
    if email and email.strip() and not EMAIL.match(email.strip()):
        return [Problem(field, "E-mailadressen er ikke gyldig.")]
    return []


def _nos(session: Session, query) -> list[str]:
    """The first few numbers a message names."""
    return list(session.scalars(query.order_by(Case.no).limit(MAX_NAMED)))


def _listed(nos, total: int | None) -> str:
    text = ", ".join(str(n) for n in nos)
    more = (total or 0) - len(nos)
    return f"{text} og {more} flere" if more > 0 else text
