"""The Reports page's one door to the services: each call is one unit of work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from caplegal_desktop.services.reports import reports
from caplegal_desktop.services.reports.role_center import company_name
from caplegal_desktop.services.search.lookups import search_clients
from ui.framework.lookup import LookupItem
from ui.framework.service_calls import ServiceCalls
from workflows.reports import ReportDefinition, ReportParams, ReportResult


class ReportData(ServiceCalls):
    def catalogue(self) -> list[ReportDefinition]:
        return reports.report_catalogue()

    def run(
        self,
        report_id: str,
        params: ReportParams,
        progress: Callable[[int, int], None] | None = None,
    ) -> ReportResult:
        return self.read(reports.run_report, report_id=report_id, params=params, progress=progress)

    def export(self, result: ReportResult, target: Path) -> Path:
        return reports.export_report(
            result, target=target, firm=self.firm_name(), printed_on=self.today()
        )

    def firm_name(self) -> str:
        return company_name(self._context.database)

    def clients(self, text: str) -> list[LookupItem]:
        return [
            LookupItem(hit.no, hit.name, hit.client_id)
            for hit in self.read(search_clients, text=text)
        ]
