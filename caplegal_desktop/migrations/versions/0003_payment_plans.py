"""payment plans: plans, debtors, specification items, lines, agreements

Revision ID: 0003
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "payment_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("no", sa.String(length=20), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("extra_amount", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("extra_date", sa.Date(), nullable=True),
        sa.Column("first_date", sa.Date(), nullable=False),
        sa.Column("term", sa.String(length=12), nullable=False),
        sa.Column("given", sa.String(length=12), nullable=False),
        sa.Column("periods", sa.Integer(), nullable=True),
        sa.Column("last_date", sa.Date(), nullable=True),
        sa.Column("instalment", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("allocation_type", sa.String(length=20), nullable=False),
        sa.Column("payment_order", sa.String(length=20), nullable=False),
        sa.Column("debt_at_start", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("accrued_interest", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("credit_amount", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("total_paid", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("credit_cost", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("apr_pct", sa.Numeric(precision=9, scale=4), nullable=True),
        sa.Column("replaces_plan_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("activated_at", sa.DateTime(), nullable=True),
        sa.Column("activated_by", sa.String(length=50), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["collection_case.id"],
            name=op.f("fk_payment_plan_case_id_collection_case"),
        ),
        sa.ForeignKeyConstraint(
            ["replaces_plan_id"],
            ["payment_plan.id"],
            name=op.f("fk_payment_plan_replaces_plan_id_payment_plan"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan")),
        sa.UniqueConstraint("no", name=op.f("uq_payment_plan_no")),
    )
    op.create_index(op.f("ix_payment_plan_case_id"), "payment_plan", ["case_id"], unique=False)
    op.create_index(op.f("ix_payment_plan_status"), "payment_plan", ["status"], unique=False)
    op.create_table(
        "payment_plan_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period_no", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("annual_rate_pct", sa.Numeric(precision=9, scale=4), nullable=True),
        sa.Column("remark", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["payment_plan.id"],
            name=op.f("fk_payment_plan_agreement_plan_id_payment_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan_agreement")),
    )
    op.create_index(
        op.f("ix_payment_plan_agreement_plan_id"),
        "payment_plan_agreement",
        ["plan_id"],
        unique=False,
    )
    op.create_table(
        "payment_plan_debtor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_payment_plan_debtor_party_id_party")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["payment_plan.id"],
            name=op.f("fk_payment_plan_debtor_plan_id_payment_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan_debtor")),
        sa.UniqueConstraint("plan_id", "party_id", name=op.f("uq_payment_plan_debtor_plan_id")),
    )
    op.create_index(
        op.f("ix_payment_plan_debtor_party_id"), "payment_plan_debtor", ["party_id"], unique=False
    )
    op.create_index(
        op.f("ix_payment_plan_debtor_plan_id"), "payment_plan_debtor", ["plan_id"], unique=False
    )
    op.create_table(
        "payment_plan_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("period_no", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("instalment", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("to_interest", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("to_costs", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("to_principal", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("remaining_balance", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("interest_accrued", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("specification", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["payment_plan.id"],
            name=op.f("fk_payment_plan_line_plan_id_payment_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan_line")),
        sa.UniqueConstraint("plan_id", "period_no", name=op.f("uq_payment_plan_line_plan_id")),
    )
    op.create_index(
        op.f("ix_payment_plan_line_plan_id"), "payment_plan_line", ["plan_id"], unique=False
    )
    op.create_table(
        "payment_plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=40), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("fee_line_id", sa.Integer(), nullable=True),
        sa.Column("claim_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("in_solidum", sa.Boolean(), nullable=False),
        sa.Column("liability_share_pct", sa.Numeric(precision=9, scale=4), nullable=False),
        sa.Column("repayment_share_pct", sa.Numeric(precision=9, scale=4), nullable=True),
        sa.Column("payment_priority", sa.Integer(), nullable=False),
        sa.Column("payment_pct_limit", sa.Numeric(precision=9, scale=4), nullable=True),
        sa.Column("interest_bearing", sa.Boolean(), nullable=False),
        sa.Column("annual_rate_pct", sa.Numeric(precision=9, scale=4), nullable=False),
        sa.Column("day_count", sa.String(length=10), nullable=False),
        sa.Column("apr_cost", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_payment_plan_item_claim_id_claim")
        ),
        sa.ForeignKeyConstraint(
            ["fee_line_id"], ["fee_line.id"], name=op.f("fk_payment_plan_item_fee_line_id_fee_line")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["payment_plan.id"],
            name=op.f("fk_payment_plan_item_plan_id_payment_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan_item")),
        sa.UniqueConstraint("plan_id", "item_key", name=op.f("uq_payment_plan_item_plan_id")),
    )
    op.create_index(
        op.f("ix_payment_plan_item_plan_id"), "payment_plan_item", ["plan_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_payment_plan_item_plan_id"), table_name="payment_plan_item")
    op.drop_table("payment_plan_item")
    op.drop_index(op.f("ix_payment_plan_line_plan_id"), table_name="payment_plan_line")
    op.drop_table("payment_plan_line")
    op.drop_index(op.f("ix_payment_plan_debtor_plan_id"), table_name="payment_plan_debtor")
    op.drop_index(op.f("ix_payment_plan_debtor_party_id"), table_name="payment_plan_debtor")
    op.drop_table("payment_plan_debtor")
    op.drop_index(op.f("ix_payment_plan_agreement_plan_id"), table_name="payment_plan_agreement")
    op.drop_table("payment_plan_agreement")
    op.drop_index(op.f("ix_payment_plan_status"), table_name="payment_plan")
    op.drop_index(op.f("ix_payment_plan_case_id"), table_name="payment_plan")
    op.drop_table("payment_plan")
