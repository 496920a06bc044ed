"""Rediger liste (behind Gæld i alt): the case's posted entries with only their text editable;
OK (Ctrl+Enter) saves the changed texts, the old ones stay in the case history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ui.cards.case_edit import SavingDialog
from ui.cards.data import CardsData
from ui.framework.display import enum_text
from ui.i18n import format_amount, format_date

_translate = QCoreApplication.translate


class EntryTextsDialog(SavingDialog):
    def __init__(self, data: CardsData, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.case_id = data, case_id
        self.setWindowTitle(_translate("EntryTexts", "Edit list: entry texts"))
        self.entries = data.entry_texts(case_id)
        self.table = QTableWidget(len(self.entries), 4)
        self.table.setObjectName("entryTexts")
        self.table.setHorizontalHeaderLabels(
            [
                _translate("EntryTexts", "Posting date"),
                _translate("EntryTexts", "Type"),
                _translate("EntryTexts", "Amount"),
                _translate("EntryTexts", "Description"),
            ]
        )
        self.table.verticalHeader().hide()
        for row, entry in enumerate(self.entries):
            values = (
                format_date(entry.posting_date),
                enum_text("entry_type", entry.entry_type),
                format_amount(entry.amount),
                entry.description,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column < 3:  # posted: only the text may be corrected
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)
        self.form.addRow(self.table)
        hint = _translate("EntryTexts", "Only the text of a posted entry can be corrected.")
        self.message.setText(hint)
        self.resize(820, 440)
        if self.entries:
            self.table.setCurrentCell(0, 3)
        self.remember()

    def texts(self) -> dict[int, str]:
        return {
            entry.entry_id: self.table.item(row, 3).text()
            for row, entry in enumerate(self.entries)
            if self.table.item(row, 3).text() != entry.description
        }

    def snapshot(self) -> object:
        return self.texts()

    def save(self):
        return self.data.correct_entry_texts(self.case_id, self.texts())
