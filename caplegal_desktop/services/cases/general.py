"""The case's general fields, saved by two people at once without losing either's work: a save
names the version it read; if someone saved meanwhile, it is refused with who and when and
nothing is overwritten (docs/office.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.shared import history
from models import Case

EDITABLE = {"regarding": 200, "external_ref": 60, "team": 50, "narrative": None}
STALE = "Sagen er ændret af {who} kl. {at:%H:%M} — genindlæs."


@dataclass(frozen=True)
class CaseVersion:
    case_id: int
    version: int
    changed_by: str | None
    changed_at: datetime | None


def case_version(session: Session, *, case_id: int) -> CaseVersion:
    office.require_case(session, case_id)
    row = session.execute(
        select(Case.version, Case.changed_by, Case.changed_at).where(Case.id == case_id)
    ).first()
    if row is None:
        raise NotFound(f"Sag med id {case_id} findes ikke.")
    return CaseVersion(case_id, *row)


def save_case_general(
    session: Session, *, case_id: int, expected_version: int, changes: dict[str, str | None]
) -> CaseVersion:
    """Save the changed general fields if the case is still at `expected_version`."""
    actor = office.require_case(session, case_id, permission=office.CASE_WRITE)
    problems = [Problem(f, "Feltet kan ikke ændres her.") for f in changes if f not in EDITABLE]
    for field, value in changes.items():
        limit = EDITABLE.get(field)
        if limit and value and len(value) > limit:
            problems.append(Problem(field, f"Feltet er for langt (højst {limit} tegn)."))
    if problems:
        raise ValidationError(problems)
    who = actor.employee_initials or actor.login
    now = datetime.now().replace(microsecond=0)
    # one conditional UPDATE: of two seats saving the same version, exactly one wins
    saved = session.execute(
        update(Case)
        .where(Case.id == case_id, Case.version == expected_version)
        .values(**changes, version=Case.version + 1, changed_by=who, changed_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not saved:
        current = case_version(session, case_id=case_id)
        raise Conflict(STALE.format(who=current.changed_by or "?", at=current.changed_at or now))
    detail = ", ".join(f"{field}: {value or ''}" for field, value in changes.items())
    history.record(session, case_id=case_id, user=who, kind="change", action="Sag ændret",
                   detail=detail)  # fmt: skip
    session.flush()
    session.expire_all()
    return CaseVersion(case_id, expected_version + 1, who, now)
