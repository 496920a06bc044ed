"""An editable card page: fields registered by the service's field names, Ctrl+Enter saves,
Esc asks first when something was changed, a refused save marks the fields and says why.

A subclass builds its FastTabs with `text_field`/`check_field`/`code_field`, and implements
`load()` (fill the widgets from the service), `gather()` (the input to save) and `save_input()`
(one service call). Nothing is saved until the user saves; a refused save changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMessageBox, QTreeWidget, QWidget

from caplegal_desktop.errors import ServiceError, ValidationError
from ui.framework.card_page import CardPage
from ui.framework.fields import mark_invalid
from ui.framework.lookup import LookupEdit
from ui.wizard.steps import CodeField

_translate = QCoreApplication.translate


def value_of(widget: QWidget):
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, (QLineEdit, LookupEdit)):
        return widget.text().strip()
    if hasattr(widget, "contacts"):
        return [tuple(vars(c).values()) for c in widget.contacts()]
    return None


def line_of(widget: QWidget) -> QWidget:
    return widget.line_edit if isinstance(widget, LookupEdit) else widget


class EditableCardPage(CardPage):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.editors: dict[str, QWidget] = {}  # the service's problem field suffix -> widget
        self._saved_values: dict[str, object] = {}
        self.on_close: Callable[[], None] = lambda: None
        self.on_saved: Callable[[object], None] = lambda _saved: None
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, activated=self.save)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setStyleSheet("color:#b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.layout().insertWidget(1, self.message)

    # --- fields ---------------------------------------------------------------------------------
    def add_editor(self, tab, key: str, label: str, widget: QWidget, **kwargs) -> QWidget:
        tab.add_field(label, widget, **kwargs)
        self.editors[key] = widget
        return widget

    def text_field(self, tab, key: str, label: str, **kwargs) -> QLineEdit:
        return self.add_editor(tab, key, label, QLineEdit(), **kwargs)

    def check_field(self, tab, key: str, label: str, **kwargs) -> QCheckBox:
        return self.add_editor(tab, key, label, QCheckBox(), **kwargs)

    def code_field(self, tab, key: str, label: str, load, title: str, **kwargs) -> CodeField:
        return self.add_editor(tab, key, label, CodeField(load, title), **kwargs)

    def set_value(self, key: str, value) -> None:
        widget = self.editors[key]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, LookupEdit):
            widget.set_text(value or "")
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)

    def text(self, key: str) -> str | None:
        return self.editors[key].text().strip() or None

    def checked(self, key: str) -> bool:
        return self.editors[key].isChecked()

    # --- changed? -------------------------------------------------------------------------------
    def current_values(self) -> dict[str, object]:
        return {key: value_of(widget) for key, widget in self.editors.items()}

    def remember_values(self) -> None:
        self._saved_values = self.current_values()
        self.show_problems([])

    def is_changed(self) -> bool:
        return self.current_values() != self._saved_values

    # --- save and close -------------------------------------------------------------------------
    def load(self) -> None:
        raise NotImplementedError

    def gather(self):
        raise NotImplementedError

    def save_input(self, card):
        raise NotImplementedError

    def refresh(self) -> None:
        self.load()
        self.remember_values()

    def save(self) -> bool:
        """Ctrl+Enter: one service call; refused -> the fields are marked, nothing changed."""
        try:
            saved = self.save_input(self.gather())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            QMessageBox.warning(self, self.title(), "\n".join(p.message for p in exc.problems))
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, self.title(), str(exc))
            return False
        self.on_saved(saved)
        self.refresh()
        self.sig_status_message.emit(self.saved_text(saved))
        return True

    def saved_text(self, saved) -> str:
        return _translate("Cards", "Saved.")

    def show_problems(self, problems) -> None:
        marked: dict[int, str] = {}
        for problem in problems:
            widget = self.editors.get(problem.field.rsplit(".", 1)[-1])
            if widget is not None:
                marked[id(widget)] = problem.message
        for widget in self.editors.values():
            if isinstance(widget, (QLineEdit, LookupEdit)):
                mark_invalid(line_of(widget), marked.get(id(widget)))
        self.message.setText("\n".join(p.message for p in problems))
        self.message.setVisible(bool(problems))

    def keyPressEvent(self, event) -> None:
        # Esc reaches the card from any of its fields (a field's own popup takes it first)
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.close_card()
            return
        super().keyPressEvent(event)

    def close_card(self) -> None:
        """Esc: an unchanged card closes at once; a changed one asks save / discard / stay."""
        if self.is_changed():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.title(),
                _translate("Cards", "The card has been changed. Save the changes?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.button(QMessageBox.StandardButton.Save).setText(_translate("Cards", "Save"))
            box.button(QMessageBox.StandardButton.Discard).setText(
                _translate("Cards", "Discard changes")
            )
            box.button(QMessageBox.StandardButton.Cancel).setText(_translate("Cards", "Stay"))
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            box.exec()
            answer = box.standardButton(box.clickedButton()) if box.clickedButton() else None
            if answer in (None, QMessageBox.StandardButton.Cancel):
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        self.on_close()


def record_history_table() -> QTreeWidget:
    """A card's History FastTab table: who changed which field when, from what to what."""
    return history_table(
        [
            _translate("Cards", "When"),
            _translate("Cards", "User"),
            _translate("Cards", "Field"),
            _translate("Cards", "Old value"),
            _translate("Cards", "New value"),
        ]
    )


def history_table(headers: list[str]) -> QTreeWidget:
    from ui.case_card.dialogs import table

    tree = table(headers, [])
    tree.setObjectName("cardHistory")
    tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return tree
