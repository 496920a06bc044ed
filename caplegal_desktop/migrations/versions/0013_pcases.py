"""the portal's per-user search memory: portal_saved_search (Tidigare sökningar) and
portal_favourite_case (Favoriter)

Revision ID: 0013_pcases
Revises: 0012_safety
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_pcases"
down_revision: str | Sequence[str] | None = "0012_safety"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portal_saved_search",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("app_user.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("run_at", sa.DateTime(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(400), nullable=False),
    )
    op.create_index("ix_portal_saved_search_user_run", "portal_saved_search", ["user_id", "run_at"])
    op.create_table(
        "portal_favourite_case",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("app_user.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("collection_case.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_portal_favourite_case_case_id", "portal_favourite_case", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_portal_favourite_case_case_id", "portal_favourite_case")
    op.drop_table("portal_favourite_case")
    op.drop_index("ix_portal_saved_search_user_run", "portal_saved_search")
    op.drop_table("portal_saved_search")
