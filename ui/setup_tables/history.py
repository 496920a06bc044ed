"""A legal-figure row's history: when, who, which field, old → new, and why (read-only)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import format_date
from ui.setup_tables import texts

_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def shown_value(value: object, fmt: Callable[[Decimal], str]) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, Decimal):
        return fmt(value)
    if isinstance(value, dt.datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, str) and _NUMBER.match(value):  # a figure the service kept as text
        return fmt(Decimal(value))
    return str(value)


class HistoryDialog(QDialog):
    def __init__(
        self,
        *,
        title: str,
        changes: Sequence,
        fmt: Callable[[Decimal], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figureHistory")
        self.setWindowTitle(title)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [texts.H_WHEN, texts.H_WHO, texts.H_FIELD, texts.H_CHANGE, texts.H_REASON]
        )
        fields, confidence = texts.FIELDS, texts.CONFIDENCE
        for change in changes:
            at = change.changed_at
            when = f"{format_date(at.date())} {at:%H:%M}" if isinstance(at, dt.datetime) else ""
            old = shown_value(change.old_value, fmt)
            new = shown_value(change.new_value, fmt)
            if change.field == "confidence":
                old, new = (confidence.get(v, v) for v in (old, new))
            item = QTreeWidgetItem(
                [
                    when or format_date(at),
                    change.changed_by or "",
                    fields.get(change.field, change.field),
                    f"{old} → {new}",
                    change.reason or "",
                ]
            )
            item.setToolTip(3, f"{old} → {new}")
            item.setToolTip(4, change.reason or "")
            self.tree.addTopLevelItem(item)
        for column, width in enumerate((130, 80, 110, 300)):
            self.tree.setColumnWidth(column, width)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.empty = QLabel(texts.NO_HISTORY_MSG)
        self.empty.setObjectName("hint")
        self.empty.setVisible(not changes)
        self.tree.setVisible(bool(changes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if changes:
            self.resize(900, 380)
        else:
            self.resize(420, 100)

    def lines(self) -> list[list[str]]:
        """What the table shows, row by row (for the tests and a quick look)."""
        return [
            [self.tree.topLevelItem(r).text(c) for c in range(self.tree.columnCount())]
            for r in range(self.tree.topLevelItemCount())
        ]
