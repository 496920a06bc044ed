"""Rediger liste behind Gæld i alt: the texts of a case's posted entries may be corrected.

Only the description changes (the database refuses an update of any other column of a posted
entry); the old text is kept in the case history (who, when, old -> new).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.shared import history
from models import LedgerEntry

MAX_TEXT = 250


@dataclass(frozen=True)
class EntryText:
    entry_id: int
    posting_date: date
    entry_type: str
    amount: Decimal
    description: str


@dataclass(frozen=True)
class TextsCorrected:
    case_id: int
    corrected: int


def entry_texts(session: Session, *, case_id: int) -> list[EntryText]:
    rows = session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.case_id == case_id)
        .order_by(LedgerEntry.posting_date, LedgerEntry.id)
    )
    return [EntryText(e.id, e.posting_date, e.entry_type, e.amount, e.description) for e in rows]


def correct_entry_texts(
    session: Session, *, case_id: int, texts: dict[int, str], user: str
) -> TextsCorrected:
    """{entry id: new text}: each changed text is written and its old text kept in history."""
    entries = {
        e.id: e
        for e in session.scalars(
            select(LedgerEntry).where(
                LedgerEntry.case_id == case_id, LedgerEntry.id.in_(list(texts))
            )
        )
    }
    problems = []
    for entry_id, text in texts.items():
        if entry_id not in entries:
            raise NotFound(f"Posten {entry_id} findes ikke på sagen.")
        clean = (text or "").strip()
        if not clean:
            problems.append(Problem(f"post.{entry_id}", f"Post {entry_id}: teksten skal udfyldes."))
        elif len(clean) > MAX_TEXT:
            problems.append(Problem(f"post.{entry_id}", f"Post {entry_id}: højst {MAX_TEXT} tegn."))
    if problems:
        raise ValidationError(problems)
    corrected = 0
    for entry_id, text in texts.items():
        entry, clean = entries[entry_id], text.strip()
        if clean == entry.description:
            continue
        history.record(
            session, case_id=case_id, user=user, kind="change",
            action=f"Posteringstekst rettet (post {entry_id}, {entry.posting_date:%d-%m-%Y})",
            detail=f"{entry.description} -> {clean}",
        )  # fmt: skip
        entry.description = clean
        corrected += 1
    session.flush()
    return TextsCorrected(case_id, corrected)
