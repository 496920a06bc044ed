"""Shows the entries a posting would make (nothing has changed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

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
                e.entry_type,
                format_amount(e.amount),
                e.description,
            ]
            for c, text in enumerate(texts):
                self.table.setItem(r, c, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(800, 400)
