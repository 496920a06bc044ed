"""The settlement page (afregning): make drafts up to a date, check them, post them all (F9),
print the selected one; a second tab shows the client funds balances."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from ui.client_funds.texts import t
from ui.framework.date_field import DateField
from ui.framework.page import Page
from ui.framework.ribbon import RibbonLayout
from ui.i18n import format_amount, format_date
from workflows.private_files import write_private_bytes

SETTLEMENT_COLUMNS = ("no", "client", "to", "status", "collected", "client_part", "firm_part",
                      "vat", "set_off", "payout")  # fmt: skip
LINE_COLUMNS = ("case", "date", "amount", "client_part", "firm_part", "vat", "direct")
BALANCE_COLUMNS = ("client", "name", "collected", "retained", "paid_out", "balance")
ARCHIVE_COLUMNS = ("run", "report", "due", "period", "run_by")
AMOUNTS = {"collected", "client_part", "firm_part", "vat", "set_off", "payout", "amount",
           "retained", "paid_out", "balance"}  # fmt: skip
ROW_ID = Qt.ItemDataRole.UserRole


def _table(columns, name: str, *, fit: tuple[str, ...] = ()) -> QTableWidget:
    """A read-only table of equal columns; those in `fit` as wide as their text (a name)."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([t(c) for c in columns])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for column in fit:
        header.setSectionResizeMode(columns.index(column), QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, columns, rows: list[dict], key: str | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, column in enumerate(columns):
            value = row.get(column, "")
            if column in AMOUNTS and value != "":
                text = format_amount(Decimal(value))
            elif column in ("to", "date", "due") and value:
                text = format_date(date.fromisoformat(value))
            elif column == "status":
                text = t(value)
            elif column == "direct":
                text = t("Yes") if value else ""
            else:
                text = str(value)
            item = QTableWidgetItem(text)
            if key is not None:
                item.setData(ROW_ID, row[key])
            if column in AMOUNTS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class SettlementPage(Page):
    page_id = "settlements"
    sig_posted = Signal()
    """Emitted after drafts were posted (the Role Center and balances refresh)."""

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.confirm = self._ask  # tests replace it: (question) -> bool
        self._rows: list[dict] = []
        self.to_date = DateField(value=date.today())
        self.settlements = _table(SETTLEMENT_COLUMNS, "settlementTable", fit=("client",))
        self.settlements.itemSelectionChanged.connect(self._show_lines)
        self.lines = _table(LINE_COLUMNS, "settlementLines")
        self.balances = _table(BALANCE_COLUMNS, "fundsBalances", fit=("name",))
        self.archive = _table(ARCHIVE_COLUMNS, "reportArchive")
        self.archive.doubleClicked.connect(lambda _i: self.open_archived())
        self._archive_rows: list[dict] = []
        self.problems = QListWidget()
        self.problems.setObjectName("settlementProblems")
        self.message = QLabel()
        bar = QHBoxLayout()
        heading = QLabel(t("PageTitle"))
        heading.setObjectName("pageTitle")
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(QLabel(t("ToLbl")))
        bar.addWidget(self.to_date)
        for key, slot in (("CreateAct", self.make_drafts), ("CheckAct", self.check),
                          ("PostAct", self.post), ("PrintAct", self.print_selected)):  # fmt: skip
            button = QPushButton(t(key))
            button.setObjectName(f"button_{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.settlements)
        split.addWidget(self.lines)
        split.addWidget(self.problems)
        split.setSizes([300, 200, 80])
        self.tabs = QTabWidget()
        self.tabs.addTab(split, t("SettlementsTab"))
        self.tabs.addTab(self.balances, t("BalancesTab"))
        archive_tab = QWidget()
        archive_layout = QVBoxLayout(archive_tab)
        archive_layout.setContentsMargins(0, 0, 0, 0)
        archive_layout.addWidget(self.archive, 1)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        for kind in ("pdf", "html", "xlsx"):
            button = QPushButton(t("OpenAct", kind.upper()))
            button.setObjectName(f"button_open_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.open_archived(k))
            open_row.addWidget(button)
        archive_layout.addLayout(open_row)
        self.tabs.addTab(archive_tab, t("ArchiveTab"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    # --- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        return t("PageTitle")

    def ribbon_layout(self) -> RibbonLayout:
        return {"process": ["post_journal", "refresh"]}

    def handles_action(self, action_id: str) -> bool:
        return action_id in ("post_journal", "refresh")

    def trigger_action(self, action_id: str) -> None:
        {"post_journal": self.post, "refresh": self.refresh}[action_id]()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F9:
            self.post()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        self._rows = self.ops.settlements()
        _fill(self.settlements, SETTLEMENT_COLUMNS,
              [{**r, "no": r["id"], "client": f"{r['client_no']} {r['client_name']}",
                "to": r["period_to"]}
               for r in self._rows], key="id")  # fmt: skip
        _fill(self.balances, BALANCE_COLUMNS,
              [{**b.to_json_dict(), "client": b.client_no, "name": b.client_name}
               for b in self.ops.balances()])  # fmt: skip
        self._archive_rows = self.ops.archive()
        _fill(self.archive, ARCHIVE_COLUMNS,
              [{"run": r["run_id"], "report": t(r["report"]), "due": r["due_date"],
                "period": f"{format_date(date.fromisoformat(r['parameters']['period_from']))} – "
                          f"{format_date(date.fromisoformat(r['parameters']['period_to']))}",
                "run_by": r["run_by"]} for r in self._archive_rows], key="run")  # fmt: skip
        if self._rows:
            self.settlements.selectRow(0)  # the newest
        self._show_lines()

    # --- actions (each: gather, one call, show) -------------------------------------------------
    def make_drafts(self) -> None:
        if self.to_date.value() is None:
            return self._error(self.to_date.error_message())
        try:
            changed = self.ops.make_drafts(self.to_date.value())
        except ServiceError as exc:
            return self._error(str(exc))
        self.refresh()
        self.message.setText(t("MadeMsg", len(changed.settlement_ids)))

    def check(self) -> list[str]:
        problems = self.ops.check_drafts()
        self.problems.clear()
        self.problems.addItems(problems)
        self.message.setText(t("NoProblemsMsg") if not problems else "; ".join(problems))
        return problems

    def post(self) -> None:
        count = self.ops.draft_count()
        if not count:
            self.message.setText(t("NoDraftsMsg"))
            return
        if not self.confirm(t("PostQst", count)):
            return
        try:
            changed = self.ops.post_drafts()
        except ServiceError as exc:
            return self._error(str(exc))
        self.refresh()
        self.message.setText(t("PostedMsg", len(changed.settlement_ids)))
        self.sig_posted.emit()

    def print_selected(self, target: Path | None = None) -> Path | None:
        settlement_id = self.selected_id()
        if settlement_id is None:
            return None
        target = target or Path(tempfile.gettempdir()) / f"afregning-{settlement_id}.pdf"
        self.ops.print_pdf(settlement_id, target)
        self.message.setText(t("PrintedMsg", target))
        return target

    def open_archived(self, kind: str = "pdf", *, launch: bool = True) -> Path | None:
        """Write the chosen run's file to the temp folder and open it with the system viewer."""
        items = self.archive.selectedItems()
        run = next((r for r in self._archive_rows if items and r["run_id"] == items[0].data(ROW_ID)),
                   None)  # fmt: skip
        file = next((f for f in run["files"] if f["kind"] == kind), None) if run else None
        if file is None:
            return None
        name, content = self.ops.archived_file(file["id"])
        target = Path(tempfile.gettempdir()) / name
        write_private_bytes(target, content)
        if launch:
            from ui.open_file import open_in_default_program

            open_in_default_program(target)
        return target

    def selected_id(self) -> int | None:
        items = self.settlements.selectedItems()
        return items[0].data(ROW_ID) if items else None

    def _show_lines(self) -> None:
        chosen = self.selected_id()
        lines = self.ops.lines(chosen) if chosen is not None else []
        _fill(self.lines, LINE_COLUMNS,
              [{**ln, "case": ln["case_no"], "date": ln["posting_date"]} for ln in lines])  # fmt: skip

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, t("PostTitle"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _error(self, text: str) -> None:
        self.message.setText(text)
        self.problems.clear()
        self.problems.addItems(text.split("; "))
