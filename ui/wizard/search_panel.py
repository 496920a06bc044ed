"""Search by keyword, pick a hit with Enter, or create a new record when nothing matches.

As in CapLegal's case guide: type the search words, Enter searches; with hits the cursor moves
into the list; without hits the user is asked whether to create one, prefilled from the words.
F4 is the lookup: in an empty box it lists all records (the first ones by name) to pick from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.theme import icon
from workflows.text_fold import FILTER_MAX_LENGTH

Row = Callable[[Any], Sequence[str]]  # a hit -> the texts of its columns


class SearchPanel(QWidget):
    sig_chosen = Signal(object)
    """Emitted with the hit the user picked (Enter or double-click in the list)."""
    sig_create = Signal(str)
    """Emitted with the search words when nothing matched and the user wants a new record."""

    def __init__(
        self,
        *,
        search: Callable[[str], Sequence[Any]],
        headers: Sequence[str],
        row: Row,
        not_found_question: str,  # "%1" = the search words
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._row = row
        self._question = not_found_question
        self.last_question = ""
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchWords")
        self.search_edit.setMaxLength(FILTER_MAX_LENGTH)  # the services refuse longer searches
        self.search_edit.setPlaceholderText(self.tr("Search words, then Enter"))
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setAutoDefault(False)
        self.search_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search_button.clicked.connect(self.run_search)
        self.results = QTreeWidget()
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHeaderLabels(list(headers))
        self.results.setColumnWidth(0, 100)
        self.results.setColumnWidth(1, 260)
        self.results.itemActivated.connect(lambda item, _c: self._choose(item))
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("Search:")))
        line.addWidget(self.search_edit, 1)
        line.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(line)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.search_edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.setFocusProxy(self.search_edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_F4
        ):
            self.run_search()  # F4 is the lookup: an empty box lists everyone to pick from
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                return False  # Ctrl+Enter finishes the wizard
            if watched is self.search_edit:
                self.run_search()
                return True
            if watched is self.results and self.results.currentItem() is not None:
                self._choose(self.results.currentItem())
                return True
        if (
            watched is self.results
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Up
            and self.results.currentIndex().row() <= 0
        ):
            self.search_edit.setFocus()
            return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        words = self.search_edit.text().strip()
        hits = list(self._search(words))
        self.results.clear()
        for hit in hits:
            item = QTreeWidgetItem([str(t) for t in self._row(hit)])
            item.setData(0, Qt.ItemDataRole.UserRole, hit)
            self.results.addTopLevelItem(item)
        for column in range(self.results.columnCount()):
            self.results.resizeColumnToContents(column)
            self.results.setColumnWidth(column, max(self.results.columnWidth(column), 100))
        if hits:
            self.hint.setText(self.tr("%n hit(s). Enter picks the marked one.", "", len(hits)))
            self.results.setCurrentItem(self.results.topLevelItem(0))
            self.results.setFocus()
            return
        self.hint.setText(self.tr("Nothing found."))
        if words:
            self._ask_create(words)

    def _ask_create(self, words: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.window().windowTitle())
        self.last_question = self._question.replace("%1", words)
        box.setText(self.last_question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.sig_create.emit(words)

    def _choose(self, item: QTreeWidgetItem) -> None:
        self.sig_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole))
