"""office: a version (and who changed it, when) on the other records two seats may edit: client,
party, claim and the setup rows users correct (reference rates, fee and tariff amounts)

Revision ID: 0013_office
Revises: 0012_safety
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_office"
down_revision: str | Sequence[str] | None = "0013_limsafe"  # linear (session 4 merge)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("client", "party", "claim", "reference_rate", "fee_amount", "tariff_amount")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("version", sa.Integer(), server_default="0", nullable=False)
        )
        op.add_column(table, sa.Column("changed_by", sa.String(length=100), nullable=True))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # plain DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch rebuild would drop referenced tables
    for table in VERSIONED:
        for column in ("changed_at", "changed_by", "version"):
            op.drop_column(table, column)
