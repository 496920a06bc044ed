"""Forældelse: the claims of active cases that are or become time-barred within 30, 60 or 90
days, soonest first, with the step that would interrupt. Enter opens the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.framework.page import Page
from ui.i18n import format_date
from ui.limitation import texts
from ui.limitation.data import LimitationData

PAGE_ID = "limitation"
WITHIN = (30, 60, 90)
RED = QBrush(QColor("#b3261e"))

_translate = QCoreApplication.translate


class LimitationPage(Page):
    page_id = PAGE_ID

    def __init__(self, data: LimitationData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.heading = QLabel(_translate("Limitation", "Limitation"))
        self.heading.setObjectName("pageTitle")
        self.within = QComboBox()
        for days in WITHIN:
            self.within.addItem(
                _translate("Limitation", "Within %1 days").replace("%1", str(days)), days
            )
        self.within.setCurrentIndex(len(WITHIN) - 1)
        self.within.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.within)
        bar.addWidget(self.count, 1)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [
                _translate("Limitation", "Case"),
                _translate("Limitation", "Claim"),
                _translate("Limitation", "Part"),
                _translate("Limitation", "Time-barred on"),
                _translate("Limitation", "Days left"),
                _translate("Limitation", "Rule"),
                _translate("Limitation", "Step that interrupts"),
            ]
        )
        self.tree.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def title(self) -> str:
        return _translate("Limitation", "Limitation")

    def set_within(self, days: int) -> None:
        self.within.setCurrentIndex(WITHIN.index(days))

    def refresh(self) -> None:
        today = self.data.today()
        rows = self.data.soon(self.within.currentData())
        self.tree.clear()
        for row in rows:
            left = row.result.days_left(today)
            item = QTreeWidgetItem(
                [
                    row.case_no,
                    f"{row.claim_no} {row.description}",
                    texts.component_text(row.component),
                    format_date(row.date),
                    _translate("Limitation", "time-barred") if left <= 0 else str(left),
                    row.result.rule,
                    row.next_step,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.case_id)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if left <= 0:
                item.setForeground(4, RED)
            self.tree.addTopLevelItem(item)
        for column, width in enumerate((90, 200, 150, 110, 90, 250, 420)):
            self.tree.setColumnWidth(column, width)
        if rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.count.setText(_translate("Limitation", "%1 claims").replace("%1", str(len(rows))))

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.sig_open_record.emit("case", item.data(0, Qt.ItemDataRole.UserRole))
