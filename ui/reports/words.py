"""The reports' names, descriptions, column titles and parameter line in the user's language.

The report catalogue and builders (workflows.reports) speak Danish, as the letters and exports
do; the screen shows them through these English sources and the translations, so Swedish (and
English) users read their own words. A key without an entry here shows the core's Danish text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import format_date, translate

_CONTEXT = "ReportWords"

_NAMES = {
    "status": QT_TRANSLATE_NOOP("ReportWords", "Status report"),
    "closed": QT_TRANSLATE_NOOP("ReportWords", "Closed cases"),
    "collected": QT_TRANSLATE_NOOP("ReportWords", "Collected amounts"),
    "handlers": QT_TRANSLATE_NOOP("ReportWords", "Cases per case handler"),
}
_DESCRIPTIONS = {
    "status": QT_TRANSLATE_NOOP(
        "ReportWords",
        "Number of cases per status and balances (principal, interest, costs, paid, balance) "
        "per client or per case on a date.",
    ),
    "closed": QT_TRANSLATE_NOOP(
        "ReportWords",
        "Cases closed in the period with principal, collected and written-off amounts.",
    ),
    "collected": QT_TRANSLATE_NOOP(
        "ReportWords",
        "Payments per client per month in the period (the basis of the client settlement).",
    ),
    "handlers": QT_TRANSLATE_NOOP(
        "ReportWords", "Number of cases per status and balance per case handler on a date."
    ),
}
_COLUMNS = {
    "active": QT_TRANSLATE_NOOP("ReportWords", "Active"),
    "dormant": QT_TRANSLATE_NOOP("ReportWords", "Dormant"),
    "recall_requested": QT_TRANSLATE_NOOP("ReportWords", "Recalled"),
    "closed": QT_TRANSLATE_NOOP("ReportWords", "Closed"),
    "cases": QT_TRANSLATE_NOOP("ReportWords", "Cases"),
    "principal": QT_TRANSLATE_NOOP("ReportWords", "Principal"),
    "interest": QT_TRANSLATE_NOOP("ReportWords", "Interest"),
    "costs": QT_TRANSLATE_NOOP("ReportWords", "Costs"),
    "paid": QT_TRANSLATE_NOOP("ReportWords", "Paid"),
    "balance": QT_TRANSLATE_NOOP("ReportWords", "Balance"),
    "case_no": QT_TRANSLATE_NOOP("ReportWords", "Case"),
    "client": QT_TRANSLATE_NOOP("ReportWords", "Client"),
    "status": QT_TRANSLATE_NOOP("ReportWords", "Status"),
    "client_no": QT_TRANSLATE_NOOP("ReportWords", "Client no."),
    "client_name": QT_TRANSLATE_NOOP("ReportWords", "Client"),
    "handler": QT_TRANSLATE_NOOP("ReportWords", "Initials"),
    "handler_name": QT_TRANSLATE_NOOP("ReportWords", "Case handler"),
    "closed_on": QT_TRANSLATE_NOOP("ReportWords", "Closed on"),
    "collected": QT_TRANSLATE_NOOP("ReportWords", "Collected"),
    "written_off": QT_TRANSLATE_NOOP("ReportWords", "Written off"),
    "remaining": QT_TRANSLATE_NOOP("ReportWords", "Left at closing"),
    "month": QT_TRANSLATE_NOOP("ReportWords", "Month"),
    "payments": QT_TRANSLATE_NOOP("ReportWords", "Payments"),
}


def report_name(definition) -> str:
    source = _NAMES.get(definition.report_id)
    return translate(_CONTEXT, source) if source else definition.title


def report_description(definition) -> str:
    source = _DESCRIPTIONS.get(definition.report_id)
    return translate(_CONTEXT, source) if source else definition.description


def column_title(column) -> str:
    source = _COLUMNS.get(column.key)
    return translate(_CONTEXT, source) if source else column.title


def parameter_line(result, *, client_name: str = "") -> str:
    """'Pr. 30-06-2026 · Generel' in the user's language (the core's subtitle is Danish)."""
    params, parts = result.params, []
    if params.as_of:
        parts.append(translate(_CONTEXT, "As of %1").replace("%1", format_date(params.as_of)))
    if params.period_from and params.period_to:
        parts.append(
            translate(_CONTEXT, "Period %1 – %2")
            .replace("%1", format_date(params.period_from))
            .replace("%2", format_date(params.period_to))
        )
    if params.client_no:
        parts.append(translate(_CONTEXT, "Client %1").replace("%1", params.client_no))
    if params.detailed:
        parts.append(translate(_CONTEXT, "Detailed"))
    return " · ".join(parts)


QT_TRANSLATE_NOOP("ReportWords", "As of %1")
QT_TRANSLATE_NOOP("ReportWords", "Period %1 – %2")
QT_TRANSLATE_NOOP("ReportWords", "Client %1")
QT_TRANSLATE_NOOP("ReportWords", "Detailed")
