"""audit log hash chain: audit_log.chain_hash and the chain head (audit_chain); the portal's
database role may read what a case's limitation and objections are computed from

Revision ID: 0013_limsafe
Revises: 0012_safety

Existing lines are chained in id order here, once; from now on the one audit writer chains every
new line (services/shared/audit_chain.py). The audit log's triggers (0012_office) refuse UPDATE
and DELETE, so they are dropped for the chaining and created again as they were.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caplegal_desktop.services.shared import audit_chain

revision: str = "0013_limsafe"
down_revision: str | Sequence[str] | None = "0013_pfunds"  # linear (session 4 merge)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BLOCK = 20_000
AUDIT_MESSAGE = "Revisionsloggen kan ikke ændres eller slettes."


def _run(sql: str) -> list:
    result = op.get_bind().exec_driver_sql(sql)
    return result.fetchall() if result.returns_rows else []


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("audit_log", sa.Column("chain_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("verified_ok", sa.Boolean(), nullable=True),
        sa.Column("verify_problem", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    _drop_guard(sqlite)
    entries, last_id, last_hash = _chain_existing_lines()
    op.get_bind().execute(
        sa.text(
            "INSERT INTO audit_chain (id, entries, last_id, last_hash) "
            "VALUES (1, :entries, :last_id, :last_hash)"
        ),
        {"entries": entries, "last_id": last_id, "last_hash": last_hash},
    )
    _create_guard(sqlite)
    if not sqlite:
        _portal_reads_limitation()


PORTAL_ROLE = "caplegal_portal"  # services/office/rls.py
# The API's case shows each claim's limitation and whether it is disputed (issue 18): the
# portal's role reads the events and objections of the cases in its scope, and two setup tables.
PORTAL_CASE_TABLES = ("limitation_event", "objection")
PORTAL_SETUP_TABLES = ("limitation_period", "activity_step")


def _portal_role_exists() -> bool:
    found = _run(f"SELECT count(*) FROM pg_roles WHERE rolname = '{PORTAL_ROLE}'")
    return bool(found[0][0])


def _portal_reads_limitation() -> None:
    if not _portal_role_exists():
        return
    for table in PORTAL_SETUP_TABLES:
        _run(f"GRANT SELECT ON {table} TO {PORTAL_ROLE}")
    for table in PORTAL_CASE_TABLES:
        _run(f"GRANT SELECT ON {table} TO {PORTAL_ROLE}")
        _run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _run(
            f"CREATE POLICY caplegal_others ON {table} USING "
            f"(NOT pg_has_role('{PORTAL_ROLE}', 'MEMBER'))"
        )
        _run(
            f"CREATE POLICY caplegal_portal_scope ON {table} FOR SELECT TO {PORTAL_ROLE} "
            "USING (case_id IN (SELECT id FROM collection_case))"
        )


def _chain_existing_lines() -> tuple[int, int, str]:
    bind = op.get_bind()
    columns = ", ".join(audit_chain.CHAINED_COLUMNS)
    previous, count, last_id = audit_chain.GENESIS, 0, 0
    while True:
        rows = bind.exec_driver_sql(
            f"SELECT {columns} FROM audit_log WHERE id > {int(last_id)} ORDER BY id LIMIT {BLOCK}"
        ).fetchall()
        if not rows:
            return count, last_id, previous
        updates = []
        for row in rows:
            previous = audit_chain.line_hash(previous, tuple(row))
            updates.append({"h": previous, "i": row[0]})
        bind.execute(sa.text("UPDATE audit_log SET chain_hash = :h WHERE id = :i"), updates)
        count += len(rows)
        last_id = rows[-1][0]


def _drop_guard(sqlite: bool) -> None:
    if sqlite:
        _run("DROP TRIGGER IF EXISTS audit_log_no_update")
        _run("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        _run("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")


def _create_guard(sqlite: bool) -> None:
    if sqlite:
        for event in ("UPDATE", "DELETE"):
            _run(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END"
            )
        _run(
            "CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain "
            "BEGIN SELECT RAISE(ABORT, 'Revisionsloggens kædehoved kan ikke slettes.'); END"
        )
        return
    _run(
        "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"
    )
    _run(
        "CREATE TRIGGER audit_chain_no_delete BEFORE DELETE OR TRUNCATE ON audit_chain "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()"
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite and _portal_role_exists():
        for table in PORTAL_CASE_TABLES:
            _run(f"DROP POLICY IF EXISTS caplegal_portal_scope ON {table}")
            _run(f"DROP POLICY IF EXISTS caplegal_others ON {table}")
            _run(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for table in (*PORTAL_CASE_TABLES, *PORTAL_SETUP_TABLES):
            _run(f"REVOKE SELECT ON {table} FROM {PORTAL_ROLE}")
    _run("DROP TRIGGER IF EXISTS audit_chain_no_delete" + ("" if sqlite else " ON audit_chain"))
    _drop_guard(sqlite)
    op.drop_table("audit_chain")
    _run("ALTER TABLE audit_log DROP COLUMN chain_hash")
    if sqlite:
        for event in ("UPDATE", "DELETE"):
            _run(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END"
            )
    else:
        _run(
            "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"
        )
