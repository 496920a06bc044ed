"""What the wizard and the claims window look up: clients and parties by keyword, codes, employees,
and the town, municipality and court district of a post code."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services.shared.text_filter import filter_words, matching_ids
from models import (
    CaseType,
    Client,
    CourtDistrict,
    Employee,
    EmployeeFunction,
    FeeCode,
    InterestCode,
    Party,
    PostcodeArea,
)

MAX_HITS = 50


@dataclass(frozen=True)
class CodeItem:
    code: str
    description: str


@dataclass(frozen=True)
class ClientHit:
    client_id: int
    no: str
    name: str
    address: str | None
    postcode: str | None
    city: str | None
    cvr: str | None


@dataclass(frozen=True)
class PartyHit:
    party_id: int
    no: str
    name: str
    kind: str
    party_type: str
    address: str | None
    postcode: str | None
    city: str | None


@dataclass(frozen=True)
class ClientDefaults:
    """What a client fills into a new case (the client card's 'default values')."""

    no: str
    name: str
    case_type: str | None
    salary_code: str | None
    interest_code: str | None
    interest_rate_pct: Decimal | None
    legal_department: str | None
    use_compensation_fee: bool
    vat_registered: bool
    responsible_initials: str | None
    handler_initials: str | None


@dataclass(frozen=True)
class PostcodeInfo:
    postcode: str
    city: str
    municipality: str | None
    court_district_code: str | None
    court_district_name: str | None
    bailiff_court_name: str | None


def search_clients(session: Session, *, text: str) -> list[ClientHit]:
    """Clients whose no., name, CVR, address, town or e-mail contain every search word
    (any order, any case: docs/search.md)."""
    query = select(Client).order_by(Client.name, Client.no).limit(MAX_HITS)
    words = filter_words(text, field="søgning")
    if words:
        query = query.where(Client.id.in_(matching_ids(session, "client_search", words)))
    return [
        ClientHit(c.id, c.no, c.name, c.address, c.postcode, c.city, c.cvr)
        for c in session.scalars(query)
    ]


def search_parties(session: Session, *, text: str, party_type: str | None = None) -> list[PartyHit]:
    """Parties whose no., names, address, town, e-mail, customer no., phone or contact persons
    contain every search word (any order, any case: docs/search.md)."""
    query = select(Party).order_by(Party.name, Party.no).limit(MAX_HITS)
    if party_type:
        query = query.where(Party.party_type == party_type)
    words = filter_words(text, field="søgning")
    if words:
        query = query.where(Party.id.in_(matching_ids(session, "party_search", words)))
    return [
        PartyHit(p.id, p.no, p.name, p.kind, p.party_type, p.address, p.postcode, p.city)
        for p in session.scalars(query)
    ]


def client_defaults(session: Session, *, client_no: str) -> ClientDefaults | None:
    client = session.scalar(select(Client).where(Client.no == client_no))
    if client is None:
        return None
    initials = _initials(session, [client.responsible_employee_id, client.handler_employee_id])
    return ClientDefaults(
        no=client.no,
        name=client.name,
        case_type=client.default_case_type_code,
        salary_code=client.salary_code,
        interest_code=client.interest_code,
        interest_rate_pct=client.interest_rate_pct,
        legal_department=client.legal_department,
        use_compensation_fee=client.use_compensation_fee,
        vat_registered=client.vat_registered,
        responsible_initials=initials.get(client.responsible_employee_id),
        handler_initials=initials.get(client.handler_employee_id),
    )


def _initials(session: Session, ids: list[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(select(Employee.id, Employee.initials).where(Employee.id.in_(wanted)))
    return dict(rows.all())


def case_types(session: Session, *, module: str = "INKASSO") -> list[CodeItem]:
    rows = session.scalars(
        select(CaseType).where(CaseType.module == module).order_by(CaseType.code)
    )
    return [CodeItem(c.code, c.description) for c in rows]


def interest_codes(session: Session) -> list[CodeItem]:
    rows = session.scalars(select(InterestCode).order_by(InterestCode.code))
    return [CodeItem(c.code, c.description) for c in rows]


def fee_codes(session: Session, *, level: str | None = None) -> list[CodeItem]:
    query = select(FeeCode).order_by(FeeCode.code)
    if level:
        query = query.where(FeeCode.level == level)
    return [CodeItem(c.code, c.description) for c in session.scalars(query)]


def employees(session: Session) -> list[CodeItem]:
    query = select(Employee).where(Employee.active.is_(True)).order_by(Employee.initials)
    return [CodeItem(e.initials, e.name) for e in session.scalars(query)]


def employee_functions(session: Session) -> list[CodeItem]:
    rows = session.scalars(select(EmployeeFunction).order_by(EmployeeFunction.code))
    return [CodeItem(f.code, f.description) for f in rows]


def court_districts(session: Session) -> list[CodeItem]:
    rows = session.scalars(select(CourtDistrict).order_by(CourtDistrict.name))
    return [CodeItem(c.code, c.name) for c in rows]


def postcode_info(session: Session, *, postcode: str, country: str = "DK") -> PostcodeInfo | None:
    area = session.get(PostcodeArea, (country, postcode.strip()))
    if area is None:
        return None
    court = (
        session.get(CourtDistrict, area.court_district_code) if area.court_district_code else None
    )
    return PostcodeInfo(
        postcode=area.postcode,
        city=area.city,
        municipality=area.municipality,
        court_district_code=area.court_district_code,
        court_district_name=court.name if court else None,
        bailiff_court_name=court.bailiff_court_name if court else None,
    )
