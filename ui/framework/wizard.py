"""Wizard (guide): steps fill one request object; Finish makes exactly one service call.

Ctrl+Enter finishes from any step with a choice (e.g. "Create case" / "Create case and continue
with the next" / "Leave"); Esc leaves, asking first only when something was entered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

Request = TypeVar("Request")


class WizardStep(QWidget):
    """One page of a wizard. Subclasses override the four methods below."""

    def step_title(self) -> str:
        return ""

    def has_input(self) -> bool:
        """Whether the user typed or picked anything here (Esc then asks before leaving)."""
        return False

    def problems(self) -> list[str]:
        """What is wrong with this step's input, in words for the user; empty when valid."""
        return []

    def fill(self, request: Any) -> None:
        """Write this step's values into the request object."""


@dataclass(frozen=True)
class FinishChoice:
    key: str
    text: str  # already translated
    submits: bool = True


class Wizard(QDialog, Generic[Request]):
    def __init__(
        self,
        *,
        title: str,
        steps: Sequence[WizardStep],
        make_request: Callable[[], Request],
        submit: Callable[[Request], Any],
        finish_choices: Sequence[FinishChoice] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.setWindowTitle(title)
        self.steps = list(steps)
        self._make_request = make_request
        self._submit = submit
        self._choices = list(finish_choices)
        self.result_value: Any = None
        self.chosen: str | None = None
        self.shown_problems: list[str] = []

        self.step_list = QListWidget()
        self.step_list.setObjectName("wizardSteps")
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.step_list.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.step_list.setSpacing(1)
        row_height = self.step_list.fontMetrics().height() + 14
        for number, step in enumerate(self.steps, start=1):
            item = QListWidgetItem(f"{number}. {step.step_title()}")
            # a fixed row height: a style sheet's item padding alone lets the highlight overlap
            item.setSizeHint(QSize(0, row_height))
            self.step_list.addItem(item)
            self.stack.addWidget(step)
        self.step_heading = QLabel()
        self.step_heading.setObjectName("pageTitle")
        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.finish_button = QPushButton(self.tr("Finish (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.step_heading)
        right.addWidget(self.stack, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.step_list)
        layout.addLayout(right, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.finish)
        # Navision's keys between steps: Alt+N / Alt+P and Ctrl+PgDn / Ctrl+PgUp
        for keys in ("Alt+N", "Ctrl+PgDown"):
            QShortcut(QKeySequence(keys), self, activated=self.go_next)
        for keys in ("Alt+P", "Ctrl+PgUp"):
            QShortcut(QKeySequence(keys), self, activated=self.go_back)
        self.next_button.setToolTip(self.tr("Next step (Alt+N, Ctrl+PgDn)"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+P, Ctrl+PgUp)"))
        self.resize(820, 520)
        self.show_step(0)

    # --- moving between steps -------------------------------------------------------------------
    def current_index(self) -> int:
        return self.stack.currentIndex()

    def show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.step_list.setCurrentRow(index)
        self.step_heading.setText(self.steps[index].step_title())
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps) - 1)
        self.steps[index].setFocus(Qt.FocusReason.OtherFocusReason)
        self.steps[index].focusNextChild()

    def go_next(self) -> None:
        index = self.current_index()
        if index < len(self.steps) - 1 and self._step_is_valid(index):
            self.show_step(index + 1)

    def go_back(self) -> None:
        if self.current_index() > 0:
            self.show_step(self.current_index() - 1)

    def keyPressEvent(self, event) -> None:
        """Enter moves to the next field, and from a step's last field on to the next step."""
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            step = self.steps[self.current_index()]
            focus = QApplication.focusWidget()
            if focus is not None and step.isAncestorOf(focus):
                if _last_field_of(step, focus):
                    self.go_next()
                else:
                    self.focusNextChild()
                return
        super().keyPressEvent(event)

    # --- finishing and leaving ------------------------------------------------------------------
    def finish(self) -> None:
        """Check every step, offer the choices, build the request and make the one call."""
        for index in range(len(self.steps)):
            if not self._step_is_valid(index):
                return
        choice = self._ask_choice()
        if choice is None:
            return
        if not choice.submits:
            self.chosen = choice.key
            super().reject()
            return
        request = self._make_request()
        for step in self.steps:
            step.fill(request)
        try:
            self.result_value = self._submit(request)
        except ValueError as exc:
            self._show_problems([str(exc)])
            return
        self.chosen = choice.key
        self.accept()

    def reject(self) -> None:
        if any(step.has_input() for step in self.steps):
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Leave the wizard? What you entered will not be saved."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.chosen = None
        super().reject()

    def _ask_choice(self) -> FinishChoice | None:
        if len(self._choices) <= 1:
            return self._choices[0] if self._choices else FinishChoice("finish", "")
        box = QMessageBox(self)
        box.setObjectName("finishChoice")
        box.setWindowTitle(self.windowTitle())
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(self.tr("What do you want to do?"))
        buttons = {}
        for choice in self._choices:
            role = (
                QMessageBox.ButtonRole.AcceptRole
                if choice.submits
                else QMessageBox.ButtonRole.DestructiveRole
            )
            buttons[box.addButton(choice.text, role)] = choice
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(next(iter(buttons)))
        self.choice_box = box  # the tests answer it through this
        box.exec()
        return buttons.get(box.clickedButton())

    def _step_is_valid(self, index: int) -> bool:
        problems = self.steps[index].problems()
        if problems:
            self.show_step(index)
            self._show_problems(problems)
            return False
        return True

    def _show_problems(self, problems: list[str]) -> None:
        self.shown_problems = problems
        QMessageBox.warning(self, self.windowTitle(), "\n".join(problems))


def _last_field_of(step: QWidget, focus: QWidget) -> bool:
    """Whether Tab from `focus` would leave the step (the next focusable widget is outside it)."""
    widget = focus.nextInFocusChain()
    while widget is not None and widget is not focus:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled():
            return not step.isAncestorOf(widget)
        widget = widget.nextInFocusChain()
    return True
