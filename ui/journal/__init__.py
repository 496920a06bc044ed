"""The collection journal pages: journal (F9), suspense list, register payment, payment files.

`install(window, app_context)` registers the pages ("journals", "suspense") and the
"register_payment" action handler with the main window.
"""

from __future__ import annotations

import functools


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no journal
    from ui.pages.list_pages import PAGE_FACTORIES

    # The journal's data layer (services, SQLAlchemy) loads when a journal page or action is used.
    @functools.cache
    def ops():
        from ui.journal.ops import JournalOps

        return JournalOps(app_context)

    def journal_page(_backend):
        from ui.journal.journal_page import JournalPage

        page = JournalPage(ops())
        page.refresh()
        return page

    def suspense_page(_backend):
        from ui.journal.suspense_page import SuspensePage

        page = SuspensePage(ops())
        page.refresh()
        return page

    PAGE_FACTORIES["journals"] = journal_page
    PAGE_FACTORIES["suspense"] = suspense_page
    window.action_handlers["register_payment"] = lambda: register_payment(window, ops())


def register_payment(window, ops, *, dialog_factory=None) -> object | None:
    from caplegal_desktop.errors import ServiceError
    from ui.journal.payment_dialog import RegisterPaymentDialog
    from ui.journal.texts import t

    case_id = window.current_case_id()
    if case_id is None:
        window.statusBar().showMessage(t("NoCaseMsg"), 5000)
        return None
    dialog = (dialog_factory or RegisterPaymentDialog)(ops.payment_choices(case_id), window)
    if dialog.exec() != dialog.DialogCode.Accepted:
        return None
    try:
        done = ops.register_payment(case_id, dialog.request())
    except ServiceError as exc:
        window.statusBar().showMessage(str(exc), 8000)
        return None
    if done.journal_batch_id is not None:
        # the journal opens on the batch the line went to, the new line marked
        page = window.show_page("journals")
        if hasattr(page, "show_batch"):
            page.show_batch(done.journal_batch_id, line_id=done.journal_line_id)
    window.statusBar().showMessage(done.action, 5000)
    return done
