"""Fundaments (judgment bases) in the main window.

`install` adds: the overview of all fundaments (navigation "Fundaments"), the fundament card as
the card of record kind "fundament", and the ribbon action "fundament" (Dan fundament) — on the
case card and the case list it creates a fundament for that case (choose the debtor), on the
overview and the fundament card for the marked fundament's case.
"""

from __future__ import annotations

import functools

PAGE_ID = "fundaments"  # the overview page
RECORD_KIND = "fundament"
ACTION_ID = "fundament"


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no fundaments
    from ui.pages.list_pages import PAGE_FACTORIES

    # The windows and their data layer (services, SQLAlchemy) load on first use.
    @functools.cache
    def data():
        from ui.fundament.data import FundamentData

        return FundamentData(app_context)

    def overview_page(_backend):
        from ui.fundament.overview import fundament_overview_page

        return fundament_overview_page(app_context)

    PAGE_FACTORIES[PAGE_ID] = overview_page

    def open_fundament(no):
        from ui.fundament.card import FundamentCard

        card = FundamentCard(data(), str(no))
        card.sig_fundament_changed.connect(lambda _changed: refresh_overview(window))
        return card

    window.card_factories[RECORD_KIND] = open_fundament
    _declare_action(window)
    window.sig_language_changed.connect(lambda _code: _declare_action(window))
    window.action_handlers[ACTION_ID] = lambda: create_for_current(window, data())


def create_for_current(window, data):
    """Dan fundament for the case the user is on (case card, case list, fundament)."""
    from ui.fundament import texts

    case_id = _current_case_id(window, data)
    if case_id is None:
        window.statusBar().showMessage(texts.NO_CASE_MSG, 5000)
        return None
    return new_fundament_for_case(window, data, case_id)


def new_fundament_for_case(window, data, case_id: int, *, parent=None):
    """Choose the debtor, fill in the fundament, save it as a draft and open its card."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from caplegal_desktop.errors import ServiceError
    from ui.fundament import texts
    from ui.fundament.dialogs import NewFundamentDialog

    parent = parent or window
    debtors = data.debtors(case_id)
    if not debtors:
        QMessageBox.information(parent, texts.CREATE_ACTION, texts.NO_DEBTOR_ERR)
        return None
    dialog = NewFundamentDialog(
        case_no=data.case_no(case_id),
        debtors=debtors,
        defaults=data.defaults(case_id),
        today=data.today,
        districts=data.court_districts,
        parent=parent,
    )
    window.new_fundament_dialog = dialog  # the tests reach the open dialog through this
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        created = data.create(case_id, dialog.debtor_party_id(), dialog.data())
    except ServiceError as exc:
        QMessageBox.warning(parent, texts.ERROR_TITLE, str(exc))
        return None
    refresh_overview(window)
    window.statusBar().showMessage(texts.CREATED_MSG.format(no=created.fundament_no), 5000)
    return window.open_record(RECORD_KIND, created.fundament_no)


def refresh_overview(window) -> None:
    page = window.pages.get(PAGE_ID)
    if page is not None:
        page.refresh()


def _current_case_id(window, data) -> int | None:
    from ui.framework.list_page import ListPage

    case_id = window.current_case_id()
    if case_id is not None:
        return int(case_id)
    page = window.current_page()
    if isinstance(page, ListPage) and page.page_id == PAGE_ID and page.current_id() is not None:
        return data.fundament(str(page.current_id())).case_id
    fundament = getattr(page, "fundament", None)
    if page.page_id.startswith(f"{RECORD_KIND}:") and fundament is not None:
        return fundament.case_id
    return None


def _declare_action(window) -> None:
    from ui.framework.actions import ActionSpec
    from ui.fundament import texts

    if window.registry.get(ACTION_ID) is not None:
        return
    action = window.registry.declare(ActionSpec(ACTION_ID, texts.CREATE_ACTION, "fundament"))
    window.addAction(action)
    action.triggered.connect(lambda _c=False: window.trigger_action(ACTION_ID))
