"""The office page (docs/office.md): the users, with what an Administrator does to them (new
user, disable/enable, a temporary password, API tokens), and the audit log.

A view only: it calls `OfficeOps` (the services check `users.manage` and `audit.read` and write
the audit log). A tab the user may not see shows the refusal in its place; a secret (temporary
password, API token) is shown once, in a dialog of its own, and never kept by the page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.framework.page import Page
from ui.office.permissions import refusal_text

PAGE_ID = "office_users"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


class SecretDialog(QDialog):
    """A temporary password or an API token, shown once: selectable, with a copy button."""

    def __init__(self, title: str, text: str, secret: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.secret = QLineEdit(secret)
        self.secret.setObjectName("secret")
        self.secret.setReadOnly(True)
        self.secret.setMinimumWidth(380)
        said = QLabel(text)
        said.setWordWrap(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(secret))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(copy)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.secret.selectAll()


class NewUserDialog(QDialog):
    """Ny bruger: login, name, role, employee initials, language, and for a Klient user the client
    and the departments granted. Ctrl+Enter creates, Esc cancels; a refusal stays in the dialog."""

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.password = ops, None
        self.setWindowTitle(self.tr("New user"))
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.name = QLineEdit()
        self.role = QComboBox()
        self.role.setObjectName("role")
        self._client_roles = set()
        for code, name, scoped in ops.roles():
            self.role.addItem(name, code)
            if scoped:
                self._client_roles.add(code)
        self.employee = QLineEdit()
        self.employee.setPlaceholderText(self.tr("Initials"))
        self.language = QComboBox()
        for code, name in (("da", "Dansk"), ("sv", "Svenska"), ("en", "English")):
            self.language.addItem(name, code)
        self.client = QLineEdit()
        self.client.setObjectName("client")
        self.departments = QLineEdit()
        self.departments.setObjectName("departments")
        self.departments.setPlaceholderText(
            self.tr("Codes, e.g. NORD,SYD (empty: the whole client)")
        )
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("User name:"), self.login)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Employee:"), self.employee)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Client no.:"), self.client)
        form.addRow(self.tr("Departments:"), self.departments)
        hint = QLabel(self.tr("A temporary password is made; the user chooses their own at the "
                              "first sign-in."))  # fmt: skip
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.role.currentIndexChanged.connect(self._client_fields)
        self._client_fields()
        self.setMinimumWidth(460)

    def _client_fields(self) -> None:
        scoped = self.role.currentData() in self._client_roles
        self.client.setEnabled(scoped)
        self.departments.setEnabled(scoped)

    def keyPressEvent(self, event) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.try_create()
            return
        super().keyPressEvent(event)

    def try_create(self) -> None:
        from caplegal_desktop.errors import ServiceError
        from ui.office.ops import NewUser

        scoped = self.client.isEnabled()
        new = NewUser(
            login=self.login.text().strip(),
            role=self.role.currentData() or "",
            name=self.name.text(),
            employee=self.employee.text(),
            language=self.language.currentData(),
            client_no=self.client.text() if scoped else "",
            departments=self.departments.text() if scoped else "",
        )
        try:
            self.password = self.ops.add_user(new)
        except ServiceError as exc:
            self.problem.setText(refusal_text(exc))
            self.problem.setVisible(True)
            return
        self.accept()


class UsersPage(Page):
    page_id = PAGE_ID

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.secret_dialog: SecretDialog | None = None
        self.tabs = QTabWidget()
        self.users_table = _table([self.tr("User"), self.tr("Name"), self.tr("Role"),
                                   self.tr("Status"), self.tr("Employee"), self.tr("Client"),
                                   self.tr("Departments"), self.tr("Password")])  # fmt: skip
        self.audit_table = _table([self.tr("Time"), self.tr("User"), self.tr("Event"),
                                   self.tr("Regarding"), self.tr("Details")])  # fmt: skip
        self.users_problem, self.audit_problem = QLabel(), QLabel()
        self.problem = self.users_problem  # the first refusal a user meets
        for label in (self.users_problem, self.audit_problem):
            label.setObjectName("problem")
            label.setWordWrap(True)
            label.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, run, keys in (
            ("new", self.tr("New user"), self.new_user, "Ctrl+N"),
            ("disable", self.tr("Disable"), lambda: self.set_active(False), None),
            ("enable", self.tr("Enable"), lambda: self.set_active(True), None),
            ("password", self.tr("Temporary password"), self.reset_password, None),
            ("token", self.tr("New API token"), self.new_token, None),
            ("revoke", self.tr("Revoke API tokens"), self.revoke_tokens, None),
        ):
            button = QPushButton(text)
            button.setObjectName(f"users_{key}")
            button.clicked.connect(run)
            if keys:
                button.setToolTip(f"{text} ({keys})")
                QShortcut(QKeySequence(keys), self, run)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        users_tab = QWidget()
        users_layout = QVBoxLayout(users_tab)
        users_layout.addWidget(self.users_problem)
        users_layout.addLayout(bar)
        users_layout.addWidget(self.users_table, 1)
        audit_tab = QWidget()
        audit_layout = QVBoxLayout(audit_tab)
        audit_layout.addWidget(self.audit_problem)
        audit_layout.addWidget(self.audit_table, 1)
        self.tabs.addTab(users_tab, self.tr("Users"))
        self.tabs.addTab(audit_tab, self.tr("Audit log"))
        heading = QLabel(self.tr("Users and audit log"))
        heading.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.users_table.itemSelectionChanged.connect(self._enable_buttons)
        self.refresh()

    def title(self) -> str:
        return self.tr("Users and audit log")

    # --- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        from caplegal_desktop.errors import ServiceError

        marked = self.current_login()
        try:
            rows = self.ops.users()
        except ServiceError as exc:
            self._refused(self.users_problem, self.users_table, refusal_text(exc))
            for button in self.buttons.values():
                button.setVisible(False)
        else:
            self._shown(self.users_problem, self.users_table)
            self._fill_users(rows, marked)
        try:
            lines = self.ops.audit_lines()
        except ServiceError as exc:
            self._refused(self.audit_problem, self.audit_table, refusal_text(exc))
        else:
            self._shown(self.audit_problem, self.audit_table)
            kinds = self.kind_words()
            _fill(self.audit_table, [
                (f"{line.at:%d-%m-%Y %H:%M:%S}", line.login, kinds.get(line.kind, line.kind),
                 line.target, line.detail)
                for line in lines
            ])  # fmt: skip
        if self.users_table.isHidden() and not self.audit_table.isHidden():
            self.tabs.setCurrentIndex(1)  # a Revisor reads the audit log only
        self._enable_buttons()

    def kind_words(self) -> dict[str, str]:
        """The audit log's kinds (services.office.AuditKind) as the user reads them."""
        return {
            "sign_in": self.tr("Signed in"),
            "sign_in_failed": self.tr("Sign-in failed"),
            "locked_out": self.tr("Locked out"),
            "refused": self.tr("Refused"),
            "user_added": self.tr("User added"),
            "user_changed": self.tr("User changed"),
            "password_changed": self.tr("Password changed"),
            "token_created": self.tr("API token created"),
            "token_revoked": self.tr("API token revoked"),
            "department_added": self.tr("Department added"),
            "setup_changed": self.tr("Setup changed"),
            "export": self.tr("Export"),
        }

    def _fill_users(self, rows, marked: str | None) -> None:
        active, disabled = self.tr("active"), self.tr("disabled")
        temporary = self.tr("temporary")
        _fill(self.users_table, [
            (u.login, u.name, u.role, active if u.active else disabled, u.employee, u.client_no,
             ", ".join(u.departments), temporary if u.must_change_password else "")
            for u in rows
        ])  # fmt: skip
        self._active = {u.login: u.active for u in rows}
        for r in range(self.users_table.rowCount()):
            if self.users_table.item(r, 0).text() == marked:
                self.users_table.selectRow(r)

    @staticmethod
    def _refused(label: QLabel, table: QTableWidget, text: str) -> None:
        label.setText(text)
        label.setVisible(True)
        table.setVisible(False)

    @staticmethod
    def _shown(label: QLabel, table: QTableWidget) -> None:
        label.setVisible(False)
        table.setVisible(True)

    def current_login(self) -> str | None:
        rows = self.users_table.selectionModel().selectedRows()
        return self.users_table.item(rows[0].row(), 0).text() if rows else None

    def select_login(self, login: str) -> None:
        for r in range(self.users_table.rowCount()):
            if self.users_table.item(r, 0).text() == login:
                self.users_table.selectRow(r)

    def _enable_buttons(self) -> None:
        login = self.current_login()
        active = getattr(self, "_active", {}).get(login)
        for key in ("password", "token", "revoke"):
            self.buttons[key].setEnabled(login is not None)
        self.buttons["disable"].setEnabled(login is not None and bool(active))
        self.buttons["enable"].setEnabled(login is not None and active is False)

    # --- what an Administrator does ---------------------------------------------------------------
    def _run(self, call, done_text: str):
        from caplegal_desktop.errors import ServiceError

        try:
            result = call()
        except ServiceError as exc:
            self.say(refusal_text(exc))
            return None
        self.refresh()
        self.say(done_text)
        return result

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.sig_status_message.emit(text)

    def new_user(self) -> None:
        dialog = NewUserDialog(self.ops, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            login = dialog.login.text().strip()
            self.refresh()
            self.select_login(login)
            self.say(self.tr("User %1 created.").replace("%1", login))
            self.show_secret(
                self.tr("Temporary password"),
                self.tr(
                    "The temporary password of %1. It is shown only now; the user changes "
                    "it at the first sign-in."
                ).replace("%1", login),  # fmt: skip
                dialog.password,
            )

    def set_active(self, active: bool) -> None:
        login = self.current_login()
        if login is None:
            return
        text = self.tr("%1 enabled.") if active else self.tr("%1 disabled; API tokens revoked.")
        self._run(lambda: self.ops.set_active(login, active), text.replace("%1", login))

    def reset_password(self) -> None:
        login = self.current_login()
        if login is None:
            return
        password = self._run(lambda: self.ops.reset_password(login),
                             self.tr("%1 has a temporary password.").replace("%1", login))  # fmt: skip
        if password:
            self.show_secret(
                self.tr("Temporary password"),
                self.tr(
                    "The temporary password of %1. It is shown only now; the user changes "
                    "it at the first sign-in."
                ).replace("%1", login),  # fmt: skip
                password,
            )

    def new_token(self) -> None:
        login = self.current_login()
        if login is None:
            return
        token = self._run(lambda: self.ops.new_token(login),
                          self.tr("New API token for %1.").replace("%1", login))  # fmt: skip
        if token:
            self.show_secret(
                self.tr("New API token"),
                self.tr(
                    "The API token of %1 for the client's own system. It is shown only now; "
                    "only its hash is kept."
                ).replace("%1", login),  # fmt: skip
                token,
            )

    def revoke_tokens(self) -> None:
        login = self.current_login()
        if login is None:
            return
        revoked = self.ops.revoke_tokens
        self._run(lambda: revoked(login),
                  self.tr("The API tokens of %1 are revoked.").replace("%1", login))  # fmt: skip

    def show_secret(self, title: str, text: str, secret: str) -> None:
        """Window-modal and not blocking: the page goes on; closing the dialog forgets it."""
        if self.secret_dialog is not None:
            self.secret_dialog.close()
        self.secret_dialog = SecretDialog(title, text, secret, self)
        self.secret_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.secret_dialog.destroyed.connect(lambda: setattr(self, "secret_dialog", None))
        self.secret_dialog.open()


def users_page_for(context) -> UsersPage:
    """The page on an application context: each refresh is one read unit of work."""
    from ui.office.ops import OfficeOps

    return UsersPage(OfficeOps(context))
