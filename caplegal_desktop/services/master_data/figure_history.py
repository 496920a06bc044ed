"""Changing a legal-figure row the one way the program allows: recorded, with who, when and why.

Every legal-figure setup row (reference rate, fee or salary amount, tariff amount, rate cap)
changes only through these functions. Each change appends rows to legal_figure_change (the old
and the new value of each field); nothing here updates or deletes a history row. A correction
of the figure drops the row's confirmation (it was given for the old value); a corrected source
alone keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.services import office
from models import LegalFigureChange

CREATED = "created"
CONFIRMED = "confirmed_by"
# fields whose change is not a correction of the figure itself
_NOT_CORRECTIONS = (CREATED, CONFIRMED, "confidence")
# what is said about a figure: changing it keeps a confirmation of the figure
_ABOUT_THE_FIGURE = ("source", "confidence")
# what a user-entered figure is marked until someone confirms it (see docs/legal-figures.md)
USER_ENTERED = "UNVERIFIED"


@dataclass(frozen=True)
class FigureChange:
    changed_at: datetime
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str | None


def now() -> datetime:
    return datetime.now()


def as_text(value: object) -> str | None:
    """The stored text of a value: 1.7500 -> '1.75', dates in ISO."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def record_created(session: Session, *, table: str, row, value: object, user: str) -> None:
    session.flush()  # the row's id
    _append(session, table, row.id, CREATED, None, as_text(value), user, now(), row.source)


def correct(
    session: Session,
    *,
    table: str,
    row,
    changes: Mapping[str, object],
    user: str,
    reason: str | None,
    confidence: str = USER_ENTERED,
) -> bool:
    """Set the changed fields of `row`, keeping each old value in the history. True if any
    field changed (an unchanged correction records nothing). A changed figure drops the row's
    confirmation; a changed source alone keeps it."""
    office.require(session, office.SETUP_WRITE)
    at = now()
    changed = []
    old_values = {field: getattr(row, field) for field in changes}
    for field, new in changes.items():
        old = getattr(row, field)
        if as_text(old) == as_text(new):
            continue
        _append(session, table, row.id, field, as_text(old), as_text(new), user, at, reason)
        setattr(row, field, new)
        changed.append(field)
    if not changed:
        return False
    office.record(
        session,
        login=office.current_actor(session).login,
        kind=office.AuditKind.SETUP_CHANGED,
        target=f"{table} {row.id}",
        detail={
            field: {"old": as_text(old_values[field]), "new": as_text(getattr(row, field))}
            for field in changed
        }
        | {"reason": reason},
    )
    if row.confidence != confidence:
        _append(session, table, row.id, "confidence", row.confidence, confidence, user, at, None)
        row.confidence = confidence
    figure_changed = any(field not in _ABOUT_THE_FIGURE for field in changed)
    if figure_changed and row.confirmed_at is not None:
        _append(session, table, row.id, CONFIRMED, row.confirmed_by, None, user, at, None)
        row.confirmed_by, row.confirmed_at = None, None
    session.flush()
    return True


def confirm(session: Session, *, table: str, row, user: str) -> None:
    """A user vouches for the figure as it is now."""
    office.require(session, office.SETUP_WRITE)
    at = now()
    _append(session, table, row.id, CONFIRMED, row.confirmed_by, user, user, at, None)
    row.confirmed_by, row.confirmed_at = user, at
    session.flush()


def history(session: Session, *, table: str, row_id: int) -> list[FigureChange]:
    rows = session.scalars(
        select(LegalFigureChange)
        .where(LegalFigureChange.table_name == table, LegalFigureChange.row_id == row_id)
        .order_by(LegalFigureChange.changed_at, LegalFigureChange.id)
    )
    return [
        FigureChange(r.changed_at, r.changed_by, r.field, r.old_value, r.new_value, r.reason)
        for r in rows
    ]


def correction_counts(session: Session, *, table: str, row_ids: Iterable[int]) -> dict[int, int]:
    """How many corrections each row has had (one correction may change several fields)."""
    ids = list(row_ids)
    if not ids:
        return {}
    counted = session.execute(
        select(LegalFigureChange.row_id, func.count(func.distinct(LegalFigureChange.changed_at)))
        .where(
            LegalFigureChange.table_name == table,
            LegalFigureChange.row_id.in_(ids),
            LegalFigureChange.field.not_in(_NOT_CORRECTIONS),
        )
        .group_by(LegalFigureChange.row_id)
    )
    return dict(counted.all())


def _append(session, table, row_id, field, old, new, user, at, reason) -> None:
    session.add(
        LegalFigureChange(
            table_name=table,
            row_id=row_id,
            field=field,
            old_value=old,
            new_value=new,
            changed_by=user,
            changed_at=at,
            reason=(reason or None) and reason[:300],
        )
    )
