"""Limitation and objections in the main window (issue 18).

`install` adds: the limitation list (page "limitation"), the Role Center's cues (loaded on the
background worker after the standard figures), the case card's limitation FactBox (its blue date
opens the specification) and the ribbon actions Forældelse (specification), Indsigelse
(register) and Indsigelser (list, close) on the case card.
"""

from __future__ import annotations

import functools

PAGE_ID = "limitation"
SPEC_ACTION, EVENT_ACTION, OBJECTION_ACTION, OBJECTIONS_ACTION = (
    "limitation_spec",
    "limitation_event",
    "objection_register",
    "objections",
)
ACTIONS = (SPEC_ACTION, EVENT_ACTION, OBJECTION_ACTION, OBJECTIONS_ACTION)


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no limitation data
    import datetime as dt

    from ui.pages.list_pages import PAGE_FACTORIES

    window.limitation_today = dt.date.today  # tests fix the date here

    @functools.cache
    def data():
        from ui.limitation.data import LimitationData

        return LimitationData(app_context, today=lambda: window.limitation_today())

    window.limitation_data = data

    def limitation_page(_backend):
        from ui.limitation.page import LimitationPage

        return LimitationPage(data())

    PAGE_FACTORIES[PAGE_ID] = limitation_page
    _wrap_case_card(window, data)
    _declare_actions(window)
    attach_cues(window, data)

    def rebuilt(_code: str) -> None:
        _declare_actions(window)
        attach_cues(window, data)

    window.sig_language_changed.connect(rebuilt)
    window.action_handlers[SPEC_ACTION] = lambda: _on_case(window, show_specification, data())
    window.action_handlers[EVENT_ACTION] = lambda: _on_case(window, add_event, data())
    window.action_handlers[OBJECTION_ACTION] = lambda: _on_case(window, register_objection, data())
    window.action_handlers[OBJECTIONS_ACTION] = lambda: _on_case(window, show_objections, data())


def _wrap_case_card(window, data) -> None:
    """The case card gets the limitation FactBox and the three actions on its ribbon."""
    opener = window.card_factories.get("case")
    if opener is None:
        return

    def open_case(case_id):
        page = opener(case_id)
        add_factbox(page, data())
        return page

    window.card_factories["case"] = open_case


def add_factbox(page, data):
    from PySide6.QtWidgets import QWidget

    from ui.limitation.factbox import LimitationFactBox

    box = LimitationFactBox(data)
    pane = page.findChild(QWidget, "factBoxPane")
    pane.layout().insertWidget(1, box)  # under Case entries
    page.factboxes.append(box)
    box.sig_drill_down.connect(lambda _key, case_id: show_specification(page, data, case_id))
    box.bind(page.case_id)
    page.limitation_box = box
    layout = page.ribbon_layout()
    layout["limitation"] = [*layout.get("limitation", []), *ACTIONS]
    return box


def _on_case(window, action, data):
    case_id = window.current_case_id()
    if case_id is None:
        window.statusBar().showMessage(_translate("Limitation", "Open a case first."), 5000)
        return None
    return action(window, data, int(case_id))


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def _case_no(data, case_id: int) -> str:
    from models import Case

    with data.context.uow() as uow:
        return uow.session.get(Case, case_id).no


def show_specification(parent, data, case_id: int):
    from ui.limitation.dialogs import SpecificationDialog

    dialog = SpecificationDialog(
        _case_no(data, case_id), data.specification(case_id), data.today(), parent=parent
    )
    parent.limitation_dialog = dialog  # the tests reach it through this
    dialog.open()
    return dialog


def add_event(window, data, case_id: int):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from caplegal_desktop.errors import ServiceError
    from caplegal_desktop.services.limitation.user_events import USER_KINDS
    from ui.limitation.dialogs import LimitationEventDialog

    dialog = LimitationEventDialog(
        case_id,
        _case_no(data, case_id),
        USER_KINDS,
        data.claims(case_id),
        data.today(),
        parent=window,
    )
    window.limitation_event_dialog = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        changed = data.add_event(dialog.request())
    except ServiceError as exc:  # bad input changes nothing; every problem is named
        QMessageBox.warning(window, _translate("Limitation", "Limitation"), str(exc))
        return None
    _refresh_case(window)
    window.statusBar().showMessage(changed.message, 5000)
    return changed


def register_objection(window, data, case_id: int):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from caplegal_desktop.errors import ServiceError
    from ui.limitation.dialogs import ObjectionDialog

    dialog = ObjectionDialog(
        case_id, _case_no(data, case_id), data.claims(case_id), data.today(), parent=window
    )
    window.objection_dialog = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        changed = data.register_objection(dialog.request())
    except ServiceError as exc:
        QMessageBox.warning(window, _translate("Limitation", "Objection"), str(exc))
        return None
    _refresh_case(window)
    window.statusBar().showMessage(changed.message[:200], 5000)
    return changed


def show_objections(window, data, case_id: int):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from caplegal_desktop.errors import ServiceError
    from ui.limitation.dialogs import ASK_CLIENT, CloseObjectionDialog, ObjectionsDialog

    listing = ObjectionsDialog(_case_no(data, case_id), data.objections(case_id), parent=window)
    window.objections_dialog = listing
    result = listing.exec()
    if result == ASK_CLIENT and listing.current() is not None:
        return ask_client(window, data, listing.current())
    if result != QDialog.DialogCode.Accepted or listing.current() is None:
        return None
    closing = CloseObjectionDialog(listing.current(), parent=window)
    window.close_objection_dialog = closing
    if closing.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        changed = data.close_objection(
            listing.current().id,
            closing.outcome(),
            closing.answer.toPlainText(),
            closing.reduce_by(),
        )
    except ServiceError as exc:
        QMessageBox.warning(window, _translate("Limitation", "Objection"), str(exc))
        return None
    _refresh_case(window)
    window.statusBar().showMessage(changed.message, 5000)
    return changed


def ask_client(window, data, objection):
    """The client is asked to decide on the objection (a request the portal shows)."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from caplegal_desktop.errors import ServiceError
    from ui.limitation.dialogs import AskClientDialog

    dialog = AskClientDialog(objection, parent=window)
    window.ask_client_dialog = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        changed = data.ask_client(objection.id, dialog.question.toPlainText())
    except ServiceError as exc:
        QMessageBox.warning(window, _translate("Limitation", "Objection"), str(exc))
        return None
    _refresh_case(window)
    window.statusBar().showMessage(changed.message[:200], 5000)
    return changed


def _refresh_case(window) -> None:
    page = window.current_page()
    if page is not None and page.page_id.startswith("case:"):
        page.refresh()


def attach_cues(window, data) -> None:

    from ui.limitation.cue import LimitationCues

    row = LimitationCues()
    window.limitation_cues = row
    row.sig_open.connect(lambda days: _open_list(window, days))
    role_center = window.role_center
    role_center.add_cues(row)

    def load() -> None:
        import shiboken6

        from ui.framework.background import run_in_background

        run_in_background(
            lambda _p: data().cue(),
            on_done=lambda cue: shiboken6.isValid(row) and row.show_cue(cue),
            owner=row,
        )

    role_center.after_figures(load)


def _open_list(window, days: int):
    page = window.show_page(PAGE_ID)
    if hasattr(page, "set_within"):
        page.set_within(days)
    return page


def _declare_actions(window) -> None:
    from ui.framework.actions import ActionSpec

    specs = (
        ActionSpec(SPEC_ACTION, _translate("Limitation", "Limitation"), "info"),
        ActionSpec(EVENT_ACTION, _translate("Limitation", "Add limitation event"), "new"),
        ActionSpec(OBJECTION_ACTION, _translate("Limitation", "Register objection"), "new"),
        ActionSpec(OBJECTIONS_ACTION, _translate("Limitation", "Objections"), "info"),
    )
    for spec in specs:
        if window.registry.get(spec.action_id) is not None:
            continue
        action = window.registry.declare(spec)
        window.addAction(action)
        action.triggered.connect(lambda _c=False, a=spec.action_id: window.trigger_action(a))
