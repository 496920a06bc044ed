"""What the list actions do on each page; dialogs are asked, services change, the list follows."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from caplegal_desktop.errors import ServiceError, ValidationError
from ui.framework.list_page import ListPage

_translate = QCoreApplication.translate
JOURNAL_PAGE = "journals"
CASE_LIST = "case_list"
CASE_PAGES = (CASE_LIST, "role_center")


def _is_case_page(page_id: str) -> bool:
    return page_id in CASE_PAGES or page_id.startswith("case:")


class ListActions:
    def __init__(self, window, app_context) -> None:
        self.window = window
        self._app_context = app_context
        self._data = None
        self._routes: dict[tuple[str, str], Callable[[ListPage], None]] = {
            ("new_record", "client_list"): self.new_client,
            ("new_record", "party_list"): self.new_party,
            ("new_record", "employee_list"): self.new_employee,
            ("new_record", "setup_codes"): self.new_setup_code,
            ("delete_record", CASE_LIST): self.delete_case,
            ("delete_record", "client_list"): self.delete_client,
            ("delete_record", "party_list"): self.delete_party,
            ("favourite", CASE_LIST): self.toggle_favourite,
            ("statement", CASE_LIST): self.statement,
        }

    @property
    def data(self):
        if self._data is None:
            from ui.list_actions.data import ListActionsData

            self._data = ListActionsData(self._app_context)
        return self._data

    # --- dispatch -------------------------------------------------------------------------------
    def trigger(self, action_id: str, *, fallback: Callable[[], None] | None = None) -> None:
        page = self.window.current_page()
        page_id = getattr(page, "page_id", "") or ""
        route = self._routes.get((action_id, page_id))
        new_case = self.window.action_handlers.get("new_case")
        if action_id == "new_record" and new_case is not None and _is_case_page(page_id):
            new_case()  # Ctrl+N where cases are the subject opens the create-case wizard
        elif route is not None and isinstance(page, ListPage):
            route(page)
        elif fallback is not None:
            fallback()
        elif page.handles_action(action_id):
            page.trigger_action(action_id)
        elif action_id == "post_journal" and _browse_only(page):
            self.open_journal()
        elif action_id == "post_journal":  # a card or a form: never leave typed input behind
            self.status(_translate("ListActions", "Nothing to post on this page (F9)."))
        else:
            self.status(_translate("MainWindow", "This function is not available yet."))

    def status(self, text: str, timeout_ms: int = 6000) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def open_journal(self) -> None:
        """Post (F9) outside the journal: open the collection journal to check and post there."""
        self.window.show_page(JOURNAL_PAGE)
        self.status(_translate("ListActions", "Check the journal lines, then post them with F9."))

    # --- the case list --------------------------------------------------------------------------
    def toggle_favourite(self, page: ListPage) -> None:
        case_id = self._selected(page, _translate("ListActions", "Select a case first."))
        if case_id is None:
            return
        done = self._call(lambda: self.data.toggle_favourite(int(case_id)))
        if done is None:
            return
        star = "\u2605 " if done.favourite else "\u2606 "
        self.status(star + done.text)
        if page.view() == "favourites":
            self._refresh(page, keep=case_id)
        self.window.role_center.refresh()

    def statement(self, page: ListPage) -> None:
        case_id = self._selected(page, _translate("ListActions", "Select a case first."))
        if case_id is None:
            return
        from ui.case_card.dialogs import StatementDialog
        from ui.case_card.page import figure_titles
        from ui.wizard.data import CaseData

        data = CaseData(self._app_context)
        StatementDialog(data, int(case_id), figure_titles(), parent=self.window).exec()

    def delete_case(self, page: ListPage) -> None:
        case_id = self._selected(page, _translate("ListActions", "Select a case first."))
        if case_id is None:
            return
        label = self._label(page, ("no", "debtor_name"))
        blockers = self._call(lambda: self.data.case_delete_blockers(int(case_id)))
        if blockers is None:
            return
        if blockers:
            from caplegal_desktop.services.cases.list_actions import CASE_NOT_DELETABLE

            QMessageBox.information(
                self.window, _translate("ListActions", "Delete case"), CASE_NOT_DELETABLE
            )
            return
        question = _translate(
            "ListActions", "Delete case %1? Its parties, notes and history are deleted too."
        )
        if self.confirm(_translate("ListActions", "Delete case"), question.replace("%1", label)):
            self._delete(
                page,
                lambda: self.data.delete_case(int(case_id)),
                _translate("ListActions", "Delete case"),
            )

    # --- clients, parties, employees ------------------------------------------------------------
    def new_client(self, page: ListPage) -> None:
        from ui.wizard.data import CaseData
        from ui.wizard.record_dialogs import NewClientDialog

        dialog = NewClientDialog(CaseData(self._app_context), words="", parent=self.window)
        created = self.run_dialog(
            dialog, lambda: dialog.existing or self.data.create_client(dialog.client_input())
        )
        if created is dialog.existing and created is not None:
            self._show_existing(page, created)
        elif created is not None:
            self._show_created(
                page,
                created.id,
                _translate("ListActions", "Client %1 created.").replace("%1", created.no),
            )

    def new_party(self, page: ListPage) -> None:
        from ui.wizard.data import CaseData
        from ui.wizard.record_dialogs import NewPartyDialog

        dialog = NewPartyDialog(CaseData(self._app_context), words="", parent=self.window)
        dialog.form.setRowVisible(dialog.regarding, False)  # belongs to a case, not the party
        created = self.run_dialog(
            dialog, lambda: dialog.existing or self.data.create_party(dialog.party_input())
        )
        if created is dialog.existing and created is not None:
            self._show_existing(page, created)
        elif created is not None:
            self._show_created(
                page,
                created.id,
                _translate("ListActions", "Party %1 created.").replace("%1", created.no),
            )

    def new_employee(self, page: ListPage) -> None:
        from ui.list_actions.dialogs import NewEmployeeDialog

        dialog = NewEmployeeDialog(self.data.employee_problems, parent=self.window)
        created = self.run_dialog(dialog, lambda: self.data.create_employee(**dialog.values()))
        if created is not None:
            text = _translate("ListActions", "Employee %1 created.").replace("%1", created.no)
            self._show_created(page, created.id, text)

    def delete_client(self, page: ListPage) -> None:
        self._confirm_delete(
            page, _translate("ListActions", "Delete client"), self.data.delete_client
        )

    def delete_party(self, page: ListPage) -> None:
        self._confirm_delete(
            page, _translate("ListActions", "Delete party"), self.data.delete_party
        )

    # --- codes and tables -----------------------------------------------------------------------
    def new_setup_code(self, page: ListPage) -> None:
        from caplegal_desktop.services.master_data.master_data import SETUP_MAINTAINED_ELSEWHERE
        from ui.list_actions.dialogs import SETUP_FIELDS, NewSetupCodeDialog

        current = page.current_id()
        table = str(current).split(":", 1)[0] if current is not None else "case"
        row = page.model.row_data(page.model.row_of(current)) if current is not None else None
        table_title = (row or {}).get("table") or _translate("ListActions", "Case types")
        if table in SETUP_MAINTAINED_ELSEWHERE:
            QMessageBox.information(self.window, table_title, SETUP_MAINTAINED_ELSEWHERE[table])
            return
        if table not in SETUP_FIELDS:
            self.status(_translate("ListActions", "Codes cannot be added to this table here."))
            return
        dialog = NewSetupCodeDialog(table, table_title, parent=self.window)
        created = self.run_dialog(
            dialog, lambda: self.data.create_setup_code(table, **dialog.values())
        )
        if created is not None:
            text = _translate("ListActions", "Code %1 created.").replace("%1", created.no)
            self._show_created(page, f"{table}:{created.no}", text)

    # --- shared ---------------------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog, save: Callable[[], object]) -> object | None:
        """Show the card until it is saved or cancelled; the service's objections are shown
        at the fields (or in a message) and the card stays open with what was typed."""
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                return save()
            except ValidationError as exc:
                if hasattr(dialog, "service_problems"):
                    dialog.service_problems = exc.problems
                    dialog.revalidate()
                else:
                    text = "\n".join(p.message for p in exc.problems)
                    QMessageBox.warning(dialog, dialog.windowTitle(), text)
            except ServiceError as exc:
                QMessageBox.warning(dialog, dialog.windowTitle(), str(exc))
                return None
        return None

    def confirm(self, title: str, question: str, parent: QWidget | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent or self.window)
        yes = box.addButton(_translate("ListActions", "Yes"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(_translate("ListActions", "No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _confirm_delete(self, page: ListPage, title: str, delete) -> None:
        record_id = self._selected(page, _translate("ListActions", "Select a record first."))
        if record_id is None:
            return
        question = _translate("ListActions", "Delete %1?").replace(
            "%1", self._label(page, ("no", "name"))
        )
        if self.confirm(title, question):
            self._delete(page, lambda: delete(int(record_id)), title)

    def _delete(self, page: ListPage, delete, title: str) -> None:
        row = page.table.currentIndex().row()
        try:
            done = delete()
        except ServiceError as exc:
            QMessageBox.information(self.window, title, str(exc))
            return
        page.refresh()
        page.select_row(min(row, page.model.rowCount() - 1))  # the next record
        self.status(done.text)
        self.window.role_center.refresh()

    def _show_existing(self, page: ListPage, existing) -> None:
        """The user took an existing record instead of a duplicate: mark it in the list."""
        text = _translate("ListActions", "%1 already exists: nothing was created.")
        self._show_created(
            page, existing.record_id, text.replace("%1", f"{existing.no} {existing.name}")
        )

    def _show_created(self, page: ListPage, record_id: Hashable, text: str) -> None:
        page.refresh()
        if page.model.row_of(record_id) < 0 and page.filter_edit.text():
            page.filter_edit.clear()  # the new record does not match the filter: show all
            page.refresh()
        page.select_row(page.model.row_of(record_id))
        self.status(text)

    def _refresh(self, page: ListPage, *, keep: Hashable) -> None:
        row = page.table.currentIndex().row()
        page.refresh()
        if page.model.row_of(keep) < 0:
            page.select_row(min(row, page.model.rowCount() - 1))

    def _selected(self, page: ListPage, message: str) -> Hashable | None:
        record_id = page.current_id()
        if record_id is None:
            self.status(message)
        return record_id

    def _label(self, page: ListPage, keys: tuple[str, ...]) -> str:
        row = page.model.row_data(page.table.currentIndex().row()) or {}
        return " ".join(str(row[k]) for k in keys if row.get(k)) or str(page.current_id())

    def _call(self, function):
        try:
            return function()
        except ServiceError as exc:
            self.status(str(exc), 8000)
            return None


def _browse_only(page) -> bool:
    """A list or the Role Center: nothing typed there is lost when F9 opens the journal."""
    from ui.pages.role_center import ROLE_CENTER

    return isinstance(page, ListPage) or getattr(page, "page_id", "") == ROLE_CENTER
