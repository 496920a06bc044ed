"""Editing a case after creation, on its card: Sag vedr., the narrative (Sagsfremstilling, which
letters merge), optional field values, team, legal department, responsible and handler; parties
added to the case, a party's "Sag vedrørende", and a further court district with its bailiff's
court as contacts.

Every change leaves a case history row (who, when, old -> new). A refused change raises
ValidationError with Danish messages and changes nothing (the caller's unit of work is not
committed). Only fields the user changed are written: a field left as it was is not touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.shared import history
from caplegal_desktop.services.shared.numbering import next_number
from models import (
    Case,
    CaseParty,
    CourtDistrict,
    Employee,
    OptionalFieldDef,
    OptionalFieldValue,
    Party,
)
from models.enums import PartyType

_DATE = re.compile(r"^\d{2}-\d{2}-\d{4}$")
_AMOUNT = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$|^-?\d+(,\d{1,2})?$")


@dataclass(frozen=True)
class OptionalField:
    code: str
    label: str
    value_type: str  # text, date (dd-mm-åååå), amount (1.234,56)
    value: str | None


@dataclass
class CaseEdit:
    regarding: str | None = None
    narrative: str | None = None
    team: str | None = None
    legal_department: str | None = None
    responsible_initials: str | None = None
    handler_initials: str | None = None
    optional_values: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseEditValues:
    case_id: int
    case_no: str
    edit: CaseEdit
    optional_fields: tuple[OptionalField, ...]
    version: int = 0  # the save names it: a case changed meanwhile is refused (docs/office.md)


@dataclass(frozen=True)
class CaseEdited:
    """What changed: the case and how many history rows the change wrote."""

    case_id: int
    history_rows: int


LABELS = {
    "regarding": "Sag vedr.",
    "narrative": "Sagsfremstilling",
    "team": "Team",
    "legal_department": "Juridisk afdeling",
    "responsible_initials": "Ansvarlig",
    "handler_initials": "Sagsbehandler",
}


def _case(session: Session, case_id: int, *, write: bool = False) -> Case:
    office.require_case(
        session, case_id, permission=office.CASE_WRITE if write else office.CASE_READ
    )
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"Sag med id {case_id} findes ikke.")
    return case


def _initials(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Employee.id, Employee.initials)).all())


def case_edit_values(session: Session, *, case_id: int) -> CaseEditValues:
    case = _case(session, case_id)
    initials = _initials(session)
    values = dict(
        session.execute(
            select(OptionalFieldValue.field_code, OptionalFieldValue.value).where(
                OptionalFieldValue.case_id == case_id
            )
        ).all()
    )
    defs = session.scalars(select(OptionalFieldDef).order_by(OptionalFieldDef.label))
    return CaseEditValues(
        case_id=case.id,
        case_no=case.no,
        version=case.version,
        edit=CaseEdit(
            regarding=case.regarding,
            narrative=case.narrative,
            team=case.team,
            legal_department=case.legal_department,
            responsible_initials=initials.get(case.responsible_employee_id),
            handler_initials=initials.get(case.handler_employee_id),
            optional_values={d.code: values.get(d.code) for d in defs},
        ),
        optional_fields=tuple(
            OptionalField(d.code, d.label, d.value_type, values.get(d.code))
            for d in session.scalars(select(OptionalFieldDef).order_by(OptionalFieldDef.label))
        ),
    )


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _shown(text: str | None) -> str:
    text = (text or "").replace("\n", " ").strip()
    return f"{text[:117]}..." if len(text) > 120 else (text or "(tom)")


def edit_case(
    session: Session,
    *,
    case_id: int,
    edit: CaseEdit,
    user: str,
    expected_version: int | None = None,
) -> CaseEdited:
    """Save the card's edits; one history row per changed field (old -> new). The save names
    the case version the card read: if another seat saved meanwhile it is refused with who and
    when, and nothing is written."""
    case = _case(session, case_id, write=True)
    before = case_edit_values(session, case_id=case_id)
    employees = {v: k for k, v in _initials(session).items()}
    defs = {d.code: d for d in session.scalars(select(OptionalFieldDef))}
    after = CaseEdit(
        regarding=_clean(edit.regarding),
        narrative=(edit.narrative or "").strip() or None,
        team=_clean(edit.team),
        legal_department=_clean(edit.legal_department),
        responsible_initials=(_clean(edit.responsible_initials) or "").upper() or None,
        handler_initials=(_clean(edit.handler_initials) or "").upper() or None,
        optional_values={k: _clean(v) for k, v in edit.optional_values.items()},
    )
    problems = []
    for key in ("responsible_initials", "handler_initials"):
        initials = getattr(after, key)
        if initials and initials not in employees:
            problems.append(
                Problem(
                    f"sag.{'ansvarlig' if key == 'responsible_initials' else 'behandler'}",
                    f"Der findes ingen medarbejder med initialerne {initials}.",
                )
            )
    for key, limit in (("regarding", 250), ("team", 50), ("legal_department", 50)):
        value = getattr(after, key)
        if value and len(value) > limit:
            problems.append(Problem(f"sag.{key}", f"{LABELS[key]} må højst være {limit} tegn."))
    for code, value in after.optional_values.items():
        definition = defs.get(code)
        if definition is None:
            problems.append(Problem(f"sag.{code}", f"Det valgfrie felt {code} findes ikke."))
        elif value and definition.value_type == "date" and not _is_date(value):
            problems.append(
                Problem(f"sag.{code}", f"{definition.label}: skriv datoen som dd-mm-åååå.")
            )
        elif value and definition.value_type == "amount" and not _AMOUNT.match(value):
            problems.append(
                Problem(f"sag.{code}", f"{definition.label}: skriv beløbet som fx 1.234,56.")
            )
    if problems:
        raise ValidationError(problems)
    office.take_version(session, Case, case_id, expected_version, what="Sagen")

    rows = 0
    for key, label in LABELS.items():
        old, new = getattr(before.edit, key), getattr(after, key)
        if old == new:
            continue
        history.record(
            session, case_id=case_id, user=user, kind="change",
            action=f"{label} ændret", detail=f"{_shown(old)} -> {_shown(new)}",
        )  # fmt: skip
        rows += 1
    case.regarding, case.narrative = after.regarding, after.narrative
    case.team, case.legal_department = after.team, after.legal_department
    case.responsible_employee_id = employees.get(after.responsible_initials)
    case.handler_employee_id = employees.get(after.handler_initials)
    for code, new in after.optional_values.items():
        old = before.edit.optional_values.get(code)
        if old == new:
            continue
        row = session.scalar(
            select(OptionalFieldValue).where(
                OptionalFieldValue.case_id == case_id, OptionalFieldValue.field_code == code
            )
        )
        if row is None:
            session.add(OptionalFieldValue(case_id=case_id, field_code=code, value=new))
        else:
            row.value = new
        history.record(
            session, case_id=case_id, user=user, kind="change",
            action=f"Valgfrit felt {defs[code].label} ændret",
            detail=f"{_shown(old)} -> {_shown(new)}",
        )  # fmt: skip
        rows += 1
    session.flush()
    return CaseEdited(case_id, rows)


def _is_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        datetime.strptime(text, "%d-%m-%Y")
    except ValueError:
        return False
    return True


# --- parties ------------------------------------------------------------------------------------
def add_party(
    session: Session,
    *,
    case_id: int,
    party_no: str,
    party_type: str,
    user: str,
    regarding_party: str | None = None,
) -> CaseEdited:
    """Put an existing party on the case with a party type (a second debtor, a lawyer, ...)."""
    _case(session, case_id, write=True)
    if party_type not in {t.value for t in PartyType}:
        raise ValidationError(Problem("sag.parttype", f"Parttypen {party_type} findes ikke."))
    party = session.scalar(select(Party).where(Party.no == (party_no or "").strip().upper()))
    if party is None:
        raise ValidationError(Problem("sag.part", f"Part {party_no} findes ikke."))
    _attach(session, case_id, party, party_type, _clean(regarding_party), user)
    session.flush()
    return CaseEdited(case_id, 1)


def _attach(session, case_id: int, party: Party, party_type: str, regarding, user: str) -> None:
    row = session.scalar(
        select(CaseParty).where(
            CaseParty.case_id == case_id,
            CaseParty.party_id == party.id,
            CaseParty.party_type == party_type,
        )
    )
    if row is not None and not row.removed:
        raise ValidationError(
            Problem("sag.part", f"{party.name} ({party.no}) er allerede på sagen som {party_type}.")
        )
    if row is None:
        session.add(
            CaseParty(
                case_id=case_id,
                party_id=party.id,
                party_type=party_type,
                regarding_party=regarding,
            )
        )
    else:  # removed earlier: it comes back (the unique key allows one row per type)
        row.removed, row.regarding_party = False, regarding
    history.record(
        session, case_id=case_id, user=user, kind="change",
        action="Part tilføjet", detail=f"{party.no} {party.name} ({party_type})",
    )  # fmt: skip


def change_party_regarding(
    session: Session,
    *,
    case_id: int,
    party_id: int,
    party_type: str,
    regarding_party: str | None,
    user: str,
) -> CaseEdited:
    _case(session, case_id, write=True)
    row = session.scalar(
        select(CaseParty).where(
            CaseParty.case_id == case_id,
            CaseParty.party_id == party_id,
            CaseParty.party_type == party_type,
            CaseParty.removed.is_(False),
        )
    )
    if row is None:
        raise NotFound("Parten findes ikke på sagen.")
    new = _clean(regarding_party)
    if new == row.regarding_party:
        return CaseEdited(case_id, 0)
    party = session.get(Party, party_id)
    history.record(
        session, case_id=case_id, user=user, kind="change",
        action=f"Sag vedrørende ændret for {party.no} {party.name}",
        detail=f"{_shown(row.regarding_party)} -> {_shown(new)}",
    )  # fmt: skip
    row.regarding_party = new
    session.flush()
    return CaseEdited(case_id, 1)


def add_court_contacts(
    session: Session, *, case_id: int, court_district_code: str, user: str
) -> CaseEdited:
    """A further court district (RETSKREDS) and its bailiff's court (FOGEDRET) as contacts of the
    case, as the manual shows; each gets a party card of its own the first time it is used."""
    case = _case(session, case_id, write=True)
    code = (court_district_code or "").strip().upper()
    court = session.get(CourtDistrict, code)
    if court is None:
        raise ValidationError(Problem("sag.retskreds", f"Retskredsen {code} findes ikke."))
    if code == case.court_district_code:
        raise ValidationError(
            Problem("sag.retskreds", f"Retskredsen {code} er allerede sagens retskreds.")
        )
    for party_type, name in (
        (PartyType.COURT_DISTRICT, court.name),
        (PartyType.BAILIFF_COURT, court.bailiff_court_name),
    ):
        party = _court_party(session, court, party_type, name)
        _attach(session, case_id, party, party_type, None, user)
    session.flush()
    return CaseEdited(case_id, 2)


def _court_party(session: Session, court: CourtDistrict, party_type: str, name: str) -> Party:
    party = session.scalar(
        select(Party).where(
            Party.party_type == party_type,
            Party.name == name,
            Party.court_district_code == court.code,
        )
    )
    if party is None:
        party = Party(
            no=next_number(session, "PART"),
            kind="business",
            party_type=party_type,
            name=name,
            address=court.address,
            postcode=court.postcode,
            city=court.city,
            court_district_code=court.code,
        )
        session.add(party)
        session.flush()
    return party
