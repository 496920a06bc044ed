"""Register payment (the portal's pound icon): the dialog returns a PaymentRequest; services save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from caplegal_desktop.services.cases.actions import PaymentRequest
from models.enums import AllocationTarget, PaymentType
from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit
from ui.journal.texts import t


class RegisterPaymentDialog(QDialog):
    def __init__(self, choices, parent=None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{t('PaymentTitle')} — {choices.case_no}")
        self.payment_type = QComboBox()
        for kind in PaymentType:
            self.payment_type.addItem(t(kind.value), kind.value)
        self.allocation = {target: QCheckBox(t(target.value)) for target in AllocationTarget}
        boxes = QHBoxLayout()
        for box in self.allocation.values():
            boxes.addWidget(box)
        self.claim = QComboBox()
        self.claim.addItem(t("NoClaim"), None)
        for claim_id, text in choices.claims:
            self.claim.addItem(text, claim_id)
        self.date = DateField(today=today, value=today or dt.date.today())
        self.amount = AmountEdit(required=True)
        form = QFormLayout()
        form.addRow(t("PaymentTypeLbl"), self.payment_type)
        form.addRow(t("AllocationLbl"), boxes)
        form.addRow(t("ClaimFirstLbl"), self.claim)
        form.addRow(t("DateLbl"), self.date)
        form.addRow(t("AmountLbl"), self.amount)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.amount.sig_validity_changed.connect(self._update_ok)
        self.date.sig_validity_changed.connect(self._update_ok)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main and the keypad Enter
            QShortcut(QKeySequence(keys), self, activated=self._accept_if_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(choices.case_no))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def request(self) -> PaymentRequest:
        return PaymentRequest(
            payment_type=self.payment_type.currentData(),
            amount=self.amount.value(),
            posting_date=self.date.value(),
            allocation=tuple(str(t_) for t_, box in self.allocation.items() if box.isChecked()),
            claim_id=self.claim.currentData(),
        )

    def _ok_allowed(self) -> bool:
        amount = self.amount.value()
        return amount is not None and amount > 0 and self.date.value() is not None

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._ok_allowed())

    def _accept_if_ok(self) -> None:
        if self._ok_allowed():
            self.accept()
