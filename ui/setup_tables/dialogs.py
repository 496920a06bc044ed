"""New row / Correct row of a legal-figure table (a rate or an amount), and a row's history.

The dialog checks what it can while the user types (a problem shows in red under its field,
in the user's language) and hands the values to ONE `submit` call on OK (Ctrl+Enter). When the
service refuses, its problems show at their fields and the dialog stays open: nothing is saved.
Esc cancels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError, ValidationError
from caplegal_desktop.services.master_data.percent_input import read_percent
from ui.framework.date_field import DateField
from ui.framework.fields import mark_invalid
from ui.i18n import current_language, format_amount, format_date, parse_amount, parse_date
from ui.setup_tables import texts

RATE, AMOUNT = "rate", "amount"
HALF_YEARS = ((1, 1), (1, 7))  # a reference rate applies from 1 January or 1 July
_LIMIT = Decimal(100)
# The service's field names (Danish, as its messages), mapped to the dialog's fields
_FIELD_OF_PROBLEM = {
    "dato": "valid_from",
    "gyldig fra": "valid_from",
    "sats": "value",
    "beløb": "value",
    "kilde": "source",
    "grundlag fra": "basis_from",
    "grundlag til": "basis_to",
    "begrundelse": "reason",
}


@dataclass(frozen=True)
class FigureInput:
    valid_from: dt.date
    value: Decimal
    source: str
    reason: str | None = None
    basis_from: Decimal | None = None  # a salary table's bracket
    basis_to: Decimal | None = None


@dataclass(frozen=True)
class Current:
    """The row being corrected, as it is now."""

    valid_from: dt.date
    value: Decimal
    source: str


def format_rate(value: Decimal | None) -> str:
    """A percentage as the locale writes it: 1,75 and 0,125 (two to four decimals)."""
    if value is None:
        return ""
    return format_decimal(
        Decimal(value), format="#,##0.00##", locale=current_language().babel_locale
    )


class FigureDialog(QDialog):
    def __init__(
        self,
        *,
        title: str,
        kind: str,
        submit: Callable[[FigureInput], object],
        today: dt.date,
        current: Current | None = None,
        valid_from: dt.date | None = None,
        context: Sequence[tuple[str, str]] = (),
        brackets: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figureDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self._kind = kind
        self._submit = submit
        self._today = today
        self._current = current
        self._touched: set[str] = set()
        self.result_value: object = None
        self.messages: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setHorizontalSpacing(16)
        self.valid_from = DateField(today=today, required=False)  # the dialog says what is wrong
        self.value = QLineEdit()
        self.value.setMaximumWidth(160)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.source = QLineEdit()
        self.source.setMaxLength(300)
        self.source.setPlaceholderText(texts.SOURCE_HINT)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(texts.REASON_HINT)
        self.basis_from = self._amount_field() if brackets else None
        self.basis_to = self._amount_field() if brackets else None
        value_caption = texts.RATE if kind == RATE else texts.AMOUNT
        for caption, text in context:  # what the row belongs to (fee, table)
            self.form.addRow(caption, QLabel(text))
        if current is None:
            self._add("valid_from", texts.VALID_FROM, self.valid_from)
            if valid_from is not None:
                self.valid_from.setText(format_date(valid_from))
        else:
            self.valid_from.setText(format_date(current.valid_from))
            self.form.addRow(texts.VALID_FROM, QLabel(format_date(current.valid_from)))
            shown = format_rate(current.value) if kind == RATE else format_amount(current.value)
            now = QLabel(f"{shown} %" if kind == RATE else shown)
            now.setToolTip(current.source)
            self.form.addRow(texts.CURRENT, now)
        if brackets:
            self._add("basis_from", texts.COL_FROM, self.basis_from)
            self._add("basis_to", texts.COL_TO, self.basis_to)
        self._add("value", value_caption, self.value)
        self._add("source", texts.SOURCE, self.source)
        if current is not None:
            self._add("reason", texts.REASON, self.reason)
            self.source.setText(current.source)
            self.source.setCursorPosition(0)  # the source's beginning says what it is
            self.value.setText(shown)  # typed over: the field is selected when it gets focus
            self.value.selectAll()
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(texts.OK)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(texts.CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        first = self.value if current is not None or valid_from is not None else self.valid_from
        first.setFocus()

    @staticmethod
    def _amount_field() -> QLineEdit:
        field = QLineEdit()
        field.setMaximumWidth(160)
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        return field

    def _add(self, key: str, caption: str, widget: QLineEdit) -> None:
        label = QLabel(caption)
        label.setBuddy(widget)
        message = QLabel()
        message.setObjectName("fieldError")
        message.setStyleSheet("color:#b3261e;")
        message.setWordWrap(True)
        message.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        self.form.addRow(label, holder)
        self.messages[key] = message
        widget.textEdited.connect(lambda _t, k=key: self._edited(k))

    # --- checking -------------------------------------------------------------------------------
    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._show(self.problems(), only=self._touched)

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self._current is None:
            text = self.valid_from.text().strip()
            if not text:
                found["valid_from"] = texts.DATE_MISSING_ERR
            elif self._date() is None:
                example = format_date(dt.date(self._today.year, 7, 1))
                found["valid_from"] = texts.DATE_BAD_ERR.replace("%1", example)
            elif self._kind == RATE and (self._date().day, self._date().month) not in HALF_YEARS:
                found["valid_from"] = texts.DATE_HALF_YEAR_ERR
        value_problem = self._value_problem()
        if value_problem:
            found["value"] = value_problem
        found |= self._bracket_problems()
        if not self.source.text().strip():
            found["source"] = texts.SOURCE_MISSING_ERR
        if self._current is not None:
            if not self.reason.text().strip():
                found["reason"] = texts.REASON_MISSING_ERR
            value = self._value()
            if (
                "value" not in found
                and value == self._current.value
                and self.source.text().strip() == self._current.source
            ):
                found["value"] = texts.UNCHANGED_ERR
        return found

    def _value_problem(self) -> str:
        text = self.value.text().strip()
        if self._kind == RATE:
            if not text:
                return texts.RATE_MISSING_ERR
            value = self._value()
            if value is None:
                return texts.RATE_BAD_ERR.replace("%1", format_amount(Decimal("1.75")))
            if abs(value) >= _LIMIT:
                return texts.RATE_RANGE_ERR
            return ""
        if not text:
            return texts.AMOUNT_MISSING_ERR
        value = self._value()
        if value is None or value < 0:
            return texts.AMOUNT_BAD_ERR.replace("%1", format_amount(Decimal("1234.50")))
        return ""

    def _bracket_problems(self) -> dict[str, str]:
        """A salary bracket's ends: each empty (open) or an amount; from below to."""
        found = {}
        if self.basis_from is None:
            return found
        ends = {}
        example = format_amount(Decimal("10001"))
        for key, field, caption in (
            ("basis_from", self.basis_from, texts.COL_FROM),
            ("basis_to", self.basis_to, texts.COL_TO),
        ):
            ends[key] = self._optional_amount(field)
            if ends[key] is False:
                found[key] = texts.BASIS_BAD_ERR.replace("%1", example).replace("%2", caption)
        low, high = ends["basis_from"], ends["basis_to"]
        if not found and low is not None and high is not None and high < low:
            found["basis_to"] = texts.BASIS_ORDER_ERR
        return found

    @staticmethod
    def _optional_amount(field: QLineEdit) -> Decimal | None | bool:
        """None when empty, the amount, or False when it is no amount."""
        if not field.text().strip():
            return None
        try:
            amount = parse_amount(field.text())
        except ValueError:
            return False
        return amount if amount >= 0 else False

    def _date(self) -> dt.date | None:
        try:
            return parse_date(self.valid_from.text(), today=self._today)
        except ValueError:
            return None

    def _value(self) -> Decimal | None:
        """The typed figure; None when it is no figure (the services' readers decide, so the
        desk accepts exactly what a file or the command line would)."""
        try:
            if self._kind == RATE:
                return read_percent(self.value.text())
            return parse_amount(self.value.text())
        except (ValueError, ValidationError):
            return None

    def _show(self, found: dict[str, str], *, only=None) -> None:
        widgets = {"valid_from": self.valid_from, "value": self.value}
        widgets |= {"source": self.source, "reason": self.reason}
        widgets |= {"basis_from": self.basis_from, "basis_to": self.basis_to}
        for key, label in self.messages.items():
            message = found.get(key, "") if only is None or key in only else ""
            label.setText(message)
            label.setVisible(bool(message))
            mark_invalid(widgets[key], message or None)

    # --- OK -------------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        # Ctrl+Enter is OK even where the shortcut map does not see the key (no active window)
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def values(self) -> FigureInput:
        reason = self.reason.text().strip() if self._current is not None else None
        valid_from = self._current.valid_from if self._current is not None else self._date()
        ends = [self._optional_amount(f) if f is not None else None for f in self._brackets()]
        return FigureInput(valid_from, self._value(), self.source.text().strip(), reason, *ends)

    def _brackets(self) -> tuple[QLineEdit | None, QLineEdit | None]:
        return self.basis_from, self.basis_to

    def accept(self) -> None:
        found = self.problems()
        self._show(found)
        self.general.hide()
        if found:
            return
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as exc:
            self.show_problems([(p.field, p.message) for p in exc.problems])
            return
        except ServiceError as exc:
            self.show_problems([("", str(exc))])
            return
        super().accept()

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        at_fields: dict[str, str] = {}
        general = []
        for field, message in problems:
            key = _FIELD_OF_PROBLEM.get((field or "").strip().lower())
            if key in self.messages and key not in at_fields:
                at_fields[key] = message
            else:
                general.append(message)
        self._show(at_fields)
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))
