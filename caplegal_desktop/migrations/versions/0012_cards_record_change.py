"""cards: the history of the client and party cards (record_change); case_type.team

Revision ID: 0012_cards
Revises: 0011_funds
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_cards"
down_revision: str | Sequence[str] | None = "0012_letters"  # linear order (session 3 merge)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "record_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.String(length=500), nullable=True),
        sa.Column("new_value", sa.String(length=500), nullable=True),
        sa.Column("changed_by", sa.String(length=50), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_change")),
    )
    op.create_index(
        "ix_record_change_record", "record_change", ["record_kind", "record_id"], unique=False
    )
    op.add_column("case_type", sa.Column("team", sa.String(length=50), nullable=True))


def downgrade() -> None:
    # a plain DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch rebuild would drop case_type,
    # which other tables reference
    op.drop_column("case_type", "team")
    op.drop_index("ix_record_change_record", table_name="record_change")
    op.drop_table("record_change")
