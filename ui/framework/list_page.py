"""ListPage (oversigt): filter bar, sortable lazy table, FactBox pane for the selected row.

Enter or a double-click opens the card; Ctrl+F puts the cursor in the filter; F5 re-reads.
The page asks its `ListSource` for ids (filtered and sorted) and for rows by id in blocks.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.framework.background import run_in_background
from ui.framework.columns import DEFAULT_CAP, MIN_STRETCH, PADDING, fit_columns
from ui.framework.factbox import FactBox
from ui.framework.files import in_documents
from ui.framework.lazy_model import Column, LazyIdTableModel
from ui.framework.page import Page
from ui.framework.ribbon import RibbonLayout
from ui.theme import icon
from workflows.text_fold import FILTER_MAX_LENGTH

# Ribbon action -> file format of the list export
EXPORT_ACTIONS = {
    "export_excel": "xlsx",
    "export_csv": "csv",
    "export_pdf": "pdf",
    "export_word": "docx",
}


class ListSource(Protocol):
    """What a list page needs from the services (implemented in ui/pages/sources.py)."""

    record_kind: str

    def ids(
        self, *, filter_text: str, sort_key: str | None, descending: bool
    ) -> Sequence[Hashable]: ...

    def rows(self, ids: Sequence[Hashable]) -> Mapping[Hashable, Mapping[str, Any]]: ...


class ListTableView(QTableView):
    sig_open_current = Signal()
    """Emitted when Enter is pressed on a row."""

    stretch_section: int | None = None
    MIN_STRETCH_WIDTH = MIN_STRETCH

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floors: dict[int, int] = {}  # the header text: no heading is ever cut
        self.caps: dict[int, int] = {}
        self.whole_columns: set[int] = set()  # amounts and dates: never cut either
        self.user_sized = False
        self._fitting = False
        # per pixel: a table exactly as wide as its view shows no scroll bar
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_columns_to_content)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)
        model.modelReset.connect(self._fit_timer.start)
        model.layoutChanged.connect(self._fit_timer.start)

    def _on_section_resized(self, *_args) -> None:
        if not self._fitting and self.isVisible():
            self.user_sized = True  # the user's own widths stay

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_stretch_section()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_timer.start()

    def fit_columns_to_content(self) -> None:
        """Each column as wide as its header and the rows in view (amounts never cut), up to
        its cap; what is left goes to the stretch column (the name)."""
        if self.model() is None or self.user_sized:
            self.fit_stretch_section()
            return
        floors = dict(self.floors)
        for column in self.whole_columns:
            cells = self.sizeHintForColumn(column) + PADDING
            floors[column] = max(floors.get(column, 0), cells)
        self._fitting = True
        try:
            fit_columns(self, stretch=self.stretch_section, floors=floors, caps=self.caps)
        finally:
            self._fitting = False
        self.updateGeometries()  # the scroll bar's range follows the new widths at once

    def fit_stretch_section(self) -> None:
        """Give the stretch column the width left over, but never less than a readable minimum."""
        if self.stretch_section is None or self.model() is None:
            return
        others = sum(
            self.columnWidth(c)
            for c in range(self.model().columnCount())
            if c != self.stretch_section
        )
        spare = self.viewport().width() - others
        self._fitting = True
        try:
            self.setColumnWidth(self.stretch_section, max(self.MIN_STRETCH_WIDTH, spare))
        finally:
            self._fitting = False

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_open_current.emit()
            return
        super().keyPressEvent(event)


class ListPage(Page):
    sig_selection_changed = Signal(object)
    """Emitted with the selected record id (or None)."""
    sig_drill_down = Signal(str, str, object)
    """Emitted with (record kind, figure key, record id) when a FactBox amount is clicked."""

    def __init__(
        self,
        *,
        page_id: str,
        title: str,
        columns: Sequence[Column],
        source: ListSource,
        factboxes: Sequence[FactBox] = (),
        ribbon: RibbonLayout | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self._title = title
        self._source = source
        self._view: str | None = None  # e.g. "active": a Role Center cue's narrowed list
        self._view_caption = ""
        self._ribbon = ribbon or {}
        self._sort_key: str | None = None
        self._descending = False
        self.factboxes = list(factboxes)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.setMaxLength(FILTER_MAX_LENGTH)  # the services refuse longer filters
        self.filter_edit.textChanged.connect(self._say_when_filter_is_full)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.filter_edit)
        self.filter_edit.setMinimumWidth(280)

        self.model = LazyIdTableModel(columns, source.rows, sort_ids=self._sorted_ids, parent=self)
        self.table = ListTableView()
        self.table.setObjectName("listTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        bold = header.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for section, column in enumerate(columns):
            # never narrower than the (translated) header text, so no header is clipped
            text_width = metrics.horizontalAdvance(column.title) + 26
            self.table.setColumnWidth(section, max(column.width or 130, text_width))
            self.table.floors[section] = text_width
            self.table.caps[section] = max(column.width or 130, DEFAULT_CAP)
            if column.kind in ("amount", "date", "int"):
                self.table.whole_columns.add(section)
            if column.stretch:
                self.table.stretch_section = section
        if self.table.stretch_section is not None:
            header.setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.sig_open_current.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        if self.factboxes:
            pane = QWidget()
            pane.setObjectName("factBoxPane")
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(6, 0, 0, 0)
            for box in self.factboxes:
                pane_layout.addWidget(box)
                box.sig_drill_down.connect(
                    lambda key, record_id: self.sig_drill_down.emit(
                        source.record_kind, key, record_id
                    )
                )
            pane_layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(pane)
            scroll.setMinimumWidth(270)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            splitter.addWidget(scroll)
            splitter.setStretchFactor(0, 1)
            splitter.setSizes([900, 290])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        # Type-ahead filtering re-reads ids after a short pause, not on every keystroke
        self._applied_filter = ""
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.refresh)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.installEventFilter(self)

    # --- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        return self._title

    def ribbon_layout(self) -> RibbonLayout:
        return self._ribbon

    def handles_action(self, action_id: str) -> bool:
        return action_id in ("refresh", "open_record", "print", *EXPORT_ACTIONS)

    def trigger_action(self, action_id: str) -> None:
        if action_id == "refresh":
            self.refresh()
        elif action_id == "open_record":
            self.open_current()
        elif action_id == "print":
            self.print_list()
        elif action_id in EXPORT_ACTIONS:
            self.export_file(EXPORT_ACTIONS[action_id])

    def export_excel(self, path: Path | None = None) -> None:
        self.export_file("xlsx", path)

    def export_file(self, file_format: str, path: Path | None = None) -> None:
        """Save every row behind the current filter as xlsx, csv, pdf or docx, in the
        background with Cancel. Without a path the user picks one."""
        if path is None:
            caption, pattern = self._file_dialog_texts(file_format)
            name, _filter = QFileDialog.getSaveFileName(
                self, caption, in_documents(f"{self._title}.{file_format}"), pattern
            )
            if not name:
                return
            path = Path(name)
        from ui.framework.list_export import export_list

        ids, columns = self.model.ids(), self.model.columns()
        if not self._output_allowed(file_format, len(ids), str(path)):
            return
        title, subtitle, firm = self._title, self.export_subtitle(), self.firm_name()
        run_in_background(
            lambda progress: export_list(
                path,
                file_format=file_format,
                title=title,
                subtitle=subtitle,
                columns=columns,
                ids=ids,
                fetch_rows=self._source.rows,
                firm_name=firm,
                progress=progress,
            ),
            on_done=lambda count: self.sig_status_message.emit(
                self.tr("%n row(s) exported to %1", "", count).replace("%1", str(path))
            ),
            on_failed=lambda exc: QMessageBox.warning(self, self._title, str(exc)),
            progress_label=self.tr("Exporting …"),
            parent=self,
            owner=self,
        )

    def _output_allowed(self, file_format: str, count: int, target: str) -> bool:
        """A source that records outputs (the services' audit log) is asked first; a refusal
        is shown and nothing is written."""
        recorder = getattr(self._source, "record_output", None)
        if recorder is None:
            return True
        try:
            recorder(file_format, count, target)
        except Exception as exc:  # the service's Danish refusal
            QMessageBox.warning(self, self._title, str(exc))
            return False
        return True

    def print_list(self, printer=None) -> None:
        """Print the list (QtPrintSupport): the print dialog first, then the rows are read in
        the background and laid out as a table with the column headings on every page."""
        from ui.framework.list_export import list_html
        from ui.framework.printing import ask_for_printer

        if printer is None:
            printer = ask_for_printer(self, self._title)
            if printer is None:
                return

        ids, columns = self.model.ids(), self.model.columns()
        if not self._output_allowed("print", len(ids), printer.printerName() or "printer"):
            return
        title, subtitle, firm = self._title, self.export_subtitle(), self.firm_name()
        run_in_background(
            lambda progress: list_html(
                title=title,
                subtitle=subtitle,
                columns=columns,
                ids=ids,
                fetch_rows=self._source.rows,
                firm_name=firm,
                progress=progress,
            ),
            on_done=lambda result: self._print_document(printer, *result),
            on_failed=lambda exc: QMessageBox.warning(self, self._title, str(exc)),
            progress_label=self.tr("Preparing the printout …"),
            parent=self,
            owner=self,
        )

    def _print_document(self, printer, html: str, landscape: bool, count: int) -> None:
        from ui.framework.printing import print_html

        print_html(printer, html, landscape=landscape)
        self.sig_status_message.emit(self.tr("%n row(s) sent to the printer", "", count))

    def export_subtitle(self) -> str:
        """What the exported list shows: the narrowed view or the filter, and the count."""
        parts = []
        if self._view:
            parts.append(self._view_caption)
        text = self.filter_edit.text().strip()
        if text:
            parts.append(self.tr("Filter: %1").replace("%1", text))
        parts.append(self.tr("%n record(s)", "", self.model.rowCount()))
        return " · ".join(p for p in parts if p)

    def firm_name(self) -> str:
        """The firm for the export header: the main window's session (empty outside one)."""
        info = getattr(self.window(), "session_info", None)
        return info.company if info is not None else ""

    def _file_dialog_texts(self, file_format: str) -> tuple[str, str]:
        return {
            "xlsx": (self.tr("Export to Excel"), "Excel (*.xlsx)"),
            "csv": (self.tr("Export to CSV"), self.tr("CSV (semicolon) (*.csv)")),
            "pdf": (self.tr("Save as PDF"), "PDF (*.pdf)"),
            "docx": (self.tr("Export to Word"), "Word (*.docx)"),
        }[file_format]

    def refresh(self) -> None:
        current = self.current_id()
        bound = [box.record_id() for box in self.factboxes]
        self._filter_timer.stop()
        self._applied_filter = self.filter_edit.text()
        ids = self._ids(self._sort_key, self._descending)
        self.model.set_ids(ids)
        count = self.tr("%n record(s)", "", len(ids))
        self.count_label.setText(f"{self._view_caption} · {count}" if self._view else count)
        row = self.model.row_of(current) if current is not None else -1
        self.select_row(row if row >= 0 else 0)
        # A FactBox still on the same record was not re-read by the selection: read it now, so
        # the row and its FactBox never disagree after F5 or a change.
        for box, before in zip(self.factboxes, bound, strict=True):
            if box.record_id() == before:
                box.refresh()

    def show_only(self, ids: Sequence[Hashable], caption: str) -> None:
        """Show just these records (e.g. quick-search hits) until the next refresh (F5)."""
        self._filter_timer.stop()
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.model.set_ids(ids)
        self.count_label.setText(caption)
        self.select_row(0)

    def _say_when_filter_is_full(self, text: str) -> None:
        if len(text) >= FILTER_MAX_LENGTH:
            self.sig_status_message.emit(
                self.tr("The filter can be at most %1 characters long.").replace(
                    "%1", str(FILTER_MAX_LENGTH)
                )
            )

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- rows -----------------------------------------------------------------------------------
    def current_id(self) -> Hashable | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._on_current_row_changed(self.model.index(-1, 0))

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.sig_open_record.emit(self._source.record_kind, record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Under load the typing timer may have fired on a shorter text: Enter always
                # shows the list for exactly what stands in the box.
                if self._filter_timer.isActive() or self.filter_edit.text() != self._applied_filter:
                    self.refresh()
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    def set_view(self, view: str | None, caption: str = "") -> None:
        """Narrow the list to a named view of the source (None: everything) and refresh."""
        self._view, self._view_caption = view, caption
        self.refresh()

    def view(self) -> str | None:
        return self._view

    def _ids(self, key: str | None, descending: bool) -> Sequence[Hashable]:
        narrowed = {"view": self._view} if self._view is not None else {}
        return self._source.ids(
            filter_text=self.filter_edit.text().strip(),
            sort_key=key,
            descending=descending,
            **narrowed,
        )

    def _sorted_ids(self, key: str, descending: bool) -> Sequence[Hashable]:
        self._sort_key, self._descending = key, descending
        return self._ids(key, descending)

    def _on_current_row_changed(self, current, _previous=None) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        for box in self.factboxes:
            box.bind(record_id)
        self.sig_selection_changed.emit(record_id)
