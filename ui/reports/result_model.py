"""The report result as a read-only table: the lines, then the totals row in bold."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.framework.display import count_text
from ui.i18n import format_amount, format_date
from ui.reports.words import column_title
from workflows.reports import ColumnKind, ReportResult

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def cell_text(value, kind: ColumnKind) -> str:
    if value is None or value == "":
        return ""
    if kind is ColumnKind.AMOUNT:
        return format_amount(Decimal(value))
    if kind is ColumnKind.DATE and isinstance(value, dt.date):
        return format_date(value)
    if kind is ColumnKind.COUNT and isinstance(value, int):
        return count_text(value)
    return str(value)


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: ReportResult | None = None
        self.bold_font = QFont()
        self.bold_font.setBold(True)

    def set_result(self, result: ReportResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def is_totals_row(self, row: int) -> bool:
        return self.result is not None and row == len(self.result.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        column = self.result.columns[index.column()]
        totals = self.is_totals_row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.result.totals if totals else self.result.rows[index.row()]
            return cell_text(row[index.column()], column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.summed else _LEFT)
        if role == Qt.ItemDataRole.FontRole and totals:
            return self.bold_font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.result is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.result.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(column)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_RIGHT if column.summed else _LEFT)
        return None
