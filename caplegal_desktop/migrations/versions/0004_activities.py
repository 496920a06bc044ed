"""activity workflows, follow-ups (fremnoteringer) and the run log

Revision ID: 0004
Revises: 0001

The default Danish workflow DK-STD is seeded by caplegal_desktop.seed.activities (it needs the
fee codes, which the setup seed writes after the schema exists).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(precision=18, scale=2)


def _fk(table: str, column: str, target: str, ondelete: str | None = None):
    referred, key = target.split(".")
    return sa.ForeignKeyConstraint(
        [column], [target], name=op.f(f"fk_{table}_{column}_{referred}"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "activity_workflow",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_activity_workflow")),
    )
    op.create_table(
        "activity_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workflow_code", sa.String(length=20), nullable=False),
        sa.Column("order_no", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("date_formula", sa.String(length=20), nullable=False),
        sa.Column("conditions", sa.String(length=100), nullable=True),
        sa.Column("employee_function", sa.String(length=20), nullable=True),
        sa.Column("template_file", sa.String(length=200), nullable=True),
        sa.Column("fee_code", sa.String(length=20), nullable=True),
        sa.Column("payment_days", sa.Integer(), nullable=True),
        sa.Column("min_payment_days", sa.Integer(), nullable=True),
        sa.Column("min_legal_days", sa.Integer(), nullable=True),
        sa.Column("after_previous_deadline", sa.Boolean(), nullable=False),
        sa.Column("legal_rule", sa.String(length=200), nullable=True),
        _fk("activity_step", "workflow_code", "activity_workflow.code"),
        _fk("activity_step", "employee_function", "employee_function.code"),
        _fk("activity_step", "fee_code", "fee_code.code"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_step")),
        sa.UniqueConstraint(
            "workflow_code", "order_no", name=op.f("uq_activity_step_workflow_code")
        ),
    )
    op.create_index(
        op.f("ix_activity_step_workflow_code"), "activity_step", ["workflow_code"], unique=False
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("responsible_employee_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("executed_on", sa.Date(), nullable=True),
        sa.Column("executed_at", sa.DateTime(), nullable=True),
        sa.Column("executed_by", sa.String(length=50), nullable=True),
        sa.Column("result", sa.String(length=500), nullable=True),
        sa.Column("letter_path", sa.String(length=500), nullable=True),
        sa.Column("fee_entry_id", sa.Integer(), nullable=True),
        _fk("follow_up", "case_id", "collection_case.id", ondelete="CASCADE"),
        _fk("follow_up", "step_id", "activity_step.id"),
        _fk("follow_up", "responsible_employee_id", "employee.id"),
        _fk("follow_up", "previous_id", "follow_up.id"),
        _fk("follow_up", "fee_entry_id", "ledger_entry.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    op.create_index("ix_follow_up_status_due", "follow_up", ["status", "due_date"], unique=False)
    op.create_index("ix_follow_up_case", "follow_up", ["case_id", "status"], unique=False)
    op.create_index(
        op.f("ix_follow_up_responsible_employee_id"),
        "follow_up",
        ["responsible_employee_id"],
        unique=False,
    )
    op.create_table(
        "activity_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("user", sa.String(length=50), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("filter_text", sa.String(length=200), nullable=True),
        sa.Column("only_mine", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("executed", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("letters", sa.Integer(), nullable=False),
        sa.Column("fees_total", MONEY, nullable=False),
        sa.Column("reexecutes_run_id", sa.Integer(), nullable=True),
        _fk("activity_run", "reexecutes_run_id", "activity_run.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_run")),
    )
    op.create_table(
        "activity_run_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("template_file", sa.String(length=200), nullable=True),
        sa.Column("letter_path", sa.String(length=500), nullable=True),
        sa.Column("fee_entry_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=True),
        sa.Column("merge_record", sa.Text(), nullable=True),
        _fk("activity_run_item", "run_id", "activity_run.id"),
        _fk("activity_run_item", "case_id", "collection_case.id", ondelete="CASCADE"),
        _fk("activity_run_item", "follow_up_id", "follow_up.id"),
        _fk("activity_run_item", "fee_entry_id", "ledger_entry.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_run_item")),
    )
    op.create_index(
        op.f("ix_activity_run_item_run_id"), "activity_run_item", ["run_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("activity_run_item")
    op.drop_table("activity_run")
    op.drop_table("follow_up")
    op.drop_table("activity_step")
    op.drop_table("activity_workflow")
