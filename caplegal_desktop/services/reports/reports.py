"""Reports (rapporter): the catalogue, running one report, and saving it as Excel, PDF or CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.reports import figures
from workflows.reports import (
    REPORTS,
    ReportDefinition,
    ReportParams,
    ReportResult,
    check_params,
    closed_report,
    collected_report,
    handler_report,
    status_report,
)
from workflows.reports.catalogue import CLOSED, COLLECTED, HANDLERS, STATUS

EXPORT_FORMATS = ("xlsx", "pdf", "csv")


def report_catalogue() -> list[ReportDefinition]:
    return list(REPORTS.values())


def run_report(
    session: Session,
    *,
    report_id: str,
    params: ReportParams,
    progress: Callable[[int, int], None] | None = None,
) -> ReportResult:
    """Run one report; ValidationError (Danish, every problem at once) for bad parameters.
    Staff need `reports.read`; a Klient user reads the report of their own cases only (another
    client is answered as one that does not exist)."""
    actor = office.current_actor(session)
    office.require(session, office.CASE_READ if actor.is_scoped else office.REPORTS_READ)
    definition = REPORTS.get(report_id)
    if definition is None:
        raise ValidationError(Problem("rapport", f"Rapporten '{report_id}' findes ikke."))
    problems = [Problem(f, m) for f, m in check_params(definition, params)]
    client_id, client_name = None, ""
    if params.client_no:
        client = figures.client_by_no(session, params.client_no)
        if client is not None and actor.is_scoped and client[0] != actor.client_id:
            client = None  # not theirs: as if it did not exist
        if client is None:
            problems.append(Problem("klient", f"Klient {params.client_no} findes ikke."))
        else:
            client_id, client_name = client
    if problems:
        raise ValidationError(problems)
    if report_id in (STATUS, HANDLERS):
        cases = figures.case_figures(
            session, as_of=params.as_of, client_id=client_id, progress=progress
        )
        build = status_report if report_id == STATUS else handler_report
        return build(cases, params, client_name=client_name)
    if report_id == CLOSED:
        closed = figures.closed_cases(
            session,
            period_from=params.period_from,
            period_to=params.period_to,
            client_id=client_id,
            progress=progress,
        )
        return closed_report(closed, params, client_name=client_name)
    if report_id == COLLECTED:
        sums = figures.collected_sums(
            session, period_from=params.period_from, period_to=params.period_to, client_id=client_id
        )
        return collected_report(sums, params, client_name=client_name)
    raise AssertionError(report_id)  # every catalogue entry is handled above


def export_report(
    result: ReportResult, *, target: Path, firm: str, printed_on: date, fmt: str | None = None
) -> Path:
    """Save the report as .xlsx, .pdf or .csv (the format from `fmt` or the file's suffix)."""
    from workflows.reports.export import export_report as write

    fmt = (fmt or Path(target).suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        raise ValidationError(
            Problem("fil", f"Filtypen '{fmt}' kan ikke bruges; vælg xlsx, pdf eller csv.")
        )
    try:
        return write(result, target=Path(target), fmt=fmt, firm=firm, printed_on=printed_on)
    except OSError as exc:
        raise ValidationError(Problem("fil", f"Filen kan ikke gemmes: {exc}")) from exc
