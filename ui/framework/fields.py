"""Input fields that know our formats: AmountEdit (Decimal, both 1.234,56 and 1234.56); the one
date field is ui.framework.date_field.DateField."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.i18n import format_amount, parse_amount
from workflows.amounts import MAX_AMOUNT


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Show a field as invalid (red, via the 'invalid' property in style.qss) with a message."""
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AmountEdit(QLineEdit):
    sig_validity_changed = Signal(bool)
    """Emitted when the text turns valid or invalid; dialogs enable OK from it."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        required: bool = False,
        allow_negative: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amountEdit")
        self._required = required
        self._allow_negative = allow_negative
        self._valid = not required
        self._error = ""
        self.setPlaceholderText(format_amount(Decimal("0")))
        self.textChanged.connect(self._validate)
        self.editingFinished.connect(self._reformat)
        self._validate(self.text())

    def value(self) -> Decimal | None:
        """The amount, or None when the field is empty or invalid."""
        if not self._valid or not self.text().strip():
            return None
        return parse_amount(self.text())

    def set_value(self, amount: Decimal | None) -> None:
        self.setText(format_amount(amount))

    def is_valid(self) -> bool:
        return self._valid

    def error_message(self) -> str:
        return self._error

    def _problem(self, text: str) -> str:
        if not text.strip():
            return self.tr("An amount is required.") if self._required else ""
        try:
            amount = parse_amount(text)
        except ValueError as exc:
            if getattr(exc, "code", "") == "large":
                return self.tr("The amount is too large (at most %1).").replace(
                    "%1", format_amount(MAX_AMOUNT)
                )
            example = format_amount(Decimal("1234.56"))
            return self.tr("Not a valid amount. Write it like %1 or 1234.56.").replace(
                "%1", example
            )
        if amount < 0 and not self._allow_negative:
            return self.tr("The amount cannot be negative.")
        return ""

    def _validate(self, text: str) -> None:
        self._error = self._problem(text)
        valid = not self._error
        mark_invalid(self, self._error or None)
        if valid != self._valid:
            self._valid = valid
            self.sig_validity_changed.emit(valid)

    def _reformat(self) -> None:
        if self._valid and self.text().strip():
            self.blockSignals(True)
            self.setText(format_amount(parse_amount(self.text())))
            self.blockSignals(False)
