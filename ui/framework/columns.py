"""Column widths from what the columns hold: each as wide as its header and its (visible)
content up to a cap, and the width left over to one stretch column (the name, Handling), so
nothing is cut off while there is room, and a long text yields first when there is none."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

DEFAULT_CAP = 360
MIN_STRETCH = 140
MIN_TEXT = 90  # a text column shrinks no further when space is short
PADDING = 14  # cell margins and the sort arrow's breathing room


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def _hidden(view: QAbstractItemView, column: int) -> bool:
    return view.isColumnHidden(column) if isinstance(view, (QTableView, QTreeView)) else False


def content_width(view: QAbstractItemView, column: int) -> int:
    """The header's and the visible cells' widest text (the lazy lists read no further rows)."""
    header = _header(view)
    return max(view.sizeHintForColumn(column) + PADDING, header.sectionSizeHint(column))


def fit_columns(
    view: QAbstractItemView,
    *,
    stretch: int | None = None,
    floors: Mapping[int, int] | None = None,
    caps: Mapping[int, int] | None = None,
    cap: int = DEFAULT_CAP,
) -> dict[int, int]:
    """Size every column of `view` to its content between its floor and its cap; what is left
    of the viewport goes to `stretch`. When the content does not fit, the columns above their
    floor give way in proportion (the stretch one down to MIN_STRETCH). Returns the widths."""
    model = view.model()
    if model is None:
        return {}
    header = _header(view)
    header.setResizeContentsPrecision(0)
    if stretch is not None:
        header.setStretchLastSection(False)  # the visible rows: a lazy list is not read through
    floors, caps = floors or {}, caps or {}
    columns = [c for c in range(header.count()) if not _hidden(view, c)]
    wanted = {c: content_width(view, c) for c in columns}
    widths = {
        c: max(floors.get(c, 0), min(wanted[c], caps.get(c, 10_000 if c == stretch else cap)))
        for c in columns
    }
    spare = view.viewport().width() - 2 - sum(widths.values())  # 2: the grid line, no scroll bar
    if spare >= 0 and stretch in widths:
        widths[stretch] += spare  # room to spare: the name column takes it
    elif spare < 0:  # too narrow: the text columns give way in proportion, none below its floor
        lowest = {
            c: max(floors.get(c, 0), MIN_STRETCH if c == stretch else MIN_TEXT) for c in widths
        }
        give = {c: max(0, widths[c] - lowest[c]) for c in widths}
        total = sum(give.values())
        if total:
            share = min(1.0, -spare / total)
            for c in widths:
                widths[c] -= int(give[c] * share + 0.999)
    for c, width in widths.items():
        header.resizeSection(c, width)
    return widths


class KeepFitted(QObject):
    """Fits `view`'s columns again when its viewport changes size or its rows change (a dialog
    is laid out only when shown), until the user drags a column himself."""

    def __init__(self, view: QAbstractItemView, **fit_options) -> None:
        super().__init__(view)
        self.view, self.options = view, fit_options
        self.user_sized = False
        self._fitting = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        _header(view).sectionResized.connect(self._on_resized)
        self.fit()

    def fit(self) -> None:
        if self.user_sized:
            return
        self._fitting = True
        try:
            fit_columns(self.view, **self.options)
        finally:
            self._fitting = False

    def _on_resized(self, *_args) -> None:
        if not self._fitting and self.view.isVisible():
            self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False


def keep_fitted(view: QAbstractItemView, **fit_options) -> KeepFitted:
    """fit_columns now and whenever the view is laid out anew; call `.fit()` after new rows."""
    return KeepFitted(view, **fit_options)
