"""The setup tables' one door to the services: each call is one unit of work.

Reference rates, salary tables and fixed fees are kept by
`caplegal_desktop.services.master_data.reference_rates` (and its sibling for the other legal figures); the
warnings a statement carries come from the same module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from caplegal_desktop.services.master_data import legal_figures as figures
from caplegal_desktop.services.master_data import reference_rates as rates
from caplegal_desktop.services.statements import case_rate_warnings
from ui.framework.service_calls import ServiceCalls
from ui.setup_tables import FEES_PAGE, RATES_PAGE, SALARY_PAGE
from ui.setup_tables.dialogs import FigureInput

SALARY, FEES, COURT = "salary", "fees", "court"  # the groups of amount rows the pages show
FEE_TABLE, TARIFF_TABLE = "fee_amount", "tariff_amount"


@dataclass(frozen=True)
class Attention:
    missing: list  # RateWarning per half-year without a reference rate
    to_confirm: dict[str, int]  # page id -> rows waiting for a user's confirmation


class SetupTablesData(ServiceCalls):
    # --- reference rates ------------------------------------------------------------------------
    def rates(self, table: str) -> list:
        return self.read(rates.list_rates, table=table)

    def add_rate(self, table: str, valid_from: dt.date, rate_pct: Decimal, source: str):
        return self.write(
            rates.set_rate, table=table, valid_from=valid_from, rate_pct=rate_pct, source=source
        )

    def correct_rate(
        self,
        table: str,
        valid_from: dt.date,
        rate_pct: Decimal,
        source: str,
        reason: str,
        expected_version: int | None = None,
    ):
        return self.write(
            rates.correct_rate,
            table=table,
            valid_from=valid_from,
            rate_pct=rate_pct,
            source=source,
            reason=reason,
            expected_version=expected_version,
        )

    def confirm_rate(self, table: str, valid_from: dt.date):
        return self.write(rates.confirm_rate, table=table, valid_from=valid_from)

    def rate_history(self, table: str, valid_from: dt.date) -> list:
        return self.read(rates.rate_history, table=table, valid_from=valid_from)

    def import_rates(self, path: Path) -> list:
        return self.write(rates.import_rates_csv, path=Path(path))

    # --- salary tables, fixed fees (fee_amount) and court fees (tariff_amount) ------------------
    def amount_rows(self, group: str) -> list:
        """SALARY: the salary tables' rows; FEES: the other fees'; COURT: the court fees'."""
        with self._context.uow() as uow:
            return _amount_rows(uow.session, group)

    def add_amount(self, table: str, code: str, values: FigureInput, table_name: str | None):
        extra = {"table_name": table_name} if table == FEE_TABLE else {}
        add = figures.add_fee_amount if table == FEE_TABLE else figures.add_tariff_amount
        code_arg = "fee_code" if table == FEE_TABLE else "tariff_code"
        return self.write(
            add,
            **{code_arg: code},
            valid_from=values.valid_from,
            amount=values.value,
            source=values.source,
            basis_from=values.basis_from,
            basis_to=values.basis_to,
            **extra,
        )

    def correct_amount(
        self, table: str, row_id: int, values: FigureInput, expected_version: int | None = None
    ):
        correct = (
            figures.correct_fee_amount if table == FEE_TABLE else figures.correct_tariff_amount
        )
        return self.write(
            correct, row_id=row_id, amount=values.value, source=values.source,
            reason=values.reason, expected_version=expected_version,
        )  # fmt: skip

    def confirm_amount(self, table: str, row_id: int):
        confirm = (
            figures.confirm_fee_amount if table == FEE_TABLE else figures.confirm_tariff_amount
        )
        return self.write(confirm, row_id=row_id)

    def amount_history(self, table: str, row_id: int) -> list:
        history = (
            figures.fee_amount_history if table == FEE_TABLE else figures.tariff_amount_history
        )
        return self.read(history, row_id=row_id)

    # --- warnings -------------------------------------------------------------------------------
    def attention(self) -> Attention:
        """What the Role Center's setup cues show, in one unit of work."""
        with self._context.uow() as uow:
            session = uow.session
            missing = rates.missing_rate_cues(session, today=self.today())
            to_confirm = {
                RATES_PAGE: sum(r.needs_confirmation for r in rates.list_rates(session)),
                SALARY_PAGE: _waiting(_amount_rows(session, SALARY)),
                FEES_PAGE: _waiting(_amount_rows(session, FEES) + _amount_rows(session, COURT)),
            }
        return Attention(missing, to_confirm)

    def missing_rate_cues(self) -> list:
        return self.read(rates.missing_rate_cues, today=self.today())

    def case_warnings(self, case_id: int) -> list:
        return self.read(case_rate_warnings, case_id=case_id, as_of=self.today())


def _amount_rows(session, group: str) -> list:
    if group == COURT:
        return figures.list_tariff_amounts(session)
    salary = set(figures.salary_fee_codes(session))
    rows = figures.list_fee_amounts(session)
    return [row for row in rows if (row.code in salary) == (group == SALARY)]


def _waiting(rows) -> int:
    return sum(1 for row in rows if row.needs_confirmation)
