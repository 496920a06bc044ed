"""Salærtabeller and Faste gebyrer: the amount rows of the fee codes (fee_amount) and of the
court fees (tariff_amount), maintained like the reference rates. New row adds an amount for the
marked row's fee (and, in a salary table, its bracket) from a date; Correct row changes the
amount and source with a reason, the old value staying in the row's history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QDialog, QMessageBox

from ui.i18n import format_amount, format_date
from ui.setup_tables import FEES_PAGE, SALARY_PAGE, texts
from ui.setup_tables.data import COURT, FEES, SALARY, SetupTablesData
from ui.setup_tables.dialogs import AMOUNT, Current, FigureDialog, format_rate
from ui.setup_tables.figure_page import Column, FigureTablePage, ShownRow
from ui.setup_tables.history import HistoryDialog
from ui.setup_tables.rates_page import confirmed_on


def bracket(row) -> str:
    """'100.001,00 – 250.000,00', '– 100.000,00' or '' (every basis)."""
    low, high = row.basis_from, row.basis_to
    if low is None and high is None:
        return ""
    return f"{whole(low)} – {whole(high)}".strip()


def whole(amount: Decimal | None) -> str:
    """A bracket's end in whole kroner, as the statutes write them: 100.001."""
    if amount is None:
        return ""
    text = format_amount(amount)
    return text[:-3] if amount == amount.to_integral_value() else text


def amount_text(row) -> str:
    """'750,00', or '300,00 + 0,5 % over 3.000,00' where a percentage of the excess is added."""
    text = format_amount(row.amount)
    if row.pct_of_excess:
        over = f" {texts.OVER} {whole(row.excess_over)}" if row.excess_over else ""
        text = f"{text} + {format_rate(row.pct_of_excess).rstrip('0').rstrip(',.')} %{over}"
    return text


class AmountsPage(FigureTablePage):
    """What the salary tables and the fixed fees have in common."""

    brackets = False

    def __init__(self, data: SetupTablesData, **kwargs) -> None:
        super().__init__(data, **kwargs)
        self.dialog: QDialog | None = None
        self.refresh()

    def _key_of(self, saved):
        return (saved.table, saved.row_id)

    def row_name(self, row: ShownRow) -> str:
        record = row.record
        return f"{record.code} {format_amount(record.amount)}"

    def _common(self, record) -> list[str]:
        return [
            record.source or "",
            texts.CONFIDENCE.get(record.confidence, record.confidence),
            record.confirmed_by or "",
            confirmed_on(record),
        ]

    def _shown(self, record, cells: list[str]) -> ShownRow:
        source_column = len(cells)
        return ShownRow(
            key=(record.table, record.row_id),
            cells=cells + self._common(record),
            needs_confirmation=record.needs_confirmation,
            record=record,
            tooltips={source_column: record.source or ""},
        )

    def context_of(self, record) -> list[tuple[str, str]]:
        return [(texts.COL_FEE, f"{record.code} – {record.description}")]

    # --- changes --------------------------------------------------------------------------------
    def new_row(self, table, prefill):
        marked = self.current_row()
        if marked is None or marked.record is None:
            self.sig_status_message.emit(texts.MARK_ROW_MSG)
            return None
        record = marked.record
        dialog = FigureDialog(
            title=texts.NEW_ROW_TITLE.replace("%1", record.code),
            kind=AMOUNT,
            submit=lambda v: self.data.add_amount(record.table, record.code, v, record.table_name),
            today=self.data.today(),
            context=self.context_of(record),
            brackets=self.brackets or record.basis_to is not None,
            parent=self,
        )
        return self._run(dialog)

    def correct_row(self, table, row):
        record = row.record
        dialog = FigureDialog(
            title=texts.CORRECT_ROW_TITLE.replace("%1", record.code),
            kind=AMOUNT,
            submit=lambda v: self.data.correct_amount(
                record.table, record.row_id, v, expected_version=record.version
            ),
            today=self.data.today(),
            current=Current(record.valid_from, record.amount, record.source or ""),
            context=self.context_of(record),
            parent=self,
        )
        return self._run(dialog)

    def _run(self, dialog: FigureDialog):
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if not accepted:
            return None
        saved = dialog.result_value
        self.sig_status_message.emit(
            texts.SAVED_MSG.replace("%1", f"{saved.code} {format_amount(saved.amount)}").replace(
                "%2", format_date(saved.valid_from)
            )
        )
        return saved

    def confirm_row(self, table, row):
        record = row.record
        question = (
            texts.CONFIRM_QST.replace("%1", self.row_name(row))
            .replace("%2", format_date(record.valid_from))
            .replace("%3", record.description)
            .replace("%4", record.source or "–")
        )
        box = QMessageBox(QMessageBox.Icon.Question, texts.CONFIRM, question, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.dialog = box
        answer = box.exec()
        self.dialog = None
        if answer != QMessageBox.StandardButton.Yes:
            return None
        confirmed = self.data.confirm_amount(record.table, record.row_id)
        self.sig_status_message.emit(
            texts.CONFIRMED_MSG.replace("%1", self.row_name(row)).replace(
                "%2", format_date(record.valid_from)
            )
        )
        return confirmed

    def history(self, table, row) -> None:
        record = row.record
        dialog = HistoryDialog(
            title=texts.HISTORY_TITLE.replace("%1", self.row_name(row)).replace(
                "%2", format_date(record.valid_from)
            ),
            changes=self.data.amount_history(record.table, record.row_id),
            fmt=format_amount,
            parent=self,
        )
        self.dialog = dialog
        dialog.exec()
        self.dialog = None


class SalaryTablesPage(AmountsPage):
    """One tab per salary table (e.g. BEK476-2016), its brackets in order."""

    brackets = True

    def __init__(self, data: SetupTablesData) -> None:
        super().__init__(
            data,
            page_id=SALARY_PAGE,
            title=texts.SALARY_TITLE,
            hint=texts.FIGURES_HINT,
            columns=[
                Column(texts.COL_DATE, 100),
                Column(texts.COL_FROM, 110, right=True),
                Column(texts.COL_TO, 110, right=True),
                Column(texts.COL_AMOUNT, 100, right=True),
                Column(texts.COL_PCT, 135, right=True),
                Column(texts.COL_SOURCE, 240, stretch=True),
                Column(texts.COL_CONFIDENCE, 100),
                Column(texts.COL_CONFIRMED_BY, 110),
                Column(texts.COL_CONFIRMED_AT, 125),
            ],
        )

    def _all(self) -> list:
        return self.data.amount_rows(SALARY)

    def tables(self) -> list[tuple[str, str]]:
        firsts: dict[str, dt.date] = {}
        for row in self._all():
            name = row.table_name or row.code
            firsts[name] = min(firsts.get(name, row.valid_from), row.valid_from)
        newest_first = sorted(firsts, key=lambda name: firsts[name], reverse=True)
        return [(name, name) for name in newest_first]

    def load_rows(self, table):
        rows = [r for r in self._all() if (r.table_name or r.code) == table]
        rows.sort(key=lambda r: (r.valid_from, r.basis_from or Decimal(0)))
        return [
            self._shown(
                r,
                [
                    format_date(r.valid_from),
                    format_amount(r.basis_from) if r.basis_from is not None else "",
                    format_amount(r.basis_to) if r.basis_to is not None else "",
                    format_amount(r.amount),
                    format_rate(r.pct_of_excess) if r.pct_of_excess is not None else "",
                ],
            )
            for r in rows
        ]

    def context_of(self, record) -> list[tuple[str, str]]:
        return [(texts.COL_TABLE, record.table_name or record.code), *super().context_of(record)]


class FixedFeesPage(AmountsPage):
    """The fees the setup adds or the user picks (rykkergebyr, inkassogebyr, ...) and the court
    fees, each fee's amounts newest first."""

    def __init__(self, data: SetupTablesData) -> None:
        super().__init__(
            data,
            page_id=FEES_PAGE,
            title=texts.FEES_TITLE,
            hint=texts.FIGURES_HINT,
            columns=[
                Column(texts.COL_FEE, 190),
                Column(texts.COL_DATE, 90),
                Column(texts.COL_BASIS, 150, right=True),
                Column(texts.COL_AMOUNT, 195, right=True),
                Column(texts.COL_SOURCE, 160, stretch=True),
                Column(texts.COL_CONFIDENCE, 90),
                Column(texts.COL_CONFIRMED_BY, 105),
                Column(texts.COL_CONFIRMED_AT, 120),
            ],
        )

    def tables(self) -> list[tuple[str, str]]:
        return [(FEES, texts.FEES_TAB), (COURT, texts.COURT_TAB)]

    def load_rows(self, table):
        rows = self.data.amount_rows(table or FEES)
        rows.sort(key=lambda r: (r.code, -r.valid_from.toordinal(), r.basis_from or Decimal(0)))
        shown = []
        for r in rows:
            row = self._shown(
                r, [r.description, format_date(r.valid_from), bracket(r), amount_text(r)]
            )
            row.tooltips[0] = f"{r.code} – {r.description}"
            shown.append(row)
        return shown
