"""Renteloft (Opsætning): the legal rate caps on consumer claims — country, reference series,
margin and its source — with Ret (a correction with its source and reason, kept in the figure
history) and Bekræft for a seeded row still marked UNVERIFIED."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.master_data import rate_caps
from ui.framework.page import Page
from ui.framework.service_calls import ServiceCalls
from ui.i18n import format_amount, format_date

_translate = QCoreApplication.translate
PAGE_ID = "rate_caps"
ROW_ID = Qt.ItemDataRole.UserRole


class RateCapsData(ServiceCalls):
    def caps(self):
        return self.read(rate_caps.list_rate_caps)

    def correct(self, row_id: int, margin: str, source: str, reason: str):
        return self.write(
            rate_caps.correct_rate_cap,
            row_id=row_id,
            margin_pct=margin,
            source=source,
            reason=reason or None,
        )

    def confirm(self, row_id: int):
        return self.write(rate_caps.confirm_rate_cap, row_id=row_id)


class CorrectCapDialog(QDialog):
    def __init__(self, row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctRateCap")
        self.setWindowTitle(_translate("RateCaps", "Correct rate cap"))
        self.margin = QLineEdit(format_amount(row.margin_pct))
        self.source = QLineEdit(row.source)
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(_translate("RateCaps", "Margin (percentage points)"), self.margin)
        form.addRow(_translate("RateCaps", "Source"), self.source)
        form.addRow(_translate("RateCaps", "Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 180)


class RateCapsPage(Page):
    page_id = PAGE_ID

    def __init__(self, data: RateCapsData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.ask_correction = self._ask_correction  # replaceable in tests
        self.rows = []
        heading = QLabel(self.title())
        heading.setObjectName("pageTitle")
        self.correct_button = QPushButton(_translate("RateCaps", "Correct"))
        self.correct_button.clicked.connect(lambda: self.correct_current())
        self.confirm_button = QPushButton(_translate("RateCaps", "Confirm"))
        self.confirm_button.clicked.connect(lambda: self.confirm_current())
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(self.correct_button)
        bar.addWidget(self.confirm_button)
        headers = [
            _translate("RateCaps", "Country"),
            _translate("RateCaps", "Reference series"),
            _translate("RateCaps", "Valid from"),
            _translate("RateCaps", "Margin"),
            _translate("RateCaps", "Rule"),
            _translate("RateCaps", "Confirmed"),
            _translate("RateCaps", "Source"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("rateCapsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def title(self) -> str:
        return _translate("RateCaps", "Rate caps")

    def ribbon_layout(self):
        return {"actions": ["refresh"]}

    def handles_action(self, action_id: str) -> bool:
        return action_id == "refresh"

    def trigger_action(self, action_id: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.data.caps()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            confirmed = (
                _translate("RateCaps", "UNVERIFIED – to confirm")
                if row.needs_confirmation
                else (row.confirmed_by or _translate("RateCaps", "Yes"))
            )
            texts = [
                row.country,
                row.reference_series,
                format_date(row.valid_from),
                format_amount(row.margin_pct),
                row.legal_rule,
                confirmed,
                row.source,
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ROW_ID, row.row_id)
                self.table.setItem(r, c, item)
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        if self.rows and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    def current(self):
        item = self.table.item(self.table.currentRow(), 0)
        row_id = item.data(ROW_ID) if item is not None else None
        return next((r for r in self.rows if r.row_id == row_id), None)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.sig_status_message.emit(text)

    def correct_current(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = self.ask_correction(row)
        if answer is None:
            return
        try:
            self.data.correct(row.row_id, *answer)
        except (ServiceError, ValueError) as exc:
            self.say(str(exc))
            return
        self.say(_translate("RateCaps", "The rate cap is corrected."))
        self.refresh()

    def confirm_current(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            self.data.confirm(row.row_id)
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(_translate("RateCaps", "The rate cap is confirmed."))
        self.refresh()

    def _ask_correction(self, row):
        dialog = CorrectCapDialog(row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.margin.text(), dialog.source.text(), dialog.reason.text()
