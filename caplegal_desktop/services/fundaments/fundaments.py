"""Fundament (judgment basis): Dan fundament, change, activate, reopen, close.

A case may have several fundaments, one per debtor; at most one is active per debtor on a case.
Activating a fundament while the debtor has another active one is refused unless the caller
says to replace it (the UI asks first), as with payment plans. Every change leaves a history row
on the case. Reading lives in fundament_queries, the field rules in fundament_rules.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.fundaments.queries import (
    FundamentDetail,
    FundamentRow,
    FundamentStatistics,
    active_fundament,
    active_fundament_nos,
    fundament_ids,
    fundament_rows,
    fundament_statistics,
    get_fundament,
    load_fundament,
    merge_court_no,
    merge_hearing_at,
)
from caplegal_desktop.services.fundaments.rules import (
    KIND_DA,
    STATUS_DA,
    FundamentInput,
    check,
    next_status,
    problems,
)
from caplegal_desktop.services.payment_plans import DebtorChoice, case_debtors
from caplegal_desktop.services.shared import history
from caplegal_desktop.services.shared.case_refs import case_id_by_no
from caplegal_desktop.services.shared.numbering import next_number
from models import Case, CourtDistrict, Fundament
from models.fundament import FundamentKind, FundamentStatus

NOT_A_DEBTOR_ERR = "Part {party_id} er ikke debitor på sagen."
NO_DEBTOR_ERR = "Sagen har ingen debitor at danne fundament for."
UNKNOWN_DISTRICT_ERR = "Retskreds {code} findes ikke."
ACTIVE_EXISTS_ERR = "Debitor har allerede et aktivt fundament på sagen ({nos}). Luk det, eller vælg at erstatte det."
SERIES = "FUNDAMENT"

_FIELD_NAMES_DA = {
    "kind": "fundamenttype",
    "fundament_date": "fundamentsdato",
    "court_no": "rettens nr.",
    "court_district_code": "retskreds",
    "hearing_at": "berammelse",
    "execution_deadline": "eksekutionsfrist",
    "awarded_costs": "tidl. tilkendte omkostninger",
    "previous_bailiff_fee": "tidl. fogedafgift",
    "note": "bemærkning",
}


@dataclass(frozen=True)
class FundamentChanged:
    """What a command changed: the fundament, its status, and fundaments it closed on the way."""

    fundament_id: int
    fundament_no: str
    case_id: int
    status: str
    closed_nos: tuple[str, ...] = ()


def new_fundament_input(session: Session, *, case_id: int) -> FundamentInput:
    """The defaults of Dan fundament: a judgment in the case's court district."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"Sagen (id {case_id}) findes ikke.")
    return FundamentInput(court_district_code=case.court_district_code)


def create_fundament(
    session: Session,
    *,
    case_id: int,
    debtor_party_id: int,
    data: FundamentInput,
    user: str,
    today: date,
) -> FundamentChanged:
    """Dan fundament: a draft for one debtor of the case, numbered from the FUNDAMENT series."""
    office.require(session, office.FUNDAMENTS_WRITE)
    if session.get(Case, case_id) is None:
        raise NotFound(f"Sagen (id {case_id}) findes ikke.")
    _require_debtor(session, case_id, debtor_party_id)
    data = _checked(session, data, today)
    fundament = Fundament(
        no=next_number(session, SERIES),
        case_id=case_id,
        debtor_party_id=debtor_party_id,
        status=FundamentStatus.DRAFT.value,
        created_at=_now(),
        created_by=user,
        **_values(data),
    )
    session.add(fundament)
    session.flush()
    _record(
        session,
        fundament,
        user,
        f"Fundament {fundament.no} oprettet (kladde)",
        f"{KIND_DA[FundamentKind(fundament.kind)]} af {fundament.fundament_date:%d-%m-%Y}",
    )
    return _changed(fundament)


def update_fundament(
    session: Session, *, fundament_no: str, data: FundamentInput, user: str, today: date
) -> FundamentChanged:
    """Change the General fields of a draft or reopened fundament."""
    office.require(session, office.FUNDAMENTS_WRITE)
    fundament = load_fundament(session, fundament_no, for_update=True)
    next_status(fundament.no, fundament.status, "edit")
    data = _checked(session, data, today)
    changes = []
    for name, value in _values(data).items():
        old = getattr(fundament, name)
        if old != value:
            changes.append(f"{_FIELD_NAMES_DA[name]}: {_text(name, old)} → {_text(name, value)}")
            setattr(fundament, name, value)
    if changes:
        session.flush()
        _record(session, fundament, user, f"Fundament {fundament.no} ændret", "; ".join(changes))
    return _changed(fundament)


def activate_fundament(
    session: Session,
    *,
    fundament_no: str,
    user: str,
    today: date,
    replace_active: bool = False,
) -> FundamentChanged:
    """Aktivér fundament. The debtor's other active fundament on the case is closed when
    `replace_active`, else the activation is refused (Conflict)."""
    office.require(session, office.FUNDAMENTS_WRITE)
    fundament = load_fundament(session, fundament_no, for_update=True)
    status = next_status(fundament.no, fundament.status, "activate")
    check(_input_of(fundament), today=today)
    others = active_fundament_nos(
        session,
        case_id=fundament.case_id,
        debtor_party_id=fundament.debtor_party_id,
        except_id=fundament.id,
    )
    if others and not replace_active:
        raise Conflict(ACTIVE_EXISTS_ERR.format(nos=", ".join(others)))
    for other_no in others:
        other = load_fundament(session, other_no, for_update=True)
        _close(session, other, user, f"Fundament {other.no} lukket, erstattet af {fundament.no}")
    fundament.status = status.value
    fundament.activated_at, fundament.activated_by = _now(), user
    fundament.closed_at = fundament.closed_by = None
    session.flush()
    _record(session, fundament, user, f"Fundament {fundament.no} aktiveret")
    return _changed(fundament, others)


def reopen_fundament(session: Session, *, fundament_no: str, user: str) -> FundamentChanged:
    """Genåbn fundament: an active or closed fundament may be changed again (then activated)."""
    office.require(session, office.FUNDAMENTS_WRITE)
    fundament = load_fundament(session, fundament_no, for_update=True)
    fundament.status = next_status(fundament.no, fundament.status, "reopen").value
    fundament.closed_at = fundament.closed_by = None
    session.flush()
    _record(session, fundament, user, f"Fundament {fundament.no} genåbnet")
    return _changed(fundament)


def close_fundament(session: Session, *, fundament_no: str, user: str) -> FundamentChanged:
    office.require(session, office.FUNDAMENTS_WRITE)
    fundament = load_fundament(session, fundament_no, for_update=True)
    _close(session, fundament, user, f"Fundament {fundament.no} lukket")
    session.flush()
    return _changed(fundament)


def _close(session: Session, fundament: Fundament, user: str, action: str) -> None:
    fundament.status = next_status(fundament.no, fundament.status, "close").value
    fundament.closed_at, fundament.closed_by = _now(), user
    _record(session, fundament, user, action)


def _checked(session: Session, data: FundamentInput, today: date) -> FundamentInput:
    """The input with text fields trimmed, or every problem at once."""
    court_no = (data.court_no or "").strip() or None
    note = (data.note or "").strip() or None
    district = (data.court_district_code or "").strip() or None
    data = FundamentInput(
        **{**_values(data), "court_no": court_no, "note": note, "court_district_code": district}
    )
    found = problems(data, today=today)
    if district and session.get(CourtDistrict, district) is None:
        found.append(Problem("retskreds", UNKNOWN_DISTRICT_ERR.format(code=district)))
    if found:
        raise ValidationError(found)
    return data


def _require_debtor(session: Session, case_id: int, party_id: int) -> None:
    debtors = [d.party_id for d in case_debtors(session, case_id=case_id)]
    if not debtors:
        raise ValidationError(Problem("debitor", NO_DEBTOR_ERR))
    if party_id not in debtors:
        raise ValidationError(Problem("debitor", NOT_A_DEBTOR_ERR.format(party_id=party_id)))


def _values(data: FundamentInput) -> dict:
    return {f.name: getattr(data, f.name) for f in fields(FundamentInput)}


def _input_of(fundament: Fundament) -> FundamentInput:
    return FundamentInput(**{f.name: getattr(fundament, f.name) for f in fields(FundamentInput)})


def _text(name: str, value) -> str:
    """A field's value as the history shows it."""
    if value is None or value == "":
        return "(tom)"
    if name == "kind":
        return KIND_DA[FundamentKind(value)]
    if isinstance(value, datetime):
        return f"{value:%d-%m-%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    return str(value)


def _record(
    session: Session, fundament: Fundament, user: str, action: str, detail: str | None = None
) -> None:
    history.record(
        session, case_id=fundament.case_id, user=user, kind="change", action=action, detail=detail
    )


def _changed(fundament: Fundament, closed=()) -> FundamentChanged:
    return FundamentChanged(
        fundament.id, fundament.no, fundament.case_id, fundament.status, tuple(closed)
    )


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


__all__ = [
    "DebtorChoice",
    "FundamentChanged",
    "FundamentDetail",
    "FundamentInput",
    "FundamentKind",
    "FundamentRow",
    "FundamentStatistics",
    "FundamentStatus",
    "KIND_DA",
    "STATUS_DA",
    "activate_fundament",
    "active_fundament",
    "active_fundament_nos",
    "case_debtors",
    "case_id_by_no",
    "close_fundament",
    "create_fundament",
    "fundament_ids",
    "fundament_rows",
    "fundament_statistics",
    "get_fundament",
    "merge_court_no",
    "merge_hearing_at",
    "new_fundament_input",
    "reopen_fundament",
    "update_fundament",
]
