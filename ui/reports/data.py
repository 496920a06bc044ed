"""The Reports page's one door to the services: each call is one unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from caplegal_desktop.services import reports
from caplegal_desktop.services.lookups import search_clients
from ui.framework.lookup import LookupItem
from workflows.reports import ReportDefinition, ReportParams, ReportResult


class ReportData:
    def __init__(self, app_context, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._context = app_context
        self.today = today

    def catalogue(self) -> list[ReportDefinition]:
        return reports.report_catalogue()

    def run(
        self,
        report_id: str,
        params: ReportParams,
        progress: Callable[[int, int], None] | None = None,
    ) -> ReportResult:
        with self._context.uow() as uow:
            return reports.run_report(
                uow.session, report_id=report_id, params=params, progress=progress
            )

    def export(self, result: ReportResult, target: Path) -> Path:
        with self._context.uow() as uow:
            firm = reports.firm_name(uow.session)
        return reports.export_report(result, target=target, firm=firm, printed_on=self.today())

    def firm_name(self) -> str:
        with self._context.uow() as uow:
            return reports.firm_name(uow.session)

    def clients(self, text: str) -> list[LookupItem]:
        with self._context.uow() as uow:
            return [
                LookupItem(hit.no, hit.name, hit.client_id)
                for hit in search_clients(uow.session, text=text)
            ]
