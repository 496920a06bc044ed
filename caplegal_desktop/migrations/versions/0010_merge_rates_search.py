"""Merge the legal-figure history (0008) and the search texts (0009) into one line.

Revision ID: 0010
Revises: 0008, 0009
"""

revision = "0010"
down_revision = ("0008", "0009")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
