"""Group, sum and lay out the figures of each report (pure; see workflows.reports.model)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from models.enums import CaseStatus
from models.money import ZERO
from workflows.reports.catalogue import CLOSED, COLLECTED, HANDLERS, REPORTS, STATUS
from workflows.reports.inputs import CaseFigures, ClosedCase, CollectedSum
from workflows.reports.model import Column, ColumnKind, ReportParams, ReportResult, totals_row

A, C, D, T = ColumnKind.AMOUNT, ColumnKind.COUNT, ColumnKind.DATE, ColumnKind.TEXT
STATUS_DA = {
    CaseStatus.ACTIVE: "Aktiv",
    CaseStatus.DORMANT: "Hvilende",
    CaseStatus.RECALL_REQUESTED: "Tilbagekaldelse anmodet",
    CaseStatus.CLOSED: "Lukket",
}
_STATUS_TITLES = {
    CaseStatus.ACTIVE: "Aktive",
    CaseStatus.DORMANT: "Hvilende",
    CaseStatus.RECALL_REQUESTED: "Tilb.kaldt",
    CaseStatus.CLOSED: "Lukkede",
}
_STATUS_COLUMNS = (
    *(Column(str(s), _STATUS_TITLES.get(s, str(s)), C) for s in CaseStatus),
    Column("cases", "Sager", C),
)
_AMOUNT_COLUMNS = (
    Column("principal", "Hovedstol", A),
    Column("interest", "Renter", A),
    Column("costs", "Omkostninger", A),
    Column("paid", "Betalt", A),
    Column("balance", "Restgæld", A),
)
_AMOUNTS = tuple(c.key for c in _AMOUNT_COLUMNS)


def subtitle(params: ReportParams, *, client_name: str = "", has_detailed: bool = True) -> str:
    from workflows.reports.texts import danish_date

    parts = []
    if params.as_of:
        parts.append(f"Pr. {danish_date(params.as_of)}")
    if params.period_from and params.period_to:
        parts.append(f"Periode {danish_date(params.period_from)} – {danish_date(params.period_to)}")
    if params.client_no:
        parts.append(f"Klient {params.client_no} {client_name}".strip())
    if has_detailed:
        parts.append("Detaljeret" if params.detailed else "Generel")
    return " · ".join(parts)


def _result(report_id, params, columns, rows, *, client_name, label_column) -> ReportResult:
    definition = REPORTS[report_id]
    rows = tuple(rows)
    return ReportResult(
        report_id=report_id,
        title=definition.title,
        subtitle=subtitle(params, client_name=client_name, has_detailed=definition.has_detailed),
        columns=tuple(columns),
        rows=rows,
        totals=totals_row(columns, rows),
        chart_label_column=label_column,
        chart_value_column=definition.chart_column,
        params=params,
    )


def _status_counts(cases: Iterable[CaseFigures]) -> tuple[int, ...]:
    counts = dict.fromkeys(CaseStatus, 0)
    n = 0
    for case in cases:
        counts[CaseStatus(case.status)] += 1
        n += 1
    return (*(counts[s] for s in CaseStatus), n)


def _sums(cases: Sequence[CaseFigures]) -> tuple[Decimal, ...]:
    return tuple(sum((getattr(c, key) for c in cases), ZERO) for key in _AMOUNTS)


def _grouped(cases: Iterable[CaseFigures], key) -> dict:
    groups: dict = {}
    for case in cases:
        groups.setdefault(key(case), []).append(case)
    return dict(sorted(groups.items()))


def status_report(
    cases: Sequence[CaseFigures], params: ReportParams, *, client_name: str = ""
) -> ReportResult:
    """Statusrapport: per client (general) or per case (detailed)."""
    if params.detailed:
        columns = (
            Column("case_no", "Sag", T),
            Column("client", "Klient", T),
            Column("status", "Status", T),
            *_AMOUNT_COLUMNS,
        )
        rows = (
            (
                c.case_no,
                f"{c.client_no} {c.client_name}",
                STATUS_DA.get(CaseStatus(c.status), c.status),
                *(getattr(c, key) for key in _AMOUNTS),
            )
            for c in sorted(cases, key=lambda c: c.case_no)
        )
        label = "case_no"
    else:
        columns = (
            Column("client_no", "Klientnr.", T),
            Column("client_name", "Klient", T),
            *_STATUS_COLUMNS,
            *_AMOUNT_COLUMNS,
        )
        groups = _grouped(cases, lambda c: (c.client_no, c.client_name))
        rows = ((no, name, *_status_counts(g), *_sums(g)) for (no, name), g in groups.items())
        label = "client_name"
    return _result(STATUS, params, columns, rows, client_name=client_name, label_column=label)


def handler_report(
    cases: Sequence[CaseFigures], params: ReportParams, *, client_name: str = ""
) -> ReportResult:
    """Sager pr. sagsbehandler: counts by status and the remaining debt of each handler."""
    columns = (
        Column("handler", "Initialer", T),
        Column("handler_name", "Sagsbehandler", T),
        *_STATUS_COLUMNS,
        Column("balance", "Restgæld", A),
    )
    groups = _grouped(cases, lambda c: (c.handler or "–", c.handler_name or "(ingen)"))
    rows = (
        (ini, name, *_status_counts(g), sum((c.balance for c in g), ZERO))
        for (ini, name), g in groups.items()
    )
    return _result(HANDLERS, params, columns, rows, client_name=client_name, label_column="handler")


def closed_report(
    cases: Sequence[ClosedCase], params: ReportParams, *, client_name: str = ""
) -> ReportResult:
    columns = (
        Column("case_no", "Sag", T),
        Column("client", "Klient", T),
        Column("closed_on", "Lukket", D),
        Column("principal", "Hovedstol", A),
        Column("collected", "Inddrevet", A),
        Column("written_off", "Afskrevet", A),
        Column("remaining", "Rest ved lukning", A),
    )
    rows = (
        (
            c.case_no,
            f"{c.client_no} {c.client_name}",
            c.closed_on,
            c.principal,
            c.collected,
            c.written_off,
            c.remaining,
        )
        for c in sorted(cases, key=lambda c: (c.closed_on, c.case_no))
    )
    return _result(CLOSED, params, columns, rows, client_name=client_name, label_column="case_no")


def collected_report(
    sums: Sequence[CollectedSum], params: ReportParams, *, client_name: str = ""
) -> ReportResult:
    """Inddrevne beløb per client and month (detailed: per case too)."""
    from workflows.reports.texts import danish_month

    columns = [
        Column("client_no", "Klientnr.", T),
        Column("client_name", "Klient", T),
        Column("month", "Måned", T),
    ]
    if params.detailed:
        columns.append(Column("case_no", "Sag", T))
    columns += [Column("payments", "Indbetalinger", C), Column("amount", "Inddrevet", A)]
    groups: dict[tuple, list[int | Decimal]] = {}
    for s in sums:
        key = (s.client_no, s.client_name, s.month) + ((s.case_no,) if params.detailed else ())
        total = groups.setdefault(key, [0, ZERO])
        total[0] += s.payments
        total[1] += s.amount
    rows = (
        (no, name, danish_month(month), *rest, n, amount)
        for (no, name, month, *rest), (n, amount) in sorted(groups.items())
    )
    return _result(
        COLLECTED, params, columns, rows, client_name=client_name, label_column="client_name"
    )
