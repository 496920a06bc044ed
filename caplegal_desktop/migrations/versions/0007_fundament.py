"""fundament (judgment basis): one row per fundament of a debtor on a case

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fundament",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("no", sa.String(length=20), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("debtor_party_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("court_no", sa.String(length=40), nullable=True),
        sa.Column("court_district_code", sa.String(length=20), nullable=True),
        sa.Column("hearing_at", sa.DateTime(), nullable=True),
        sa.Column("fundament_date", sa.Date(), nullable=False),
        sa.Column("execution_deadline", sa.Date(), nullable=True),
        sa.Column("awarded_costs", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("previous_bailiff_fee", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("activated_at", sa.DateTime(), nullable=True),
        sa.Column("activated_by", sa.String(length=50), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["collection_case.id"], name=op.f("fk_fundament_case_id_collection_case")
        ),
        sa.ForeignKeyConstraint(
            ["debtor_party_id"], ["party.id"], name=op.f("fk_fundament_debtor_party_id_party")
        ),
        sa.ForeignKeyConstraint(
            ["court_district_code"],
            ["court_district.code"],
            name=op.f("fk_fundament_court_district_code_court_district"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fundament")),
        sa.UniqueConstraint("no", name=op.f("uq_fundament_no")),
    )
    op.create_index(op.f("ix_fundament_case_id"), "fundament", ["case_id"], unique=False)
    op.create_index(
        op.f("ix_fundament_debtor_party_id"), "fundament", ["debtor_party_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_fundament_debtor_party_id"), table_name="fundament")
    op.drop_index(op.f("ix_fundament_case_id"), table_name="fundament")
    op.drop_table("fundament")
