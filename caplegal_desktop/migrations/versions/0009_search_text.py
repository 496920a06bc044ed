"""search texts: one folded text per case, party and client, with a trigram index (docs/search.md)

Fills the texts of every existing case, party and client, then makes the index (FTS5 on SQLite,
pg_trgm GIN on PostgreSQL; without either, searches work unindexed and a warning says why).

Revision ID: 0009
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = (
    ("case_search", "case_id", "collection_case"),
    ("party_search", "party_id", "party"),
    ("client_search", "client_id", "client"),
)


def upgrade() -> None:
    from caplegal_desktop.services.shared import search_documents
    from caplegal_desktop.services.shared import search_index

    for table, key, referred in _TABLES:
        op.create_table(
            table,
            sa.Column(key, sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(
                [key],
                [f"{referred}.id"],
                name=op.f(f"fk_{table}_{key}_{referred}"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint(key, name=op.f(f"pk_{table}")),
        )
    connection = op.get_bind()
    search_documents.rebuild(connection)
    search_index.install(connection)


def downgrade() -> None:
    from caplegal_desktop.services.shared import search_index

    search_index.drop(op.get_bind())
    for table, _key, _referred in reversed(_TABLES):
        op.drop_table(table)
