"""The quick search box at the top right of the main window.

As one types, the hits come in a dropdown under the box (the manual's Backstage search): Up/Down
choose one, Enter opens it; Enter without a choice asks the main window to search (one hit opens
the card, several the case list). "No case matches" is said in the dropdown, where the user looks.
Focus stays in the box while the dropdown is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ui.backend import QuickSearchResult
from ui.theme import icon

SUGGEST_DELAY_MS = 150  # typing pauses this long before the dropdown asks the database
MIN_SUGGEST_CHARS = 2
DROPDOWN_ROWS = 10


def _translate(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class QuickSearchBox(QLineEdit):
    sig_search = Signal(str)
    """Emitted with the stripped search text when the user presses Enter without a chosen hit."""
    sig_open_case = Signal(object)
    """Emitted with a case id when the user chooses a hit in the dropdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickSearch")
        self.setPlaceholderText(
            self.tr("Search: customer no., CPR, invoice, OCR, e-mail, case ...")
        )
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        # wide enough for the whole (translated) hint, so it is never clipped
        hint_width = self.fontMetrics().horizontalAdvance(self.placeholderText())
        self.setMinimumWidth(min(max(380, hint_width + 110), 600))
        self._suggest: Callable[[str], QuickSearchResult] | None = None
        self.dropdown = QListWidget()
        self.dropdown.setObjectName("quickSearchHits")
        self.dropdown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dropdown.setFrameShape(QFrame.Shape.StyledPanel)
        self.dropdown.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dropdown.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.dropdown.hide()
        self.dropdown.itemClicked.connect(self._open_item)
        self._timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self.update_dropdown)
        self.textEdited.connect(self._typed)
        self.returnPressed.connect(self._enter)

    def set_suggest(self, suggest: Callable[[str], QuickSearchResult] | None) -> None:
        """The search the dropdown asks as one types (the main window's backend)."""
        self._suggest = suggest

    # --- dropdown -------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._timer.start()

    def update_dropdown(self) -> None:
        """Ask for the hits of the text now in the box and show them under it."""
        self._timer.stop()
        text = self.text().strip()
        if self._suggest is None or len(text) < MIN_SUGGEST_CHARS:
            self.hide_dropdown()
            return
        result = self._suggest(text)
        self.dropdown.clear()
        labels = result.labels or [str(i) for i in result.case_ids]
        for case_id, label in zip(result.case_ids, labels, strict=False):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.dropdown.addItem(item)
        if not result.case_ids:
            self.say_no_match(text)
            return
        self._show_dropdown()

    def say_no_match(self, text: str) -> None:
        """'No case matches' in the dropdown, right under what was typed."""
        self.dropdown.clear()
        item = QListWidgetItem(_translate("No case matches “%1”.").replace("%1", text))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.dropdown.addItem(item)
        self._show_dropdown()

    def hits_shown(self) -> list[str]:
        return [self.dropdown.item(i).text() for i in range(self.dropdown.count())]

    def hide_dropdown(self) -> None:
        self.dropdown.hide()
        self.dropdown.clear()

    def _show_dropdown(self) -> None:
        host = self.window()
        if self.dropdown.parent() is not host:
            self.dropdown.setParent(host)
            host.installEventFilter(self)
        rows = min(self.dropdown.count(), DROPDOWN_ROWS)
        row_height = max(self.dropdown.sizeHintForRow(0), self.fontMetrics().height() + 6)
        widest = max(self.dropdown.sizeHintForColumn(0), 0) + 24
        width = min(max(self.width(), widest), max(self.width(), host.width() // 2))
        below = self.mapTo(host, self.rect().bottomRight())
        left = max(0, min(below.x() - width, host.width() - width))
        self.dropdown.setGeometry(left, below.y() + 2, width, rows * row_height + 6)
        self.dropdown.setCurrentRow(-1)
        self.dropdown.show()
        self.dropdown.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.dropdown.isVisible():
            self.hide_dropdown()
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event) -> None:
        self.hide_dropdown()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self.dropdown.isVisible() and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            rows = self.dropdown.count()
            row = self.dropdown.currentRow() + step
            if rows and self.dropdown.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.dropdown.setCurrentRow(max(0, min(row, rows - 1)))
            return
        if key == Qt.Key.Key_Escape and self.dropdown.isVisible():
            self.hide_dropdown()
            return
        super().keyPressEvent(event)

    # --- choosing -------------------------------------------------------------------------------
    def _enter(self) -> None:
        item = self.dropdown.currentItem() if self.dropdown.isVisible() else None
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._open_item(item)
            return
        self._timer.stop()
        self.hide_dropdown()
        text = self.text().strip()
        if text:
            self.sig_search.emit(text)

    def _open_item(self, item: QListWidgetItem) -> None:
        case_id: Hashable = item.data(Qt.ItemDataRole.UserRole)
        if case_id is None:
            return
        self.hide_dropdown()
        self.sig_open_case.emit(case_id)
