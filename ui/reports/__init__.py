"""Reports (rapporter) in the main window.

`install` adds the Reports page (navigation "Reports") and the Role Center's ribbon action
"report_status", which opens the page with the status report run as of today. The page and its
data layer (services, SQLAlchemy) load on first use, so start-up does not pay for them.
"""

from __future__ import annotations

PAGE_ID = "reports"


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no database to report on
    from ui.pages.list_pages import PAGE_FACTORIES

    def reports_page(_backend):
        from ui.reports.data import ReportData
        from ui.reports.page import ReportsPage

        return ReportsPage(ReportData(app_context))

    PAGE_FACTORIES[PAGE_ID] = reports_page

    def report_status() -> None:
        page = window.show_page(PAGE_ID)
        if hasattr(page, "open_report"):
            page.open_report("status")

    window.action_handlers["report_status"] = report_status
