"""Before a new client or party is saved: the existing records it probably is, shown first.

Enter uses the marked existing record; creating a new one anyway takes a deliberate click or
Alt+O, so one Enter never makes a duplicate (issue 21 §4).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.master_data.duplicates import (
    SAME_IDENTITY,
    SAME_NAME_AND_ADDRESS,
    LikelyDuplicate,
)

_translate = QCoreApplication.translate


def reason_text(reason: str) -> str:
    if reason == SAME_IDENTITY:
        return _translate("DuplicatesDialog", "Same CVR/CPR no.")
    if reason == SAME_NAME_AND_ADDRESS:
        return _translate("DuplicatesDialog", "Similar name, same address")
    return _translate("DuplicatesDialog", "Similar name")


class DuplicatesDialog(QDialog):
    """Accepted with `chosen` = the existing record to use, or with `chosen` None when the user
    creates a new record anyway; rejected = back to the card."""

    def __init__(
        self, hits: Sequence[LikelyDuplicate], *, kind_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.chosen: LikelyDuplicate | None = None
        intro = QLabel(
            self.tr("These existing records look like the new %1. Use one of them?").replace(
                "%1", kind_text
            )
        )
        intro.setWordWrap(True)
        self.hits = QTreeWidget()
        self.hits.setRootIsDecorated(False)
        self.hits.setAlternatingRowColors(True)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.setHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Address"), self.tr("Why")]
        )
        for hit in hits:
            address = ", ".join(x for x in (hit.address, hit.postcode, hit.city) if x)
            item = QTreeWidgetItem([hit.no, hit.name, address, reason_text(hit.reason)])
            item.setData(0, Qt.ItemDataRole.UserRole, hit)
            self.hits.addTopLevelItem(item)
        for column in range(4):
            self.hits.resizeColumnToContents(column)
        self.hits.setCurrentItem(self.hits.topLevelItem(0))
        self.hits.itemActivated.connect(lambda *_a: self.use_marked())
        buttons = QDialogButtonBox()
        self.use_button = QPushButton(self.tr("Use the marked one"))
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self.use_marked)
        self.create_button = QPushButton(self.tr("Create &new anyway"))
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_anyway)
        back = QPushButton(self.tr("Back"))
        back.setAutoDefault(False)
        back.clicked.connect(self.reject)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(back, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hits, 1)
        layout.addWidget(buttons)
        self.resize(720, 300)
        self.hits.setFocus()

    def use_marked(self) -> None:
        item = self.hits.currentItem()
        if item is not None:
            self.chosen = item.data(0, Qt.ItemDataRole.UserRole)
            self.accept()

    def create_anyway(self) -> None:
        self.chosen = None
        self.accept()
