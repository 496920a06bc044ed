"""The reports a user can run, and the check of their parameters."""

from __future__ import annotations

from workflows.reports.model import PeriodKind, ReportDefinition, ReportParams

STATUS = "status"
CLOSED = "closed"
COLLECTED = "collected"
HANDLERS = "handlers"

REPORTS: dict[str, ReportDefinition] = {
    d.report_id: d
    for d in (
        ReportDefinition(
            STATUS,
            "Statusrapport",
            "Antal sager pr. status og saldi (hovedstol, renter, omkostninger, betalt, restgæld)"
            " pr. klient eller pr. sag på en dato.",
            PeriodKind.AS_OF,
            has_detailed=True,
            chart_column="balance",
        ),
        ReportDefinition(
            CLOSED,
            "Lukkede sager",
            "Sager lukket i perioden med hovedstol, inddrevet og afskrevet beløb.",
            PeriodKind.PERIOD,
            chart_column="collected",
        ),
        ReportDefinition(
            COLLECTED,
            "Inddrevne beløb",
            "Indbetalinger pr. klient pr. måned i perioden (grundlag for klientafregning).",
            PeriodKind.PERIOD,
            has_detailed=True,
            chart_column="amount",
        ),
        ReportDefinition(
            HANDLERS,
            "Sager pr. sagsbehandler",
            "Antal sager pr. status og restgæld pr. sagsbehandler på en dato.",
            PeriodKind.AS_OF,
            chart_column="balance",
        ),
    )
}


def check_params(definition: ReportDefinition, params: ReportParams) -> list[tuple[str, str]]:
    """Every problem with the parameters as (field, Danish message); empty when they are fine."""
    problems: list[tuple[str, str]] = []
    if definition.period_kind is PeriodKind.AS_OF:
        if params.as_of is None:
            problems.append(("pr_dato", "Angiv datoen rapporten skal gøres op pr."))
    else:
        if params.period_from is None:
            problems.append(("fra_dato", "Angiv periodens første dato."))
        if params.period_to is None:
            problems.append(("til_dato", "Angiv periodens sidste dato."))
        if params.period_from and params.period_to and params.period_to < params.period_from:
            problems.append(("til_dato", "Periodens slutdato ligger før startdatoen."))
    if params.detailed and not definition.has_detailed:
        problems.append(("detaljeret", f"{definition.title} findes kun i en generel udgave."))
    if params.client_no and not definition.has_client_filter:
        problems.append(("klient", f"{definition.title} kan ikke afgrænses til én klient."))
    return problems
