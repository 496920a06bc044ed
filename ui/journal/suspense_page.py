"""The suspense list (afstemningsliste): payments no case fits, until the user places them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from ui.framework.page import Page
from ui.i18n import format_amount, format_date
from ui.journal.texts import t

SUSPENSE_ID = Qt.ItemDataRole.UserRole


class SuspensePage(Page):
    page_id = "suspense"

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.ask_case_no = self._ask_case_no  # tests replace it: () -> str | None
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("suspenseTable")
        self.table.setHorizontalHeaderLabels(
            [
                t(key)
                for key in (
                    "DateLbl",
                    "AmountLbl",
                    "CurrencyLbl",
                    "ReferenceLbl",
                    "PayerLbl",
                    "ReasonLbl",
                )
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.message = QLabel()
        assign = QPushButton(t("AssignAct"))
        assign.setObjectName("button_AssignAct")
        assign.clicked.connect(lambda: self.assign_current())
        bar = QHBoxLayout()
        heading = QLabel(t("SuspenseTitle"))
        heading.setObjectName("pageTitle")
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(assign)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def title(self) -> str:
        return t("SuspenseTitle")

    def ribbon_layout(self):
        return {"process": ["refresh"]}

    def handles_action(self, action_id: str) -> bool:
        return action_id == "refresh"

    def trigger_action(self, action_id: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        rows = self.ops.suspense()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            texts = [
                format_date(row.booking_date),
                format_amount(row.amount),
                row.currency,
                row.reference or "",
                row.payer_name or "",
                row.reason,
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(SUSPENSE_ID, row.id)
                self.table.setItem(r, c, item)

    def assign_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        case_no = self.ask_case_no()
        if not case_no:
            return
        try:
            changed = self.ops.resolve(item.data(SUSPENSE_ID), case_no)
        except ServiceError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(f"{t('AssignAct')}: {case_no}" if changed else "")
        self.sig_status_message.emit(self.message.text())
        self.refresh()

    def _ask_case_no(self) -> str | None:
        text, ok = QInputDialog.getText(self, t("AssignAct"), t("CaseNoQst"))
        return text.strip() if ok else None
