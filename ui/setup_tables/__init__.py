"""Legal-figure tables in the main window (Opsætning): reference rates, salary tables, fixed fees.

`install` adds the three pages (navigation under Setup), their ribbon actions, and the Role
Center's row for setup that needs attention (a missing reference rate, figures to confirm),
loaded on the background worker after the Role Center's figures so start-up stays light. The
pages and their data layer (services, SQLAlchemy) load on first use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

RATES_PAGE = "reference_rates"
SALARY_PAGE = "salary_tables"
FEES_PAGE = "fixed_fees"
PAGE_IDS = (RATES_PAGE, SALARY_PAGE, FEES_PAGE)


class SetupTables:
    """The feature as installed in one main window: its data door, pages and cue row."""

    def __init__(self, window, app_context, *, today: Callable[[], dt.date] = dt.date.today):
        self.window = window
        self.context = app_context
        self.today = today
        self._data = None
        self.cue_row = None
        self._to_confirm_page: str | None = None  # where the "to confirm" cue leads

    def data(self):
        if self._data is None:
            from ui.setup_tables.data import SetupTablesData

            self._data = SetupTablesData(self.context, today=lambda: self.today())
        return self._data

    # --- pages ----------------------------------------------------------------------------------
    def rates_page(self, _backend=None):
        from ui.setup_tables.rates_page import ReferenceRatesPage

        page = ReferenceRatesPage(self.data())
        page.sig_figures_changed.connect(self.load_cues)
        return page

    def salary_page(self, _backend=None):
        from ui.setup_tables.amounts_page import SalaryTablesPage

        page = SalaryTablesPage(self.data())
        page.sig_figures_changed.connect(self.load_cues)
        return page

    def fees_page(self, _backend=None):
        from ui.setup_tables.amounts_page import FixedFeesPage

        page = FixedFeesPage(self.data())
        page.sig_figures_changed.connect(self.load_cues)
        return page

    def open_rates(self, table: str = "", day: dt.date | None = None):
        """Show Referencesatser at a table, with the row of `day` marked (or its missing line)."""
        page = self.window.show_page(RATES_PAGE)
        if table and hasattr(page, "select_table"):
            page.select_table(table)
        if day is not None and hasattr(page, "mark_date"):
            page.mark_date(day)
        if hasattr(page, "tree"):
            page.tree.setFocus()
        return page

    # --- the Role Center's row ------------------------------------------------------------------
    def attach_cues(self) -> None:
        from ui.setup_tables.cue import SetupCues

        self.cue_row = SetupCues()
        self.cue_row.sig_open.connect(self.open_from_cue)
        role_center = self.window.role_center
        role_center.add_cues(self.cue_row)
        role_center.after_figures(self.load_cues)

    def open_from_cue(self, table: str, day) -> None:
        if table:
            self.open_rates(table, day)
            return
        page_id = self._to_confirm_page or RATES_PAGE
        page = self.window.show_page(page_id)
        if hasattr(page, "mark_first_to_confirm"):
            page.mark_first_to_confirm()

    def load_cues(self) -> None:
        from ui.framework.background import run_in_background

        row = self.cue_row
        if row is None:
            return
        run_in_background(
            lambda _p: self.data().attention(),
            on_done=lambda found: self._show_cues(row, found),
            owner=row,
        )

    def _show_cues(self, row, found) -> None:
        import shiboken6

        if shiboken6.isValid(row):
            pages = [page for page in PAGE_IDS if found.to_confirm.get(page)]
            self._to_confirm_page = pages[0] if pages else None
            row.show_cues(found.missing, sum(found.to_confirm.values()))


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend keeps no legal figures
    from ui.pages.list_pages import PAGE_FACTORIES
    from ui.setup_tables.actions import declare_actions

    feature = window.setup_tables = SetupTables(window, app_context)
    PAGE_FACTORIES[RATES_PAGE] = feature.rates_page
    PAGE_FACTORIES[SALARY_PAGE] = feature.salary_page
    PAGE_FACTORIES[FEES_PAGE] = feature.fees_page

    def rate_caps_page(_backend=None):
        from ui.setup_tables.rate_caps_page import RateCapsData, RateCapsPage

        page = RateCapsPage(RateCapsData(app_context))
        page.refresh()
        return page

    PAGE_FACTORIES["rate_caps"] = rate_caps_page
    declare_actions(window)
    feature.attach_cues()

    def rebuilt(_code: str) -> None:
        declare_actions(window)
        feature.attach_cues()  # the new Role Center loads them after its figures

    window.sig_language_changed.connect(rebuilt)
