"""the office: roles and permissions (seeded rows), users, client departments, API tokens, the
append-only audit log; collection_case.department_id

Revision ID: 0012_office
Revises: 0011_funds

The role matrix is data: the rows below are the one definition (docs/office.md shows it).
Like the ledger, the audit log is append-only in the database itself: triggers refuse UPDATE,
DELETE (and on PostgreSQL TRUNCATE).

PostgreSQL: row-level security for the portal's role `caplegal_portal` on every case-bearing
table (docs/office.md). The program's own role owns the tables and is not affected; any other
role than the portal's keeps seeing every row. Where the migrating role may not create roles,
the role and its policies are left out (a notice says so).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_office"
down_revision: str | Sequence[str] | None = "0013_money_keys"  # linear after the money conversion (session 3 merge)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUDIT_MESSAGE = "Revisionsloggen kan ikke ændres eller slettes."

PERMISSIONS = (
    ("case.read", "Se sager, sagslister, søgning, sagskort og kontoudtog"),
    ("case.write", "Oprette og ændre sager, fordringer, parter, noter og sagsjournal"),
    ("letters.write", "Danne og sende breve, udføre opfølgninger"),
    ("plans.write", "Betalingsordninger: tilbud, aktivering, opfølgning"),
    ("fundaments.write", "Fundamenter (domme, forlig) og deres flettefelter"),
    ("journal.post", "Bogføre kladder og indbetalinger, bankfiler og mellemregning"),
    ("funds.read", "Se klientmidler og afregninger"),
    ("funds.write", "Klientmidler: konto, afstemning, udbetaling"),
    ("settlement.write", "Klientafregning: kladde, bogføring, rettelse"),
    ("setup.read", "Se opsætning: satser, gebyrer, tabeller, afdelinger"),
    ("setup.write", "Ændre opsætning: satser, gebyrer, tabeller, afdelinger"),
    ("reports.read", "Rapporter, nøgletal og eksport af lister"),
    ("users.manage", "Brugere, roller, adgangskoder og API-nøgler"),
    ("audit.read", "Læse revisionsloggen"),
    ("portal.use", "Klientportalen: de tildelte afdelingers sager"),
)
_STAFF_ALL = tuple(code for code, _ in PERMISSIONS if code != "portal.use")
_CASEWORK = (
    "case.read",
    "case.write",
    "letters.write",
    "plans.write",
    "fundaments.write",
    "funds.read",
    "setup.read",
    "reports.read",
)
ROLES = (
    ("Administrator", "Administrator", "Opsætning, brugere og alt andet", False, _STAFF_ALL),
    (
        "Sagsbehandler",
        "Sagsbehandler",
        "Sager, breve, journaler, ordninger, fundamenter, opsætning og klientafregning",
        False,
        (*_CASEWORK, "setup.write", "settlement.write"),
    ),
    (
        "Sekretaer",
        "Sekretær",
        "Som sagsbehandler, men ingen opsætning og ingen klientafregning",
        False,
        _CASEWORK,
    ),
    (
        "Bogholder",
        "Bogholder",
        "Bogføring, indbetalinger, klientmidler og afregning",
        False,
        (
            "case.read",
            "journal.post",
            "funds.read",
            "funds.write",
            "settlement.write",
            "setup.read",
            "reports.read",
        ),
    ),
    (
        "Revisor",
        "Revisor",
        "Læser alt, ændrer intet",
        False,
        ("case.read", "funds.read", "setup.read", "reports.read", "audit.read"),
    ),
    (
        "Klient",
        "Klient",
        "Kun portalen: sagerne i de tildelte afdelinger",
        True,
        ("case.read", "portal.use"),
    ),
)


def upgrade() -> None:
    _create_tables()
    _seed_roles()
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # ADD COLUMN keeps the table (and its search triggers); a batch copy would drop them
        op.execute(
            "ALTER TABLE collection_case ADD COLUMN department_id INTEGER "
            "REFERENCES client_department (id)"
        )
    else:
        op.add_column("collection_case", sa.Column("department_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            op.f("fk_collection_case_department_id_client_department"),
            "collection_case",
            "client_department",
            ["department_id"],
            ["id"],
        )
    op.create_index(op.f("ix_collection_case_department_id"), "collection_case", ["department_id"])
    op.add_column(
        "collection_case",
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column("collection_case", sa.Column("changed_by", sa.String(length=100), nullable=True))
    op.add_column("collection_case", sa.Column("changed_at", sa.DateTime(), nullable=True))
    if sqlite:
        _sqlite_triggers()
    else:
        _postgresql_triggers()
        _postgresql_row_security()
        _postgresql_change_notices()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFYING_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
        op.execute("DROP FUNCTION IF EXISTS caplegal_notify_change()")
        for table, _ in PORTAL_TABLES:
            op.execute(f"DROP POLICY IF EXISTS caplegal_portal_scope ON {table}")
            op.execute(f"DROP POLICY IF EXISTS caplegal_others ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse_change()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.drop_index(op.f("ix_collection_case_department_id"), table_name="collection_case")
    with op.batch_alter_table("collection_case") as batch_op:
        for column in ("changed_at", "changed_by", "version", "department_id"):
            batch_op.drop_column(column)
    for table in (
        "audit_log",
        "api_token",
        "app_user_department",
        "app_user",
        "client_department",
        "office_role_permission",
        "office_permission",
        "office_role",
    ):
        op.drop_table(table)


def _create_tables() -> None:
    op.create_table(
        "office_role",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("client_scoped", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_office_role")),
    )
    op.create_table(
        "office_permission",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_office_permission")),
    )
    op.create_table(
        "office_role_permission",
        sa.Column("role_code", sa.String(length=20), nullable=False),
        sa.Column("permission_code", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["permission_code"],
            ["office_permission.code"],
            name=op.f("fk_office_role_permission_permission_code_office_permission"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_code"],
            ["office_role.code"],
            name=op.f("fk_office_role_permission_role_code_office_role"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "role_code", "permission_code", name=op.f("pk_office_role_permission")
        ),
    )
    op.create_table(
        "client_department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_client_department_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_department")),
        sa.UniqueConstraint("client_id", "code", name=op.f("uq_client_department_client_id")),
    )
    op.create_index(op.f("ix_client_department_client_id"), "client_department", ["client_id"])
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("role_code", sa.String(length=20), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_app_user_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employee.id"], name=op.f("fk_app_user_employee_id_employee")
        ),
        sa.ForeignKeyConstraint(
            ["role_code"], ["office_role.code"], name=op.f("fk_app_user_role_code_office_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
    )
    op.create_table(
        "app_user_department",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["client_department.id"],
            name=op.f("fk_app_user_department_department_id_client_department"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_app_user_department_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "department_id", name=op.f("pk_app_user_department")),
    )
    op.create_table(
        "api_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_api_token_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_token_token_hash")),
    )
    op.create_index(op.f("ix_api_token_user_id"), "api_token", ["user_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_index(op.f("ix_audit_log_login"), "audit_log", ["login"])
    op.create_index("ix_audit_log_kind_at", "audit_log", ["kind", "at"])


def _seed_roles() -> None:
    permission = sa.table(
        "office_permission", sa.column("code", sa.String), sa.column("description", sa.String)
    )
    role = sa.table(
        "office_role",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("description", sa.String),
        sa.column("client_scoped", sa.Boolean),
    )
    grant = sa.table(
        "office_role_permission",
        sa.column("role_code", sa.String),
        sa.column("permission_code", sa.String),
    )
    op.bulk_insert(permission, [{"code": c, "description": d} for c, d in PERMISSIONS])
    op.bulk_insert(
        role,
        [{"code": c, "name": n, "description": d, "client_scoped": s} for c, n, d, s, _ in ROLES],
    )
    op.bulk_insert(
        grant,
        [{"role_code": c, "permission_code": p} for c, _n, _d, _s, perms in ROLES for p in perms],
    )


def _sqlite_triggers() -> None:
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
            f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END"
        )


def _postgresql_triggers() -> None:
    op.execute(
        f"""
        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{AUDIT_MESSAGE}' USING ERRCODE = 'restrict_violation';
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()"
    )


PORTAL_ROLE = "caplegal_portal"
# The portal's scope, set per transaction by services.office.rls: the client, and the
# departments granted as "1,2" (empty: the whole client).
_CLIENT = "NULLIF(current_setting('caplegal.client_id', true), '')::integer"
_DEPARTMENTS = "NULLIF(current_setting('caplegal.department_ids', true), '')"
_CASE_SCOPE = (
    f"client_id = {_CLIENT} AND ({_DEPARTMENTS} IS NULL "
    f"OR department_id = ANY (string_to_array({_DEPARTMENTS}, ',')::integer[]))"
)
_VISIBLE_CASE = "case_id IN (SELECT id FROM collection_case)"  # itself under the case scope
PORTAL_TABLES = (
    ("collection_case", _CASE_SCOPE),
    ("client", f"id = {_CLIENT}"),
    ("client_department", f"client_id = {_CLIENT}"),
    ("party", "id IN (SELECT party_id FROM case_party)"),
    ("claim_debtor", "claim_id IN (SELECT id FROM claim)"),
    ("settlement", f"client_id = {_CLIENT}"),
    ("client_funds_entry", f"client_id = {_CLIENT}"),
    *(
        (table, _VISIBLE_CASE)
        for table in (
            "case_party",
            "claim",
            "fee_line",
            "ledger_entry",
            "note",
            "case_history",
            "case_request",
            "case_search",
            "optional_field_value",
            "payment_plan",
            "fundament",
            "follow_up",
            "journal_line",
            "settlement_line",
            "activity_run_item",
        )
    ),
)


def _postgresql_row_security() -> None:
    op.execute(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PORTAL_ROLE}') THEN
                CREATE ROLE {PORTAL_ROLE} NOLOGIN;
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'role {PORTAL_ROLE} not created: no CREATEROLE privilege';
        END
        $$
        """
    )
    exists = (
        op.get_bind()
        .exec_driver_sql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{PORTAL_ROLE}'")
        .scalar()
    )
    if not exists:
        return
    for table, scope in PORTAL_TABLES:
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


# What open screens show: a change to any of these is told to every listening seat.
NOTIFYING_TABLES = (
    "collection_case",
    "claim",
    "fee_line",
    "ledger_entry",
    "note",
    "case_history",
    "journal_line",
    "payment_plan",
    "follow_up",
    "case_party",
)


def _postgresql_change_notices() -> None:
    """One NOTIFY per statement (not per row: a posting of 10,000 lines sends one), the
    payload the table's name; NOTIFY is delivered at commit, so a seat never sees a change that
    was rolled back."""
    op.execute(
        """
        CREATE FUNCTION caplegal_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('caplegal_changes', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$
        """
    )
    for table in NOTIFYING_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION caplegal_notify_change()"
        )
