"""A grid of lines whose cells are real input fields (amount, date, code with F4 ...).

Each field validates itself and is marked at the cell; Tab walks along the line and on to the
next; the last line is always empty, ready for typing (as a Navision subpage), and Ctrl+Del
removes the line the cursor is on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTableWidget,
    QWidget,
)


@dataclass(frozen=True)
class GridColumn:
    key: str
    title: str
    make: Callable[[], QWidget]
    width: int = 110
    stretch: bool = False


@dataclass
class GridRow:
    editors: dict[str, QWidget]
    meta: dict[str, Any] = field(default_factory=dict)

    def text(self, key: str) -> str:
        widget = self.editors[key]
        return widget.text() if hasattr(widget, "text") else ""

    def is_empty(self) -> bool:
        return not any(
            self.text(key).strip()
            for key, widget in self.editors.items()
            if not isinstance(widget, QLabel) and not widget.property("prefilled")
        )


def _text_signal(widget: QWidget):
    inner = getattr(widget, "line_edit", None) or widget
    return getattr(inner, "textChanged", None)


class EditorGrid(QTableWidget):
    sig_changed = Signal()
    """Emitted when any cell's text changes or a line is added or removed."""
    sig_row_committed = Signal(object)
    """Emitted with the GridRow when a field of it loses focus after an edit (editingFinished)."""

    def __init__(
        self,
        columns: Sequence[GridColumn],
        *,
        keep_empty_row: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = list(columns)
        self._rows: list[GridRow] = []
        self._keep_empty_row = keep_empty_row
        self.setHorizontalHeaderLabels([c.title for c in columns])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        for index, column in enumerate(columns):
            header.resizeSection(index, column.width)
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        remove = QShortcut(QKeySequence("Ctrl+Del"), self)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(self.remove_current_row)
        if keep_empty_row:
            self.add_row()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_headers()

    def fit_headers(self) -> None:
        """Widen a column whose (styled) title would be clipped."""
        header = self.horizontalHeader()
        header.ensurePolished()
        metrics = header.fontMetrics()
        bold = header.font()
        bold.setBold(True)
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(bold)
        for index, column in enumerate(self.columns):
            if column.stretch:
                continue
            needed = metrics.horizontalAdvance(column.title) + 24
            if header.sectionSize(index) < needed:
                header.resizeSection(index, needed)

    # --- rows -------------------------------------------------------------------------------------
    def rows(self, *, include_empty: bool = False) -> list[GridRow]:
        return [r for r in self._rows if include_empty or not r.is_empty()]

    def add_row(self, meta: dict | None = None, *, before_empty: bool = True) -> GridRow:
        position = len(self._rows)
        if before_empty and self._keep_empty_row and self._rows and self._rows[-1].is_empty():
            position -= 1
        self.insertRow(position)
        editors = {}
        for index, column in enumerate(self.columns):
            widget = column.make()
            self.setCellWidget(position, index, widget)
            editors[column.key] = widget
            signal = _text_signal(widget)
            if signal is not None:
                signal.connect(self._on_text_changed)
            inner = getattr(widget, "line_edit", None) or widget
            inner.installEventFilter(self)
            if hasattr(inner, "editingFinished"):
                inner.editingFinished.connect(lambda w=inner: self._on_edit_finished(w))
        row = GridRow(editors, dict(meta or {}))
        self._rows.insert(position, row)
        self.sig_changed.emit()
        return row

    def remove_row(self, row: GridRow) -> None:
        position = self._rows.index(row)
        self._rows.pop(position)
        self.removeRow(position)
        self._ensure_empty_row()
        self.sig_changed.emit()

    def remove_current_row(self) -> None:
        row = self.row_of(QApplication.focusWidget())
        if row is not None and not row.is_empty():
            self.remove_row(row)

    def row_of(self, widget: QWidget | None) -> GridRow | None:
        while widget is not None:
            for row in self._rows:
                if widget in row.editors.values():
                    return row
            widget = widget.parentWidget()
            if widget is self:
                return None
        return None

    def editors_in_order(self) -> list[QWidget]:
        widgets = []
        for row in self._rows:
            for widget in row.editors.values():
                target = widget.focusProxy() or widget
                if target.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    widgets.append(target)
        return widgets

    def _ensure_empty_row(self) -> None:
        if self._keep_empty_row and (not self._rows or not self._rows[-1].is_empty()):
            self.add_row(before_empty=False)

    # --- events -----------------------------------------------------------------------------------
    def _on_text_changed(self, _text: str = "") -> None:
        self._ensure_empty_row()
        self.sig_changed.emit()

    def _on_edit_finished(self, widget: QWidget) -> None:
        row = self.row_of(widget)
        if row is not None:
            self.sig_row_committed.emit(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            row = self.row_of(watched)
            if row is not None:
                position = self._rows.index(row)
                for index, widget in enumerate(row.editors.values()):
                    inner = getattr(widget, "line_edit", None) or widget
                    if inner is watched or widget is watched:
                        self.scrollTo(self.model().index(position, index))
        return super().eventFilter(watched, event)
