"""The plan window (betalingsplan): General, Calculator and Specification, with its actions.

Each slot gathers the input, calls one service through PlanData and shows the result or the
problem. Only a draft can be edited; an active plan changes through Betalingsaftaler.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.payment_plans.plans import CalculatorInput, ItemSettings
from ui.framework.actions import tooltip_with_shortcut
from ui.framework.card_page import PROMOTED, CardPage
from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit
from ui.framework.files import in_documents
from ui.i18n import format_amount, format_date
from ui.payment_plan import texts
from ui.payment_plan.data import PlanData
from ui.payment_plan.dialogs import (
    AgreementsDialog,
    PlanLinesDialog,
    PrintDialog,
    ask_create_new_for_agreement,
)
from workflows.amounts import AmountError, read_percent

_CHECK_COLUMNS = {3: "in_solidum", 8: "interest_bearing", 10: "apr_cost"}
_DECIMAL_COLUMNS = {
    4: "liability_share_pct",
    5: "repayment_share_pct",
    7: "payment_pct_limit",
    9: "annual_rate_pct",
}


class PlanCard(CardPage):
    sig_plan_changed = Signal(object)
    """Emitted with the PlanChanged value after a service changed the plan."""

    def __init__(self, data: PlanData, plan_no: str, parent: QWidget | None = None) -> None:
        super().__init__(
            page_id=f"payment_plan:{plan_no}",
            title=texts.PLAN_TITLE.format(no=plan_no),
            ribbon={"collection": ["payment_plan"]},
            parent=parent,
        )
        self.data = data
        self.plan_no = plan_no
        self.plan = None
        self._given: str | None = None
        self._build_actions()
        self._build_general()
        self._build_calculator()
        self._build_specification()
        self.load()

    # --- building -------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = QToolBar()
        bar.setObjectName("planActions")
        self.actions_by_id = {}
        # F9 is the window's "post" key: it reaches calculate through handles_action, so the
        # card owns no second F9 shortcut (two would be ambiguous and neither would fire).
        for action_id, text, slot, keys in (
            ("calculate", texts.CALCULATE, self.calculate, None),
            ("activate", texts.ACTIVATE, self.activate, "Ctrl+F9"),
            ("show_plan", texts.SHOW_PLAN, self.show_plan, "Ctrl+L"),
            ("agreements", texts.AGREEMENTS, self.open_agreements, None),
            ("print", texts.PRINT, self.print_credit_costs, "Ctrl+P"),
            ("close", texts.CLOSE, self.close_plan, None),
            ("reopen", texts.REOPEN, self.reopen_plan, None),
        ):
            action = bar.addAction(text)
            action.setObjectName(f"plan_{action_id}")
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.setToolTip(tooltip_with_shortcut(text, action.shortcut()))
                self.addAction(action)  # the key works wherever the focus is on the card
            action.triggered.connect(slot)
            self.actions_by_id[action_id] = action
        calculate = self.actions_by_id["calculate"]
        calculate.setToolTip(tooltip_with_shortcut(texts.CALCULATE, QKeySequence("F9")))
        self.layout().insertWidget(1, bar)

    def handles_action(self, action_id: str) -> bool:
        return action_id == "post_journal"  # F9: calculate the plan, never leave it

    def trigger_action(self, action_id: str) -> None:
        if action_id == "post_journal":
            self.calculate()

    def _build_general(self) -> None:
        tab = self.add_fast_tab(texts.GENERAL_TAB)
        self.general = {}
        for key, caption, importance in (
            ("no", texts.NO, PROMOTED),
            ("case", texts.CASE, PROMOTED),
            ("status", texts.STATUS_FIELD, PROMOTED),
            ("debtors", texts.DEBTORS, "standard"),
            ("created", texts.CREATED, "standard"),
            ("activated", texts.ACTIVATED, "standard"),
            ("closed", texts.CLOSED, "additional"),
            ("replaces", texts.REPLACES, "additional"),
        ):
            self.general[key] = tab.add_field(caption, QLabel(), importance=importance)

    def _build_calculator(self) -> None:
        tab = self.add_fast_tab(texts.CALCULATOR_TAB)
        self.extra_amount = tab.add_field(texts.EXTRA_AMOUNT, AmountEdit())
        self.extra_date = tab.add_field(texts.EXTRA_DATE, DateField(required=False))
        self.first_date = tab.add_field(texts.FIRST_DATE, DateField(required=False))
        self.term = tab.add_field(texts.TERM, _combo(texts.TERMS))
        self.periods = QSpinBox()
        self.periods.setRange(0, 1200)
        self.periods.setSpecialValueText(" ")
        self.periods.setMinimumWidth(90)
        tab.add_field(texts.PERIODS, self.periods, importance=PROMOTED)
        self.last_date = tab.add_field(texts.LAST_DATE, DateField(required=False))
        self.instalment = tab.add_field(texts.INSTALMENT, AmountEdit(), importance=PROMOTED)
        self.periods.valueChanged.connect(lambda v: v and self._give("periods"))
        self.last_date.textEdited.connect(lambda _t: self._give("last_date"))
        self.instalment.textEdited.connect(lambda _t: self._give("instalment"))
        self.allocation = tab.add_field(texts.ALLOCATION, _combo(texts.ALLOCATIONS))
        self.order = tab.add_field(texts.ORDER, _combo(texts.ORDERS))
        self.figures = {}
        for key, caption in (
            ("accrued_interest", texts.ACCRUED),
            ("debt_at_start", texts.DEBT),
            ("credit_amount", texts.CREDIT_AMOUNT),
            ("credit_cost", texts.CREDIT_COST),
            ("apr_pct", texts.APR),
        ):
            label = QLabel()
            label.setObjectName("greyField")
            if key == "accrued_interest":  # a blue amount: its specification on a click
                label.setTextFormat(Qt.TextFormat.RichText)
                label.linkActivated.connect(lambda _link: self.show_interest_specification())
            self.figures[key] = tab.add_field(caption, label)

    def _build_specification(self) -> None:
        tab = self.add_fast_tab(texts.SPECIFICATION_TAB)
        self.specification = QTableWidget(0, len(texts.SPEC_COLUMNS))
        self.specification.setObjectName("planSpecification")
        self.specification.setHorizontalHeaderLabels(texts.SPEC_COLUMNS)
        self.specification.verticalHeader().setVisible(False)
        self.specification.setMinimumHeight(180)
        tab.form.addRow(self.specification)

    # --- showing --------------------------------------------------------------------------------
    def load(self) -> None:
        self.plan = plan = self.data.plan(self.plan_no)
        draft = plan.status == "draft"
        self.general["no"].setText(plan.plan_no)
        self.general["case"].setText(plan.case_no)
        self.general["status"].setText(texts.STATUS[plan.status])
        self.general["debtors"].setText(", ".join(f"{d.no} {d.name}" for d in plan.debtors))
        self.general["created"].setText(_who_when(plan.created))
        self.general["activated"].setText(_who_when(plan.activated))
        self.general["closed"].setText(_who_when(plan.closed))
        self.general["replaces"].setText(plan.replaces_plan_no or "")
        self.extra_amount.set_value(plan.extra_amount)
        self.extra_date.set_value(plan.extra_date)
        self.first_date.set_value(plan.first_date)
        _select(self.term, plan.term)
        self.periods.blockSignals(True)
        self.periods.setValue(plan.periods or 0)
        self.periods.blockSignals(False)
        self.last_date.set_value(plan.last_date)
        self.instalment.set_value(plan.instalment)
        self._given = plan.given or None
        _select(self.allocation, plan.allocation_type)
        _select(self.order, plan.payment_order)
        for key, label in self.figures.items():
            value = getattr(plan, key)
            if key == "apr_pct":
                label.setText("" if value is None else f"{value.normalize():f} %".replace(".", ","))
            elif key == "accrued_interest" and value is not None:
                label.setText(f'<a href="spec">{format_amount(value)}</a>')
            else:
                label.setText(format_amount(value) if value is not None else "")
        self._fill_specification(plan.items, editable=draft)
        for widget in (
            self.extra_amount,
            self.extra_date,
            self.first_date,
            self.term,
            self.periods,
            self.last_date,
            self.instalment,
            self.allocation,
            self.order,
        ):
            widget.setEnabled(draft)
        enabled = {
            "calculate": draft,
            "activate": draft,
            "show_plan": bool(plan.lines),
            "agreements": plan.status == "active",
            "print": plan.debt_at_start is not None,
            "close": plan.status == "active",
            "reopen": plan.status == "closed",
        }
        for action_id, on in enabled.items():
            self.actions_by_id[action_id].setEnabled(on)

    def _fill_specification(self, items, *, editable: bool) -> None:
        table = self.specification
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = [
                item.description,
                texts.KINDS[item.kind],
                format_amount(item.amount),
                None,
                _pct(item.liability_share_pct),
                _pct(item.repayment_share_pct),
                str(item.payment_priority),
                _pct(item.payment_pct_limit),
                None,
                _pct(item.annual_rate_pct),
                None,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value or "")
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if column in _CHECK_COLUMNS:
                    checked = getattr(item, _CHECK_COLUMNS[column])
                    cell.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
                    if editable:
                        flags |= Qt.ItemFlag.ItemIsUserCheckable
                elif column >= 4 and editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                cell.setFlags(flags)
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, item.item_key)
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()

    # --- gathering ------------------------------------------------------------------------------
    def _give(self, name: str) -> None:
        """Give one of periods / last date / instalment: the other two are computed."""
        self._given = name
        if name != "periods":
            self.periods.blockSignals(True)
            self.periods.setValue(0)
            self.periods.blockSignals(False)
        if name != "last_date":
            self.last_date.clear()
        if name != "instalment":
            self.instalment.clear()

    def calculator(self) -> CalculatorInput:
        given = {
            "periods": self.periods.value() or None,
            "last_date": self.last_date.checked_value(),
            "instalment": self.instalment.value(),
        }
        return CalculatorInput(
            first_date=self.first_date.checked_value(),
            term=self.term.currentData(),
            extra_amount=self.extra_amount.value(),
            extra_date=self.extra_date.checked_value(),
            allocation_type=self.allocation.currentData(),
            payment_order=self.order.currentData(),
            **({self._given: given[self._given]} if self._given else {}),
        )

    def item_settings(self) -> list[ItemSettings]:
        settings = []
        for row in range(self.specification.rowCount()):
            cell = self.specification.item
            values = {
                name: cell(row, column).checkState() == Qt.CheckState.Checked
                for column, name in _CHECK_COLUMNS.items()
            }
            for column, name in _DECIMAL_COLUMNS.items():
                text = cell(row, column).text().strip().replace(",", ".").rstrip(" %")
                if text:
                    header = self.specification.horizontalHeaderItem(column)
                    label = header.text() if header else ""
                    values[name] = read_percent(text, label)  # ASCII digits only, in range
            values["payment_priority"] = int(cell(row, 6).text() or 0)
            key = cell(row, 0).data(Qt.ItemDataRole.UserRole)
            settings.append(ItemSettings(item_key=key, **values))
        return settings

    # --- slots ----------------------------------------------------------------------------------
    def calculate(self) -> None:
        try:
            changed, quote = self.data.calculate(
                self.plan_no, self.calculator(), self.item_settings()
            )
        except (ServiceError, ValueError, InvalidOperation) as exc:
            self.show_problem(exc)
            return
        self.load()
        for warning in quote.warnings:
            self.sig_status_message.emit(warning)
        self.sig_status_message.emit(
            texts.CALCULATED_MSG.format(
                periods=quote.periods, instalment=format_amount(quote.instalment)
            )
        )
        self.sig_plan_changed.emit(changed)

    def activate(self) -> None:
        self._run(self.data.activate)

    def close_plan(self) -> None:
        self._run(self.data.close)

    def reopen_plan(self) -> None:
        self._run(self.data.reopen)

    def show_plan(self) -> None:
        PlanLinesDialog(self.plan, self.data.follow_up(self.plan_no), parent=self).exec()

    def show_interest_specification(self) -> None:
        try:
            rows = self.data.interest_specification(self.plan_no)
        except ServiceError as exc:
            self.show_problem(exc)
            return
        text = "\n".join(f"{name}: {format_amount(amount)}" for name, amount in rows)
        box = QMessageBox(QMessageBox.Icon.Information, texts.INTEREST_SPEC, text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_information = text

    def open_agreements(self) -> None:
        dialog = AgreementsDialog(self.plan, parent=self)
        if dialog.exec() != AgreementsDialog.DialogCode.Accepted:
            return
        try:
            general, single = dialog.agreements()
        except AmountError as exc:  # a rate no one meant
            self.show_problem(exc)
            return
        if not (general or single):
            return
        create_new = ask_create_new_for_agreement(self)
        if create_new is None:
            return
        self.apply_agreements(general, single, create_new=create_new)

    def apply_agreements(self, general, single, *, create_new: bool):
        try:
            changed = self.data.agreements(
                self.plan_no, general=general, single=single, create_new=create_new
            )
        except ServiceError as exc:
            self.show_problem(exc)
            return None
        self.sig_plan_changed.emit(changed)
        if changed.plan_no != self.plan_no:
            self.sig_open_record.emit("payment_plan", changed.plan_no)
        self.load()
        return changed

    def print_credit_costs(self) -> None:
        dialog = PrintDialog(self.plan_no, parent=self)
        if dialog.exec() != PrintDialog.DialogCode.Accepted:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            texts.SAVE_PDF,
            in_documents(f"kreditomkostninger_{self.plan_no}.pdf"),
            "PDF (*.pdf)",
        )
        if path:
            self.print_to(Path(path), include_schedule=dialog.include.isChecked())

    def print_to(self, target: Path, *, include_schedule: bool) -> Path | None:
        try:
            saved = self.data.print_credit_costs(self.plan_no, target, include_schedule)
        except ServiceError as exc:
            self.show_problem(exc)
            return None
        self.sig_status_message.emit(texts.SAVED_MSG.format(path=saved))
        return saved

    def _run(self, command) -> None:
        try:
            changed = command(self.plan_no)
        except ServiceError as exc:
            self.show_problem(exc)
            return
        self.load()
        if getattr(changed, "status", None) == "active" and self.plan.activated[1]:
            self.sig_status_message.emit(texts.ACTIVATED_MSG.format(no=changed.plan_no))
        if changed.closed_plan_nos:
            self.sig_status_message.emit(
                texts.CLOSED_OTHERS_MSG.format(nos=", ".join(changed.closed_plan_nos))
            )
        self.sig_plan_changed.emit(changed)

    def show_problem(self, error: Exception) -> None:
        """The service's Danish message, in a window-modal box that does not block the caller."""
        self.last_problem = str(error)
        box = QMessageBox(QMessageBox.Icon.Warning, texts.ERROR_TITLE, str(error), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def refresh(self) -> None:
        self.load()


def _combo(options: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for key, text in options.items():
        combo.addItem(text, key)
    return combo


def _select(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


def _pct(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}".replace(".", ",")


def _who_when(pair) -> str:
    who, when = pair
    return f"{who}, {format_date(when.date())} {when:%H:%M}" if who and when else ""
