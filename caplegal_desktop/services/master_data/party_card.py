"""The party card (partkort): every field of a party, its contact persons and its status flags.

Saving compares the card with what the party held and writes a history row per changed field
(caplegal_desktop.services.master_data.record_history); a refused save raises ValidationError
with Danish messages per field and changes nothing. The flags gældssanering / afdød / konkurs
are read by `party_warnings`, which every screen that shows a party uses for its warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.master_data.record_history import (
    CardChange,
    card_history,
    note_changes,
)
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.office import take_version
from models import Party, PartyContact
from models.enums import PartyKind
from workflows.identity import IdentityError, normalise_cpr, normalise_cvr

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# The flags in the order the warnings name them, with the Danish word the users know
FLAGS = (
    ("in_debt_restructuring", "gældssanering"),
    ("deceased", "afdød"),
    ("in_bankruptcy", "konkurs"),
)


@dataclass(frozen=True)
class ContactInput:
    """A contact person (kontaktperson); role "Att." marks the one letters go to the attention of."""

    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class PartyCardInput:
    name: str
    kind: str = PartyKind.PERSON
    name2: str | None = None
    co: str | None = None
    address: str | None = None
    address2: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "DK"
    identity_no: str | None = None  # CPR for a person, CVR for a business (Danish parties)
    email: str | None = None
    phone: str | None = None
    in_debt_restructuring: bool = False
    deceased: bool = False
    in_bankruptcy: bool = False
    contacts: list[ContactInput] = field(default_factory=list)


@dataclass(frozen=True)
class PartyCard:
    party_id: int
    no: str
    party_type: str
    card: PartyCardInput
    court_district_code: str | None
    municipality: str | None
    warning: str | None
    history: tuple[CardChange, ...]
    version: int = 0  # the save names it: a party changed meanwhile is refused


@dataclass(frozen=True)
class CardSaved:
    """What changed: the record, its number and how many history rows the save wrote."""

    record_id: int
    no: str
    changes: int


# Field -> the Danish label the card and its history show
LABELS = {
    "name": "Navn",
    "name2": "Navn 2",
    "co": "c/o",
    "address": "Adresse",
    "address2": "Adresse 2",
    "postcode": "Postnr.",
    "city": "By",
    "country": "Land",
    "kind": "Art",
    "identity_no": "CPR/CVR-nr.",
    "email": "E-mail",
    "phone": "Telefon",
    "in_debt_restructuring": "Gældssanering",
    "deceased": "Afdød",
    "in_bankruptcy": "Konkurs",
}


def flag_text(party: Party) -> str | None:
    """'Gældssanering, afdød' for a flagged party, None for the others."""
    words = [word for attribute, word in FLAGS if getattr(party, attribute)]
    return ", ".join(words).capitalize() if words else None


def party_warnings(session: Session, *, party_ids) -> dict[int, str]:
    """{party id: Danish warning} for the flagged ones among the parties."""
    wanted = [i for i in set(party_ids) if i is not None]
    if not wanted:
        return {}
    flagged = Party.in_debt_restructuring | Party.deceased | Party.in_bankruptcy
    rows = session.scalars(select(Party).where(Party.id.in_(wanted), flagged))
    return {p.id: f"{p.name} ({p.no}): {flag_text(p)}" for p in rows}


def _card_of(party: Party) -> PartyCardInput:
    return PartyCardInput(
        name=party.name,
        kind=party.kind,
        name2=party.name2,
        co=party.co,
        address=party.address,
        address2=party.address2,
        postcode=party.postcode,
        city=party.city,
        country=party.country,
        identity_no=party.cpr if party.kind == PartyKind.PERSON else party.cvr,
        email=party.email,
        phone=party.phone,
        in_debt_restructuring=party.in_debt_restructuring,
        deceased=party.deceased,
        in_bankruptcy=party.in_bankruptcy,
        contacts=[ContactInput(c.name, c.role, c.email, c.phone) for c in party.contacts],
    )


def party_card(session: Session, *, party_id: int) -> PartyCard:
    party = session.get(Party, party_id)
    if party is None:
        raise NotFound("Parten findes ikke.")
    return PartyCard(
        party_id=party.id,
        no=party.no,
        party_type=party.party_type,
        card=_card_of(party),
        court_district_code=party.court_district_code,
        municipality=party.municipality,
        warning=flag_text(party),
        history=tuple(card_history(session, kind="party", record_id=party.id)),
        version=party.version,
    )


def contact_problems(contacts: list[ContactInput], where: str) -> list[Problem]:
    problems = []
    for number, contact in enumerate(contacts, start=1):
        if not contact.name.strip():
            problems.append(Problem(f"{where}.kontakt", f"Kontaktperson {number}: navn mangler."))
        if contact.email and not EMAIL.match(contact.email.strip()):
            problems.append(
                Problem(f"{where}.kontakt", f"Kontaktperson {number}: e-mailadressen er ugyldig.")
            )
    return problems


def contacts_text(contacts) -> str | None:
    """The contacts in one line for the history: 'Anne Berg (Att.), Ole Holm'."""
    return "; ".join(c.name + (f" ({c.role})" if c.role else "") for c in contacts) or None


def set_contacts(party: Party, contacts: list[ContactInput]) -> None:
    party.contacts[:] = [
        PartyContact(
            name=c.name.strip(),
            role=(c.role or "").strip() or None,
            email=(c.email or "").strip() or None,
            phone=(c.phone or "").strip() or None,
        )
        for c in contacts
    ]


def _identity(card: PartyCardInput) -> tuple[str | None, str | None]:
    """(cpr, cvr) as stored; IdentityError with the Danish reason when the number is invalid."""
    number = (card.identity_no or "").strip()
    if not number or card.country != "DK":
        return None, None
    if card.kind == PartyKind.BUSINESS:
        return None, normalise_cvr(number)
    return normalise_cpr(number), None


def save_party_card(
    session: Session,
    *,
    party_id: int,
    card: PartyCardInput,
    user: str,
    expected_version: int | None = None,
) -> CardSaved:
    """Save the edited card; every changed field gets a history row (old -> new). The save names
    the version the card read and is refused with who and when if the party changed since."""
    party = session.get(Party, party_id)
    if party is None:
        raise NotFound("Parten findes ikke.")
    problems = []
    if not card.name.strip():
        problems.append(Problem("part.navn", "Navnet skal udfyldes."))
    if card.kind not in (PartyKind.PERSON, PartyKind.BUSINESS):
        problems.append(Problem("part.art", "Arten skal være person eller virksomhed."))
    if card.email and card.email.strip() and not EMAIL.match(card.email.strip()):
        problems.append(Problem("part.email", "E-mailadressen er ikke gyldig."))
    cpr = cvr = None
    try:
        cpr, cvr = _identity(card)
    except IdentityError as exc:
        problems.append(Problem("part.cpr", str(exc)))
    for column, number, label in ((Party.cpr, cpr, "CPR-nr."), (Party.cvr, cvr, "CVR-nr.")):
        if number:
            other = session.scalar(
                select(Party).where(column == number, Party.id != party.id).limit(1)
            )
            if other is not None:
                problems.append(
                    Problem("part.cpr", f"{label} bruges allerede af part {other.no} {other.name}.")
                )
    before = _card_of(party)
    setup = SetupSnapshot.load(session)
    postcode = (card.postcode or "").strip() or None
    area = setup.postcodes.get((card.country or "DK", postcode or ""))
    if postcode and card.country == "DK" and area is None:
        problems.append(Problem("part.postnr", f"Postnummeret {postcode} findes ikke."))
    problems += contact_problems(card.contacts, "part")
    if problems:
        raise ValidationError(problems)
    take_version(session, Party, party.id, expected_version, what="Parten")

    after = PartyCardInput(
        name=card.name.strip(),
        kind=card.kind,
        name2=_clean(card.name2),
        co=_clean(card.co),
        address=_clean(card.address),
        address2=_clean(card.address2),
        postcode=postcode,
        city=_city(card, before, postcode, area),
        country=card.country or "DK",
        identity_no=cpr or cvr,
        email=(card.email or "").strip().lower() or None,
        phone=_clean(card.phone),
        in_debt_restructuring=bool(card.in_debt_restructuring),
        deceased=bool(card.deceased),
        in_bankruptcy=bool(card.in_bankruptcy),
        contacts=card.contacts,
    )
    pairs = [(LABELS[name], getattr(before, name), getattr(after, name)) for name in LABELS]
    pairs.append(("Kontaktpersoner", contacts_text(before.contacts), contacts_text(card.contacts)))
    changes = note_changes(session, kind="party", record_id=party.id, user=user, pairs=pairs)
    for name in LABELS:
        if name != "identity_no":
            setattr(party, name, getattr(after, name))
    party.cpr, party.cvr = cpr, cvr
    if postcode != before.postcode and area is not None:
        party.court_district_code, party.municipality = area.court_district_code, area.municipality
    if _contact_rows(before.contacts) != _contact_rows(card.contacts):
        set_contacts(party, card.contacts)
    session.flush()
    return CardSaved(party.id, party.no, changes)


def _city(card: PartyCardInput, before: PartyCardInput, postcode, area) -> str | None:
    """The typed town; a new post code brings its own town when the old one was left as it was."""
    city = _clean(card.city)
    if area is not None and (city is None or (postcode != before.postcode and city == before.city)):
        return area.city
    return city


def _contact_rows(contacts) -> list[tuple]:
    return [(c.name.strip(), _clean(c.role), _clean(c.email), _clean(c.phone)) for c in contacts]


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None
