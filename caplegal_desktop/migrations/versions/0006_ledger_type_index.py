"""An index for sums of the ledger by entry type and period (Role Center, reports).

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_ledger_entry_type_date", "ledger_entry", ["entry_type", "posting_date", "amount"]
    )


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_type_date", table_name="ledger_entry")
