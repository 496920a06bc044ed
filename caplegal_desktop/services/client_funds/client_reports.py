"""The portal's Rapporter: a client orders a report once or on a schedule, and browses the
archive of its runs and their files. Everything is the client's own: a schedule made here is
always for the user's client, the archive lists only that client's runs, and a file of another
client's run answers exactly like one that does not exist. `caplegal scheduler run` (and the
portal server) runs these schedules like any other."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.client_funds import scheduler as scheduler
from caplegal_desktop.services.client_funds.client_view import funds_scope
from models import ReportFile, ReportRun, ReportSchedule
from workflows.client_funds.schedule import FREQUENCIES


@dataclass(frozen=True)
class ReportKind:
    report: str
    as_of: bool  # figures as they stood on one day (else: a period)
    has_detailed: bool


# The manual's kinds: statistics (collected), status, closed; general or detailed; and the
# client funds reports of issue 17.
KINDS = (
    ReportKind("collected", False, True),
    ReportKind("status", True, True),
    ReportKind("closed", False, False),
    ReportKind("client_funds_statement", False, False),
    ReportKind("settlement", False, False),
)
_BY_ID = {k.report: k for k in KINDS}
FILE_NOT_FOUND = "Fil {id} findes ikke i arkivet."
WHOLE_CLIENT_KINDS = {"client_funds_statement", "settlement"}  # money of the whole client
WHOLE_CLIENT_REPORT = (
    "Klientmiddelrapporter omfatter alle klientens afdelinger; vælg en af sagsrapporterne."
)


def _in_scope(departments: tuple[int, ...], ordered_for) -> bool:
    """A run or schedule a user may see: a whole-client user sees every one of the client's;
    a department user those ordered for their own departments (or some of them)."""
    ordered = tuple(ordered_for or ())
    if not departments:
        return True
    return bool(ordered) and set(ordered) <= set(departments)


def order_report(
    session: Session,
    *,
    report: str,
    frequency: str,
    user: str,
    today: date,
    detailed: bool = False,
    first_run: date | None = None,
    period_from: date | None = None,
    period_to: date | None = None,
) -> ReportSchedule:
    """A report for the acting user's client: once (for `period_from`..`period_to`; an as-of
    report as of `period_to`) or every week/month/quarter/year from `first_run`. The caller
    commits; a one-off or one due today is run at once with `run_now`."""
    client_id, departments = funds_scope(session)
    kind = _BY_ID.get(report)
    problems = []
    if kind is None:
        problems.append(Problem("rapport", "Vælg en rapport."))
    elif departments and report in WHOLE_CLIENT_KINDS:
        problems.append(Problem("rapport", WHOLE_CLIENT_REPORT))
    if frequency not in FREQUENCIES:
        problems.append(Problem("hyppighed", "Vælg engangskørsel eller en hyppighed."))
    options: dict = {"detailed": bool(detailed and kind and kind.has_detailed)}
    if departments:  # the scheduler runs it later for these departments' cases only
        options["department_ids"] = list(departments)
    if frequency == "once":
        if period_to is None:
            problems.append(Problem("til", "Angiv datoen eller periodens sidste dato."))
        if kind and not kind.as_of and period_from is None:
            problems.append(Problem("fra", "Angiv periodens første dato."))
        start = period_to if kind and kind.as_of else period_from
        if start and period_to and period_to < start:
            problems.append(Problem("til", "Periodens slutdato ligger før startdatoen."))
        if start and period_to:
            options.update(period_from=start.isoformat(), period_to=period_to.isoformat())
        first_run = today
    elif first_run is None or first_run < today:
        problems.append(Problem("første_kørsel", "Første kørsel skal være i dag eller senere."))
    if problems:
        raise ValidationError(problems)
    return scheduler.add_schedule(
        session, report=report, frequency=frequency, first_run=first_run, user=user,
        client_id=client_id, options=options,
    )  # fmt: skip


def run_now(session: Session, *, schedule_id: int, today: date, server: str, user: str):
    """Run the schedule's due date now if it is due (a one-off, or a first run today)."""
    return scheduler.run_one_due(
        session, today=today, server=server, user=user, schedule_id=schedule_id
    )


def client_archive(session: Session) -> list[dict]:
    """The client's archived runs with their files, newest first (a department user: the runs
    ordered for their departments)."""
    client_id, departments = funds_scope(session)
    return [
        run
        for run in scheduler.archive(session, client_id=client_id)
        if _in_scope(departments, run["parameters"].get("department_ids"))
    ]


@dataclass(frozen=True)
class ScheduleRow:
    id: int
    report: str
    frequency: str
    next_run: date | None
    detailed: bool


def client_schedules(session: Session) -> list[ScheduleRow]:
    """The client's schedules still to run (a department user: those for their departments)."""
    client_id, departments = funds_scope(session)
    rows = []
    for s in session.scalars(
        select(ReportSchedule)
        .where(
            ReportSchedule.client_id == client_id,
            ReportSchedule.active.is_(True),
            ReportSchedule.frequency != "once",
        )
        .order_by(ReportSchedule.next_run, ReportSchedule.id)
    ):
        options = json.loads(s.options or "{}")
        if _in_scope(departments, options.get("department_ids")):
            rows.append(ScheduleRow(s.id, s.report, s.frequency, s.next_run,
                                    bool(options.get("detailed"))))  # fmt: skip
    return rows


def archived_file(session: Session, file_id: int) -> tuple[str, str, bytes]:
    """(kind, name, content) of one archived file of the client's own runs (a department
    user: of the runs for their departments; any other answers as one that does not exist)."""
    client_id, departments = funds_scope(session)
    row = session.execute(
        select(ReportFile.kind, ReportFile.name, ReportFile.content, ReportRun.parameters)
        .join(ReportRun, ReportRun.id == ReportFile.run_id)
        .where(ReportFile.id == file_id, ReportRun.client_id == client_id)
    ).first()
    if row is None or not _in_scope(departments, json.loads(row[3] or "{}").get("department_ids")):
        raise NotFound(FILE_NOT_FOUND.format(id=file_id))
    return row[0], row[1], row[2]
