"""Fordringsparter: which debtors are liable for one claim, each in solidum or with a share %."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.cases.requests import ClaimDebtorInput
from ui.framework.fields import AmountEdit, mark_invalid
from ui.i18n import format_amount
from ui.wizard.tr import ensure_translations


def shares_text(shares: list[ClaimDebtorInput] | None, names: list[str]) -> str:
    """'All (in solidum)' or 'Jens Sørensen, Byg & Bo A/S (50 %)'."""
    if shares is None:
        return QCoreApplication.translate("ClaimsWindow", "All debtors (in solidum)")
    parts = []
    for share in shares:
        name = names[share.debtor_index] if share.debtor_index < len(names) else "?"
        if share.in_solidum:
            parts.append(name)
        else:
            pct = format_amount(share.share_pct).removesuffix(",00").removesuffix(".00")
            parts.append(f"{name} ({pct} %)")
    return ", ".join(parts)


class DebtorSharesDialog(QDialog):
    """One line per debtor: liable? in solidum? share %. OK with Ctrl+Enter, Esc cancels."""

    def __init__(
        self,
        names: list[str],
        shares: list[ClaimDebtorInput] | None,
        parent: QWidget | None = None,
    ) -> None:
        ensure_translations()
        super().__init__(parent)
        self.setWindowTitle(self.tr("Claim debtors"))
        by_index = {s.debtor_index: s for s in (shares or [])}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, title in enumerate(
            (self.tr("Debtor"), self.tr("Liable"), self.tr("In solidum"), self.tr("Share %"))
        ):
            caption = QLabel(title)
            caption.setObjectName("sectionTitle")
            grid.addWidget(caption, 0, column)
        self.lines: list[tuple[QCheckBox, QCheckBox, AmountEdit]] = []
        for index, name in enumerate(names):
            share = by_index.get(index)
            liable = QCheckBox()
            liable.setChecked(shares is None or share is not None)
            solidum = QCheckBox()
            solidum.setChecked(share is None or share.in_solidum)
            pct = AmountEdit()
            pct.setPlaceholderText("")
            if share is not None and not share.in_solidum:
                pct.set_value(share.share_pct)
            for widget in (liable, solidum):
                widget.toggled.connect(self.revalidate)
            pct.textChanged.connect(self.revalidate)
            grid.addWidget(QLabel(name), index + 1, 0)
            grid.addWidget(liable, index + 1, 1)
            grid.addWidget(solidum, index + 1, 2)
            grid.addWidget(pct, index + 1, 3)
            self.lines.append((liable, solidum, pct))
        self.message = QLabel()
        self.message.setStyleSheet("color:#b3261e;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept_if_valid)
        self.setMinimumWidth(460)
        self.revalidate()

    def shares(self) -> list[ClaimDebtorInput] | None:
        chosen = []
        for index, (liable, solidum, pct) in enumerate(self.lines):
            if liable.isChecked():
                in_solidum = solidum.isChecked()
                chosen.append(
                    ClaimDebtorInput(index, in_solidum, None if in_solidum else pct.value())
                )
        if len(chosen) == len(self.lines) and all(s.in_solidum for s in chosen):
            return None  # the default: everyone, in solidum
        return chosen

    def problems(self) -> list[tuple[QWidget, str]]:
        found = []
        total = Decimal(0)
        if not any(liable.isChecked() for liable, _s, _p in self.lines):
            found.append((self.lines[0][0], self.tr("At least one debtor must be liable.")))
        for liable, solidum, pct in self.lines:
            pct.setEnabled(liable.isChecked() and not solidum.isChecked())
            if not pct.isEnabled():
                continue
            value = pct.value()
            if value is None or not Decimal(0) < value <= 100:
                found.append((pct, self.tr("The share must be over 0 and at most 100 %.")))
            else:
                total += value
        if total > 100:
            found.append((self.lines[-1][2], self.tr("The shares add up to more than 100 %.")))
        return found

    def revalidate(self) -> bool:
        found = self.problems()
        marked = {id(w): m for w, m in found}
        for _liable, _solidum, pct in self.lines:
            mark_invalid(pct, marked.get(id(pct)))
        self.message.setText("\n".join(m for _w, m in found))
        self.ok_button.setEnabled(not found)
        return not found

    def accept_if_valid(self) -> None:
        if self.revalidate():
            self.accept()
