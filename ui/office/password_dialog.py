"""Skift adgangskode (docs/office.md): the current password, the new one twice. Ctrl+Enter (or
Enter) saves, Esc cancels. Forced at sign-in when the password is temporary: then the current
one was just typed and is not asked again, and cancelling means not signing in.

The dialog gathers input and calls one function; the service decides (argon2id, the rules)."""

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

from ui.office.permissions import refusal_text


def _password_line(name: str) -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(name)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


class ChangePasswordDialog(QDialog):
    """`change(current, new)` returns None when changed, else the Danish refusal, which the
    dialog shows (the fields are emptied; nothing else changes)."""

    def __init__(
        self,
        change: Callable[[str, str], str | None],
        *,
        login: str,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._change, self.forced = change, forced
        self.setWindowTitle(self.tr("Change password"))
        self.current_edit = _password_line("current")
        self.new_edit = _password_line("new")
        self.repeat_edit = _password_line("repeat")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 12)
        form.setVerticalSpacing(10)
        if forced:
            why = QLabel(
                self.tr("Your password is temporary. Choose your own before you continue.")
            )
            why.setObjectName("hint")
            why.setWordWrap(True)
            form.addRow(why)
        form.addRow(self.tr("User name:"), QLabel(login))
        if not forced:
            form.addRow(self.tr("Current password:"), self.current_edit)
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow(self.tr("Repeat new password:"), self.repeat_edit)
        rules = QLabel(self.tr("At least 10 characters."))
        rules.setObjectName("hint")
        form.addRow(rules)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.setMinimumWidth(420)
        first = self.new_edit if forced else self.current_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:
        """Ctrl+Enter saves from any field (Enter alone does too, as the default button)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.try_change()
            return
        super().keyPressEvent(event)

    def try_change(self) -> None:
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        if not new:
            self._refused(self.tr("Enter the new password twice."))
            return
        if new != repeat:
            self._refused(self.tr("The two new passwords are not the same."))
            return
        refusal = self._change(self.current_edit.text(), new)
        if refusal is None:
            self.accept()
            return
        self._refused(refusal)

    def _refused(self, text: str) -> None:
        for line in (self.current_edit, self.new_edit, self.repeat_edit):
            line.clear()
        (self.new_edit if self.forced else self.current_edit).setFocus()
        self.problem.setText(text)
        self.problem.setVisible(True)


def change_own_password(context, current: str, new: str) -> str | None:
    """One writing unit of work on the context: None when changed, else the refusal."""
    from caplegal_desktop.errors import ServiceError
    from caplegal_desktop.services.office import users

    try:
        with context.uow(write=True) as uow:
            users.change_own_password(uow.session, current=current, new=new)
            uow.commit()
    except ServiceError as exc:
        return refusal_text(exc)
    return None


def ask_password_change(context, parent: QWidget | None = None) -> bool:
    """Skift adgangskode from the status bar: True when changed."""
    actor = context.actor
    dialog = ChangePasswordDialog(
        lambda current, new: change_own_password(context, current, new),
        login=actor.login if actor else context.user,
        parent=parent,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted
