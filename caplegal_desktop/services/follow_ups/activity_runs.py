"""The run log (Kørsel sagsopfølgning): runs, their items, and their letters for printing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from caplegal_desktop.services.follow_ups import letters
from models import ActivityRun, ActivityRunItem, Case
from workflows.mailmerge import merge_many
from workflows.private_files import private_folder

OUTCOME_TEXT = {
    "executed": "Udført",
    "reprinted": "Dannet igen",
    "skipped": "Sprunget over",
    "failed": "Fejlet",
}


@dataclass(frozen=True)
class RunRow:
    id: int
    started_at: object
    user: str
    as_of: date
    filter_text: str | None
    status: str
    total: int
    executed: int
    skipped: int
    failed: int
    letters: int
    fees_total: Decimal
    reexecutes_run_id: int | None


@dataclass(frozen=True)
class RunItemRow:
    id: int
    case_no: str
    outcome: str
    message: str | None
    letter_path: str | None
    fee_entry_id: int | None

    @property
    def outcome_text(self) -> str:
        return OUTCOME_TEXT.get(self.outcome, self.outcome)


def runs(session, *, limit: int = 200) -> list[RunRow]:
    """The run log (Kørsel sagsopfølgning), newest first."""
    rows = session.scalars(select(ActivityRun).order_by(ActivityRun.id.desc()).limit(limit))
    return [
        RunRow(
            r.id,
            r.started_at,
            r.user,
            r.as_of,
            r.filter_text,
            r.status,
            r.total,
            r.executed,
            r.skipped,
            r.failed,
            r.letters,
            r.fees_total,
            r.reexecutes_run_id,
        )
        for r in rows
    ]


def run_items(session, *, run_id: int) -> list[RunItemRow]:
    rows = session.execute(
        select(
            ActivityRunItem.id,
            Case.no,
            ActivityRunItem.outcome,
            ActivityRunItem.message,
            ActivityRunItem.letter_path,
            ActivityRunItem.fee_entry_id,
        )
        .join(Case, Case.id == ActivityRunItem.case_id)
        .where(ActivityRunItem.run_id == run_id)
        .order_by(ActivityRunItem.id)
    )
    return [RunItemRow(*row) for row in rows]


def run_letter_paths(session, *, run_id: int) -> list[Path]:
    """The run's letters one by one ("open in Word": the UI opens each with the OS program)."""
    return [
        Path(item.letter_path) for item in run_items(session, run_id=run_id) if item.letter_path
    ]


def combined_letters(session, *, run_id: int, out_dir: Path | None = None) -> list[Path]:
    """The run's letters as one document per template for printing (each letter from a new
    page), made with merge_many from the records stored at execution."""
    items = session.execute(
        select(ActivityRunItem.template_file, ActivityRunItem.merge_record)
        .where(ActivityRunItem.run_id == run_id, ActivityRunItem.merge_record.is_not(None))
        .order_by(ActivityRunItem.id)
    ).all()
    by_template: dict[str, list[dict]] = {}
    for template, record_json in items:
        by_template.setdefault(template, []).append(letters.record_from_json(record_json))
    folder = out_dir or (letters.letters_dir("_koersler"))
    private_folder(folder)
    paths = []
    for template, records in by_template.items():
        target = folder / f"koersel_{run_id}_{Path(template).stem}_samlet.docx"
        merge_many(letters.compiled_template(template), records).save(target)
        paths.append(target)
    return paths
