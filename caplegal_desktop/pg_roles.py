"""PostgreSQL: the owner role migrates, the application role works (docs/data-safety.md).

The tables belong to an owner role that only `caplegal db upgrade` logs in as. The program
itself logs in as an application role that may read and write the working tables but, on the
posted ledger, only INSERT and SELECT (and correct an entry's description): not being the owner,
it cannot ALTER the table, DISABLE or DROP the guard triggers, UPDATE amounts, DELETE or
TRUNCATE. On the chain head it may move the head (UPDATE of its columns), never delete it.

`grant_application_role` is idempotent; `db upgrade` runs it for the role named with
`--app-role` and for every role that already holds SELECT on the ledger, so tables added by a
later migration are granted too.
"""

from __future__ import annotations

import re

# Tables the application may only append to: the posted ledger, the audit log, the client funds
# ledger and the payments' allocations.
APPEND_ONLY_TABLES = ("ledger_entry", "audit_log", "client_funds_entry", "payment_allocation")
# Columns the application may change there: a posted entry's text may be corrected.
APPEND_ONLY_UPDATABLE = {"ledger_entry": ("description",)}
HEAD_TABLES = (
    "ledger_chain",
    "audit_chain",
    "funds_chain",
)  # the chain heads: moved, never deleted
HEAD_COLUMNS = ("entries", "last_id", "last_hash", "verified_at", "verified_ok", "verify_problem")
READ_ONLY_TABLES = ("alembic_version",)
_ROLE = re.compile(r"^[a-z_][a-z0-9_$]{0,62}$")


def privileges_sql(role: str) -> list[str]:
    """The statements that give `role` exactly the application's privileges."""
    if not _ROLE.match(role):
        from caplegal_desktop.errors import ServiceError

        raise ServiceError(f"Ugyldigt rollenavn: {role!r} (små bogstaver, tal og _).")
    statements = [
        f"GRANT USAGE ON SCHEMA current_schema_placeholder TO {role}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA current_schema_placeholder FROM {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
        f"current_schema_placeholder TO {role}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA current_schema_placeholder "
        f"TO {role}",
    ]
    for table in APPEND_ONLY_TABLES:
        statements.append(f"REVOKE UPDATE, DELETE ON {table} FROM {role}")
        columns = APPEND_ONLY_UPDATABLE.get(table)
        if columns:
            statements.append(f"GRANT UPDATE ({', '.join(columns)}) ON {table} TO {role}")
    for head in HEAD_TABLES:
        statements += [
            f"REVOKE UPDATE, DELETE ON {head} FROM {role}",
            f"GRANT UPDATE ({', '.join(HEAD_COLUMNS)}) ON {head} TO {role}",
        ]
    for table in READ_ONLY_TABLES:
        statements.append(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {role}")
    return statements


def application_roles(connection) -> list[str]:
    """Roles other than the owner that may INSERT into the ledger: the application roles (a
    read-only role such as the portal's, which only SELECTs, is never widened)."""
    rows = connection.exec_driver_sql(
        "SELECT DISTINCT grantee FROM information_schema.role_table_grants "
        "WHERE table_schema = current_schema() AND table_name = 'ledger_entry' "
        "AND privilege_type = 'INSERT' AND grantee <> current_user "
        "AND grantee <> (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename = 'ledger_entry') AND grantee <> 'PUBLIC'"
    ).all()
    return sorted(row[0] for row in rows)


def grant_application_role(database, role: str | None = None) -> list[str]:
    """Grant the application's privileges to `role` and to the roles that have them already;
    the roles granted. Run as the owner (db upgrade)."""
    if database.is_sqlite:
        return []
    with database.engine.begin() as connection:
        schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
        roles = sorted({*application_roles(connection), *([role] if role else [])})
        for name in roles:
            for sql in privileges_sql(name):
                connection.exec_driver_sql(sql.replace("current_schema_placeholder", f'"{schema}"'))
    return roles
