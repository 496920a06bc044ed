"""A coded field with Navision's lookups: F4 drops down candidates, Ctrl+F4 opens the full
list with a filter. Candidates come from a callback so the field knows nothing of the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.theme import icon
from workflows.text_fold import FILTER_MAX_LENGTH


@dataclass(frozen=True)
class LookupItem:
    code: str
    description: str = ""
    record_id: object = None


Candidates = Callable[[str], Sequence[LookupItem]]  # search text -> candidates


def _fill(tree: QTreeWidget, items: Sequence[LookupItem]) -> None:
    tree.clear()
    for item in items:
        row = QTreeWidgetItem([item.code, item.description])
        row.setData(0, Qt.ItemDataRole.UserRole, item)
        tree.addTopLevelItem(row)
    if tree.topLevelItemCount():
        tree.setCurrentItem(tree.topLevelItem(0))


def _candidate_tree(parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setHeaderLabels(
        [
            QCoreApplication.translate("LookupEdit", "Code"),
            QCoreApplication.translate("LookupEdit", "Description"),
        ]
    )
    tree.setColumnWidth(0, 120)
    return tree


class LookupPopup(QWidget):
    """The drop-down list under the field (F4)."""

    sig_chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("lookupPopup")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.tree = _candidate_tree(self)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(lambda row, _c: self._choose(row))
        self.resize(420, 240)

    def show_items(self, items: Sequence[LookupItem], anchor: QWidget) -> None:
        _fill(self.tree, items)
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.resize(max(anchor.width(), 420), 240)
        self.show()
        self.tree.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tree.currentItem():
            self._choose(self.tree.currentItem())
            return
        super().keyPressEvent(event)

    def _choose(self, row: QTreeWidgetItem) -> None:
        self.hide()
        self.sig_chosen.emit(row.data(0, Qt.ItemDataRole.UserRole))


class LookupDialog(QDialog):
    """The full list behind a field (Ctrl+F4), with a filter line that re-asks the callback."""

    def __init__(
        self,
        candidates: Candidates,
        *,
        title: str,
        initial_filter: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._candidates = candidates
        self.chosen: LookupItem | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Filter:")))
        self.filter_edit = QLineEdit(initial_filter)
        self.filter_edit.setMaxLength(FILTER_MAX_LENGTH)  # the services refuse longer searches
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        row.addWidget(self.filter_edit, 1)
        layout.addLayout(row)
        self.tree = _candidate_tree(self)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._refilter)
        self.tree.itemActivated.connect(lambda _row, _c: self._accept_current())
        self.filter_edit.installEventFilter(self)
        self.resize(560, 420)
        self._refilter(initial_filter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the filter goes into the list, as in Navision
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                self.tree.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept_current()
                return True
        return super().eventFilter(watched, event)

    def _refilter(self, text: str) -> None:
        _fill(self.tree, self._candidates(text))

    def _accept_current(self) -> None:
        row = self.tree.currentItem()
        if row is None:
            return
        self.chosen = row.data(0, Qt.ItemDataRole.UserRole)
        self.accept()


class LookupEdit(QWidget):
    """A line edit for a code with F4 (drop-down) and Ctrl+F4 (full list)."""

    sig_item_chosen = Signal(object)
    """Emitted with the LookupItem the user picked from either list."""

    def __init__(
        self, candidates: Candidates, *, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._candidates = candidates
        self._title = title
        self.item: LookupItem | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line_edit = QLineEdit(self)
        self.line_edit.setMaxLength(FILTER_MAX_LENGTH)
        self.line_edit.setToolTip(self.tr("F4: look up · Ctrl+F4: full list"))
        lookup_action = self.line_edit.addAction(
            icon("lookup"), QLineEdit.ActionPosition.TrailingPosition
        )
        lookup_action.setToolTip(self.tr("Look up (F4)"))
        lookup_action.triggered.connect(self.open_drop_down)
        layout.addWidget(self.line_edit)
        self.setFocusProxy(self.line_edit)
        self.popup = LookupPopup(self)
        self.popup.sig_chosen.connect(self._set_chosen)
        for keys, slot in (("F4", self.open_drop_down), ("Ctrl+F4", self.open_full_list)):
            shortcut = QShortcut(QKeySequence(keys), self.line_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def text(self) -> str:
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        self.line_edit.setText(text)

    def open_drop_down(self) -> None:
        self.popup.show_items(self._candidates(self.line_edit.text()), self.line_edit)

    def open_full_list(self) -> LookupItem | None:
        dialog = LookupDialog(
            self._candidates,
            title=self._title or self.tr("Look up"),
            initial_filter=self.line_edit.text(),
            parent=self,
        )
        self.full_list_dialog = dialog  # the tests reach the open dialog through this
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self._set_chosen(dialog.chosen)
        return dialog.chosen

    def _set_chosen(self, item: LookupItem) -> None:
        self.item = item
        self.line_edit.setText(item.code)
        self.line_edit.setFocus()
        self.sig_item_chosen.emit(item)
