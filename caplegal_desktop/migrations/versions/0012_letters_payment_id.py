"""letters: the case's payment id (betalings-id) stored and indexed; the firm's letter deadline

Revision ID: 0012_letters
Revises: 0011_funds
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_letters"
down_revision: str | Sequence[str] | None = "0012_office"  # linear order (session 3 merge)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 2000


def upgrade() -> None:
    with op.batch_alter_table("collection_case") as batch:
        batch.add_column(sa.Column("payment_id", sa.String(length=20), nullable=True))
        batch.create_index("ix_collection_case_payment_id", ["payment_id"], unique=False)
    with op.batch_alter_table("company_setup") as batch:
        batch.add_column(
            sa.Column("letter_payment_days", sa.Integer(), nullable=False, server_default="10")
        )
    _fill_payment_ids(op.get_bind())


def _fill_payment_ids(connection) -> None:
    """The id every existing case's letters have printed (case number + check digit)."""
    from caplegal_desktop.services.shared.payment_ids import payment_id_for

    case = sa.table("collection_case", sa.column("id"), sa.column("no"), sa.column("payment_id"))
    rows = connection.execute(sa.select(case.c.id, case.c.no)).all()
    values = [{"key": row.id, "value": payment_id_for(row.no, row.id)} for row in rows]
    update = (
        case.update()
        .where(case.c.id == sa.bindparam("key"))
        .values(payment_id=sa.bindparam("value"))
    )
    for start in range(0, len(values), CHUNK):
        connection.execute(update, values[start : start + CHUNK])


def downgrade() -> None:
    # plain DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch rebuild would drop the case table,
    # which claims, parties and the ledger reference
    op.drop_column("company_setup", "letter_payment_days")
    op.drop_index("ix_collection_case_payment_id", table_name="collection_case")
    op.drop_column("collection_case", "payment_id")
