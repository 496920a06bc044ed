"""The one date field of the desk: a date typed as a Navision user types it (read by
ui.i18n.parse_date).

Danish (and English): 05-01-2026, 5-1-26, 05.01.2026, 5/1 2026, 050126 or 05012026; "t" is today
(dags dato). Swedish: 2026-01-05, 260105 or 20260105; day-month-year is read there too when the
year is plainly last. An impossible date (31-02-2025) is refused with a message at the field; the
text is never turned into another date, and Ctrl+A + typing replaces it as in any line edit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.framework.fields import mark_invalid
from ui.i18n import current_language, format_date, parse_date


class DateField(QLineEdit):
    """A date line edit: `value()` is the date (None when empty or not a date), `is_valid()`,
    `error_message()`; red with the message as tooltip while the text is no date."""

    sig_validity_changed = Signal(bool)
    """Emitted when the text turns valid or invalid; dialogs enable OK from it."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        value: dt.date | None = None,
        required: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dateField")
        self._today = today
        self._required = required
        self._error = ""
        self.setPlaceholderText(current_language().date_hint)
        self.setMaximumWidth(160)
        self.textChanged.connect(self._validate)
        self.editingFinished.connect(self._reformat)
        if value is not None:
            self.set_value(value)
        self._validate(self.text())

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def value(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text, today=self.today())
        except ValueError:
            return None

    def checked_value(self) -> dt.date | None:
        """The date; None when empty. Raises ValueError with the field's message when the text
        is no date (a form that collects all problems at once reads its dates this way)."""
        if not self.text().strip():
            return None
        value = self.value()
        if value is None:
            raise ValueError(self._problem(self.text()))
        return value

    def set_value(self, value: dt.date | None) -> None:
        self.setText(format_date(value) if value else "")

    def is_valid(self) -> bool:
        return not self._error

    def error_message(self) -> str:
        return self._error

    def _problem(self, text: str) -> str:
        if not text.strip():
            return self.tr("A date is required.") if self._required else ""
        try:
            parse_date(text, today=self.today())
        except ValueError:
            example = format_date(self.today())
            return self.tr("Not a valid date. Write it like %1.").replace("%1", example)
        return ""

    def _validate(self, text: str) -> None:
        was_valid = not self._error
        self._error = self._problem(text)
        mark_invalid(self, self._error or None)
        if was_valid != (not self._error):
            self.sig_validity_changed.emit(not self._error)

    def _reformat(self) -> None:
        """Show the date read in the language's own pattern (the same date, never another)."""
        value = self.value()
        if value is not None and self.text() != format_date(value):
            self.blockSignals(True)
            self.setText(format_date(value))
            self.blockSignals(False)
