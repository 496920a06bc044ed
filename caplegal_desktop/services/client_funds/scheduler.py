"""Scheduled reports and the archive: `run_one_due` claims one due run (a schedule and a due
date), makes its files (PDF, HTML, Excel) and archives them with the parameters; the caller
commits. Missed due dates are caught up oldest first. Two servers never run the same due date:
the schedule row is locked (FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite's writers queue behind
BEGIN IMMEDIATE) and the run's (schedule, due date) key is unique."""

from __future__ import annotations

import io
import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from models import (
    Client,
    ClientFundsEntry,
    CompanySetup,
    ReportFile,
    ReportRun,
    ReportSchedule,
    Settlement,
)
from workflows.bundle import templates_dir
from workflows.client_funds.schedule import FREQUENCIES, next_due, period_of

REPORTS = {
    "client_funds_statement": "Klientmiddelsopgørelse",
    "settlement": "Afregninger",
    # the desktop's report catalogue (services.reports), for the portal's "Ny rapport"
    "status": "Statusrapport",
    "closed": "Lukkede sager",
    "collected": "Inddrevne beløb",
}
DESK_REPORTS = ("status", "closed", "collected")
TEMPLATES = templates_dir("client_funds")


def add_schedule(
    session: Session, *, report: str, frequency: str, first_run: date, user: str,
    client_no: str | None = None, client_id: int | None = None, options: dict | None = None,
) -> ReportSchedule:  # fmt: skip
    """A schedule; `options` are the portal's choices (detailed, a one-off run's own period)."""
    problems = []
    if report not in REPORTS:
        problems.append(Problem("rapport", f"Ukendt rapport; brug {', '.join(REPORTS)}."))
    if frequency not in FREQUENCIES:
        problems.append(Problem("hyppighed", f"Brug {', '.join(FREQUENCIES)}."))
    if client_no is not None:
        client_id = session.scalar(select(Client.id).where(Client.no == client_no))
        if client_id is None:
            problems.append(Problem("klient", f"Klient {client_no} findes ikke."))
    if problems:
        raise ValidationError(problems)
    schedule = ReportSchedule(
        report=report, client_id=client_id, frequency=frequency, first_run=first_run,
        next_run=first_run, active=True, created_at=datetime.now().replace(microsecond=0),
        created_by=user, options=json.dumps(options) if options else None,
    )  # fmt: skip
    session.add(schedule)
    session.flush()
    return schedule


@dataclass(frozen=True)
class RunDone:
    run_id: int
    schedule_id: int
    report: str
    due_date: date
    files: tuple[str, ...]


def run_one_due(
    session: Session, *, today: date, server: str, user: str, schedule_id: int | None = None
) -> RunDone | None:
    """Claim and run the oldest due run (of one schedule, if given); None when nothing is due
    (or others hold it)."""
    query = select(ReportSchedule).where(
        ReportSchedule.active.is_(True), ReportSchedule.next_run <= today
    )
    if schedule_id is not None:
        query = query.where(ReportSchedule.id == schedule_id)
    schedule = session.scalars(
        query.order_by(ReportSchedule.next_run, ReportSchedule.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    ).first()
    if schedule is None:
        return None
    due = schedule.next_run
    options = json.loads(schedule.options) if schedule.options else {}
    first, last = period_of(due, schedule.frequency, first_run=schedule.first_run)
    if options.get("period_from") and options.get("period_to"):  # a one-off run's own period
        first = date.fromisoformat(options["period_from"])
        last = date.fromisoformat(options["period_to"])
    params = {"report": schedule.report, "client_id": schedule.client_id,
              "period_from": first.isoformat(), "period_to": last.isoformat(),
              "frequency": schedule.frequency, "due_date": due.isoformat(),
              "detailed": bool(options.get("detailed"))}  # fmt: skip
    if options.get("department_ids"):  # ordered by a user limited to these departments
        params["department_ids"] = list(options["department_ids"])
    run = ReportRun(
        schedule_id=schedule.id, report=schedule.report, client_id=schedule.client_id,
        due_date=due, period_from=first, period_to=last, parameters=json.dumps(params),
        run_at=datetime.now().replace(microsecond=0), run_by=f"{user}@{server}"[:100],
    )  # fmt: skip
    session.add(run)
    session.flush()  # the unique (schedule, due date) key: a second server fails here
    files = _make_files(session, run)
    for kind, name, content in files:
        session.add(ReportFile(run_id=run.id, kind=kind, name=name, content=content))
    after = next_due(due, schedule.frequency, first_run=schedule.first_run)
    schedule.next_run = after
    if after is None:
        schedule.active = False
    session.flush()
    return RunDone(run.id, schedule.id, schedule.report, due, tuple(n for _, n, _ in files))


def archive(session: Session, *, client_id: int | None = None) -> list[dict]:
    """Every archived run, newest first; with a client only that client's (the portal)."""
    query = select(ReportRun).order_by(ReportRun.id.desc())
    if client_id is not None:
        query = query.where(ReportRun.client_id == client_id)
    out = []
    for run in session.scalars(query):
        names = list(session.execute(
            select(ReportFile.id, ReportFile.kind, ReportFile.name)
            .where(ReportFile.run_id == run.id).order_by(ReportFile.id)
        ))  # fmt: skip
        out.append({"run_id": run.id, "report": run.report, "due_date": run.due_date.isoformat(),
                    "parameters": json.loads(run.parameters), "run_by": run.run_by,
                    "files": [{"id": i, "kind": k, "name": n} for i, k, n in names]})  # fmt: skip
    return out


def archived_run_file(session: Session, file_id: int) -> tuple[str, bytes]:
    """(name, content) of one archived file (the desk: every client's)."""
    found = session.get(ReportFile, file_id)
    if found is None:
        raise NotFound(f"Arkivfil {file_id} findes ikke.")
    return found.name, found.content


def _money(amount) -> str:
    return format_decimal(Decimal(str(amount)), format="#,##0.00", locale="da_DK")


def _make_files(session: Session, run: ReportRun) -> list[tuple[str, str, bytes]]:
    if run.report in DESK_REPORTS:
        return _desk_report_files(session, run)
    columns, rows, totals = (
        _funds_statement(session, run) if run.report == "client_funds_statement"
        else _settlements(session, run)
    )  # fmt: skip
    title = REPORTS[run.report]
    company = session.scalars(select(CompanySetup)).one()
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape())
    html = env.get_template("report.html.j2").render(
        title=title, firm=company.company_name, columns=columns, rows=rows, totals=totals,
        period=f"{run.period_from:%d-%m-%Y} – {run.period_to:%d-%m-%Y}",
        run_at=f"{run.run_at:%d-%m-%Y %H:%M}",
    )  # fmt: skip
    from workflows.statement.render import html_to_pdf

    stem = f"{run.report}-{run.due_date.isoformat()}-{run.id}"
    return [("html", f"{stem}.html", html.encode()), ("pdf", f"{stem}.pdf", html_to_pdf(html)),
            ("xlsx", f"{stem}.xlsx", _xlsx(title, columns, rows, totals))]  # fmt: skip


def _desk_report_files(session: Session, run: ReportRun) -> list[tuple[str, str, bytes]]:
    """A report of the desktop's catalogue, for the run's client and period (as of its end)."""
    import tempfile
    from pathlib import Path

    from caplegal_desktop.services.reports import export_report, run_report
    from workflows.reports import REPORTS as DESK
    from workflows.reports import ReportParams
    from workflows.reports.export import report_html
    from workflows.reports.model import PeriodKind

    params = json.loads(run.parameters)
    client_no = session.scalar(select(Client.no).where(Client.id == run.client_id))
    as_of = DESK[run.report].period_kind is PeriodKind.AS_OF
    with _as_the_orderer(session, run, params.get("department_ids")):
        result = run_report(session, report_id=run.report, params=ReportParams(
            as_of=run.period_to if as_of else None,
            period_from=None if as_of else run.period_from,
            period_to=None if as_of else run.period_to,
            client_no=client_no,
            detailed=bool(params.get("detailed")) and DESK[run.report].has_detailed,
        ))  # fmt: skip
    firm = session.scalars(select(CompanySetup)).one().company_name or ""
    printed = run.run_at.date()
    stem = f"{run.report}-{run.due_date.isoformat()}-{run.id}"
    html, _wide = report_html(result, firm=firm, printed_on=printed)
    with tempfile.TemporaryDirectory() as folder:
        pdf = export_report(result, target=Path(folder) / "r.pdf", firm=firm, printed_on=printed)
        xlsx = export_report(result, target=Path(folder) / "r.xlsx", firm=firm, printed_on=printed)
        files = [("html", f"{stem}.html", html.encode()), ("pdf", f"{stem}.pdf", pdf.read_bytes()),
                 ("xlsx", f"{stem}.xlsx", xlsx.read_bytes())]  # fmt: skip
    return files


@contextmanager
def _as_the_orderer(session: Session, run: ReportRun, department_ids):
    """A report ordered by a user limited to some departments runs, also when the scheduler
    runs it later, with exactly that user's scope: the office's one check (services.office)
    limits its figures to the departments' cases."""
    if not department_ids:
        yield
        return
    before = session.info.get("actor")
    session.info["actor"] = office.Actor(
        login=run.run_by, role="Klient", permissions=frozenset({office.CASE_READ}),
        client_id=run.client_id, department_ids=frozenset(department_ids), client_scoped=True,
    )  # fmt: skip
    try:
        yield
    finally:
        if before is None:
            session.info.pop("actor", None)
        else:
            session.info["actor"] = before


def _xlsx(title: str, columns, rows, totals) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append([c["title"] for c in columns])
    for row in [*rows, *([totals] if totals else [])]:
        sheet.append([_cell(v, c["num"]) for v, c in zip(row, columns, strict=True)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: str, numeric: bool):
    if numeric and value:
        return Decimal(value.replace(".", "").replace(",", "."))
    return value


def _client_filter(query, column, run: ReportRun):
    return query.where(column == run.client_id) if run.client_id is not None else query


def _funds_statement(session: Session, run: ReportRun):
    """Per client: balance before, collected, retained, shortfall, paid out, balance after."""
    kinds = ("collected", "retained", "shortfall", "paid_out")
    columns = [{"title": "Klient", "num": False}, {"title": "Navn", "num": False},
               {"title": "Primo", "num": True}, {"title": "Indgået (klientandel)", "num": True},
               {"title": "Modregnet", "num": True}, {"title": "Skyldig til kontoret", "num": True},
               {"title": "Udbetalt", "num": True}, {"title": "Ultimo", "num": True}]  # fmt: skip
    before = dict(session.execute(_client_filter(
        select(ClientFundsEntry.client_id, func.sum(ClientFundsEntry.amount))
        .where(ClientFundsEntry.posting_date < run.period_from)
        .group_by(ClientFundsEntry.client_id), ClientFundsEntry.client_id, run)).all())  # fmt: skip
    inside: dict[int, dict[str, Decimal]] = {}
    for client_id, kind, amount in session.execute(_client_filter(
        select(ClientFundsEntry.client_id, ClientFundsEntry.kind, func.sum(ClientFundsEntry.amount))
        .where(ClientFundsEntry.posting_date.between(run.period_from, run.period_to))
        .group_by(ClientFundsEntry.client_id, ClientFundsEntry.kind),
        ClientFundsEntry.client_id, run)):  # fmt: skip
        inside.setdefault(client_id, {})[kind] = Decimal(str(amount))
    rows, sums = [], [Decimal("0")] * 6
    for client in session.scalars(select(Client).where(Client.id.in_(set(before) | set(inside)))
                                  .order_by(Client.no)):  # fmt: skip
        opening = Decimal(str(before.get(client.id) or 0))
        moved = [inside.get(client.id, {}).get(k, Decimal("0")) for k in kinds]
        figures = [opening, moved[0], -moved[1], moved[2], -moved[3], opening + sum(moved)]
        sums = [a + b for a, b in zip(sums, figures, strict=True)]
        rows.append([client.no, client.name, *(_money(f) for f in figures)])
    return columns, rows, ["I alt", "", *(_money(s) for s in sums)]


def _settlements(session: Session, run: ReportRun):
    columns = [{"title": "Afregning", "num": False}, {"title": "Klient", "num": False},
               {"title": "Status", "num": False}, {"title": "Indgået", "num": True},
               {"title": "Klientandel", "num": True}, {"title": "Kontorets andel", "num": True},
               {"title": "Moms", "num": True}, {"title": "Modregnet", "num": True},
               {"title": "Udbetales", "num": True}]  # fmt: skip
    query = (
        select(Settlement, Client.no).join(Client, Client.id == Settlement.client_id)
        .where(Settlement.status != "draft",
               Settlement.period_to.between(run.period_from, run.period_to))
        .order_by(Settlement.id)
    )  # fmt: skip
    names = ("collected", "client_part", "firm_part", "vat", "set_off", "payout")
    rows, sums = [], [Decimal("0")] * len(names)
    for s, client_no in session.execute(_client_filter(query, Settlement.client_id, run)):
        figures = [getattr(s, n) for n in names]
        if s.status == "posted":
            sums = [a + b for a, b in zip(sums, figures, strict=True)]
        rows.append([str(s.id), client_no, s.status, *(_money(f) for f in figures)])
    return columns, rows, ["I alt (bogførte)", "", "", *(_money(x) for x in sums)]


def run_due(context, *, today: date, server: str, limit: int = 1000) -> list[RunDone]:
    """Every due run, each in its own transaction, until none is due. A run another server
    claimed first (its key is taken) is left to it."""
    from sqlalchemy.exc import IntegrityError

    done: list[RunDone] = []
    for _ in range(limit):
        try:
            with context.uow(write=True) as uow:
                result = run_one_due(uow.session, today=today, server=server, user=uow.user)
                if result is None:
                    break
                uow.commit()
                done.append(result)
        except IntegrityError:
            continue  # another server ran this due date; its commit moved next_run on
    return done
