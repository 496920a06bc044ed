"""client funds: the payments no posted settlement holds (unsettled_payment), filled here from
the ledger, and an index of the reversals (ledger_entry.reverses_entry_id)

Revision ID: 0015_unsettled
Revises: 0014_websess

From now on the ledger writer's hook puts each payment on the list as it is posted and posting a
settlement takes its payments off (services/client_funds), so a settlement reads the payments
waiting for it instead of scanning every payment ever posted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.base import Money

revision: str = "0015_unsettled"
down_revision: str | Sequence[str] | None = "0014_websess"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIGURES = ("client", "firm", "held", "vat_in_firm", "vat_on_top")
# the money columns this migration creates (tests/foundation/test_money_storage.py)
MONEY_COLUMNS = {"unsettled_payment": FIGURES}


def upgrade() -> None:
    op.create_table(
        "unsettled_payment",
        sa.Column("ledger_entry_id", sa.Integer(), autoincrement=False, nullable=False),
        *(sa.Column(name, Money, nullable=True) for name in FIGURES),
        sa.ForeignKeyConstraint(
            ["ledger_entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_unsettled_payment_ledger_entry_id_ledger_entry"),
        ),
        sa.PrimaryKeyConstraint("ledger_entry_id", name=op.f("pk_unsettled_payment")),
    )
    # partial indexes: the few split on demand; the few reversals
    for name, table, column, where in (
        ("ix_unsettled_payment_on_demand", "unsettled_payment", "ledger_entry_id", "client IS NULL"),
        ("ix_ledger_entry_reverses", "ledger_entry", "reverses_entry_id",
         "reverses_entry_id IS NOT NULL"),
    ):  # fmt: skip
        only = sa.text(where)
        op.create_index(name, table, [column], sqlite_where=only, postgresql_where=only)
    # a payment settled from its stored split carries the split's sums; a reversal, a reversed
    # payment and one without a stored split carry none (they are split on demand)
    sums = ", ".join(f"sum({name}) AS {name}" for name in FIGURES)
    op.execute(
        f"INSERT INTO unsettled_payment (ledger_entry_id, {', '.join(FIGURES)}) "
        f"SELECT e.id, {', '.join(f't.{name}' for name in FIGURES)} FROM ledger_entry e "
        f"LEFT JOIN (SELECT ledger_entry_id, {sums} FROM payment_split GROUP BY ledger_entry_id) t "
        "ON t.ledger_entry_id = e.id AND e.reverses_entry_id IS NULL AND NOT EXISTS ("
        "SELECT 1 FROM ledger_entry r WHERE r.reverses_entry_id = e.id) "
        "WHERE e.entry_type = 'payment' AND NOT EXISTS ("
        "SELECT 1 FROM settlement_line l JOIN settlement s ON s.id = l.settlement_id "
        "WHERE l.ledger_entry_id = e.id AND s.status = 'posted')"
    )


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_reverses", table_name="ledger_entry")
    op.drop_table("unsettled_payment")
