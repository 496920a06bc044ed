"""The collection journal (inkassokladde): batches and their draft lines.

Lines are drafts: anything may be missing until Check (services.posting.check_batch) says so.
Every change to a batch's lines bumps the batch's version, so posting what a seat saw can tell
when another seat changed the batch in the meantime.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from models import Case, Employee, JournalBatch, JournalLine, PostingTemplate
from models.journal import STANDARD_BATCH


@dataclass(frozen=True)
class LineInput:
    """What a user (or an importer) puts on a journal line. Everything is optional until Check."""

    posting_date: date | None = None
    case_id: int | None = None
    claim_id: int | None = None
    debtor_party_id: int | None = None
    entry_type: str | None = None
    tariff_code: str | None = None
    posting_template: str | None = None
    description: str | None = None
    amount: Decimal | None = None
    allocation_targets: str | None = None
    payment_type: str | None = None
    reverses_entry_id: int | None = None
    document_no: str | None = None
    external_ref: str | None = None
    payment_import_id: int | None = None
    fee_line_id: int | None = None  # fee and salary lines: the fee line the entry posts
    vat_amount: Decimal | None = None


LINE_FIELDS = tuple(f.name for f in fields(LineInput))


@dataclass(frozen=True)
class BatchSummary:
    id: int
    name: str
    description: str
    line_count: int
    total: Decimal
    version: int


@dataclass(frozen=True)
class JournalLineRow:
    id: int
    line_no: int
    case_no: str | None
    values: LineInput


@dataclass(frozen=True)
class JournalChanged:
    """What changed: the batch (and its new version) and the line touched, if one."""

    batch_id: int
    version: int
    line_id: int | None = None
    line_count: int = 0


def standard_batch(session: Session) -> JournalBatch:
    return batch_by_name(session, STANDARD_BATCH)


def batch_by_name(session: Session, name: str) -> JournalBatch:
    batch = session.scalars(select(JournalBatch).where(JournalBatch.name == name)).one_or_none()
    if batch is None:
        raise NotFound(f"Kladden {name} findes ikke.")
    return batch


def batch_for_employee(session: Session, employee_id: int | None) -> JournalBatch:
    """The employee's own batch (named by initials), made on first use; STANDARD without one."""
    if employee_id is None:
        return standard_batch(session)
    employee = session.get(Employee, employee_id)
    if employee is None:
        return standard_batch(session)
    name = employee.initials.upper()
    found = session.scalars(select(JournalBatch).where(JournalBatch.name == name)).one_or_none()
    if found is not None:
        return found
    try:
        with session.begin_nested():
            batch = JournalBatch(
                name=name, description=f"Kladde for {employee.name}", employee_id=employee.id
            )
            session.add(batch)
        return batch
    except IntegrityError:  # another seat made it a moment ago
        return batch_by_name(session, name)


def batch_for_case(session: Session, case_id: int) -> JournalBatch:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("Sagen findes ikke.")
    return batch_for_employee(session, case.responsible_employee_id or case.handler_employee_id)


def list_batches(session: Session) -> list[BatchSummary]:
    counts = (
        select(
            JournalLine.batch_id,
            func.count().label("n"),
            func.coalesce(func.sum(JournalLine.amount), 0).label("total"),
        )
        .group_by(JournalLine.batch_id)
        .subquery()
    )
    rows = session.execute(
        select(JournalBatch, counts.c.n, counts.c.total)
        .outerjoin(counts, counts.c.batch_id == JournalBatch.id)
        .order_by(JournalBatch.name != STANDARD_BATCH, JournalBatch.name)
    ).all()
    return [
        BatchSummary(b.id, b.name, b.description, n or 0, Decimal(total or 0), b.version)
        for b, n, total in rows
    ]


def list_lines(session: Session, *, batch_id: int) -> list[JournalLineRow]:
    rows = session.execute(
        select(JournalLine, Case.no)
        .outerjoin(Case, Case.id == JournalLine.case_id)
        .where(JournalLine.batch_id == batch_id)
        .order_by(JournalLine.line_no, JournalLine.id)
    ).all()
    return [
        JournalLineRow(line.id, line.line_no, case_no, line_values(line)) for line, case_no in rows
    ]


def line_values(line: JournalLine) -> LineInput:
    return LineInput(**{name: getattr(line, name) for name in LINE_FIELDS})


def add_lines(
    session: Session, *, batch_id: int, lines: Sequence[LineInput], user: str
) -> JournalChanged:
    """Add lines at the end of the batch, in one statement (imports add thousands)."""
    version = _bump_version(session, batch_id)
    last = session.scalar(
        select(func.coalesce(func.max(JournalLine.line_no), 0)).where(
            JournalLine.batch_id == batch_id
        )
    )
    templates = _default_templates(session)
    now = datetime.now().replace(microsecond=0)
    rows = [
        _row(line, templates)
        | {
            "batch_id": batch_id,
            "line_no": last + (i + 1) * 10,
            "created_at": now,
            "created_by": user,
        }
        for i, line in enumerate(lines)
    ]
    if rows:
        session.execute(insert(JournalLine.__table__), rows)
    return JournalChanged(batch_id, version, None, len(rows))


def add_line(session: Session, *, batch_id: int, line: LineInput, user: str) -> JournalChanged:
    changed = add_lines(session, batch_id=batch_id, lines=[line], user=user)
    line_id = session.scalar(
        select(func.max(JournalLine.id)).where(JournalLine.batch_id == batch_id)
    )
    return JournalChanged(batch_id, changed.version, line_id, 1)


def update_line(session: Session, *, line_id: int, changes: dict, user: str) -> JournalChanged:
    unknown = set(changes) - set(LINE_FIELDS)
    if unknown:
        raise ValidationError([Problem(name, "Feltet kan ikke ændres her.") for name in unknown])
    line = _line(session, line_id)
    for name, value in changes.items():
        setattr(line, name, value)
    if "entry_type" in changes and "posting_template" not in changes:
        line.posting_template = _default_templates(session).get(line.entry_type)
    version = _bump_version(session, line.batch_id)
    return JournalChanged(line.batch_id, version, line.id, 1)


def delete_line(session: Session, *, line_id: int) -> JournalChanged:
    """Ctrl+Del: the line leaves the journal (it was never posted, so nothing else changes)."""
    line = _line(session, line_id)
    batch_id = line.batch_id
    session.delete(line)
    version = _bump_version(session, batch_id)
    return JournalChanged(batch_id, version, line_id, 1)


def _line(session: Session, line_id: int) -> JournalLine:
    line = session.get(JournalLine, line_id)
    if line is None:
        raise NotFound("Kladdelinjen findes ikke længere (den kan være bogført eller slettet).")
    return line


def _bump_version(session: Session, batch_id: int) -> int:
    """UPDATE first: it takes the batch row's lock, so adding and posting never interleave."""
    version = session.execute(
        update(JournalBatch)
        .where(JournalBatch.id == batch_id)
        .values(version=JournalBatch.version + 1)
        .returning(JournalBatch.version)
    ).scalar_one_or_none()
    if version is None:
        raise NotFound("Kladden findes ikke.")
    return version


def with_default_template(session: Session, line: LineInput) -> LineInput:
    """The line as add_line would store it: the entry type's template when none is given."""
    return LineInput(**_row(line, _default_templates(session)))


def _default_templates(session: Session) -> dict[str, str]:
    """The first posting template per entry type: a line's template when none is given."""
    found: dict[str, str] = {}
    for template in session.scalars(select(PostingTemplate).order_by(PostingTemplate.code)):
        if template.entry_type:
            found.setdefault(template.entry_type, template.code)
    return found


def _row(line: LineInput, templates: dict[str, str]) -> dict:
    row = {name: getattr(line, name) for name in LINE_FIELDS}
    if row["posting_template"] is None and row["entry_type"]:
        row["posting_template"] = templates.get(row["entry_type"])
    return row
