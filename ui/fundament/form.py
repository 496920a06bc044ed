"""The General fields of a fundament, shared by Dan fundament (a dialog) and the card.

The fields are laid into a QFormLayout the caller owns (a FastTab's or the dialog's). Every edit
re-checks them: a problem shows in red under its field, in the user's language, and
`sig_validity_changed` lets the owner enable OK only when everything is valid. The service
checks the same rules again when saving.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from caplegal_desktop.services.fundaments.rules import COURT_NO_MAX, FundamentInput
from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit, mark_invalid
from ui.framework.lookup import LookupEdit, LookupItem
from ui.fundament import texts
from ui.i18n import format_date

AddField = Callable[[str, QWidget], QWidget]
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]?([0-5]\d)$")


class FundamentFields(QObject):
    sig_validity_changed = Signal(bool)
    """Emitted with the new validity when the fields turn valid or invalid."""
    sig_edited = Signal()
    """Emitted when the user changed any field."""

    def __init__(
        self,
        form: QFormLayout,
        add: AddField,
        *,
        today: Callable[[], dt.date],
        districts: Callable[[str], list],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._today = today
        self._valid = False
        self.messages: dict[str, QLabel] = {}
        self.kind = QComboBox()
        self.kind.setMinimumWidth(220)
        self.kind.setMaximumWidth(260)
        for key, text in texts.KINDS.items():
            self.kind.addItem(text, key)
        self.fundament_date = DateField(today=self._today(), required=False)
        self.court_no = QLineEdit()
        self.court_no.setMaxLength(COURT_NO_MAX)
        self.court_no.setPlaceholderText("BS-4521/2026")
        self.court_no.setMaximumWidth(260)
        self.court_district = LookupEdit(
            lambda text: [LookupItem(c.code, c.description) for c in districts(text)],
            title=texts.COURT_DISTRICT,
        )
        self.court_district.setMaximumWidth(260)
        self.court_district_name = QLabel()
        self.court_district_name.setObjectName("courtDistrictName")
        self._districts = districts
        district = QWidget()
        district_row = QHBoxLayout(district)
        district_row.setContentsMargins(0, 0, 0, 0)
        district_row.addWidget(self.court_district)
        district_row.addWidget(self.court_district_name, 1)
        district.setFocusProxy(self.court_district)
        self.hearing_date = DateField(today=self._today(), required=False)
        self.hearing_time = QLineEdit()
        self.hearing_time.setPlaceholderText(texts.TIME_HINT)
        self.hearing_time.setMaximumWidth(70)
        hearing = QWidget()
        row = QHBoxLayout(hearing)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hearing_date)
        row.addWidget(self.hearing_time)
        row.addStretch(1)
        hearing.setFocusProxy(self.hearing_date)
        self.execution_deadline = DateField(today=self._today(), required=False)
        self.awarded_costs = AmountEdit()
        self.awarded_costs.setMaximumWidth(160)
        self.previous_bailiff_fee = AmountEdit()
        self.previous_bailiff_fee.setMaximumWidth(160)
        self.note = QLineEdit()
        self.note.setMaximumWidth(620)
        for key, caption, widget in (
            ("kind", texts.KIND, self.kind),
            ("fundament_date", texts.FUNDAMENT_DATE, self.fundament_date),
            ("court_no", texts.COURT_NO, self.court_no),
            ("court_district", texts.COURT_DISTRICT, district),
            ("hearing", texts.HEARING, hearing),
            ("execution_deadline", texts.DEADLINE, self.execution_deadline),
            ("awarded_costs", texts.AWARDED, self.awarded_costs),
            ("previous_bailiff_fee", texts.BAILIFF_FEE, self.previous_bailiff_fee),
            ("note", texts.NOTE, self.note),
        ):
            add(caption, widget)
            message = QLabel()
            message.setObjectName("fieldProblem")
            message.setStyleSheet("color: #b3261e;")
            message.setWordWrap(True)
            message.setMinimumWidth(400)
            form.addRow("", message)
            form.setRowVisible(message, False)
            self.messages[key] = message
        self.kind.currentIndexChanged.connect(self._edited)
        for edit in self.all_widgets():
            if edit is not self.kind:
                edit.textChanged.connect(self._edited)
        self.validate()

    # --- values ---------------------------------------------------------------------------------
    def set_input(self, data: FundamentInput) -> None:
        widgets = self.all_widgets()
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.fundament_date.set_value(data.fundament_date)
        self.court_no.setText(data.court_no or "")
        self.court_district.set_text(data.court_district_code or "")
        self.hearing_date.set_value(data.hearing_at.date() if data.hearing_at else None)
        self.hearing_time.setText(f"{data.hearing_at:%H:%M}" if data.hearing_at else "")
        self.execution_deadline.set_value(data.execution_deadline)
        self.awarded_costs.set_value(data.awarded_costs)
        self.previous_bailiff_fee.set_value(data.previous_bailiff_fee)
        self.note.setText(data.note or "")
        for widget in widgets:
            widget.blockSignals(False)
        self._show_district_name()
        self.validate()

    def input(self) -> FundamentInput:
        """The fields as a FundamentInput (call when valid)."""
        return FundamentInput(
            kind=self.kind.currentData(),
            fundament_date=self.fundament_date.value(),
            court_no=self.court_no.text().strip() or None,
            court_district_code=self.court_district.text().strip() or None,
            hearing_at=self._hearing_at(),
            execution_deadline=self.execution_deadline.value(),
            awarded_costs=self.awarded_costs.value(),
            previous_bailiff_fee=self.previous_bailiff_fee.value(),
            note=self.note.text().strip() or None,
        )

    def all_widgets(self) -> list[QWidget]:
        return [
            self.kind,
            self.fundament_date,
            self.court_no,
            self.court_district.line_edit,
            self.hearing_date,
            self.hearing_time,
            self.execution_deadline,
            self.awarded_costs,
            self.previous_bailiff_fee,
            self.note,
        ]

    def set_editable(self, editable: bool) -> None:
        self.court_district.setEnabled(editable)  # no F4 lookup on a read-only field
        for widget in self.all_widgets():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)

    # --- checking -------------------------------------------------------------------------------
    def is_valid(self) -> bool:
        return self._valid

    def validate(self) -> bool:
        found = self.problems()
        for key, label in self.messages.items():
            label.setText(found.get(key, ""))
            self._form.setRowVisible(label, key in found)
        for key, widget in (
            ("fundament_date", self.fundament_date),
            ("court_no", self.court_no),
            ("execution_deadline", self.execution_deadline),
            ("note", self.note),
        ):
            mark_invalid(widget, found.get(key))
        mark_invalid(self.hearing_date, found.get("hearing"))
        mark_invalid(self.hearing_time, found.get("hearing"))
        valid = not found
        if valid != self._valid:
            self._valid = valid
            self.sig_validity_changed.emit(valid)
        return valid

    def problems(self) -> dict[str, str]:
        """Field key -> the message to show under it; empty when everything is valid."""
        found: dict[str, str] = {}
        dates: dict[str, dt.date | None] = {}
        for key, field in (
            ("fundament_date", self.fundament_date),
            ("hearing", self.hearing_date),
            ("execution_deadline", self.execution_deadline),
        ):
            try:
                dates[key] = field.checked_value()
            except ValueError as exc:  # the one date field's own message
                dates[key] = None
                found[key] = str(exc)
        day = dates["fundament_date"]
        if "fundament_date" not in found:
            if day is None:
                found["fundament_date"] = (
                    texts.DATE_FIRST_ERR if self._has_details() else texts.DATE_MISSING_ERR
                )
            elif day > self._today():
                found["fundament_date"] = texts.DATE_FUTURE_ERR
        time_text = self.hearing_time.text().strip()
        if "hearing" not in found and time_text:
            if not _TIME.match(time_text):
                found["hearing"] = texts.NOT_A_TIME_ERR
            elif dates["hearing"] is None:
                found["hearing"] = texts.TIME_WITHOUT_DATE_ERR
        if day is not None:
            before = texts.BEFORE_FUNDAMENT_ERR.format(day=format_date(day))
            for key in ("hearing", "execution_deadline"):
                if key not in found and dates[key] is not None and dates[key] < day:
                    found[key] = before
        for key, amount in (
            ("awarded_costs", self.awarded_costs),
            ("previous_bailiff_fee", self.previous_bailiff_fee),
        ):
            if not amount.is_valid():
                found[key] = amount.error_message()
        return found

    def _has_details(self) -> bool:
        return any(
            widget.text().strip()
            for widget in self.all_widgets()
            if isinstance(widget, QLineEdit)
            and widget is not self.fundament_date
            and widget is not self.court_district.line_edit
        )

    def _hearing_at(self) -> dt.datetime | None:
        day = self.hearing_date.value()
        if day is None:
            return None
        match = _TIME.match(self.hearing_time.text().strip())
        hour, minute = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        return dt.datetime(day.year, day.month, day.day, hour, minute)

    def _show_district_name(self) -> None:
        code = self.court_district.text().strip()
        names = {c.code: c.description for c in self._districts(code)} if code else {}
        self.court_district_name.setText(names.get(code, ""))

    def _edited(self, *_args) -> None:
        self._show_district_name()
        self.validate()
        self.sig_edited.emit()
