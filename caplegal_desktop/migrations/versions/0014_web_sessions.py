"""the portal's browser sessions in the database (portal_web_session), so several server
processes share them

Revision ID: 0014_websess
Revises: 0014_funds

Not under row-level security: the portal reads its sessions as the server itself, before it
knows who is acting.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_websess"
down_revision: str | Sequence[str] | None = "0014_funds"  # linear (session 5 merge)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portal_web_session",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("app_user.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("actor", sa.Text(), nullable=True),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("language_chosen", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_portal_web_session_user_id", "portal_web_session", ["user_id"])
    op.create_index("ix_portal_web_session_last_seen", "portal_web_session", ["last_seen"])


def downgrade() -> None:
    op.drop_table("portal_web_session")
