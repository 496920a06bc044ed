"""Ny salær-/gebyrkode and ny takstkode from Koder og tabeller (Ctrl+N on a fee or tariff row):
code, description, kind and level, VAT and interest, and the first amount with its source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from caplegal_desktop.services.master_data import setup_codes
from ui.cards.case_edit import SavingDialog
from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit

_translate = QCoreApplication.translate


def fee_kinds() -> list[tuple[str, str]]:
    return [
        ("reminder", _translate("SetupCodes", "Reminder fee")),
        ("collection", _translate("SetupCodes", "Collection fee")),
        ("compensation", _translate("SetupCodes", "Compensation fee")),
        ("salary", _translate("SetupCodes", "Salary (incl. awarded hearing fee)")),
        ("court", _translate("SetupCodes", "Court fee (incl. awarded legal costs)")),
        ("other", _translate("SetupCodes", "Other")),
    ]


class NewCodeDialog(SavingDialog):
    def __init__(self, data, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.table = data, table
        self.setWindowTitle(
            _translate("SetupCodes", "New fee or salary code")
            if table == "fee"
            else _translate("SetupCodes", "New tariff code")
        )
        self.code = self._line("kode", _translate("SetupCodes", "Code"))
        self.code.setMaxLength(20)
        self.description = self._line("beskrivelse", _translate("SetupCodes", "Description"))
        if table == "fee":
            self.kind = QComboBox()
            for key, text in fee_kinds():
                self.kind.addItem(text, key)
            self.add(_translate("SetupCodes", "Kind"), self.kind)
            self.level = QComboBox()
            self.level.addItem(_translate("SetupCodes", "Per case"), "case")
            self.level.addItem(_translate("SetupCodes", "Per claim"), "claim")
            self.add(_translate("SetupCodes", "Level"), self.level)
            self.vat = self.add(_translate("SetupCodes", "VAT"), QCheckBox())
            self.interest = self.add(_translate("SetupCodes", "Interest-bearing"), QCheckBox())
        self.legal_rule = self._line("regel", _translate("SetupCodes", "Legal rule"))
        self.amount = self.add(
            _translate("SetupCodes", "Amount (empty: set by the court)"), AmountEdit()
        )
        self.editors["beløb"] = self.amount
        self.valid_from = self.add(
            _translate("SetupCodes", "Valid from"), DateField(today=data.today(), required=False)
        )
        self.editors["dato"] = self.valid_from
        self.source = self._line("kilde", _translate("SetupCodes", "Source"))
        self.remember()
        self.revalidate()

    def _line(self, key: str, label: str) -> QLineEdit:
        line = self.add(label, QLineEdit())
        self.editors[key] = line
        return line

    def snapshot(self) -> object:
        return tuple(w.text() for w in self.editors.values())

    def save(self):
        common = {
            "code": self.code.text(),
            "description": self.description.text(),
            "legal_rule": self.legal_rule.text(),
            "amount": self.amount.value(),
            "valid_from": self.valid_from.value(),
            "source": self.source.text(),
        }
        if self.table == "fee":
            return self.data.write(
                setup_codes.create_fee_code,
                kind=self.kind.currentData(),
                level=self.level.currentData(),
                vat_applicable=self.vat.isChecked(),
                interest_bearing=self.interest.isChecked(),
                **common,
            )
        return self.data.write(setup_codes.create_tariff_code, **common)
