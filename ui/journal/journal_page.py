"""The collection journal page (inkassokladde): edit lines, Ctrl+Del, Check, preview, F9."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError, ValidationError
from caplegal_desktop.services.journal.batches import LineInput
from ui.framework.background import run_in_background
from ui.framework.display import enum_text, enum_value
from ui.framework.files import documents_folder
from ui.framework.page import Page
from ui.framework.ribbon import RibbonLayout
from ui.i18n import format_amount, format_date, parse_amount, parse_date
from ui.journal.preview_dialog import PreviewDialog
from ui.journal.texts import COLUMNS, t
from workflows.amounts import AmountError

FIELDS = tuple(COLUMNS)
LINE_ID = Qt.ItemDataRole.UserRole


class JournalPage(Page):
    page_id = "journals"

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.confirm = self._ask  # tests replace it: (question) -> bool
        self._version = 0
        self._loading = False
        self._names: dict[int, str] = {}
        self.batch_combo = QComboBox()
        self.batch_combo.currentIndexChanged.connect(lambda _i: self.refresh_lines())
        self.table = QTableWidget(0, len(FIELDS))
        self.table.setObjectName("journalTable")
        self.table.setHorizontalHeaderLabels([t(name) for name in FIELDS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.resizeColumnsToContents()  # the headers' width, e.g. "Bokföringsdatum"
        header = self.table.horizontalHeader()
        # The description takes the spare width; the amount keeps a fixed, readable column.
        header.setSectionResizeMode(FIELDS.index("description"), QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(FIELDS.index("amount"), 130)
        self.table.setColumnWidth(FIELDS.index("case_no"), 90)
        self.table.itemChanged.connect(self._on_item_changed)
        self.problems = QListWidget()
        self.problems.setObjectName("journalProblems")
        self.message = QLabel()
        bar = QHBoxLayout()
        heading = QLabel(t("JournalTitle"))
        heading.setObjectName("pageTitle")
        bar.addWidget(heading)
        bar.addWidget(QLabel(t("BatchLbl")))
        bar.addWidget(self.batch_combo)
        bar.addStretch(1)
        for key, slot in (
            ("NewLineAct", self.new_line),
            ("CheckAct", self.check),
            ("PreviewAct", self.preview),
            ("ImportAct", self.import_file),
        ):
            button = QPushButton(t(key))
            button.setObjectName(f"button_{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problems)
        splitter.setSizes([500, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # --- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        return t("JournalTitle")

    def ribbon_layout(self) -> RibbonLayout:
        return {"process": ["post_journal", "new_record", "delete_record", "refresh"]}

    def handles_action(self, action_id: str) -> bool:
        return action_id in ("post_journal", "new_record", "delete_record", "refresh")

    def trigger_action(self, action_id: str) -> None:
        {
            "post_journal": self.post,
            "new_record": self.new_line,
            "delete_record": self.delete_current_line,
            "refresh": self.refresh,
        }[action_id]()

    def refresh(self) -> None:
        current = self.batch_id()
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        self._names = {}
        for batch in self.ops.batches():
            self._names[batch.id] = batch.name
            self.batch_combo.addItem(f"{batch.name} ({batch.line_count})", batch.id)
        index = max(0, self.batch_combo.findData(current)) if current else 0
        self.batch_combo.setCurrentIndex(index)
        self.batch_combo.blockSignals(False)
        self.refresh_lines()

    # --- lines ----------------------------------------------------------------------------------
    def batch_id(self) -> int | None:
        return self.batch_combo.currentData()

    def show_batch(self, batch_id: int, *, line_id: int | None = None) -> None:
        """Open on this batch (read again) with the given line marked."""
        self.refresh()
        index = self.batch_combo.findData(batch_id)
        if index >= 0:
            self.batch_combo.setCurrentIndex(index)
            self.refresh_lines()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(LINE_ID) == line_id:
                self.table.setCurrentCell(row, 0)
                break
        self.table.setFocus()

    def refresh_lines(self) -> None:
        batch_id = self.batch_id()
        rows = self.ops.lines(batch_id) if batch_id else []
        self._version = next((b.version for b in self.ops.batches() if b.id == batch_id), 0)
        self._loading = True
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            v = row.values
            texts = [
                format_date(v.posting_date) if v.posting_date else "",
                row.case_no or "",
                enum_text("entry_type", v.entry_type),
                v.tariff_code or "",
                v.posting_template or "",
                v.description or "",
                format_amount(v.amount) if v.amount is not None else "",
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(LINE_ID, row.id)
                if FIELDS[c] == "amount":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        for name in ("posting_date", "entry_type", "posting_template"):  # words never cut
            column = FIELDS.index(name)
            wanted = self.table.sizeHintForColumn(column) + 14
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), wanted))
        self._loading = False

    def current_line_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(LINE_ID) if item else None

    def new_line(self) -> None:
        if self.batch_id():
            self._run(lambda: self.ops.add_line(self.batch_id(), LineInput(entry_type="payment")))

    def delete_current_line(self) -> None:
        line_id = self.current_line_id()
        if line_id is not None:
            self._run(lambda: self.ops.delete_line(line_id))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        line_id, name, text = item.data(LINE_ID), FIELDS[item.column()], item.text().strip()
        if name == "case_no":
            self._run(lambda: self.ops.update_case(line_id, text))
            return
        self._run(lambda: self.ops.update_line(line_id, {name: self._parse(name, text)}))

    @staticmethod
    def _parse(name: str, text: str):
        if not text:
            return None
        if name == "amount":
            return parse_amount(text)
        if name == "posting_date":
            return parse_date(text)  # the language's way, as the cell shows it
        if name == "entry_type":
            return enum_value("entry_type", text)
        return text

    # --- check, preview, post, import -----------------------------------------------------------
    def check(self) -> list:
        problems = self.ops.check(self.batch_id())
        self.problems.clear()
        for p in problems:
            self.problems.addItem(f"Linje {p.line_no}: {p.field}: {p.message}")
        self._say(t("ProblemsMsg", len(problems)) if problems else t("NoProblemsMsg"))
        return problems

    def preview(self) -> None:
        try:
            result = self.ops.preview(self.batch_id())
        except ServiceError as exc:
            self._show_error(exc)
            return
        self.preview_dialog = PreviewDialog(result.entries, parent=self)
        self.preview_dialog.show()

    def post(self) -> None:
        """F9: ask, then post on the worker; the page refreshes from the result."""
        count = self.table.rowCount()
        if not count or not self.confirm(t("PostQst", count, self._names.get(self.batch_id(), ""))):
            return
        batch_id, version = self.batch_id(), self._version
        run_in_background(
            lambda progress: self.ops.post(batch_id, version, progress=progress.report),
            on_done=self._posted,
            on_failed=self._show_error,
            progress_label=t("PostTitle"),
            parent=self,
        )

    def _posted(self, result) -> None:
        self.problems.clear()
        if result.posted:  # in the user's language, "1 post" / "2 poster"
            count = len(result.entries)
            said = self.tr("Batch %1 is posted: %n entry(ies).", "", count)
            said = said.replace("%1", result.batch_name)
            self._say(said)
        else:
            self._say(result.message)
        self.refresh()

    def import_file(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(self, t("ImportAct"), documents_folder())[0]
        if path:
            run_in_background(
                lambda _p: self.ops.import_file(path),
                on_done=lambda r: (self._say(r.message), self.refresh()),
                on_failed=self._show_error,
                parent=self,
            )

    # --- helpers --------------------------------------------------------------------------------
    def _run(self, work) -> None:
        try:
            work()
        except (ServiceError, AmountError) as exc:  # AmountError: a typed amount no one meant
            self._show_error(exc)
        self.refresh_lines()

    def _show_error(self, exc: Exception) -> None:
        self.problems.clear()
        lines = [str(p) for p in exc.problems] if isinstance(exc, ValidationError) else [str(exc)]
        self.problems.addItems(lines)
        self._say(lines[0])

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.sig_status_message.emit(text)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, t("PostTitle"), question)
        return answer == QMessageBox.StandardButton.Yes
