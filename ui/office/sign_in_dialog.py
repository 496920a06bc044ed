"""Sign-in on a server database (docs/office.md): login and password, Ctrl+Enter signs in,
Esc cancels. The dialog gathers input and calls one function; the service decides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class SignInDialog(QDialog):
    """`attempt(login, password)` returns None when signed in, else the Danish refusal, which
    the dialog shows (the password field is emptied; nothing else changes)."""

    def __init__(
        self,
        attempt: Callable[[str, str], str | None],
        *,
        database: str = "",
        login: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.setWindowTitle(self.tr("Sign in"))
        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 12)
        form.setVerticalSpacing(10)
        if database:
            where = QLabel(self.tr("Database: %1").replace("%1", database))
            where.setObjectName("hint")
            form.addRow(where)
        form.addRow(self.tr("User name:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.setMinimumWidth(400)
        (self.password_edit if login else self.login_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:
        """Ctrl+Enter signs in from any field (Enter alone does too, as the default button)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.try_sign_in()
            return
        super().keyPressEvent(event)

    def try_sign_in(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self._show(self.tr("Enter your user name and password."))
            return
        refusal = self._attempt(login, password)
        if refusal is None:
            self.accept()
            return
        self.password_edit.clear()
        self.password_edit.setFocus()
        self._show(refusal)

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)


def ask_sign_in(context) -> bool:
    """Show the dialog until the user signs in (True) or cancels (False). A temporary password
    opens the change-password dialog at once; only with their own password are they in."""
    from caplegal_desktop.errors import ServiceError
    from ui.app import ensure_application

    ensure_application(None)
    dialog = None

    def attempt(login: str, password: str) -> str | None:
        try:
            actor = context.sign_in(login=login, password=password)
        except ServiceError as exc:
            return str(exc)
        if actor.must_change_password:
            return forced_change(context, login, password, parent=dialog)
        return None

    dialog = SignInDialog(attempt, database=context.database.display_name(), login=context.user)
    return dialog.exec() == QDialog.DialogCode.Accepted


def forced_change(context, login: str, password: str, *, parent=None, dialog_factory=None):
    """A temporary password was right: the user chooses their own now, then is signed in with
    it. None when done; else the refusal the sign-in dialog shows (nobody is signed in)."""
    from caplegal_desktop.errors import ServiceError
    from ui.office.password_dialog import ChangePasswordDialog, change_own_password

    changed: list[str] = []

    def change(_current: str, new: str) -> str | None:
        refusal = change_own_password(context, password, new)
        if refusal is None:
            changed.append(new)
        return refusal

    make = dialog_factory or ChangePasswordDialog
    change_dialog = make(change, login=login, forced=True, parent=parent)
    if change_dialog.exec() != QDialog.DialogCode.Accepted or not changed:
        context.actor = None
        return QDialog.tr("Change your password before you continue.")
    try:
        context.sign_in(login=login, password=changed[0])
    except ServiceError as exc:
        context.actor = None
        return str(exc)
    return None
