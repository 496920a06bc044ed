"""The client card (klientkort): name, address, CVR, VAT, the defaults a new case takes, the
settlement account the client funds payout uses, and contact persons.

A new client gets a number from the KLIENT series; an existing one is compared field by field and
every change leaves a history row (who, when, old -> new). A refused save raises ValidationError
with a Danish message per field and changes nothing (the caller's unit of work is not committed).

The settlement account is kept where the payout reads it: the client's ClientFundsAgreement
(IBAN or Danish reg. no. + account no.) and, for an IBAN, Client.settlement_iban too. The contact
persons live on the client's own party card (Client.party_id, party type KLIENT), as in Navision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.master_data.party_card import (
    EMAIL,
    CardSaved,
    ContactInput,
    contact_problems,
    contacts_text,
    set_contacts,
)
from caplegal_desktop.services.master_data.record_history import (
    CardChange,
    card_history,
    note_changes,
)
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.office import take_version
from caplegal_desktop.services.shared.numbering import next_number
from models import Case, Client, ClientFundsAgreement, Employee, Party
from workflows.identity import IdentityError, normalise_cvr, validate_iban


@dataclass
class ClientCardInput:
    name: str
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "DK"
    cvr: str | None = None
    email: str | None = None
    vat_registered: bool = True
    case_type: str | None = None
    salary_code: str | None = None
    interest_code: str | None = None
    interest_rate_pct: Decimal | None = None  # the client's own rate instead of the code's
    legal_department: str | None = None
    use_compensation_fee: bool = True
    responsible_initials: str | None = None
    handler_initials: str | None = None
    settlement_iban: str | None = None
    settlement_reg_no: str | None = None
    settlement_account_no: str | None = None
    contacts: list[ContactInput] = field(default_factory=list)


@dataclass(frozen=True)
class ClientCard:
    client_id: int
    no: str
    card: ClientCardInput
    cases: int
    history: tuple[CardChange, ...]
    version: int = 0  # the save names it: a client changed meanwhile is refused


LABELS = {
    "name": "Navn",
    "address": "Adresse",
    "postcode": "Postnr.",
    "city": "By",
    "country": "Land",
    "cvr": "CVR-nr.",
    "email": "E-mail",
    "vat_registered": "Momsregistreret",
    "case_type": "Sagstype",
    "salary_code": "Salærkode",
    "interest_code": "Rentekode",
    "interest_rate_pct": "Egen rentesats",
    "legal_department": "Juridisk afdeling",
    "use_compensation_fee": "Kompensationsbeløb",
    "responsible_initials": "Ansvarlig advokat",
    "handler_initials": "Sagsbehandler",
    "settlement_iban": "Afregning IBAN",
    "settlement_reg_no": "Afregning reg.nr.",
    "settlement_account_no": "Afregning kontonr.",
}


def client_card(session: Session, *, client_id: int) -> ClientCard:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("Klienten findes ikke.")
    cases = session.scalar(select(func.count(Case.id)).where(Case.client_id == client_id))
    return ClientCard(
        client_id=client.id,
        no=client.no,
        card=_card_of(session, client),
        cases=cases or 0,
        history=tuple(card_history(session, kind="client", record_id=client.id)),
        version=client.version,
    )


def new_client_card(session: Session) -> ClientCardInput:
    """An empty card with the company's defaults, as a new client gets them."""
    company = SetupSnapshot.load(session).company
    return ClientCardInput(
        name="",
        case_type="INK-ALM",
        salary_code=company.default_salary_code,
        interest_code=company.default_interest_code,
    )


def _card_of(session: Session, client: Client) -> ClientCardInput:
    initials = _initials_by_id(session)
    agreement = session.get(ClientFundsAgreement, client.id)
    party = session.get(Party, client.party_id) if client.party_id else None
    return ClientCardInput(
        name=client.name,
        address=client.address,
        postcode=client.postcode,
        city=client.city,
        country=client.country,
        cvr=client.cvr,
        email=client.email,
        vat_registered=client.vat_registered,
        case_type=client.default_case_type_code,
        salary_code=client.salary_code,
        interest_code=client.interest_code,
        interest_rate_pct=client.interest_rate_pct,
        legal_department=client.legal_department,
        use_compensation_fee=client.use_compensation_fee,
        responsible_initials=initials.get(client.responsible_employee_id),
        handler_initials=initials.get(client.handler_employee_id),
        settlement_iban=(agreement.iban if agreement else None) or client.settlement_iban,
        settlement_reg_no=agreement.dk_reg_no if agreement else None,
        settlement_account_no=agreement.dk_account_no if agreement else None,
        contacts=[ContactInput(c.name, c.role, c.email, c.phone) for c in party.contacts]
        if party
        else [],
    )


def _initials_by_id(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Employee.id, Employee.initials)).all())


def client_card_problems(
    session: Session, card: ClientCardInput, *, client_id: int | None
) -> tuple[list[Problem], ClientCardInput]:
    """Every problem of the card (Danish, per field) and the card as it would be stored."""
    problems: list[Problem] = []
    setup = SetupSnapshot.load(session)
    clean = ClientCardInput(
        name=(card.name or "").strip(),
        address=_clean(card.address),
        postcode=_clean(card.postcode),
        city=_clean(card.city),
        country=(card.country or "DK").strip().upper(),
        email=_clean(card.email),
        vat_registered=bool(card.vat_registered),
        case_type=_code(card.case_type),
        salary_code=_code(card.salary_code),
        interest_code=_code(card.interest_code),
        interest_rate_pct=card.interest_rate_pct,
        legal_department=_clean(card.legal_department),
        use_compensation_fee=bool(card.use_compensation_fee),
        responsible_initials=_code(card.responsible_initials),
        handler_initials=_code(card.handler_initials),
        settlement_reg_no=_clean(card.settlement_reg_no),
        settlement_account_no=_clean(card.settlement_account_no),
        contacts=list(card.contacts),
    )
    if not clean.name:
        problems.append(Problem("klient.navn", "Navnet skal udfyldes."))
    if card.cvr and card.cvr.strip():
        try:
            clean.cvr = normalise_cvr(card.cvr.strip())
        except IdentityError as exc:
            problems.append(Problem("klient.cvr", str(exc)))
        else:
            other = session.scalar(
                select(Client).where(Client.cvr == clean.cvr, Client.id != (client_id or 0))
            )
            if other is not None:
                problems.append(
                    Problem(
                        "klient.cvr",
                        f"CVR-nr. {clean.cvr} bruges allerede af klient {other.no} {other.name}.",
                    )
                )
    if clean.email and not EMAIL.match(clean.email):
        problems.append(Problem("klient.email", "E-mailadressen er ikke gyldig."))
    if clean.case_type and clean.case_type not in setup.case_types:
        problems.append(Problem("klient.sagstype", f"Sagstypen {clean.case_type} findes ikke."))
    if clean.salary_code and clean.salary_code not in setup.fee_codes:
        problems.append(Problem("klient.salærkode", f"Salærkoden {clean.salary_code} findes ikke."))
    if clean.interest_code and clean.interest_code not in setup.interest_codes:
        problems.append(
            Problem("klient.rentekode", f"Rentekoden {clean.interest_code} findes ikke.")
        )
    rate = clean.interest_rate_pct
    if rate is not None and not (Decimal(0) <= rate < Decimal(100)):
        problems.append(
            Problem("klient.rentesats", "Den egne rentesats skal være mellem 0 og 100 %.")
        )
    known = set(_initials_by_id(session).values())
    for key, label in (("responsible_initials", "ansvarlig"), ("handler_initials", "behandler")):
        initials = getattr(clean, key)
        if initials and initials not in known:
            problems.append(
                Problem(
                    f"klient.{label}", f"Der findes ingen medarbejder med initialerne {initials}."
                )
            )
    problems += _account_problems(card, clean)
    problems += contact_problems(card.contacts, "klient")
    return problems, clean


def _account_problems(card: ClientCardInput, clean: ClientCardInput) -> list[Problem]:
    """IBAN (checked by schwifty) or reg. no. + account no.; not both, not half of one."""
    iban = (card.settlement_iban or "").strip()
    reg, account = clean.settlement_reg_no, clean.settlement_account_no
    if iban and (reg or account):
        return [
            Problem("klient.iban", "Angiv enten IBAN eller reg.nr. og kontonr., ikke begge dele.")
        ]
    if iban:
        try:
            clean.settlement_iban = validate_iban(iban)
        except IdentityError as exc:
            return [Problem("klient.iban", str(exc))]
        return []
    if bool(reg) != bool(account):
        return [Problem("klient.regnr", "Angiv både reg.nr. og kontonr.")]
    problems = []
    if reg and not (reg.isdigit() and len(reg) == 4):
        problems.append(Problem("klient.regnr", "Reg.nr. skal være 4 cifre."))
    if account and not (account.isdigit() and len(account) <= 10):
        problems.append(Problem("klient.kontonr", "Kontonr. skal være højst 10 cifre."))
    return problems


def save_client_card(
    session: Session,
    *,
    client_id: int | None,
    card: ClientCardInput,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> CardSaved:
    """Create (client_id None) or change a client from its card; a change names the version the
    card read (`expected_version`) and is refused with who and when if the client changed since."""
    problems, clean = client_card_problems(session, card, client_id=client_id)
    if problems:
        raise ValidationError(problems)
    if client_id is not None and session.get(Client, client_id) is not None:
        take_version(session, Client, client_id, expected_version, what="Klienten")
    if client_id is None:
        client = Client(
            no=next_number(session, "KLIENT"),
            name=clean.name,
            currency=SetupSnapshot.load(session).company.currency,
            created_on=today,
        )
        session.add(client)
        session.flush()
        before = None
    else:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("Klienten findes ikke.")
        before = _card_of(session, client)
    employees = {v: k for k, v in _initials_by_id(session).items()}
    if before is None:
        changes = note_changes(
            session, kind="client", record_id=client.id, user=user,
            pairs=[("Oprettet", None, f"{client.no} {clean.name}")],
        )  # fmt: skip
    else:
        pairs = [(LABELS[k], getattr(before, k), getattr(clean, k)) for k in LABELS]
        pairs.append(
            ("Kontaktpersoner", contacts_text(before.contacts), contacts_text(clean.contacts))
        )
        changes = note_changes(session, kind="client", record_id=client.id, user=user, pairs=pairs)
    client.name = clean.name
    client.address, client.postcode, client.city = clean.address, clean.postcode, clean.city
    client.country, client.cvr, client.email = clean.country, clean.cvr, clean.email
    client.vat_registered = clean.vat_registered
    client.default_case_type_code = clean.case_type
    client.salary_code, client.interest_code = clean.salary_code, clean.interest_code
    client.interest_rate_pct = clean.interest_rate_pct
    client.legal_department = clean.legal_department
    client.use_compensation_fee = clean.use_compensation_fee
    client.responsible_employee_id = employees.get(clean.responsible_initials)
    client.handler_employee_id = employees.get(clean.handler_initials)
    client.settlement_iban = clean.settlement_iban
    _save_account(session, client, clean)
    _save_contacts(session, client, clean.contacts)
    session.flush()
    return CardSaved(client.id, client.no, changes)


def _save_account(session: Session, client: Client, clean: ClientCardInput) -> None:
    agreement = session.get(ClientFundsAgreement, client.id)
    has_account = clean.settlement_iban or clean.settlement_reg_no
    if agreement is None and not has_account:
        return
    if agreement is None:
        agreement = ClientFundsAgreement(client_id=client.id, set_off_allowed=True, language="da")
        session.add(agreement)
    agreement.iban = clean.settlement_iban
    agreement.dk_reg_no = clean.settlement_reg_no
    agreement.dk_account_no = clean.settlement_account_no


def _save_contacts(session: Session, client: Client, contacts: list[ContactInput]) -> None:
    party = session.get(Party, client.party_id) if client.party_id else None
    if party is None:
        if not contacts:
            return
        party = Party(
            no=next_number(session, "PART"),
            kind="business",
            party_type="KLIENT",
            name=client.name,
            address=client.address,
            postcode=client.postcode,
            city=client.city,
            country=client.country,
        )  # no CVR here: a debtor found by CVR must never be the client's own card
        session.add(party)
        session.flush()
        client.party_id = party.id
    set_contacts(party, contacts)


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _code(text: str | None) -> str | None:
    return (text or "").strip().upper() or None
