"""The history of the client and party cards: one row per changed field, old -> new.

`note_changes` compares what the card held with what is saved and writes a row for every
field that differs, in the words the card shows; `card_history` reads them back, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import RecordChange


@dataclass(frozen=True)
class CardChange:
    at: datetime
    user: str
    field: str
    old_value: str | None
    new_value: str | None


def shown(value: object) -> str | None:
    """A value as the history shows it: Ja/Nej, Danish decimals, empty as None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", ",")
    return str(value)[:500]


def note_changes(
    session: Session,
    *,
    kind: str,
    record_id: int,
    user: str,
    pairs: list[tuple[str, object, object]],
) -> int:
    """A history row for each (field label, old, new) whose shown value differs; their count."""
    at = datetime.now().replace(microsecond=0)
    written = 0
    for label, old, new in pairs:
        before, after = shown(old), shown(new)
        if before == after:
            continue
        session.add(
            RecordChange(
                record_kind=kind,
                record_id=record_id,
                field=label,
                old_value=before,
                new_value=after,
                changed_by=user,
                changed_at=at,
            )
        )
        written += 1
    return written


def card_history(session: Session, *, kind: str, record_id: int) -> list[CardChange]:
    rows = session.scalars(
        select(RecordChange)
        .where(RecordChange.record_kind == kind, RecordChange.record_id == record_id)
        .order_by(RecordChange.changed_at.desc(), RecordChange.id.desc())
    )
    return [CardChange(r.changed_at, r.changed_by, r.field, r.old_value, r.new_value) for r in rows]
