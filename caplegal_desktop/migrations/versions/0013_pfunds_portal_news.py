"""portal news (Översikt) and the options a portal user chose for a scheduled report

Revision ID: 0013_pfunds
Revises: 0012_safety
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_pfunds"
down_revision: str | Sequence[str] | None = "0013_preq"  # linear (session 4 merge)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portal_news",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shown_from", sa.Date(), nullable=False),
        sa.Column("shown_until", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_news")),
    )
    op.create_index(op.f("ix_portal_news_shown_from"), "portal_news", ["shown_from"])
    op.add_column("report_schedule", sa.Column("options", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("report_schedule", "options")
    op.drop_index(op.f("ix_portal_news_shown_from"), table_name="portal_news")
    op.drop_table("portal_news")
