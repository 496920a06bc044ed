"""The three panes of the claims window: claims, fees/salary per claim, fees/salary per case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.claims.debtor_shares import DebtorSharesDialog, shares_text
from ui.claims.grid import EditorGrid, GridColumn, GridRow
from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit, mark_invalid
from ui.wizard.data import CaseData
from ui.wizard.steps import CodeField


def _label(align_right: bool = False) -> QLabel:
    label = QLabel()
    label.setContentsMargins(6, 0, 6, 0)
    if align_right:
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class DebtorsField(QLineEdit):
    """Read-only text of a claim's debtors; F4 (or the dots) opens the claim debtors."""

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names
        self.shares = None  # None: all debtors in solidum
        self.setReadOnly(True)
        self.setText(shares_text(None, names))
        self.setToolTip(
            QCoreApplication.translate("ClaimsWindow", "F4: choose the debtors and their liability")
        )
        action = self.addAction(
            self.style().standardIcon(self.style().StandardPixmap.SP_FileDialogListView),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        action.triggered.connect(self.open_shares)
        shortcut = QShortcut(QKeySequence("F4"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.open_shares)
        self.setProperty("prefilled", True)

    def open_shares(self) -> None:
        dialog = DebtorSharesDialog(self.names, self.shares, parent=self)
        self.shares_dialog = dialog  # the tests reach the open dialog through this
        if dialog.exec() == DebtorSharesDialog.DialogCode.Accepted:
            self.set_shares(dialog.shares())

    def set_shares(self, shares) -> None:
        self.shares = shares
        self.setText(shares_text(shares, self.names))

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setCursorPosition(0)  # show the start of the names, not the end
        self.setToolTip(
            text
            + "\n"
            + QCoreApplication.translate(
                "ClaimsWindow", "F4: choose the debtors and their liability"
            )
        )


def claims_grid(data: CaseData, debtor_names: list[str], today: dt.date) -> EditorGrid:
    interest_codes = data.interest_codes

    def interest_field() -> QWidget:
        return CodeField(
            interest_codes, QCoreApplication.translate("ClaimsWindow", "Interest codes")
        )

    def rate_field() -> QWidget:
        field = AmountEdit()
        field.setPlaceholderText("")
        return field

    columns = [
        GridColumn("no", QCoreApplication.translate("ClaimsWindow", "Claim no."), _label, 70),
        GridColumn(
            "description",
            QCoreApplication.translate("ClaimsWindow", "Description"),
            QLineEdit,
            200,
            stretch=True,
        ),
        GridColumn(
            "invoice_no", QCoreApplication.translate("ClaimsWindow", "Invoice no."), QLineEdit, 95
        ),
        GridColumn(
            "debtors",
            QCoreApplication.translate("ClaimsWindow", "Debtors"),
            lambda: DebtorsField(debtor_names),
            210,
        ),
        GridColumn(
            "invoice_date",
            QCoreApplication.translate("ClaimsWindow", "Date"),
            lambda: DateField(today=today),
            105,
        ),
        GridColumn(
            "due_date",
            QCoreApplication.translate("ClaimsWindow", "Due date"),
            lambda: DateField(today=today, required=False),
            105,
        ),
        GridColumn(
            "principal",
            QCoreApplication.translate("ClaimsWindow", "Principal"),
            lambda: AmountEdit(required=True),
            115,
        ),
        GridColumn(
            "interest_code",
            QCoreApplication.translate("ClaimsWindow", "Interest code"),
            interest_field,
            120,
        ),
        GridColumn("rate", QCoreApplication.translate("ClaimsWindow", "Rate %"), rate_field, 70),
        GridColumn(
            "interest_from",
            QCoreApplication.translate("ClaimsWindow", "Interest from"),
            lambda: DateField(today=today, required=False),
            105,
        ),
        GridColumn("ocr", QCoreApplication.translate("ClaimsWindow", "OCR"), QLineEdit, 130),
        GridColumn(
            "customer_no",
            QCoreApplication.translate("ClaimsWindow", "Customer no."),
            QLineEdit,
            95,
        ),
    ]
    return EditorGrid(columns)


def fee_grid(data: CaseData, *, level: str, today: dt.date, fee_terms: bool = False) -> EditorGrid:
    def code_field() -> QWidget:
        return CodeField(
            lambda: data.fee_codes(level=level),
            QCoreApplication.translate("ClaimsWindow", "Fee and salary codes"),
        )

    def amount_field() -> QWidget:
        return AmountEdit()

    columns = []
    if level == "claim":
        columns.append(
            GridColumn(
                "claim_no", QCoreApplication.translate("ClaimsWindow", "Claim no."), QLineEdit, 70
            )
        )
    columns += [
        GridColumn(
            "code", QCoreApplication.translate("ClaimsWindow", "Fee/salary code"), code_field, 120
        ),
        GridColumn(
            "description",
            QCoreApplication.translate("ClaimsWindow", "Description"),
            lambda: _label(),
            180,
            stretch=True,
        ),
        GridColumn(
            "posting_date",
            QCoreApplication.translate("ClaimsWindow", "Posting date"),
            lambda: DateField(today=today),
            105,
        ),
        GridColumn("basis", QCoreApplication.translate("ClaimsWindow", "Basis"), amount_field, 110),
        GridColumn(
            "amount",
            QCoreApplication.translate("ClaimsWindow", "Amount excl. VAT"),
            amount_field,
            120,
        ),
        GridColumn(
            "vat_pct", QCoreApplication.translate("ClaimsWindow", "VAT %"), lambda: _label(True), 60
        ),
        GridColumn(
            "total",
            QCoreApplication.translate("ClaimsWindow", "Amount incl. VAT"),
            lambda: _label(True),
            120,
        ),
    ]
    if fee_terms:  # the adjust window: registered basis, interest terms, plan and ÅOP flags
        from ui.claims.fee_terms import fee_term_columns

        columns += fee_term_columns(data, today)
    return EditorGrid(columns)


# --- checking one line --------------------------------------------------------------------------
def claim_row_problems(row: GridRow, known_interest_codes: set[str]) -> list[tuple[QWidget, str]]:
    e = row.editors
    found: list[tuple[QWidget, str]] = []
    if not e["description"].text().strip():
        found.append(
            (
                e["description"],
                QCoreApplication.translate("ClaimsWindow", "The description must be filled in."),
            )
        )
    for key in ("invoice_date", "due_date", "principal", "interest_from"):
        if not e[key].is_valid():
            found.append((e[key], e[key].error_message()))
    found += invoice_problems(e)
    principal = e["principal"].value()
    if e["principal"].is_valid() and (principal is None or principal <= 0):
        found.append(
            (
                e["principal"],
                QCoreApplication.translate("ClaimsWindow", "The principal must be more than 0."),
            )
        )
    code = e["interest_code"].text().strip().upper()
    if code and code not in known_interest_codes:
        found.append(
            (
                e["interest_code"],
                QCoreApplication.translate(
                    "ClaimsWindow", "The interest code %1 does not exist."
                ).replace("%1", code),
            )
        )
    if not e["rate"].is_valid():
        found.append((e["rate"], e["rate"].error_message()))
    invoice, start = e["invoice_date"].value(), e["interest_from"].value()
    if invoice and start and start < invoice:
        found.append(
            (
                e["interest_from"],
                QCoreApplication.translate(
                    "ClaimsWindow", "Interest cannot run from before the date."
                ),
            )
        )
    if invoice and invoice > e["invoice_date"]._today:
        found.append(
            (
                e["invoice_date"],
                QCoreApplication.translate("ClaimsWindow", "The date cannot be in the future."),
            )
        )
    return found


INVOICE_WIDTHS = {"invoice_no": 40, "ocr": 40, "customer_no": 30}  # what the claim holds


def invoice_problems(e: dict) -> list[tuple[QWidget, str]]:
    """A claim's invoice details: a due date not before the invoice, texts that fit."""
    found: list[tuple[QWidget, str]] = []
    invoice, due = e["invoice_date"].value(), e["due_date"].value()
    if invoice and due and due < invoice:
        found.append(
            (
                e["due_date"],
                QCoreApplication.translate(
                    "ClaimsWindow", "The due date cannot be before the invoice date."
                ),
            )
        )
    for key, width in INVOICE_WIDTHS.items():
        if len(e[key].text().strip()) > width:
            found.append(
                (
                    e[key],
                    QCoreApplication.translate(
                        "ClaimsWindow", "At most %1 characters here."
                    ).replace("%1", str(width)),
                )
            )
    return found


def invoice_values(e: dict) -> dict:
    """The invoice details of a claim line as the services take them ("" -> None)."""
    return {
        "invoice_no": e["invoice_no"].text().strip() or None,
        "due_date": e["due_date"].value(),
        "ocr": e["ocr"].text().strip() or None,
        "customer_no": e["customer_no"].text().strip() or None,
    }


def fee_row_problems(
    row: GridRow, known_codes: set[str], claim_count: int
) -> list[tuple[QWidget, str]]:
    e = row.editors
    found: list[tuple[QWidget, str]] = []
    code = e["code"].text().strip().upper()
    if not code:
        found.append(
            (
                e["code"],
                QCoreApplication.translate(
                    "ClaimsWindow", "A line must have a fee or salary code."
                ),
            )
        )
    elif code not in known_codes:
        found.append(
            (
                e["code"],
                QCoreApplication.translate(
                    "ClaimsWindow", "The code %1 does not exist here."
                ).replace("%1", code),
            )
        )
    for key in ("posting_date", "basis", "amount"):
        if not e[key].is_valid():
            found.append((e[key], e[key].error_message()))
    if "claim_no" in e:
        text = e["claim_no"].text().strip()
        if not text.isdigit() or not 1 <= int(text) <= claim_count:
            found.append(
                (
                    e["claim_no"],
                    QCoreApplication.translate(
                        "ClaimsWindow", "Give the number of a claim on the case."
                    ),
                )
            )
    return found


def mark(rows_problems: list[tuple[QWidget, str]], grids: list[EditorGrid]) -> None:
    marked = {id(w): m for w, m in rows_problems}
    for grid in grids:
        for row in grid.rows(include_empty=True):
            for widget in row.editors.values():
                target = getattr(widget, "line_edit", None) or widget
                if isinstance(target, QLineEdit):
                    message = marked.get(id(widget))
                    if message is None and hasattr(widget, "is_valid") and not widget.is_valid():
                        message = widget.error_message()  # a field's own refusal stays marked
                    mark_invalid(target, message)


def decimal_or_none(widget) -> Decimal | None:
    return widget.value() if widget.text().strip() and widget.is_valid() else None
