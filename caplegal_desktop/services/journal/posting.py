"""Posting the collection journal (F9): post batch -> check every line -> post each line.

All lines of a batch or none, in the caller's one transaction. The batch row is locked (SELECT ...
FOR UPDATE on PostgreSQL; on SQLite the writing unit of work already holds the write lock), so a
second seat pressing F9 on the same batch waits, then finds the lines gone and gets a Conflict.
Preview runs the very same posting and rolls it back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.journal.batches import LINE_FIELDS, LineInput, with_default_template
from caplegal_desktop.services.journal.posting_check import (
    ENTRY_TYPE_NAMES,
    CheckContext,
    LineProblem,
    check_lines,
)
from caplegal_desktop.services.shared import ledger
from models import CaseHistory, JournalBatch, JournalLine
from models.enums import EntryType
from models.money import danish_kr

WRITE_CHUNK = 1000

Confirm = Callable[[str], bool]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EntryPreview:
    """One ledger entry the posting makes (or, in a preview, would make)."""

    line_no: int
    case_id: int
    case_no: str
    entry_type: str
    posting_date: date
    amount: Decimal
    description: str
    tariff_code: str | None = None
    reverses_entry_id: int | None = None


@dataclass(frozen=True)
class PostingResult:
    batch_name: str
    posted: bool  # False: a preview, or the user said no
    preview: bool
    entries: tuple[EntryPreview, ...]
    cases_touched: int

    @property
    def message(self) -> str:
        count = len(self.entries)
        entries = f"{count} post" if count == 1 else f"{count} poster"
        if self.preview:
            return f"Eksempel: {entries} ville blive bogført (intet er ændret)."
        if not self.posted:
            return "Bogføringen blev annulleret; intet er bogført."
        return f"Kladden {self.batch_name} er bogført: {entries}."


def post_batch(
    uow,
    *,
    batch_id: int,
    confirm: Confirm | None = None,
    preview: bool = False,
    expected_version: int | None = None,
    progress: Progress | None = None,
) -> PostingResult:
    """The thin entry behind F9: lock, check every line, ask, post each line, commit.

    `confirm` gets the Danish question and answers True to post (None: do not ask).
    `expected_version` is the batch version the user looked at; another version is a Conflict.
    """
    office.require(uow.session, office.JOURNAL_POST)
    session: Session = uow.session
    batch = _lock_batch(session, batch_id)
    if expected_version is not None and batch.version != expected_version:
        raise Conflict(
            f"Kladden {batch.name} er ændret af en anden, siden du åbnede den. Opdater og prøv igen."
        )
    numbered = _load_lines(session, batch_id)
    if not numbered:
        raise Conflict(_nothing_to_post(batch))
    ctx = CheckContext.load(session, [line for _, _, line in numbered])
    problems = check_lines(((no, line) for _, no, line in numbered), ctx)
    if problems:
        raise ValidationError([p.as_problem() for p in problems])
    if not preview and confirm is not None and not confirm(posting_question(batch, len(numbered))):
        return PostingResult(batch.name, False, False, (), 0)
    entries = post_lines(
        session,
        [(no, line) for _, no, line in numbered],
        ctx,
        user=uow.user,
        source=f"kladde {batch.name}",
        progress=progress,
    )
    _remove_posted_lines(session, [line_id for line_id, _, _ in numbered])
    batch.version += 1
    batch.last_posted_at = datetime.now().replace(microsecond=0)
    batch.last_posted_by = uow.user
    cases = len({e.case_id for e in entries})
    name = batch.name
    if preview:
        uow.rollback()
        return PostingResult(name, False, True, tuple(entries), cases)
    uow.commit()
    return PostingResult(name, True, False, tuple(entries), cases)


def preview_batch(uow, *, batch_id: int) -> PostingResult:
    return post_batch(uow, batch_id=batch_id, preview=True)


def check_batch(session: Session, *, batch_id: int) -> list[LineProblem]:
    """Check (the journal page's button): every problem of every line, nothing changed."""
    numbered = _load_lines(session, batch_id)
    ctx = CheckContext.load(session, [line for _, _, line in numbered])
    return check_lines(((no, line) for _, no, line in numbered), ctx)


def post_line_now(session: Session, *, line: LineInput, user: str, source: str) -> EntryPreview:
    """Post one line without a journal (setup: post payments at once); same check, same poster."""
    office.require(session, office.JOURNAL_POST)
    line = with_default_template(session, line)
    ctx = CheckContext.load(session, [line])
    problems = check_lines([(1, line)], ctx)
    if problems:
        raise ValidationError([Problem(p.field, p.message) for p in problems])
    return post_lines(session, [(1, line)], ctx, user=user, source=source)[0]


def posting_question(batch: JournalBatch, line_count: int) -> str:
    return f"Vil du bogføre {line_count} linje(r) i kladden {batch.name}?"


def post_lines(
    session: Session,
    numbered: Sequence[tuple[int, LineInput]],
    ctx: CheckContext,
    *,
    user: str,
    source: str,
    progress: Progress | None = None,
) -> list[EntryPreview]:
    """Post line: each checked line becomes its ledger entry, written through services.ledger."""
    with ledger.payments_gathered(session):
        previews = _post_each(session, numbered, ctx, user=user, progress=progress)
    _record_history(session, previews, user=user, source=source)
    return previews


def _post_each(
    session: Session,
    numbered: Sequence[tuple[int, LineInput]],
    ctx: CheckContext,
    *,
    user: str,
    progress: Progress | None,
) -> list[EntryPreview]:
    previews: list[EntryPreview] = []
    pending: list[dict] = []
    total = len(numbered)
    for line_no, line in numbered:
        entry = _entry_for(line, ctx, user)
        pending.append(entry)
        previews.append(
            EntryPreview(
                line_no,
                entry["case_id"],
                ctx.cases[entry["case_id"]][0],
                entry["entry_type"],
                entry["posting_date"],
                entry["amount"],
                entry["description"],
                entry.get("tariff_code"),
                entry.get("reverses_entry_id"),
            )
        )
        if len(pending) >= WRITE_CHUNK:
            _write(session, pending, len(previews), total, progress)
            pending = []
    _write(session, pending, len(previews), total, progress)
    return previews


def _entry_for(line: LineInput, ctx: CheckContext, user: str) -> dict:
    entry = {
        "case_id": line.case_id,
        "claim_id": line.claim_id,
        "debtor_party_id": line.debtor_party_id,
        "entry_type": line.entry_type,
        "posting_date": line.posting_date,
        "amount": line.amount,
        "tariff_code": line.tariff_code,
        "description": line.description.strip(),
        "allocation_targets": line.allocation_targets,
        "document_no": line.document_no,
        "external_ref": line.external_ref,
        "payment_type": line.payment_type,
        "fee_line_id": line.fee_line_id,
        "vat_amount": line.vat_amount or Decimal("0"),
        "user": user,
    }
    if line.entry_type == EntryType.REVERSAL:
        # A correction is an entry of the reversed type with the amount negated (models.ledger).
        original = ctx.reversible[line.reverses_entry_id]
        entry |= {
            "entry_type": original.entry_type,
            "amount": -original.amount,
            "tariff_code": original.tariff_code,
            "claim_id": line.claim_id or original.claim_id,
            "debtor_party_id": line.debtor_party_id or original.debtor_party_id,
            "reverses_entry_id": original.id,
        }
    return entry


def _write(session: Session, pending: list[dict], done: int, total: int, progress) -> None:
    if pending:
        ledger.post_entries(session, pending)
    if progress is not None:
        progress(done, total)


def _record_history(session: Session, previews: list[EntryPreview], *, user: str, source: str):
    """One history row per case touched: what was posted, by type."""
    by_case: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for p in previews:
        by_case[p.case_id][p.entry_type] += p.amount
    now = datetime.now().replace(microsecond=0)
    rows = [
        {
            "case_id": case_id,
            "at": now,
            "user": user,
            "kind": "change",
            "action": "Bogført fra "
            + source
            + ": "
            + ", ".join(f"{ENTRY_TYPE_NAMES.get(t, t)} {kr(a)}" for t, a in sorted(sums.items())),
        }
        for case_id, sums in by_case.items()
    ]
    if rows:
        session.execute(insert(CaseHistory.__table__), rows)


def _lock_batch(session: Session, batch_id: int) -> JournalBatch:
    batch = session.scalars(
        select(JournalBatch)
        .where(JournalBatch.id == batch_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if batch is None:
        raise NotFound("Kladden findes ikke.")
    return batch


def _load_lines(session: Session, batch_id: int) -> list[tuple[int, int, LineInput]]:
    columns = [getattr(JournalLine, name) for name in LINE_FIELDS]
    rows = session.execute(
        select(JournalLine.id, JournalLine.line_no, *columns)
        .where(JournalLine.batch_id == batch_id)
        .order_by(JournalLine.line_no, JournalLine.id)
    )
    return [(row[0], row[1], LineInput(*row[2:])) for row in rows]


def _remove_posted_lines(session: Session, line_ids: list[int]) -> None:
    for start in range(0, len(line_ids), WRITE_CHUNK):
        session.execute(
            delete(JournalLine).where(JournalLine.id.in_(line_ids[start : start + WRITE_CHUNK]))
        )


def _nothing_to_post(batch: JournalBatch) -> str:
    if batch.last_posted_at is not None:
        return (
            f"Der er intet at bogføre i kladden {batch.name}. Den blev bogført af "
            f"{batch.last_posted_by} {batch.last_posted_at:%d-%m-%Y kl. %H:%M}."
        )
    return f"Der er intet at bogføre i kladden {batch.name}."


kr = danish_kr  # Danish amount text for messages: 1.234,56 kr.
