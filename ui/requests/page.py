"""The Henvendelser page: the request threads (Förfrågningar) between the clients and the office,
those waiting for the office first. The marked thread's messages show below it; the handler
answers (and closes) there. Closing a recall's thread closes the case. Another seat's message
(the portal's) shows within seconds: the page listens for changes while it is shown."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.cases import request_threads
from ui.framework.page import Page
from ui.framework.service_calls import ServiceCalls

_translate = QCoreApplication.translate
ROW_ID = Qt.ItemDataRole.UserRole
WATCH_MS = 1000
THREAD_TABLES = {"*", "request_thread", "request_message", "case_request"}


def kind_text(kind: str) -> str:
    texts = {
        "recall": _translate("Requests", "Recall"),
        "message": _translate("Requests", "Message to handler"),
        "question": _translate("Requests", "Question"),
    }
    return texts.get(kind, kind)


def status_text(status: str, waiting_for: str | None) -> str:
    if status == "closed":
        return _translate("Requests", "Closed")
    if waiting_for == "office":
        return _translate("Requests", "Awaiting us")
    return _translate("Requests", "Awaiting the client")


def side_text(side: str) -> str:
    return (
        _translate("Requests", "Client") if side == "client" else _translate("Requests", "Office")
    )


class RequestsData(ServiceCalls):
    def requests(self, *, include_completed: bool):
        return self.read(request_threads.list_threads, include_closed=include_completed)

    def open_count(self) -> int:
        return self.read(request_threads.waiting_for_office_count)

    def thread(self, thread_id: int):
        return self.read(request_threads.thread, thread_id=thread_id)

    def answer(self, thread_id: int, text: str, *, close: bool):
        return self.write(request_threads.answer, thread_id=thread_id, text=text, close=close)

    def complete(self, thread_id: int) -> str:
        return self.write(request_threads.close_thread, thread_id=thread_id)

    def watcher(self):
        """A listener of its own for the page (PostgreSQL LISTEN, SQLite data_version)."""
        from caplegal_desktop.change_feed import ChangeWatcher

        return ChangeWatcher(self.context.database)


class RequestsPage(Page):
    page_id = "requests"

    def __init__(self, data: RequestsData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.confirm = self._confirm  # replaceable in tests
        self.rows = []
        self.shown_thread = None
        heading = QLabel(self.title())
        heading.setObjectName("pageTitle")
        self.show_completed = QCheckBox(_translate("Requests", "Show closed"))
        self.show_completed.setObjectName("showCompletedRequests")
        self.show_completed.toggled.connect(lambda _on: self.refresh())
        self.complete_button = QPushButton(_translate("Requests", "Close request"))
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
            _translate("Requests", "Status"),
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
        self.table.currentCellChanged.connect(lambda *_a: self.show_thread())
        self.table.installEventFilter(self)
        self.empty = QLabel(_translate("Requests", "No open requests."))
        self.empty.setObjectName("hint")
        self.message = QLabel()
        self.message.setObjectName("requestsMessage")

        self.conversation = QTextBrowser()
        self.conversation.setObjectName("requestThread")
        self.conversation.setOpenLinks(False)
        self.reply = QPlainTextEdit()
        self.reply.setObjectName("requestAnswer")
        self.reply.setPlaceholderText(_translate("Requests", "Write the answer to the client …"))
        self.reply.setMaximumHeight(110)
        self.answer_button = QPushButton(_translate("Requests", "Answer"))
        self.answer_button.setObjectName("answerRequest")
        self.answer_button.clicked.connect(lambda: self.answer_current(close=False))
        self.answer_close_button = QPushButton(_translate("Requests", "Answer and close"))
        self.answer_close_button.setObjectName("answerCloseRequest")
        self.answer_close_button.clicked.connect(lambda: self.answer_current(close=True))
        answer_bar = QHBoxLayout()
        answer_bar.addStretch(1)
        answer_bar.addWidget(self.answer_button)
        answer_bar.addWidget(self.answer_close_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.conversation, 1)
        lower_layout.addWidget(self.reply)
        lower_layout.addLayout(answer_bar)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self._watcher = None
        self._watchers = watchers = []  # closed with the page, however it goes
        self.destroyed.connect(lambda _o=None: [w.close() for w in watchers])
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self._watch)

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

    # another seat's changes: listened for while the page is shown
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._watcher is None:
            try:
                self._watcher = self.data.watcher()
                self._watchers.append(self._watcher)
            except Exception:  # no listener: the page still refreshes by hand
                self._watcher = None
        self.watch_timer.start()

    def hideEvent(self, event) -> None:
        self.watch_timer.stop()
        super().hideEvent(event)

    def _watch(self) -> None:
        if self._watcher is None:
            return
        try:
            changed = self._watcher.poll()
        except Exception:  # a lost listener connection: stop listening
            self.stop_watching()
            return
        if changed & THREAD_TABLES:
            self.refresh()

    def stop_watching(self) -> None:
        self.watch_timer.stop()
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            self._watchers.remove(watcher)
            watcher.close()

    def closeEvent(self, event) -> None:
        self.stop_watching()
        super().closeEvent(event)

    def refresh(self) -> None:
        keep = self.current()
        self.rows = self.data.requests(include_completed=self.show_completed.isChecked())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            texts = [
                row.case_no,
                row.client_name,
                kind_text(row.kind),
                row.opened_at.strftime("%d-%m-%Y %H:%M"),
                row.opened_by,
                row.handler or "",
                status_text(row.status, row.waiting_for),
                row.first_text,
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ROW_ID, row.id)
                self.table.setItem(r, c, item)
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        at = next((i for i, r in enumerate(self.rows) if keep and r.id == keep.id), 0)
        if self.rows:
            self.table.setCurrentCell(at, 0)
        self.table.blockSignals(False)
        self.empty.setVisible(not self.rows)
        self.show_thread()

    def current(self):
        item = self.table.item(self.table.currentRow(), 0)
        row_id = item.data(ROW_ID) if item is not None else None
        return next((r for r in self.rows if r.id == row_id), None)

    def show_thread(self) -> None:
        row = self.current()
        if row is None:
            self.shown_thread = None
            self.conversation.clear()
            self._enable_answer(False)
            return
        try:
            self.shown_thread = self.data.thread(row.id)
        except ServiceError as exc:
            self.say(str(exc))
            return
        parts = []
        for m in self.shown_thread.messages:
            align = "left" if m.side == "client" else "right"
            head = f"{side_text(m.side)} · {html.escape(m.author)} · {m.written_at:%d-%m-%Y %H:%M}"
            body = html.escape(m.text).replace("\n", "<br>")
            parts.append(f'<p align="{align}"><small><b>{head}</b></small><br>{body}</p>')
        self.conversation.setHtml("".join(parts))
        bar = self.conversation.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._enable_answer(row.status != "closed")

    def _enable_answer(self, on: bool) -> None:
        for widget in (self.reply, self.answer_button, self.answer_close_button):
            widget.setEnabled(on)
        self.complete_button.setEnabled(on)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.sig_status_message.emit(text)

    def open_case(self) -> None:
        row = self.current()
        if row is not None:
            self.sig_open_record.emit("case", row.case_id)

    def answer_current(self, *, close: bool) -> None:
        row = self.current()
        if row is None:
            self.say(_translate("Requests", "Select a request first."))
            return
        if close and not self._recall_confirmed(row):
            return
        try:
            self.data.answer(row.id, self.reply.toPlainText(), close=close)
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.reply.clear()
        self.say(
            _translate("Requests", "%1: answer sent to the client.").replace("%1", row.case_no)
        )
        self.refresh()

    def complete_current(self) -> None:
        row = self.current()
        if row is None:
            self.say(_translate("Requests", "Select a request first."))
            return
        if not self._recall_confirmed(row):
            return
        try:
            done = self.data.complete(row.id)
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(f"{row.case_no}: {done}")
        self.refresh()

    def _recall_confirmed(self, row) -> bool:
        return row.kind != "recall" or self.confirm(
            _translate("Requests", "Complete the recall? Case %1 is then closed.").replace(
                "%1", row.case_no
            )
        )

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.title(), question)
        return answer == QMessageBox.StandardButton.Yes
