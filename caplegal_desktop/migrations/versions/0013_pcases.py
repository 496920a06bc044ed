"""the portal's per-user search memory: portal_saved_search (Tidigare sökningar) and
portal_favourite_case (Favoriter)

Revision ID: 0013_pcases
Revises: 0012_safety

PostgreSQL: the favourites hang on cases, so they get the same row-level security as the other
case-bearing tables for the portal's role (0012_office): a favourite of a case outside the scope
is not there for it.
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
    if op.get_bind().dialect.name == "postgresql":
        _portal_row_security()


PORTAL_ROLE = "caplegal_portal"


def _portal_row_security() -> None:
    exists = (
        op.get_bind()
        .exec_driver_sql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{PORTAL_ROLE}'")
        .scalar()
    )
    if not exists:
        return
    table = "portal_favourite_case"
    op.execute(f"GRANT SELECT ON {table} TO {PORTAL_ROLE}")
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY caplegal_others ON {table} USING "
        f"(NOT pg_has_role('{PORTAL_ROLE}', 'MEMBER'))"
    )
    op.execute(
        f"CREATE POLICY caplegal_portal_scope ON {table} FOR SELECT TO {PORTAL_ROLE} "
        "USING (case_id IN (SELECT id FROM collection_case))"
    )


def downgrade() -> None:
    op.drop_index("ix_portal_favourite_case_case_id", "portal_favourite_case")
    op.drop_table("portal_favourite_case")
    op.drop_index("ix_portal_saved_search_user_run", "portal_saved_search")
    op.drop_table("portal_saved_search")
