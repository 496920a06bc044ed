"""The fee/salary lines' terms the adjust window edits (issue 14): registered basis, interest
code, rate and from-date, "rentebærende i betalingsplan" and "ÅOP". Extra columns of the fee
grids in AdjustClaimsWindow only; a changed line becomes one adjust_fee_terms call on OK."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from ui.claims.grid import GridColumn, GridRow
from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit
from ui.wizard.steps import CodeField

_translate = QCoreApplication.translate
TERM_KEYS = (
    "registered_basis",
    "fee_interest_code",
    "fee_rate",
    "fee_interest_from",
    "in_plan",
    "apr",
)


def fee_term_columns(data, today: dt.date) -> list[GridColumn]:
    def interest_field() -> QWidget:
        return CodeField(data.interest_codes, _translate("FeeTerms", "Interest codes"))

    return [
        GridColumn("registered_basis", _translate("FeeTerms", "Registered basis"), AmountEdit, 120),
        GridColumn(
            "fee_interest_code", _translate("FeeTerms", "Interest code"), interest_field, 110
        ),
        GridColumn("fee_rate", _translate("FeeTerms", "Rate %"), AmountEdit, 70),
        GridColumn(
            "fee_interest_from",
            _translate("FeeTerms", "Interest from"),
            lambda: DateField(today=today, required=False),
            105,
        ),
        GridColumn("in_plan", _translate("FeeTerms", "Interest-bearing in plan"), QCheckBox, 70),
        GridColumn("apr", _translate("FeeTerms", "APR"), QCheckBox, 50),
    ]


def fill_terms(row: GridRow, line) -> None:
    e = row.editors
    e["registered_basis"].set_value(line.registered_basis)
    e["fee_interest_code"].set_text(line.interest_code or "")
    if line.interest_rate_pct is not None:
        e["fee_rate"].set_value(line.interest_rate_pct)
    if line.interest_from is not None:
        e["fee_interest_from"].set_value(line.interest_from)
    e["in_plan"].setChecked(bool(line.interest_bearing_in_plan))
    e["apr"].setChecked(bool(line.apr_included))


def term_changes(row: GridRow, line, decimal_or_none) -> dict:
    """The terms that differ from the line as it was, as adjust_fee_terms keywords."""
    e = row.editors
    changed = {}
    basis = decimal_or_none(e["registered_basis"])
    if basis != line.registered_basis:
        changed["registered_basis"] = basis
    code = e["fee_interest_code"].text().strip().upper() or None
    if code != (line.interest_code or None):
        changed["interest_code"] = code
    rate = decimal_or_none(e["fee_rate"])
    if rate != line.interest_rate_pct:
        changed["interest_rate_pct"] = rate
    start = e["fee_interest_from"].value() if e["fee_interest_from"].text().strip() else None
    if start != line.interest_from:
        changed["interest_from"] = start
    if e["in_plan"].isChecked() != bool(line.interest_bearing_in_plan):
        changed["interest_bearing_in_plan"] = e["in_plan"].isChecked()
    if e["apr"].isChecked() != bool(line.apr_included):
        changed["apr_included"] = e["apr"].isChecked()
    return changed
