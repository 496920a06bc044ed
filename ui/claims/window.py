"""Fordringer: the three-pane claims window.

For a new case it is the last part of the case wizard: the fees the setup adds appear as soon
as a principal is entered (the core's own fee preview), and OK + Yes makes the one create_case
call. OK stays disabled while a field is invalid; Esc leaves without saving anything.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError, ValidationError
from ui.claims.grid import EditorGrid, GridRow
from ui.claims.panes import (
    claim_row_problems,
    claims_grid,
    decimal_or_none,
    fee_grid,
    fee_row_problems,
    mark,
)
from ui.i18n import format_amount
from ui.limitation.warning import LimitationWarning
from ui.setup_tables.rate_cap import CapWarning
from ui.wizard.data import CaseData
from ui.wizard.tr import ensure_translations


def pane(title: str, grid: EditorGrid) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 8, 6, 6)
    layout.addWidget(grid)
    return box


class ClaimsWindow(QDialog):
    FEE_TERMS = False  # the fee lines' interest terms and flags (adjust window only)

    def __init__(
        self,
        data: CaseData,
        *,
        debtor_names: list[str],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        ensure_translations()
        super().__init__(parent)
        self.setObjectName("claimsWindow")
        self.setWindowTitle(title)
        self.data = data
        self.today = data.today()
        self.debtor_names = debtor_names
        self.shown_problems: list[str] = []
        self._interest_codes = {c.code for c in data.interest_codes()}
        self._claim_fee_codes = {c.code for c in data.fee_codes(level="claim")}
        self._case_fee_codes = {c.code for c in data.fee_codes(level="case")}
        self._descriptions = {
            c.code: c.description for c in data.fee_codes(level="claim") + data.fee_codes("case")
        }
        self.claims = claims_grid(data, debtor_names, self.today)
        terms = self.FEE_TERMS
        self.claim_fees = fee_grid(data, level="claim", today=self.today, fee_terms=terms)
        self.case_fees = fee_grid(data, level="case", today=self.today, fee_terms=terms)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(pane(self.tr("Claims"), self.claims))
        splitter.addWidget(pane(self.tr("Fees/salary per claim"), self.claim_fees))
        splitter.addWidget(pane(self.tr("Fees/salary per case"), self.case_fees))
        splitter.setSizes([230, 200, 140])
        splitter.setChildrenCollapsible(False)
        self.totals = QLabel()
        self.totals.setObjectName("claimsTotals")
        self.cap_warning = CapWarning(data)  # never blocks: the statement caps the rate
        self.limitation_warning = LimitationWarning(data)  # never blocks (issue 18)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setStyleSheet("color:#b3261e;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK (Ctrl+Enter)"))
        self.ok_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel (Esc)"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        hint = QLabel(
            self.tr(
                "Tab moves between fields · F4 looks up · Ctrl+Del removes a line · "
                "Ctrl+Enter registers"
            )
        )
        hint.setObjectName("hint")
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.cap_warning)
        layout.addWidget(self.limitation_warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.confirm)
        for grid in (self.claims, self.claim_fees, self.case_fees):
            grid.sig_changed.connect(self.revalidate)
        self.claims.sig_changed.connect(self._number_claims)
        self.claims.sig_row_committed.connect(lambda _row: self.claims_committed())
        for grid in (self.claim_fees, self.case_fees):
            grid.sig_row_committed.connect(self.fee_committed)
            grid.sig_changed.connect(self._rebuild_tab_order)
        self.claims.sig_changed.connect(self._rebuild_tab_order)
        self._tab_chain: list[QWidget] = []
        self._closed = False
        self._rebuild_tab_order()
        self.resize(1280, 700)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def has_input(self) -> bool:
        """Whether Esc would throw entered lines away."""
        return any(grid.rows() for grid in (self.claims, self.claim_fees, self.case_fees))

    def reject(self) -> None:
        """Esc / Cancel: ask before entered lines are thrown away (as the wizard does)."""
        if self.has_input():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                QCoreApplication.translate(
                    "ClaimsWindow", "Close the window? The lines you entered will not be saved."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def closeEvent(self, event) -> None:
        """The user's close button asks like Esc; the program closing the window does not."""
        if event.spontaneous() or self._closed:
            super().closeEvent(event)
            return
        self.done(QDialog.DialogCode.Rejected)
        event.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        first = self.claims.editors_in_order()
        if first:
            first[0].setFocus()

    def _rebuild_tab_order(self) -> None:
        """Tab runs along each line and on to the next, pane after pane, then OK and Cancel."""
        chain = (
            self.claims.editors_in_order()
            + self.claim_fees.editors_in_order()
            + self.case_fees.editors_in_order()
            + list(self.buttons.buttons())
        )
        if chain == self._tab_chain:
            return
        self._tab_chain = chain
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- checking -------------------------------------------------------------------------------
    def _number_claims(self) -> None:
        number = 0
        for row in self.claims.rows(include_empty=True):
            filled = bool(row.editors["description"].text().strip())
            number += filled
            row.editors["no"].setText(str(number) if filled else "")

    def problems(self) -> list[tuple[QWidget, str]]:
        found = []
        claim_rows = self.claims.rows()
        for row in claim_rows:
            found += claim_row_problems(row, self._interest_codes)
        for row in self.claim_fees.rows():
            found += fee_row_problems(row, self._claim_fee_codes, len(claim_rows))
        for row in self.case_fees.rows():
            found += fee_row_problems(row, self._case_fee_codes, len(claim_rows))
        if not claim_rows:
            found.append((self.claims, self.tr("Enter at least one claim.")))
        return found

    def revalidate(self) -> bool:
        if self._closed:
            return False  # editingFinished arrives while the window is torn down
        found = self.problems()
        mark(found, [self.claims, self.claim_fees, self.case_fees])
        messages = list(dict.fromkeys(m for _w, m in found))
        self.message.setText("\n".join(messages[:4]))
        self.ok_button.setEnabled(not found)
        self._show_totals()
        self.cap_warning.check(self._own_rates(), self.under_se_cap, self.today)
        self.limitation_warning.check(
            self._claim_dates(), self.today, getattr(self, "case_id", None)
        )
        return not found

    def _claim_dates(self) -> list[tuple[str, dt.date]]:
        dates = []
        for row in self.claims.rows():
            day = row.editors["invoice_date"].value()
            if row.editors["description"].text().strip() and day is not None:
                dates.append((row.editors["no"].text(), day))
        return dates

    def _own_rates(self) -> list[tuple[str, Decimal]]:
        rates = []
        for row in self.claims.rows():
            rate = decimal_or_none(row.editors["rate"])
            if rate is not None:
                rates.append((row.editors["no"].text(), rate))
        return rates

    def _show_totals(self) -> None:
        principal = sum(
            (decimal_or_none(r.editors["principal"]) or Decimal(0) for r in self.claims.rows()),
            Decimal(0),
        )
        fees = Decimal(0)
        for grid in (self.claim_fees, self.case_fees):
            for row in grid.rows():
                fees += row.meta.get("total") or Decimal(0)
        self.totals.setText(
            self.tr("Principal %1 · fees and salary incl. VAT %2 · total %3")
            .replace("%1", format_amount(principal))
            .replace("%2", format_amount(fees))
            .replace("%3", format_amount(principal + fees))
        )

    # --- hooks for the two uses -----------------------------------------------------------------
    def claims_committed(self) -> None:
        """A claim line was edited (e.g. a principal entered)."""

    def fee_committed(self, row: GridRow) -> None:
        """A fee line was edited."""

    def under_se_cap(self) -> bool:
        """Whether the case is a Swedish consumer case (its own rates are then checked)."""
        return False

    def register(self) -> bool:
        """Save; True when saved. Raise ServiceError to show the core's problems."""
        raise NotImplementedError

    # --- OK, Yes --------------------------------------------------------------------------------
    def confirm(self) -> None:
        if not self.revalidate():
            self.shown_problems = [self.message.text()]
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr("Do you want to register the changes?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.confirm_box = box  # the tests answer it through this
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            saved = self.register()
        except ValidationError as exc:
            self.show_problems([p.message for p in exc.problems])
            return
        except ServiceError as exc:
            self.show_problems([str(exc)])
            return
        if saved:
            self.accept()

    def show_problems(self, problems: list[str]) -> None:
        self.shown_problems = problems
        self.message.setText("\n".join(problems))
        QMessageBox.warning(self, self.windowTitle(), "\n".join(problems))
