"""A page that maintains one kind of legal-figure table (reference rates, salary tables, fixed
fees): a selector of tables, the rows newest first with the ones to confirm marked, and the
ribbon actions New, Correct, Confirm, History (and Import CSV where the service can).

A subclass says what its rows look like (`load_rows`) and how a change is saved; the page does
the rest. Every change goes through one service call and the page re-reads the table after it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from caplegal_desktop.errors import ServiceError
from ui.framework.page import Page
from ui.framework.ribbon import RibbonLayout
from ui.setup_tables import texts
from ui.theme import icon

ROW_ROLE = Qt.ItemDataRole.UserRole
TO_CONFIRM_BACKGROUND = QColor("#fff4d6")
MISSING_COLOUR = QColor("#b3261e")


@dataclass(frozen=True)
class Column:
    title: str
    width: int
    right: bool = False
    stretch: bool = False  # takes the room the others leave (the source)


@dataclass
class ShownRow:
    """One line of the table: its cells, whether it waits for confirmation, and the record."""

    key: Hashable
    cells: Sequence[str]
    needs_confirmation: bool = False
    missing: bool = False  # a date the table should have a row for, and has not
    record: object = None
    tooltips: dict[int, str] = field(default_factory=dict)


class FigureTablePage(Page):
    sig_figures_changed = Signal()
    """Emitted after a row was added, corrected, confirmed or imported."""

    new_action = "figure_new"
    correct_action = "figure_correct"
    can_import = False

    def __init__(
        self, data, *, page_id: str, title: str, hint: str, columns: Sequence[Column]
    ) -> None:
        super().__init__()
        self.page_id = page_id
        self.data = data
        self._title = title
        self.rows: list[ShownRow] = []
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.hint = QLabel(hint)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.tab_bar = QTabBar()
        self.tab_bar.setObjectName("figureTables")
        self.tab_bar.setExpanding(False)
        self.tab_bar.setDrawBase(False)
        self.tab_bar.currentChanged.connect(lambda _i: self.refresh())
        self.status_icon = QLabel()
        self.status_icon.setPixmap(icon("warning").pixmap(16, 16))
        self.status = QLabel()
        self.status.setObjectName("figureStatus")
        self.tree = QTreeWidget()
        self.tree.setObjectName("figureTable")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setIconSize(QSize(14, 14))
        self.tree.setHeaderLabels([c.title for c in columns])
        self.tree.itemActivated.connect(lambda _item, _col: self.trigger_action("figure_history"))
        self._columns = list(columns)
        header = self.tree.header()
        header.setStretchLastSection(not any(c.stretch for c in columns))
        for index, column in enumerate(columns):
            self.tree.setColumnWidth(index, column.width)
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            if column.right:  # a figure's caption stands over its figures
                self.tree.headerItem().setTextAlignment(
                    index, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.tab_bar)
        layout.addLayout(status_row)
        layout.addWidget(self.tree, 1)

    # --- what a subclass says -------------------------------------------------------------------
    def tables(self) -> list[tuple[str, str]]:
        """(key, label) of each table the selector offers; one table shows no selector."""
        return []

    def load_rows(self, table: str | None) -> list[ShownRow]:
        raise NotImplementedError

    def new_row(self, table: str | None, prefill: ShownRow | None) -> object:
        """Ask for a new row and save it; the saved row, or None when cancelled."""
        raise NotImplementedError

    def correct_row(self, table: str | None, row: ShownRow) -> object:
        raise NotImplementedError

    def confirm_row(self, table: str | None, row: ShownRow) -> object:
        raise NotImplementedError

    def history(self, table: str | None, row: ShownRow) -> None:
        raise NotImplementedError

    def import_file(self, path=None) -> object:
        raise NotImplementedError

    def row_name(self, row: ShownRow) -> str:
        """How a message names the row, e.g. 'DK 1,75 %'."""
        return row.cells[1] if len(row.cells) > 1 else str(row.key)

    # --- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        return self._title

    def ribbon_layout(self) -> RibbonLayout:
        actions = ["figure_history", "refresh"]
        if self.can_import:
            actions.insert(1, "figure_import")
        return {
            "process": [self.new_action, self.correct_action, "figure_confirm"],
            "actions": actions,
        }

    def handles_action(self, action_id: str) -> bool:
        return action_id in self._handlers()

    def trigger_action(self, action_id: str) -> None:
        self._handlers()[action_id]()

    def _handlers(self) -> dict:
        handlers = {
            self.new_action: self.action_new,
            "new_record": self.action_new,  # Ctrl+N
            self.correct_action: self.action_correct,
            "figure_confirm": self.action_confirm,
            "figure_history": self.action_history,
            "refresh": self.refresh,
        }
        if self.can_import:
            handlers["figure_import"] = self.import_file
        return handlers

    def focus_filter(self) -> None:
        self.tree.setFocus()

    # --- showing --------------------------------------------------------------------------------
    def current_table(self) -> str | None:
        index = self.tab_bar.currentIndex()
        return self.tab_bar.tabData(index) if index >= 0 else None

    def select_table(self, key: str) -> None:
        for index in range(self.tab_bar.count()):
            if self.tab_bar.tabData(index) == key:
                self.tab_bar.setCurrentIndex(index)
                return

    def refresh(self) -> None:
        self._fill_tabs()
        marked = self.current_row()
        self.rows = self.load_rows(self.current_table())
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setItalic(True)
        for row in self.rows:
            item = QTreeWidgetItem([str(cell) for cell in row.cells])
            item.setData(0, ROW_ROLE, row.key)
            for index, column in enumerate(self._columns):
                if column.right:
                    item.setTextAlignment(
                        index, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
            for index, tip in row.tooltips.items():
                item.setToolTip(index, tip)
            if row.needs_confirmation:
                item.setIcon(0, icon("warning"))
                for index in range(len(self._columns)):
                    item.setBackground(index, QBrush(TO_CONFIRM_BACKGROUND))
                    item.setToolTip(index, item.toolTip(index) or texts.NEEDS_CONFIRMATION)
            if row.missing:
                item.setIcon(0, icon("warning"))
                for index in range(len(self._columns)):
                    item.setForeground(index, QBrush(MISSING_COLOUR))
                    item.setFont(index, bold)
                    item.setToolTip(index, texts.MISSING_TIP)
            self.tree.addTopLevelItem(item)
        self._mark(marked.key if marked is not None else None)
        to_confirm = sum(1 for row in self.rows if row.needs_confirmation)
        missing = sum(1 for row in self.rows if row.missing)
        parts = [texts.MISSING_COUNT_MSG.replace("%1", str(missing))] if missing else []
        parts += [texts.rows_to_confirm(to_confirm)] if to_confirm else []
        self.status.setText("  ·  ".join(parts) or texts.ALL_CONFIRMED_MSG)
        self.status_icon.setVisible(bool(parts))

    def _fill_tabs(self) -> None:
        wanted = self.tables()
        have = [
            (self.tab_bar.tabData(i), self.tab_bar.tabText(i)) for i in range(self.tab_bar.count())
        ]
        if wanted == have:
            return
        current = self.current_table()
        self.tab_bar.blockSignals(True)
        while self.tab_bar.count():
            self.tab_bar.removeTab(0)
        for key, label in wanted:
            self.tab_bar.setTabData(self.tab_bar.addTab(label), key)
        self.tab_bar.setVisible(len(wanted) > 1)
        self.tab_bar.blockSignals(False)
        if current is not None:
            self.select_table(current)

    def mark_first_to_confirm(self) -> None:
        """Show the first table with a row to confirm, that row marked."""
        for index in [self.tab_bar.currentIndex(), *range(self.tab_bar.count())]:
            if index >= 0 and index != self.tab_bar.currentIndex():
                self.tab_bar.setCurrentIndex(index)  # refreshes
            waiting = [row for row in self.rows if row.needs_confirmation]
            if waiting:
                self._mark(waiting[0].key)
                return

    def mark_key(self, key: Hashable) -> None:
        self._mark(key)

    def _mark(self, key: Hashable | None) -> None:
        for index, row in enumerate(self.rows):
            if row.key == key:
                self.tree.setCurrentItem(self.tree.topLevelItem(index))
                return
        if self.rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def current_row(self) -> ShownRow | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return self.rows[index] if 0 <= index < len(self.rows) else None

    # --- actions --------------------------------------------------------------------------------
    def _marked(self, *, allow_missing: bool = False) -> ShownRow | None:
        row = self.current_row()
        if row is None or (row.missing and not allow_missing):
            self.sig_status_message.emit(texts.MARK_ROW_MSG)
            return None
        return row

    def action_new(self) -> object:
        row = self.current_row()
        saved = self.new_row(self.current_table(), row if row is not None and row.missing else None)
        if saved is not None:
            self.refresh()
            self._mark(self._key_of(saved))
            self.sig_figures_changed.emit()
        return saved

    def action_correct(self) -> object:
        row = self._marked()
        if row is None:
            return None
        saved = self.correct_row(self.current_table(), row)
        if saved is not None:
            self.refresh()
            self.sig_figures_changed.emit()
        return saved

    def action_confirm(self) -> object:
        row = self._marked()
        if row is None:
            return None
        if not row.needs_confirmation and getattr(row.record, "confirmed_at", None):
            self.sig_status_message.emit(texts.ALREADY_CONFIRMED_MSG)
            return None
        try:
            confirmed = self.confirm_row(self.current_table(), row)
        except ServiceError as exc:
            QMessageBox.warning(self, self._title, str(exc))
            return None
        if confirmed is not None:
            self.refresh()
            self.sig_figures_changed.emit()
        return confirmed

    def action_history(self) -> None:
        row = self._marked()
        if row is not None:
            self.history(self.current_table(), row)

    def _key_of(self, saved: object) -> Hashable | None:
        return None
