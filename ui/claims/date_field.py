"""A date typed as Navision users type it: 05-01-2026, 5-1-26, 050126 or 05012026; t = today.

(The shared DateEdit is a spin box; in a grid of lines the plain text field is quicker to type
in and marks a bad date at the field with a message.)
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.framework.fields import mark_invalid
from ui.i18n import format_date


def parse_date(text: str, *, today: dt.date) -> dt.date:
    """Raise ValueError when `text` is not a date."""
    text = text.strip().lower()
    if text in ("t", "d"):  # today / dags dato
        return today
    parts = re.split(r"[-./ ]", text)
    if len(parts) == 1 and text.isdigit() and len(text) in (6, 8):
        parts = [text[:2], text[2:4], text[4:]]
    if len(parts) == 2:
        parts.append(str(today.year))
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    if len(parts[0]) == 4:  # the Swedish (ISO) way: yyyy-mm-dd
        parts = parts[::-1]
    day, month, year = (int(p) for p in parts)
    if len(parts[2]) <= 2:
        year += 2000 if year <= (today.year % 100) + 10 else 1900
    return dt.date(year, month, day)


class DateField(QLineEdit):
    sig_validity_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: dt.date,
        value: dt.date | None = None,
        required: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dateField")
        self._today = today
        self._required = required
        self._error = ""
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.textChanged.connect(self._validate)
        self.editingFinished.connect(self._reformat)
        if value is not None:
            self.set_value(value)
        self._validate(self.text())

    def value(self) -> dt.date | None:
        try:
            return parse_date(self.text(), today=self._today) if self.text().strip() else None
        except ValueError:
            return None

    def set_value(self, value: dt.date | None) -> None:
        self.setText(format_date(value) if value else "")

    def is_valid(self) -> bool:
        return not self._error

    def error_message(self) -> str:
        return self._error

    def _validate(self, text: str) -> None:
        was_valid = not self._error
        if not text.strip():
            self._error = self.tr("A date is required.") if self._required else ""
        else:
            try:
                parse_date(text, today=self._today)
                self._error = ""
            except ValueError:
                self._error = self.tr("Not a valid date. Write it like 24-11-2026.")
        mark_invalid(self, self._error or None)
        if was_valid != (not self._error):
            self.sig_validity_changed.emit(not self._error)

    def _reformat(self) -> None:
        value = self.value()
        if value is not None:
            self.blockSignals(True)
            self.setText(format_date(value))
            self.blockSignals(False)
