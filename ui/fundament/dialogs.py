"""Dan fundament: choose the debtor and fill in the General fields. The dialog returns data; the
service saves. OK (Ctrl+Enter) is enabled only when the fields are valid; Esc cancels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.fundaments.rules import FundamentInput
from ui.fundament import texts
from ui.fundament.form import FundamentFields


class NewFundamentDialog(QDialog):
    def __init__(
        self,
        *,
        case_no: str,
        debtors: Sequence,
        defaults: FundamentInput,
        today: Callable[[], dt.date],
        districts: Callable[[str], list],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newFundamentDialog")
        self.setWindowTitle(texts.NEW_TITLE.format(case_no=case_no))
        self.setMinimumWidth(660)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(16)
        self.debtor = QComboBox()
        for debtor in debtors:
            self.debtor.addItem(f"{debtor.no}  {debtor.name}", debtor.party_id)
        form.addRow(_caption(texts.CASE), QLabel(case_no))
        form.addRow(_caption(texts.DEBTOR, self.debtor), self.debtor)

        def add(caption: str, widget: QWidget) -> QWidget:
            form.addRow(_caption(caption, widget), widget)
            return widget

        self.fields = FundamentFields(form, add, today=today, districts=districts, parent=self)
        self.fields.set_input(defaults)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setEnabled(self.fields.is_valid())
        self.fields.sig_validity_changed.connect(self.ok_button.setEnabled)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        (self.fields.fundament_date if self.debtor.count() < 2 else self.debtor).setFocus()

    def keyPressEvent(self, event) -> None:
        # Ctrl+Enter is OK even where the shortcut map does not see the key (no active window)
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.fields.validate() and self.debtor.currentData() is not None:
            super().accept()

    def debtor_party_id(self) -> int:
        return self.debtor.currentData()

    def data(self) -> FundamentInput:
        return self.fields.input()


def ask_replace(parent: QWidget, *, no: str, active_nos: Sequence[str]) -> bool:
    """Aktivér while the debtor has another active fundament: close that one first?"""
    box = QMessageBox(parent)
    box.setWindowTitle(texts.ACTIVATE)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(texts.REPLACE_QST.format(nos=", ".join(active_nos), no=no))
    replace = box.addButton(texts.REPLACE, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(replace)
    box.exec()
    return box.clickedButton() is replace


def _caption(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label
