"""Payment plans (betalingsplaner) in the main window.

`install` adds: the overview of all plans (navigation "Payment plans"), the plan window as the
card of record kind "payment_plan", and the ribbon action "payment_plan" — on the case list it
makes a plan for the marked case (Dan betalingsplan), on the overview it opens the marked plan.
"""

from __future__ import annotations

import functools

PAGE_ID = "payment_plans"  # the overview page, and the record kind its rows open
RECORD_KIND = "payment_plan"


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no plans
    from ui.pages.list_pages import PAGE_FACTORIES

    # The plan windows and their data layer (services, SQLAlchemy) load on first use.
    @functools.cache
    def data():
        from ui.payment_plan.data import PlanData

        return PlanData(app_context)

    def overview_page(_backend):
        from ui.payment_plan.overview import plan_overview_page

        return plan_overview_page(data())

    PAGE_FACTORIES[PAGE_ID] = overview_page

    def open_plan(plan_no):
        from ui.payment_plan.plan_card import PlanCard

        card = PlanCard(data(), str(plan_no))
        card.sig_plan_changed.connect(lambda _changed: _refresh_overview(window))
        return card

    window.card_factories[RECORD_KIND] = open_plan

    def payment_plan() -> None:
        from ui.framework.list_page import ListPage
        from ui.payment_plan.plan_card import PlanCard

        page = window.current_page()
        case_id = window.current_case_id()
        if isinstance(page, ListPage) and page.page_id == PAGE_ID and page.current_id():
            window.open_record(RECORD_KIND, page.current_id())
        elif isinstance(page, PlanCard):
            page.show_plan()
        elif case_id is not None:
            new_plan_for_case(window, data(), data().case_no(case_id))
        else:
            from ui.payment_plan import texts

            window.statusBar().showMessage(texts.NO_CASE_MSG, 5000)

    window.action_handlers["payment_plan"] = payment_plan


def new_plan_for_case(window, data, case_no: str, *, parent=None):
    """Dan betalingsplan: choose the debtors, confirm replacing an active plan, open the draft."""
    from ui.payment_plan.dialogs import DebtorChoiceDialog, ask_create_new

    parent = parent or window
    dialog = DebtorChoiceDialog(data.debtors(case_no), parent=parent)
    if dialog.exec() != DebtorChoiceDialog.DialogCode.Accepted or not dialog.chosen():
        return None
    active = data.active_plans(dialog.chosen())
    if active and not ask_create_new(parent, active):
        return None
    created = data.create(case_no, dialog.chosen())
    _refresh_overview(window)
    return window.open_record(RECORD_KIND, created.plan_no)


def _refresh_overview(window) -> None:
    page = window.pages.get("payment_plans")
    if page is not None:
        page.refresh()
