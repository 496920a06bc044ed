"""The quick search box at the top right of the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.theme import icon


class QuickSearchBox(QLineEdit):
    sig_search = Signal(str)
    """Emitted with the stripped search text when the user presses Enter."""

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
        self.returnPressed.connect(self._emit)

    def _emit(self) -> None:
        text = self.text().strip()
        if text:
            self.sig_search.emit(text)
