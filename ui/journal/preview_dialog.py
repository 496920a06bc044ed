"""Shows the entries a posting would make (nothing has changed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

from ui.framework.columns import keep_fitted
from ui.framework.display import enum_text
from ui.i18n import format_amount, format_date
from ui.journal.texts import t


class PreviewDialog(QDialog):
    def __init__(self, entries, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("PreviewTitle"))
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels(
            [t("posting_date"), t("case_no"), t("entry_type"), t("amount"), t("description")]
        )
        for r, e in enumerate(entries):
            texts = [
                format_date(e.posting_date),
                e.case_no,
                enum_text("entry_type", e.entry_type),
                format_amount(e.amount),
                e.description,
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == 3:  # the amount
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(800, 400)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.columns = keep_fitted(self.table, stretch=4)
