"""money exact on SQLite: every money column from REAL kroner to integer øre, proved to the øre

SQLite has no decimal type: before this revision a NUMERIC(18, 2) money column held an 8-byte
REAL, summed as floats. From here on models.base.MoneyType stores a whole number of øre there
(1234.56 kr. is 123456); the declared type stays NUMERIC(18, 2), so no table is rebuilt.
PostgreSQL already keeps NUMERIC(18, 2) exactly: nothing changes there.

The proof: before the conversion every non-NULL amount is read as the program read it until now
(SQLAlchemy's Numeric(18, 2) on SQLite: the REAL written with two decimals, '%.2f'); after it, every
value must be an INTEGER equal to that amount in øre, row by row. One difference and the whole
upgrade is rolled back with a message naming the table, the column and the row.

Revision ID: 0012_money
Revises: 0011_funds
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from alembic import op

from caplegal_desktop.errors import ServiceError

# revision identifiers, used by Alembic.
revision: str = "0012_money"
down_revision: str | Sequence[str] | None = "0011_funds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

# Every money column at 0011_funds (models.base.Money); tests/foundation/test_money_migration.py
# checks this list against the models.
MONEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "activity_run": ("fees_total",),
    "claim": ("principal", "registered_principal"),
    "client_funds_entry": ("amount",),
    "fee_amount": ("basis_from", "basis_to", "amount", "excess_over", "round_up_to"),
    "fee_line": ("basis", "registered_basis", "amount", "vat_amount"),
    # made by a later migration (0012_limitation) and written by the program in øre; listed so
    # the list stays the models' (a table not there yet is passed over)
    "objection": ("reduced_by",),
    "fundament": ("awarded_costs", "previous_bailiff_fee"),
    "funds_reconciliation": ("bank_balance", "book_balance"),
    "journal_line": ("amount", "vat_amount"),
    "ledger_entry": ("amount", "vat_amount"),
    "payment_file_import": ("total_amount",),
    "payment_plan": (
        "extra_amount",
        "instalment",
        "debt_at_start",
        "accrued_interest",
        "credit_amount",
        "total_paid",
        "credit_cost",
    ),
    "payment_plan_agreement": ("amount",),
    "payment_plan_item": ("amount",),
    "payment_plan_line": (
        "instalment",
        "to_interest",
        "to_costs",
        "to_principal",
        "remaining_balance",
        "interest_accrued",
    ),
    "settlement": (
        "collected",
        "client_part",
        "firm_part",
        "held",
        "vat",
        "invoice",
        "set_off",
        "shortfall",
        "previously_paid",
        "payout",
    ),
    "settlement_line": ("amount", "client_part", "firm_part", "held", "vat"),
    "suspense_payment": ("amount",),
    "tariff_amount": ("basis_from", "basis_to", "amount", "excess_over", "round_up_to"),
}


class MoneyMigrationError(ServiceError):
    """An amount that would not be the same after the conversion: nothing is converted."""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    figures = convert_sqlite(op.get_bind(), to_ore=True)
    for (table, column), (rows, total) in figures.items():
        log.info(
            "money %s.%s: %d amounts, sum %s kr., unchanged to the øre", table, column, rows, total
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    convert_sqlite(op.get_bind(), to_ore=False)


def old_amount(value) -> Decimal:
    """An amount as the program read it before this revision (SQLAlchemy Numeric(18, 2) on
    SQLite: '%.2f' of the stored number)."""
    if isinstance(value, str):
        return Decimal(value.strip()).quantize(Decimal("0.01"))
    return Decimal(f"{value:.2f}")


def convert_sqlite(connection, *, to_ore: bool) -> dict[tuple[str, str], tuple[int, Decimal]]:
    """Convert every money column of an SQLite file (kroner REAL → øre INTEGER, or back) and
    prove each amount unchanged. `connection`: a SQLAlchemy Connection (plain SQL, raw values).
    Returns per column: the number of amounts and their sum in kroner."""

    def run(sql: str, params: tuple = ()) -> list[tuple]:
        result = connection.exec_driver_sql(sql, params)
        return result.fetchall() if result.returns_rows else []

    figures: dict[tuple[str, str], tuple[int, Decimal]] = {}
    present = {row[0] for row in run("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, columns in MONEY_COLUMNS.items():
        if table not in present:
            continue
        # triggers (the ledger's immutability, the search index) would refuse or repeat the
        # rewrite of a stored value: set aside and put back exactly as they were
        triggers = run(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (table,),
        )
        for name, _sql in triggers:
            run(f'DROP TRIGGER "{name}"')
        for column in columns:
            figures[(table, column)] = _convert_column(run, table, column, to_ore)
        for _name, sql in triggers:
            run(sql)
    return figures


def _convert_column(run, table: str, column: str, to_ore: bool) -> tuple[int, Decimal]:
    select = f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'
    if to_ore:
        before = {rowid: old_amount(value) for rowid, value in run(select)}
        run(
            f'UPDATE "{table}" SET "{column}" = CAST(ROUND("{column}" * 100) AS INTEGER) '
            f'WHERE "{column}" IS NOT NULL'
        )
    else:
        before = {rowid: Decimal(value).scaleb(-2) for rowid, value in run(select)}
        run(f'UPDATE "{table}" SET "{column}" = "{column}" / 100.0 WHERE "{column}" IS NOT NULL')
    after = dict(run(select))
    if to_ore:
        # ROUND(x * 100) and the two decimals shown until now differ only on a REAL with more
        # than two decimals on a tie (0.125: shown 0.12): the amount shown is the one kept
        for rowid, amount in before.items():
            ore = int(amount.scaleb(2))
            if after[rowid] != ore:
                run(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (ore, rowid))
        after = dict(run(select))
    if after.keys() != before.keys():
        raise MoneyMigrationError(
            f"Beløbene i {table}.{column} kunne ikke omregnes: rækker mangler."
        )
    for rowid, amount in before.items():
        value = after[rowid]
        if to_ore:
            same = type(value) is int and Decimal(value).scaleb(-2) == amount
        else:
            same = old_amount(value) == amount
        if not same:
            raise MoneyMigrationError(
                f"Beløbet i {table}.{column} (række {rowid}) ville ændre sig ved omregningen "
                f"({amount} → {value!r}); databasen er ikke ændret."
            )
    return len(before), sum(before.values(), Decimal("0.00"))
