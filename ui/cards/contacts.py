"""Contact persons on a card: an editable grid (name, role, e-mail, phone); Ctrl+Del removes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.master_data.party_card import ContactInput


class ContactsTable(QWidget):
    sig_changed = Signal()
    """Emitted when a contact is typed, added or removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("contactsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role (Att.)"), self.tr("E-mail"), self.tr("Phone")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(lambda _item: self.sig_changed.emit())
        self.add_button = QPushButton(self.tr("Add contact"))
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button = QPushButton(self.tr("Remove contact (Ctrl+Del)"))
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence("Ctrl+Del"), self.table, activated=self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_contacts(self, contacts) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for contact in contacts:
            self._append((contact.name, contact.role, contact.email, contact.phone))
        self.table.blockSignals(False)

    def _append(self, values) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value or ""))
        return row

    def add_contact(self) -> None:
        row = self._append(("", "", "", ""))
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))
        self.sig_changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.sig_changed.emit()

    def contacts(self) -> list[ContactInput]:
        found = []
        for row in range(self.table.rowCount()):
            name, role, email, phone = (
                (self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                for c in range(4)
            )
            if name or role or email or phone:
                found.append(ContactInput(name, role or None, email or None, phone or None))
        return found
