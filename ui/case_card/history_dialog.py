"""Historik on the case card: a Type column with the manual's marks (paper clip for an attached
file, envelope for a letter, info for a line with more to read), a type filter, pages of 100
lines, and Enter / double-click opening what a line refers to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.cases import history_view
from ui.framework.columns import keep_fitted
from ui.framework.display import datetime_text, enum_text
from ui.framework.service_calls import ServiceCalls
from ui.theme import icon

_translate = QCoreApplication.translate
ROW_ID = Qt.ItemDataRole.UserRole


class HistoryData(ServiceCalls):
    def page(self, case_id: int, *, kind: str | None, page: int, page_size: int):
        return self.read(
            history_view.history_page, case_id=case_id, kind=kind, page=page, page_size=page_size
        )


def kind_text(kind: str) -> str:
    return enum_text("history_kind", kind)


def _mark(row) -> str | None:
    if row.kind == "attachment":
        return "paperclip"
    if row.kind == "letter" or (row.document_path or "").lower().endswith(".docx"):
        return "letter"
    if (row.document_path or "").lower().endswith(".pdf"):
        return "pdf"
    if row.detail:
        return "info"
    return None


class CaseHistoryDialog(QDialog):
    def __init__(
        self,
        data: HistoryData,
        case_id: int,
        parent: QWidget | None = None,
        *,
        page_size: int = history_view.PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseHistory")
        self.setWindowTitle(_translate("CaseHistory", "History"))
        self.data, self.case_id, self.page_size = data, case_id, page_size
        self.page_no = 0
        self.current_page = None
        self.rows = []
        # Replaceable in tests: opening a document, showing a line's details.
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.show_detail = self._show_detail
        self.kind = QComboBox()
        self.kind.setObjectName("historyKind")
        self.kind.addItem(_translate("CaseHistory", "All types"), None)
        self.kind.currentIndexChanged.connect(lambda _i: self.load(0))
        self.previous_button = QPushButton(_translate("CaseHistory", "< Previous"))
        self.next_button = QPushButton(_translate("CaseHistory", "Next >"))
        self.previous_button.clicked.connect(lambda: self.load(self.page_no - 1))
        self.next_button.clicked.connect(lambda: self.load(self.page_no + 1))
        self.page_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(_translate("CaseHistory", "Type")))
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.page_label)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                _translate("CaseHistory", "Type"),
                _translate("CaseHistory", "When"),
                _translate("CaseHistory", "User"),
                _translate("CaseHistory", "Action"),
                _translate("CaseHistory", "Detail"),
            ]
        )
        # Handling takes the room the others leave (Historik's most read column)
        self.columns = keep_fitted(self.tree, stretch=3, caps={4: 260}, cap=420)
        self.tree.itemActivated.connect(lambda item, _c: self.open_line(item))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self.load(0)
        kinds = self.current_page.kinds if self.current_page else ()
        self.kind.blockSignals(True)
        for kind in kinds:
            self.kind.addItem(kind_text(kind), kind)
        self.kind.blockSignals(False)
        self.tree.setFocus()

    def load(self, page_no: int) -> None:
        page = self.data.page(
            self.case_id, kind=self.kind.currentData(), page=page_no, page_size=self.page_size
        )
        self.current_page, self.page_no, self.rows = page, page.page, list(page.rows)
        self.tree.clear()
        for row in self.rows:
            item = QTreeWidgetItem(
                [
                    kind_text(row.kind),
                    datetime_text(row.at),
                    row.user,
                    row.action,
                    row.detail or "",
                ]
            )
            mark = _mark(row)
            if mark:
                item.setIcon(0, icon(mark))
            item.setData(0, ROW_ID, row.id)
            item.setToolTip(3, row.action)
            self.tree.addTopLevelItem(item)
        # Handling takes the room the others leave; Detaljer keeps what is left of its own
        self.columns.fit()
        if self.rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.page_label.setText(
            _translate("CaseHistory", "Page %1 of %2 (%3 lines)")
            .replace("%1", str(page.page + 1))
            .replace("%2", str(page.pages))
            .replace("%3", str(page.total))
        )
        self.previous_button.setEnabled(page.page > 0)
        self.next_button.setEnabled(page.page + 1 < page.pages)

    def open_line(self, item: QTreeWidgetItem | None = None) -> None:
        item = item or self.tree.currentItem()
        row = next((r for r in self.rows if item and r.id == item.data(0, ROW_ID)), None)
        if row is None:
            return
        if row.document_path:
            path = Path(row.document_path)
            if path.exists():
                self.open_file(path)
            else:
                self.show_detail(
                    _translate("CaseHistory", "The document %1 is no longer there.").replace(
                        "%1", str(path)
                    )
                )
        elif row.detail:
            self.show_detail(f"{row.action}\n\n{row.detail}")

    def _show_detail(self, text: str) -> None:
        QMessageBox.information(self, self.windowTitle(), text)
