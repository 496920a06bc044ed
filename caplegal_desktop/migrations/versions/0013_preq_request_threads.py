"""Förfrågningar: request threads and their messages (each open case request becomes a thread
with its text as the first message); PostgreSQL tells listening seats of a new message
(NOTIFY caplegal_changes) and keeps the portal role's row security on the new tables; the
permission portal.register lets the Klient role register cases and report payments made
directly to the client, for its own client.

Revision ID: 0013_preq
Revises: 0012_safety
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_preq"
down_revision: str | Sequence[str] | None = "0013_pcases"  # linear (session 4 merge)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PORTAL_REGISTER = (
    "portal.register",
    "Klientportalen: registrere sager og indberette indbetalinger direkte til klienten",
)
PORTAL_ROLE = "caplegal_portal"
_VISIBLE_CASE = "case_id IN (SELECT id FROM collection_case)"
_VISIBLE_THREAD = "thread_id IN (SELECT id FROM request_thread)"
ROW_SCOPES = (("request_thread", _VISIBLE_CASE), ("request_message", _VISIBLE_THREAD))


def upgrade() -> None:
    op.create_table(
        "request_thread",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("opened_by_side", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("waiting_for", sa.String(length=10), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.Column("last_message_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=100), nullable=True),
        sa.Column("case_request_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["collection_case.id"],
            name=op.f("fk_request_thread_case_id_collection_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_request_id"],
            ["case_request.id"],
            name=op.f("fk_request_thread_case_request_id_case_request"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_thread")),
    )
    with op.batch_alter_table("request_thread", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_thread_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_request_thread_waiting", ["waiting_for", "status"], unique=False)
    op.create_table(
        "request_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["request_thread.id"],
            name=op.f("fk_request_message_thread_id_request_thread"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_message")),
    )
    with op.batch_alter_table("request_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_message_thread_id"), ["thread_id"], unique=False
        )
    _threads_from_requests()
    _grant_portal_register()
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_notices_and_row_security()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, _scope in ROW_SCOPES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
    op.execute("DELETE FROM office_role_permission WHERE permission_code = 'portal.register'")
    op.execute("DELETE FROM office_permission WHERE code = 'portal.register'")
    op.drop_table("request_message")
    op.drop_table("request_thread")


def _threads_from_requests() -> None:
    """Every case request becomes a thread the client opened, its text the first message."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, case_id, kind, text, requested_at, requested_by, completed_at, "
            "completed_by FROM case_request ORDER BY id"
        )
    ).all()
    for row in rows:
        closed = row.completed_at is not None
        thread_id = bind.execute(
            sa.text(
                "INSERT INTO request_thread (case_id, kind, opened_by_side, status, waiting_for, "
                "opened_at, opened_by, last_message_at, closed_at, closed_by, case_request_id) "
                "VALUES (:case_id, :kind, 'client', :status, :waiting, :at, :by, :at, "
                ":closed_at, :closed_by, :request_id) RETURNING id"
            ),
            {
                "case_id": row.case_id,
                "kind": row.kind,
                "status": "closed" if closed else "open",
                "waiting": None if closed else "office",
                "at": row.requested_at,
                "by": row.requested_by,
                "closed_at": row.completed_at,
                "closed_by": row.completed_by,
                "request_id": row.id,
            },
        ).scalar_one()
        bind.execute(
            sa.text(
                "INSERT INTO request_message (thread_id, side, author, written_at, text) "
                "VALUES (:thread, 'client', :by, :at, :text)"
            ),
            {"thread": thread_id, "by": row.requested_by, "at": row.requested_at, "text": row.text},
        )


def _grant_portal_register() -> None:
    code, description = PORTAL_REGISTER
    permission = sa.table(
        "office_permission", sa.column("code", sa.String), sa.column("description", sa.String)
    )
    op.bulk_insert(permission, [{"code": code, "description": description}])
    op.execute(
        "INSERT INTO office_role_permission (role_code, permission_code) "
        f"SELECT code, '{code}' FROM office_role WHERE code = 'Klient'"
    )


def _postgresql_notices_and_row_security() -> None:
    """A new message or a changed thread is told to listening seats (the function is 0012_office's);
    the portal's role sees the threads of its own cases only."""
    for table, _scope in ROW_SCOPES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION caplegal_notify_change()"
        )
    bind = op.get_bind()
    exists = bind.exec_driver_sql(
        f"SELECT count(*) FROM pg_roles WHERE rolname = '{PORTAL_ROLE}'"
    ).scalar()
    if not exists:
        return
    for table, scope in ROW_SCOPES:
        op.execute(f"GRANT SELECT ON {table} TO {PORTAL_ROLE}")
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY caplegal_others ON {table} USING "
            f"(NOT pg_has_role('{PORTAL_ROLE}', 'MEMBER'))"
        )
        op.execute(
            f"CREATE POLICY caplegal_portal_scope ON {table} FOR SELECT TO {PORTAL_ROLE} "
            f"USING ({scope})"
        )
