"""The Henvendelser list page: open requests oldest first (the completed ones too on demand),
Enter opens the case, Afslut completes the marked request (a recall then closes the case)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.cases import case_requests
from ui.framework.page import Page
from ui.framework.service_calls import ServiceCalls

_translate = QCoreApplication.translate
ROW_ID = Qt.ItemDataRole.UserRole


def kind_text(kind: str) -> str:
    texts = {
        "recall": _translate("Requests", "Recall"),
        "message": _translate("Requests", "Message to handler"),
    }
    return texts.get(kind, kind)


class RequestsData(ServiceCalls):
    def requests(self, *, include_completed: bool):
        return self.read(case_requests.case_requests, include_completed=include_completed)

    def open_count(self) -> int:
        return self.read(case_requests.open_request_count)

    def complete(self, request_id: int):
        return self.write(case_requests.complete, request_id=request_id)


class RequestsPage(Page):
    page_id = "requests"

    def __init__(self, data: RequestsData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.confirm = self._confirm  # replaceable in tests
        self.rows = []
        heading = QLabel(self.title())
        heading.setObjectName("pageTitle")
        self.show_completed = QCheckBox(_translate("Requests", "Show completed"))
        self.show_completed.setObjectName("showCompletedRequests")
        self.show_completed.toggled.connect(lambda _on: self.refresh())
        self.complete_button = QPushButton(_translate("Requests", "Complete"))
        self.complete_button.setObjectName("completeRequest")
        self.complete_button.clicked.connect(lambda: self.complete_current())
        self.open_button = QPushButton(_translate("Requests", "Open case"))
        self.open_button.clicked.connect(lambda: self.open_case())
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addWidget(self.show_completed)
        bar.addStretch(1)
        bar.addWidget(self.complete_button)
        bar.addWidget(self.open_button)
        headers = [
            _translate("Requests", "Case"),
            _translate("Requests", "Client"),
            _translate("Requests", "Type"),
            _translate("Requests", "Received"),
            _translate("Requests", "From"),
            _translate("Requests", "Handler"),
            _translate("Requests", "Completed"),
            _translate("Requests", "Text"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("requestsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_case())
        self.table.installEventFilter(self)
        self.empty = QLabel(_translate("Requests", "No open requests."))
        self.empty.setObjectName("hint")
        self.message = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)

    def title(self) -> str:
        return _translate("Requests", "Requests")

    def ribbon_layout(self):
        return {"actions": ["refresh"]}

    def handles_action(self, action_id: str) -> bool:
        return action_id == "refresh"

    def trigger_action(self, action_id: str) -> None:
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.table
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_case()
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self.rows = self.data.requests(include_completed=self.show_completed.isChecked())
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            texts = [
                row.case_no,
                row.client_name,
                kind_text(row.kind),
                row.requested_at.strftime("%d-%m-%Y %H:%M"),
                row.requested_by,
                row.handler or "",
                row.completed_at.strftime("%d-%m-%Y") if row.completed_at else "",
                row.text,
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ROW_ID, row.id)
                self.table.setItem(r, c, item)
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self.empty.setVisible(not self.rows)

    def current(self):
        item = self.table.item(self.table.currentRow(), 0)
        row_id = item.data(ROW_ID) if item is not None else None
        return next((r for r in self.rows if r.id == row_id), None)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.sig_status_message.emit(text)

    def open_case(self) -> None:
        row = self.current()
        if row is not None:
            self.sig_open_record.emit("case", row.case_id)

    def complete_current(self) -> None:
        row = self.current()
        if row is None:
            self.say(_translate("Requests", "Select a request first."))
            return
        if row.kind == "recall" and not self.confirm(
            _translate("Requests", "Complete the recall? Case %1 is then closed.").replace(
                "%1", row.case_no
            )
        ):
            return
        try:
            done = self.data.complete(row.id)
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(f"{row.case_no}: {done.action}")
        self.refresh()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.title(), question)
        return answer == QMessageBox.StandardButton.Yes
