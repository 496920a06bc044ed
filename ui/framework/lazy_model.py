"""A table model that holds only record ids and fetches rows in blocks through a callback.

As in Anki's browser: the list of ids is cheap even for a million records; rows are read
block by block (e.g. 200 at a time) when the view first paints them and kept in a small LRU
cache, so scrolling to row 90,000 costs one block read, not 90,000 rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ui.framework.display import value_text

RecordId = Hashable
Row = Mapping[str, Any]
FetchRows = Callable[[Sequence[RecordId]], Mapping[RecordId, Row] | Sequence[Row]]
SortIds = Callable[[str, bool], Sequence[RecordId]]  # (column key, descending) -> ids

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
NEGATIVE = QColor("#b3261e")


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # already translated
    kind: str = "text"  # "text" | "amount" | "date" | "int" | "bool"
    width: int | None = None
    sortable: bool = True
    stretch: bool = False  # takes the width left over
    labels: Mapping[str, str] | None = None  # stored value -> text shown (enums)


def display_text(value: Any, kind: str) -> str:
    return value_text(value, kind)  # the one renderer: ui.framework.display


class LazyIdTableModel(QAbstractTableModel):
    sig_sort_requested = Signal(str, bool)
    """Emitted with (column key, descending) when a sortable header is clicked and no
    sort callback was given; the page then hands new ids in with `set_ids`."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_rows: FetchRows,
        *,
        block_size: int = 200,
        max_cached_blocks: int = 64,
        sort_ids: SortIds | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_rows = fetch_rows
        self._sort_ids = sort_ids
        self._block_size = block_size
        self._max_cached_blocks = max_cached_blocks
        self._ids: list[RecordId] = []
        self._blocks: OrderedDict[int, list[Row | None]] = OrderedDict()
        self.fetch_count = 0  # how many blocks were read; the tests and the bench look at it

    # --- our API --------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[RecordId]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._blocks.clear()
        self.endResetModel()

    def invalidate(self, ids: Sequence[RecordId] | None = None) -> None:
        """Forget cached rows (all of them, or the blocks holding `ids`) so they are read again."""
        if ids is None:
            self._blocks.clear()
        else:
            wanted = set(ids)
            for row, record_id in enumerate(self._ids):
                if record_id in wanted:
                    self._blocks.pop(row // self._block_size, None)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1)
            )

    def ids(self) -> list[RecordId]:
        return list(self._ids)

    def id_at(self, row: int) -> RecordId | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: RecordId) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> Row | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._block(row // self._block_size)[row % self._block_size]

    def column(self, section: int) -> Column:
        return self._columns[section]

    def columns(self) -> list[Column]:
        return list(self._columns)

    # --- Qt overrides ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "amount":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            SORT_VALUE_ROLE,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("amount", "int"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_data(index.row())
        value = None if row is None else row.get(column.key)
        if role == SORT_VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.kind == "amount" and value is not None and Decimal(value) < 0:
                return NEGATIVE
            return None
        return value_text(value, column.kind, column.labels)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        key = self._columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if self._sort_ids is None:
            self.sig_sort_requested.emit(key, descending)
            return
        self.set_ids(self._sort_ids(key, descending))

    # --- the block cache ------------------------------------------------------------------------
    def _block(self, block_no: int) -> list[Row | None]:
        block = self._blocks.get(block_no)
        if block is not None:
            self._blocks.move_to_end(block_no)
            return block
        start = block_no * self._block_size
        ids = self._ids[start : start + self._block_size]
        fetched = self._fetch_rows(ids)
        self.fetch_count += 1
        if isinstance(fetched, Mapping):
            block = [fetched.get(record_id) for record_id in ids]
        else:
            block = list(fetched) + [None] * (len(ids) - len(fetched))
        self._blocks[block_no] = block
        if len(self._blocks) > self._max_cached_blocks:
            self._blocks.popitem(last=False)
        return block
