"""Guide: Opret sag (the create-case wizard). `install` adds it to the main window as "new_case"."""

from __future__ import annotations

import functools


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no services to create a case with

    # The wizard and its data layer (services, SQLAlchemy) load on the first Ctrl+Shift+N.
    @functools.cache
    def case_data():
        from ui.wizard.data import CaseData

        return CaseData(app_context)

    def new_case() -> None:
        from ui.framework.list_page import ListPage
        from ui.wizard.case_wizard import run_new_case

        data = case_data()
        # From the case overview the client of the marked case is prefilled (as in CapLegal)
        page = window.current_page()
        client_no = None
        if isinstance(page, ListPage) and page.page_id == "case_list" and page.current_id():
            client_no = data.case_card(page.current_id()).general.client_no

        def opened(created) -> None:
            if "case" in window.card_factories:
                window.open_record("case", created.case_id)

        run_new_case(data, client_no=client_no, parent=window, on_created=opened)

    window.action_handlers["new_case"] = new_case
