"""Dialogs of the payment plan: they gather input and return data; the services save."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.framework.fields import AmountEdit
from ui.i18n import format_amount, format_date
from ui.payment_plan import texts
from workflows.amounts import read_percent
from workflows.payment_plan import GeneralAgreement, GeneralKind, PeriodAgreement, PeriodKind


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main and the keypad Enter
        QShortcut(QKeySequence(keys), dialog, activated=dialog.accept)
    return box


class DebtorChoiceDialog(QDialog):
    """Dan betalingsplan: every debtor is ticked; untick those who do not take part."""

    def __init__(self, debtors: Sequence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.NEW_PLAN)
        self.list = QListWidget()
        for debtor in debtors:
            item = QListWidgetItem(f"{debtor.no}  {debtor.name}")
            item.setData(Qt.ItemDataRole.UserRole, debtor.party_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.CHOOSE_DEBTORS))
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self))

    def chosen(self) -> list[int]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


def ask_create_new(parent: QWidget, active_nos: Sequence[str]) -> bool:
    box = QMessageBox(parent)
    box.setWindowTitle(texts.NEW_PLAN)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(texts.ACTIVE_PLAN_QST.format(nos=", ".join(active_nos)))
    create = box.addButton(texts.CREATE_NEW, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is create


def ask_create_new_for_agreement(parent: QWidget) -> bool | None:
    """True: create a new plan (recommended); False: change this one; None: cancelled."""
    box = QMessageBox(parent)
    box.setWindowTitle(texts.AGREEMENTS)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(texts.AGREEMENT_CHOICE_QST)
    new = box.addButton(texts.CREATE_NEW_RECOMMENDED, QMessageBox.ButtonRole.AcceptRole)
    change = box.addButton(texts.CHANGE_THIS, QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is new else False if clicked is change else None


class PlanLinesDialog(QDialog):
    """Vis betalingsplan: the lines with their status; the marked line's specification below."""

    def __init__(self, plan, follow_up=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{texts.SHOW_PLAN} {plan.plan_no}")
        self.resize(860, 560)
        self.plan = plan
        statuses = {ln.period_no: ln.status.value for ln in follow_up.lines} if follow_up else {}
        self.lines = QTableWidget(len(plan.lines), len(texts.LINE_COLUMNS))
        self.lines.setObjectName("planLines")
        self.lines.setHorizontalHeaderLabels(texts.LINE_COLUMNS)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().setVisible(False)
        for row, line in enumerate(plan.lines):
            values = (
                str(line.period_no),
                format_date(line.due_date),
                format_amount(line.instalment),
                format_amount(line.to_interest),
                format_amount(line.to_costs),
                format_amount(line.to_principal),
                format_amount(line.remaining_balance),
                texts.LINE_STATUS.get(statuses.get(line.period_no, ""), ""),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 2 <= column <= 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, column, item)
        self.lines.resizeColumnsToContents()
        self.specification = QTableWidget(0, 3)
        self.specification.setObjectName("lineSpecification")
        self.specification.setHorizontalHeaderLabels(texts.LINE_SPEC_COLUMNS)
        self.specification.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.specification.verticalHeader().setVisible(False)
        self.specification.horizontalHeader().setStretchLastSection(True)
        self.lines.currentCellChanged.connect(lambda row, *_: self.show_specification(row))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.lines)
        group = QGroupBox(texts.SPECIFICATION)
        QVBoxLayout(group).addWidget(self.specification)
        splitter.addWidget(group)
        splitter.setSizes([380, 180])
        layout = QVBoxLayout(self)
        if plan.lines:
            ordinary = [ln for ln in plan.lines if ln.period_no]
            layout.addWidget(
                QLabel(
                    texts.PLAN_STATS.format(
                        first=format_date(ordinary[0].due_date),
                        last_no=ordinary[-1].period_no,
                        last=format_date(ordinary[-1].due_date),
                    )
                )
            )
        layout.addWidget(splitter)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        if plan.lines:
            self.lines.setCurrentCell(0, 0)

    def show_specification(self, row: int) -> None:
        if not 0 <= row < len(self.plan.lines):
            return
        names = {item.item_key: item.description for item in self.plan.items}
        shares = self.plan.lines[row].specification
        self.specification.setRowCount(len(shares))
        for r, share in enumerate(shares):
            self.specification.setItem(
                r, 0, QTableWidgetItem(names.get(share["item_id"], share["item_id"]))
            )
            self.specification.setItem(r, 1, QTableWidgetItem(texts.BUCKETS[share["bucket"]]))
            amount = QTableWidgetItem(format_amount(Decimal(share["amount"])))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.specification.setItem(r, 2, amount)
        self.specification.resizeColumnsToContents()


class AgreementsDialog(QDialog):
    """Betalingsaftaler: one general agreement and/or one single-period agreement."""

    def __init__(self, plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{texts.AGREEMENTS} – {plan.plan_no}")
        periods = [ln.period_no for ln in plan.lines if ln.period_no]
        first_principal = next(
            (ln.period_no for ln in plan.lines if ln.period_no and ln.to_principal > 0),
            periods[0] if periods else 1,
        )
        last = periods[-1] if periods else 1
        self.general_kind = QComboBox()
        self.general_kind.addItem(texts.NONE, None)
        for key, text in texts.GENERAL_KINDS.items():
            self.general_kind.addItem(text, key)
        self.from_period = QSpinBox()
        self.from_period.setRange(first_principal, max(first_principal, last))  # never before
        self.new_instalment = AmountEdit()
        self.general_remark = QLineEdit()
        general = QGroupBox(texts.GENERAL_AGREEMENT)
        form = QFormLayout(general)
        form.addRow(texts.AGREEMENT_TYPE, self.general_kind)
        form.addRow(texts.FROM_PERIOD, self.from_period)
        form.addRow(texts.NEW_INSTALMENT, self.new_instalment)
        form.addRow(texts.REMARK, self.general_remark)

        self.period_kind = QComboBox()
        self.period_kind.addItem(texts.NONE, None)
        for key, text in texts.PERIOD_KINDS.items():
            self.period_kind.addItem(text, key)
        self.period_no = QSpinBox()
        self.period_no.setRange(periods[0] if periods else 1, last)
        self.period_amount = AmountEdit()
        self.period_rate = QLineEdit()
        self.period_remark = QLineEdit()
        single = QGroupBox(texts.SINGLE_AGREEMENT)
        form = QFormLayout(single)
        form.addRow(texts.AGREEMENT_TYPE, self.period_kind)
        form.addRow(texts.PERIOD, self.period_no)
        form.addRow(texts.AMOUNT, self.period_amount)
        form.addRow(texts.RATE, self.period_rate)
        form.addRow(texts.REMARK, self.period_remark)

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(general)
        row.addWidget(single)
        layout.addLayout(row)
        layout.addWidget(_buttons(self))

    def agreements(self) -> tuple[list[GeneralAgreement], list[PeriodAgreement]]:
        general, single = [], []
        if self.general_kind.currentData():
            general.append(
                GeneralAgreement(
                    kind=GeneralKind(self.general_kind.currentData()),
                    from_period=self.from_period.value(),
                    new_instalment=self.new_instalment.value(),
                    remark=self.general_remark.text().strip(),
                )
            )
        if self.period_kind.currentData():
            rate = self.period_rate.text().strip().replace(",", ".")
            single.append(
                PeriodAgreement(
                    kind=PeriodKind(self.period_kind.currentData()),
                    period_no=self.period_no.value(),
                    amount=self.period_amount.value(),
                    annual_rate_pct=read_percent(rate, texts.RATE) if rate else None,
                    remark=self.period_remark.text().strip(),
                )
            )
        return general, single


class PrintDialog(QDialog):
    """Udskriv kreditomkostninger: include the payment details or not."""

    def __init__(self, plan_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.PRINT)
        self.include = QCheckBox(texts.INCLUDE_PAYMENTS)
        self.number = QLineEdit(plan_no)
        self.number.setReadOnly(True)
        form = QFormLayout(self)
        form.addRow(texts.INCLUDE_PAYMENTS, self.include)
        form.addRow(texts.NO, self.number)
        form.addRow(_buttons(self))
