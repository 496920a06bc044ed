"""Referencesatser: Nationalbanken's lending rate (DK) and the Riksbank's reference rate (SE),
one row per date it took effect. A 1 January or 1 July the table lacks shows as a red line at
its place, so the user sees what to add (mark it and press New rate: the date is filled in)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from caplegal_desktop.errors import ServiceError, ValidationError
from ui.framework.files import documents_folder
from ui.i18n import format_date
from ui.setup_tables import texts
from ui.setup_tables.dialogs import RATE, Current, FigureDialog, format_rate
from ui.setup_tables.figure_page import Column, FigureTablePage, ShownRow
from ui.setup_tables.history import HistoryDialog
from ui.setup_tables.warnings import MISSING, table_key

PAGE_ID = "reference_rates"
TABLE_KEYS = ("DK", "SE")


def confirmed_on(row) -> str:
    at = getattr(row, "confirmed_at", None)
    return format_date(at.date() if isinstance(at, dt.datetime) else at) if at else ""


class ReferenceRatesPage(FigureTablePage):
    new_action = "rate_new"
    correct_action = "rate_correct"
    can_import = True

    def __init__(self, data) -> None:
        super().__init__(
            data,
            page_id=PAGE_ID,
            title=texts.RATES_TITLE,
            hint=texts.RATES_HINT,
            columns=[
                Column(texts.COL_DATE, 110),
                Column(texts.COL_RATE, 80, right=True),
                Column(texts.COL_SOURCE, 400, stretch=True),
                Column(texts.COL_CONFIDENCE, 90),
                Column(texts.COL_CONFIRMED_BY, 110),
                Column(texts.COL_CONFIRMED_AT, 125),
            ],
        )
        self.dialog: QDialog | None = None  # the open dialog (the tests answer it through this)
        self.refresh()

    def tables(self) -> list[tuple[str, str]]:
        labels = texts.TABLES
        return [(key, labels[key]) for key in TABLE_KEYS]

    def load_rows(self, table: str | None) -> list[ShownRow]:
        table = table or TABLE_KEYS[0]
        confidence = texts.CONFIDENCE
        shown = [
            ShownRow(
                key=rate.valid_from,
                cells=[
                    format_date(rate.valid_from),
                    format_rate(rate.rate_pct),
                    rate.source or "",
                    confidence.get(rate.confidence, rate.confidence),
                    rate.confirmed_by or "",
                    confirmed_on(rate),
                ],
                needs_confirmation=rate.needs_confirmation,
                record=rate,
                tooltips={2: rate.source or ""},
            )
            for rate in self.data.rates(table)
        ]
        have = {row.key for row in shown}
        for warning in self.data.missing_rate_cues():
            if warning.code == MISSING and table_key(warning.table) == table:
                if warning.date not in have:
                    have.add(warning.date)
                    cells = [format_date(warning.date), "–", texts.MISSING_ROW, "", "", ""]
                    shown.append(ShownRow(("missing", warning.date), cells, missing=True))
        return sorted(shown, key=_date_of, reverse=True)

    def mark_date(self, day: dt.date) -> None:
        """Mark the row of `day`, or its missing line."""
        missing = ("missing", day)
        self.mark_key(missing if any(row.key == missing for row in self.rows) else day)

    def _key_of(self, saved) -> dt.date | None:
        return getattr(saved, "valid_from", None)

    def row_name(self, row: ShownRow) -> str:
        return f"{texts.TABLE_SHORT[self.current_table()]} {row.cells[1]} %"

    # --- changes --------------------------------------------------------------------------------
    def new_row(self, table, prefill):
        label = texts.TABLE_SHORT[table]
        dialog = FigureDialog(
            title=texts.NEW_RATE_TITLE.replace("%1", label),
            kind=RATE,
            submit=lambda v: self.data.add_rate(table, v.valid_from, v.value, v.source),
            today=self.data.today(),
            valid_from=_date_of(prefill) if prefill is not None else None,
            parent=self,
        )
        return self._run(dialog)

    def correct_row(self, table, row):
        rate = row.record
        dialog = FigureDialog(
            title=texts.CORRECT_RATE_TITLE.replace("%1", texts.TABLE_SHORT[table]),
            kind=RATE,
            submit=lambda v: self.data.correct_rate(
                table, v.valid_from, v.value, v.source, v.reason, expected_version=rate.version
            ),
            today=self.data.today(),
            current=Current(rate.valid_from, rate.rate_pct, rate.source or ""),
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
        day = getattr(saved, "valid_from", None)
        self.sig_status_message.emit(
            texts.SAVED_MSG.replace("%1", self.row_name_of(saved)).replace("%2", format_date(day))
        )
        return saved

    def row_name_of(self, rate) -> str:
        return f"{texts.TABLE_SHORT[self.current_table()]} {format_rate(rate.rate_pct)} %"

    def confirm_row(self, table, row):
        rate = row.record
        question = (
            texts.CONFIRM_QST.replace("%1", self.row_name(row))
            .replace("%2", format_date(rate.valid_from))
            .replace("%3", texts.TABLES[table])
            .replace("%4", rate.source or "–")
        )
        box = QMessageBox(QMessageBox.Icon.Question, texts.CONFIRM, question, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.dialog = box
        answer = box.exec()
        self.dialog = None
        if answer != QMessageBox.StandardButton.Yes:
            return None
        confirmed = self.data.confirm_rate(table, rate.valid_from)
        self.sig_status_message.emit(
            texts.CONFIRMED_MSG.replace("%1", self.row_name(row)).replace(
                "%2", format_date(rate.valid_from)
            )
        )
        return confirmed

    def history(self, table, row) -> None:
        rate = row.record
        dialog = HistoryDialog(
            title=texts.HISTORY_TITLE.replace("%1", self.row_name(row)).replace(
                "%2", format_date(rate.valid_from)
            ),
            changes=self.data.rate_history(table, rate.valid_from),
            fmt=format_rate,
            parent=self,
        )
        self.dialog = dialog
        dialog.exec()
        self.dialog = None

    # --- import ---------------------------------------------------------------------------------
    def choose_file(self) -> Path | None:
        """The user's documents folder first; only CSV files."""
        dialog = QFileDialog(self, texts.IMPORT_TITLE, documents_folder(), texts.CSV_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.dialog = dialog
        chosen = dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles()
        self.dialog = None
        return Path(dialog.selectedFiles()[0]) if chosen else None

    def import_file(self, path=None):
        """The whole file or nothing: a refusal lists every problem and changes nothing."""
        path = path or self.choose_file()
        if path is None:
            return None
        try:
            imported = self.data.import_rates(path)
        except ValidationError as exc:
            return self._refused([p.message if not p.field else str(p) for p in exc.problems])
        except (ServiceError, OSError) as exc:
            return self._refused([str(exc)])
        tables = {table_key(getattr(row, "table", "")) for row in imported}
        if len(tables) == 1 and tables <= set(TABLE_KEYS):
            self.select_table(tables.pop())
        self.refresh()
        self.sig_status_message.emit(texts.rows_imported(len(imported)))
        self.sig_figures_changed.emit()
        return imported

    def _refused(self, problems: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, texts.IMPORT_TITLE, texts.IMPORT_REFUSED_ERR)
        box.setParent(self, box.windowFlags())
        box.setInformativeText("\n".join(problems[:12]))
        if len(problems) > 12:
            box.setDetailedText("\n".join(problems))
        self.dialog = box
        box.exec()
        self.dialog = None
        return None


def _date_of(row: ShownRow) -> dt.date:
    return row.key[1] if isinstance(row.key, tuple) else row.key
