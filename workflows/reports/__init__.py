"""Reports (rapporter): status, closed cases, collected amounts, cases per handler."""

from workflows.reports.builders import (
    closed_report,
    collected_report,
    handler_report,
    status_report,
)
from workflows.reports.catalogue import REPORTS, check_params
from workflows.reports.inputs import CaseFigures, ClosedCase, CollectedSum
from workflows.reports.model import (
    Column,
    ColumnKind,
    PeriodKind,
    ReportDefinition,
    ReportParams,
    ReportResult,
    totals_row,
)

__all__ = [
    "REPORTS",
    "CaseFigures",
    "ClosedCase",
    "CollectedSum",
    "Column",
    "ColumnKind",
    "PeriodKind",
    "ReportDefinition",
    "ReportParams",
    "ReportResult",
    "check_params",
    "closed_report",
    "collected_report",
    "handler_report",
    "status_report",
    "totals_row",
]
