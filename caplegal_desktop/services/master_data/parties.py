"""Clients and parties: find an existing one or create it, with validated identity numbers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.master_data.inputs import ClientInput, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.shared.numbering import next_number
from models import Client, Party
from models.enums import PartyKind
from workflows.identity import (
    IdentityError,
    normalise_cpr,
    normalise_cvr,
    normalise_orgnr,
    normalise_personnummer,
)


def client_problems(client: ClientInput, where: str = "klient") -> list[Problem]:
    problems = []
    if not client.no and not (client.name or "").strip():
        problems.append(Problem(f"{where}.navn", "Angiv klientens nummer eller navn."))
    if client.cvr:
        try:
            normalise_cvr(client.cvr)
        except IdentityError as exc:
            problems.append(Problem(f"{where}.cvr", str(exc)))
    return problems


def party_problems(party: PartyInput, where: str) -> list[Problem]:
    if party.no:
        return []
    problems = []
    if not (party.name or "").strip():
        problems.append(Problem(f"{where}.navn", "Navnet skal udfyldes."))
    if party.kind not in (PartyKind.PERSON, PartyKind.BUSINESS):
        problems.append(Problem(f"{where}.art", "Arten skal være 'person' eller 'business'."))
    try:
        identity_numbers(party)
    except _FieldError as exc:
        problems.append(Problem(f"{where}.{exc.field}", exc.message))
    return problems


class _FieldError(Exception):
    def __init__(self, field: str, message: str):
        self.field, self.message = field, message


def identity_numbers(party: PartyInput) -> tuple[str | None, str | None]:
    """(person number, business number) as stored: digits only, validated by country."""
    checks = [
        ("cpr", party.cpr, normalise_cpr),
        ("cvr", party.cvr, normalise_cvr),
        ("personnummer", party.personnummer, normalise_personnummer),
        ("orgnr", party.orgnr, normalise_orgnr),
    ]
    person = business = None
    for field, value, normalise in checks:
        if not value:
            continue
        try:
            number = normalise(value)
        except IdentityError as exc:
            raise _FieldError(field, str(exc)) from exc
        if field in ("cpr", "personnummer"):
            person = number
        else:
            business = number.replace("-", "")
    return person, business


def resolve_client(
    session: Session, client_input: ClientInput, *, setup: SetupSnapshot, user: str, today: date
) -> Client:
    if client_input.no:
        client = session.scalar(select(Client).where(Client.no == client_input.no))
        if client is None:
            raise NotFound(f"Klient {client_input.no} findes ikke.")
        return client
    cvr = normalise_cvr(client_input.cvr) if client_input.cvr else None
    if not cvr:
        return create_client(session, client_input, setup=setup, today=today)
    by_cvr = select(Client).where(Client.cvr == cvr)
    existing = session.scalar(by_cvr)
    if existing is not None:
        return existing
    # another import may create the same client between the look-up and the insert: the
    # unique CVR refuses the second one, which then takes the client the first one made
    return _insert_or_take(
        session, lambda: create_client(session, client_input, setup=setup, today=today), by_cvr
    )


def _insert_or_take(session: Session, insert, existing_query):
    """insert() in a savepoint; if a unique key refuses it because a concurrent transaction
    made the same row, that row (now committed) is the answer (an upsert, portable)."""
    try:
        with session.begin_nested():
            return insert()
    except IntegrityError:
        existing = session.scalar(existing_query.execution_options(populate_existing=True))
        if existing is None:
            raise
        return existing


def create_client(
    session: Session, client_input: ClientInput, *, setup: SetupSnapshot, today: date
) -> Client:
    problems = client_problems(client_input)
    if problems:
        raise ValidationError(problems)
    client = Client(
        no=next_number(session, "KLIENT"),
        name=client_input.name.strip(),
        cvr=normalise_cvr(client_input.cvr) if client_input.cvr else None,
        vat_registered=True if client_input.vat_registered is None else client_input.vat_registered,
        address=client_input.address,
        postcode=client_input.postcode,
        city=client_input.city,
        email=client_input.email,
        default_case_type_code="INK-ALM",
        salary_code=setup.company.default_salary_code,
        interest_code=setup.company.default_interest_code,
        currency=setup.company.currency,
        created_on=today,
    )
    session.add(client)
    session.flush()
    return client


def resolve_party(
    session: Session, party_input: PartyInput, *, field: str, setup: SetupSnapshot
) -> Party:
    if party_input.no:
        party = session.scalar(select(Party).where(Party.no == party_input.no))
        if party is None:
            raise ValidationError(Problem(f"{field}.nr", f"Part {party_input.no} findes ikke."))
        return party
    try:
        person, business = identity_numbers(party_input)
    except _FieldError as exc:
        raise ValidationError(Problem(f"{field}.{exc.field}", exc.message)) from exc
    numbered = [
        column == number
        for column, number in ((Party.cpr, person), (Party.cvr, business))
        if number
    ]
    if not numbered:
        return create_party(session, party_input, person=person, business=business, setup=setup)
    for condition in numbered:
        existing = session.scalar(select(Party).where(condition).limit(1))
        if existing is not None:
            return existing
    return _insert_or_take(
        session,
        lambda: create_party(session, party_input, person=person, business=business, setup=setup),
        select(Party).where(or_(*numbered)).order_by(Party.id).limit(1),
    )


def create_party(
    session: Session,
    party_input: PartyInput,
    *,
    person: str | None,
    business: str | None,
    setup: SetupSnapshot,
) -> Party:
    area = setup.postcodes.get((party_input.country or "DK", party_input.postcode or ""))
    party = Party(
        no=next_number(session, "PART"),
        kind=party_input.kind,
        party_type="DEBITOR",
        name=party_input.name.strip(),
        address=party_input.address,
        postcode=party_input.postcode,
        city=party_input.city or (area.city if area else None),
        country=party_input.country or "DK",
        cpr=person,
        cvr=business,
        email=(party_input.email or "").strip().lower() or None,
        phone=party_input.phone,
        customer_no=party_input.customer_no,
        court_district_code=area.court_district_code if area else None,
        municipality=area.municipality if area else None,
    )
    session.add(party)
    session.flush()
    return party
