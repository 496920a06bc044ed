"""Two seats, one record: every save names the version it read. `take_version` is one
conditional UPDATE (`WHERE version = expected`), so of two seats saving the same version exactly
one wins; the other gets Conflict with who and when ("Klienten er ændret af ABH kl. 10:42 —
genindlæs."). A save takes its version before it writes anything, so a refused one has written
nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound
from caplegal_desktop.services.office.actor import current_actor

STALE = "{what} er ændret af {who} kl. {at:%H:%M} — genindlæs."


@dataclass(frozen=True)
class RecordVersion:
    version: int
    changed_by: str | None
    changed_at: datetime | None


def editor(session: Session) -> str:
    """Who saves: the employee's initials, else the login."""
    actor = current_actor(session)
    return actor.employee_initials or actor.login


def version_of(session: Session, model, row_id: int) -> RecordVersion:
    row = session.execute(
        select(model.version, model.changed_by, model.changed_at).where(model.id == row_id)
    ).first()
    if row is None:
        raise NotFound(f"Posten (id {row_id}) findes ikke.")
    return RecordVersion(*row)


def take_version(
    session: Session, model, row_id: int, expected: int | None, *, what: str
) -> RecordVersion:
    """Move the record on one version for this save, or refuse it. `expected` None (a script,
    the CLI: nobody read a version) saves on whatever is there, still moving the version on so
    an open card elsewhere learns of it."""
    now = datetime.now().replace(microsecond=0)
    who = editor(session)
    where = [model.id == row_id]
    if expected is not None:
        where.append(model.version == expected)
    taken = session.execute(
        update(model)
        .where(*where)
        .values(version=model.version + 1, changed_by=who, changed_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not taken:
        current = version_of(session, model, row_id)
        raise Conflict(
            STALE.format(what=what, who=current.changed_by or "?", at=current.changed_at or now)
        )
    # the row's loaded copy learns its new version, so a view built from it shows the new one
    for obj in session.identity_map.values():
        if isinstance(obj, model) and obj.id == row_id:
            session.expire(obj, ["version", "changed_by", "changed_at"])
    return version_of(session, model, row_id)
