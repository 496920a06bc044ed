"""The new client card and the new party card, prefilled from the search words.

Nothing is saved here: the dialogs return a ClientInput / PartyInput that the wizard's one
create_case call saves together with the case. The core's own checks (CPR/CVR) mark the fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.cases.requests import ClientInput, PartyInput
from caplegal_desktop.services.master_data.parties import client_problems, party_problems
from ui.framework.fields import mark_invalid
from ui.wizard.data import CaseData
from ui.wizard.duplicates_dialog import DuplicatesDialog
from ui.wizard.tr import ensure_translations


class RecordDialog(QDialog):
    """A small card: a form, OK (Ctrl+Enter) enabled only while the input is valid, Esc."""

    existing = None  # the LikelyDuplicate the user took instead of a new record

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        ensure_translations()
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept_if_valid)
        self.setMinimumWidth(520)

    def add(self, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.revalidate)
        return widget

    def field_problems(self) -> list[tuple[QWidget, str]]:
        return []

    def showEvent(self, event) -> None:
        super().showEvent(event)
        first = self.findChild(QLineEdit)
        if first is not None:
            first.setFocus()
            # the words typed in the search stay, with the cursor after them, not selected
            QTimer.singleShot(0, lambda: (first.deselect(), first.end(False)))

    def revalidate(self) -> bool:
        problems = self.field_problems()
        marked = {id(w): m for w, m in problems}
        for widget in self.findChildren(QLineEdit):
            mark_invalid(widget, marked.get(id(widget)))
        self.message.setText("\n".join(m for _w, m in problems))
        self.ok_button.setEnabled(not problems)
        return not problems

    def likely_duplicates(self) -> list:
        """Existing records the new one probably is (shown before it is created)."""
        return []

    def kind_text(self) -> str:
        return ""

    def accept_if_valid(self) -> None:
        """OK: valid input, then the likely duplicates first; `existing` is set when the user
        takes one of them instead of creating a new record."""
        if not self.revalidate():
            return
        self.existing = None
        hits = self.likely_duplicates()
        if hits:
            self.duplicates_dialog = DuplicatesDialog(hits, kind_text=self.kind_text(), parent=self)
            if self.duplicates_dialog.exec() != QDialog.DialogCode.Accepted:
                return  # back to the card, with what was typed
            self.existing = self.duplicates_dialog.chosen
        self.accept()

    def keyPressEvent(self, event) -> None:
        # Enter in a field moves on instead of closing the card half-filled
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)


def _problem_widget(problem_field: str, widgets: dict[str, QWidget], fallback: QWidget) -> QWidget:
    return widgets.get(problem_field.rsplit(".", 1)[-1], fallback)


class NewClientDialog(RecordDialog):
    def __init__(self, data: CaseData, *, words: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New client"))
        self._data = data
        self.name = self.add(self.tr("Name"), QLineEdit(words.strip()))
        self.cvr = self.add(self.tr("CVR no."), QLineEdit())
        self.address = self.add(self.tr("Address"), QLineEdit())
        self.postcode = self.add(self.tr("Post code"), QLineEdit())
        self.city = self.add(self.tr("City"), QLineEdit())
        self.email = self.add(self.tr("E-mail"), QLineEdit())
        self.vat_registered = self.add(self.tr("VAT registered"), QCheckBox())
        self.vat_registered.setChecked(True)
        self.postcode.editingFinished.connect(self._fill_city)
        self.revalidate()

    def likely_duplicates(self) -> list:
        return self._data.likely_duplicate_clients(self.client_input())

    def kind_text(self) -> str:
        return self.tr("client")

    def _fill_city(self) -> None:
        info = self._data.postcode_info(self.postcode.text()) if self.postcode.text() else None
        if info and not self.city.text():
            self.city.setText(info.city)

    def client_input(self) -> ClientInput:
        return ClientInput(
            name=self.name.text().strip(),
            cvr=self.cvr.text().strip() or None,
            vat_registered=self.vat_registered.isChecked(),
            address=self.address.text().strip() or None,
            postcode=self.postcode.text().strip() or None,
            city=self.city.text().strip() or None,
            email=self.email.text().strip() or None,
        )

    def field_problems(self) -> list[tuple[QWidget, str]]:
        widgets = {"navn": self.name, "cvr": self.cvr}
        if not self.name.text().strip():
            return [(self.name, self.tr("The name must be filled in."))]
        return [
            (_problem_widget(p.field, widgets, self.name), p.message)
            for p in client_problems(self.client_input())
        ]


class NewPartyDialog(RecordDialog):
    def __init__(self, data: CaseData, *, words: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New party"))
        self._data = data
        self.area = None
        self.name = self.add(self.tr("Name"), QLineEdit(words.strip()))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Business"), "business")
        self.add(self.tr("Kind"), self.kind)
        self.kind.currentIndexChanged.connect(self.revalidate)
        self.identity = self.add(self.tr("CPR/CVR no."), QLineEdit())
        self.address = self.add(self.tr("Address"), QLineEdit())
        self.postcode = self.add(self.tr("Post code"), QLineEdit())
        self.city = self.add(self.tr("City"), QLineEdit())
        self.municipality = QLabel("–")
        self.add(self.tr("Municipality"), self.municipality)
        self.court = QLabel("–")
        self.add(self.tr("Court district"), self.court)
        self.bailiff = QLabel("–")
        self.add(self.tr("Bailiff's court"), self.bailiff)
        self.email = self.add(self.tr("E-mail"), QLineEdit())
        self.phone = self.add(self.tr("Phone"), QLineEdit())
        self.regarding = self.add(self.tr("Case regarding party"), QLineEdit())
        self.type_label = QLabel("DEBITOR")
        self.add(self.tr("Party type"), self.type_label)
        self.postcode.textChanged.connect(self._fill_area)
        self.revalidate()

    def likely_duplicates(self) -> list:
        return self._data.likely_duplicate_parties(self.party_input())

    def kind_text(self) -> str:
        return self.tr("party")

    def _fill_area(self) -> None:
        text = self.postcode.text().strip()
        self.area = self._data.postcode_info(text) if len(text) == 4 else None
        if self.area is not None:
            if not self.city.text() or self.city.property("auto"):
                self.city.setText(self.area.city)
                self.city.setProperty("auto", True)
            self.municipality.setText(self.area.municipality or "–")
            self.court.setText(self.area.court_district_name or "–")
            self.bailiff.setText(self.area.bailiff_court_name or "–")
        else:
            for label in (self.municipality, self.court, self.bailiff):
                label.setText("–")

    def party_input(self) -> PartyInput:
        kind = self.kind.currentData()
        identity = self.identity.text().strip() or None
        return PartyInput(
            name=self.name.text().strip(),
            kind=kind,
            cpr=identity if kind == "person" else None,
            cvr=identity if kind == "business" else None,
            address=self.address.text().strip() or None,
            postcode=self.postcode.text().strip() or None,
            city=self.city.text().strip() or None,
            email=self.email.text().strip() or None,
            phone=self.phone.text().strip() or None,
            regarding_party=self.regarding.text().strip() or None,
        )

    def field_problems(self) -> list[tuple[QWidget, str]]:
        problems: list[tuple[QWidget, str]] = []
        if not self.name.text().strip():
            problems.append((self.name, self.tr("The name must be filled in.")))
        postcode = self.postcode.text().strip()
        if postcode and self.area is None:
            problems.append(
                (self.postcode, self.tr("The post code %1 does not exist.").replace("%1", postcode))
            )
        widgets = {"cpr": self.identity, "cvr": self.identity}
        for p in party_problems(self.party_input(), "part"):
            if not p.field.endswith("navn"):
                problems.append((_problem_widget(p.field, widgets, self.identity), p.message))
        return problems
