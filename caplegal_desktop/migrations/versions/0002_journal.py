"""collection journal, payment file imports, suspense list, case requests; ledger immutability

Revision ID: 0002
Revises: 0001

Posted means posted: triggers make the database itself refuse UPDATE (of anything but the
description, which users may correct), DELETE and TRUNCATE of ledger entries on both backends.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IMMUTABLE_MESSAGE = "Bogførte poster kan ikke ændres eller slettes; bogfør en tilbageførsel."
# Every ledger_entry column but description (SQLite needs the list; PostgreSQL compares rows).
LEDGER_COLUMNS = (
    "id, case_id, claim_id, fee_line_id, debtor_party_id, entry_type, posting_date, amount, "
    "vat_amount, tariff_code, allocation_targets, reverses_entry_id, document_no, external_ref, "
    "posted_at, posted_by"
)


def upgrade() -> None:
    _create_tables()
    op.execute(
        sa.text(
            "INSERT INTO journal_batch (name, description, version) "
            "VALUES ('STANDARD', 'Fælles standardkladde', 0)"
        )
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS ledger_entry_no_truncate ON ledger_entry")
        op.execute("DROP TRIGGER IF EXISTS ledger_entry_no_change ON ledger_entry")
        op.execute("DROP FUNCTION IF EXISTS ledger_entry_refuse_change()")
    else:
        op.execute("DROP TRIGGER IF EXISTS ledger_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS ledger_entry_no_delete")
    with op.batch_alter_table("journal_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_line_case_id"))
        batch_op.drop_index("ix_journal_line_batch_line")
    op.drop_table("journal_line")
    with op.batch_alter_table("suspense_payment", schema=None) as batch_op:
        batch_op.drop_index("ix_suspense_payment_open")
        batch_op.drop_index(batch_op.f("ix_suspense_payment_import_id"))
    op.drop_table("suspense_payment")
    with op.batch_alter_table("case_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_request_case_id"))
    op.drop_table("case_request")
    op.drop_table("journal_batch")
    op.drop_table("payment_file_import")


def _sqlite_triggers() -> None:
    op.execute(
        f"CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE OF {LEDGER_COLUMNS} ON ledger_entry "
        f"BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}'); END"
    )
    op.execute(
        "CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry "
        f"BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}'); END"
    )


def _postgresql_triggers() -> None:
    op.execute(
        f"""
        CREATE FUNCTION ledger_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE'
               AND (to_jsonb(NEW) - 'description') = (to_jsonb(OLD) - 'description') THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '{IMMUTABLE_MESSAGE}' USING ERRCODE = 'restrict_violation';
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER ledger_entry_no_change BEFORE UPDATE OR DELETE ON ledger_entry "
        "FOR EACH ROW EXECUTE FUNCTION ledger_entry_refuse_change()"
    )
    op.execute(
        "CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_refuse_change()"
    )


def _create_tables() -> None:
    op.create_table(
        "payment_file_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("file_id", sa.String(length=120), nullable=False),
        sa.Column("filename", sa.String(length=260), nullable=True),
        sa.Column("created", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("payment_count", sa.Integer(), nullable=False),
        sa.Column("total_amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("matched_count", sa.Integer(), nullable=False),
        sa.Column("suspense_count", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_file_import")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_payment_file_import_file_sha256")),
        sa.UniqueConstraint("format", "file_id", name=op.f("uq_payment_file_import_format")),
    )
    op.create_table(
        "journal_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("last_posted_at", sa.DateTime(), nullable=True),
        sa.Column("last_posted_by", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employee.id"], name=op.f("fk_journal_batch_employee_id_employee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_batch")),
        sa.UniqueConstraint("name", name=op.f("uq_journal_batch_name")),
    )
    op.create_table(
        "case_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("handler_employee_id", sa.Integer(), nullable=True),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("requested_by", sa.String(length=50), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("completed_by", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["collection_case.id"],
            name=op.f("fk_case_request_case_id_collection_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["handler_employee_id"],
            ["employee.id"],
            name=op.f("fk_case_request_handler_employee_id_employee"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_request")),
    )
    with op.batch_alter_table("case_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_request_case_id"), ["case_id"], unique=False)

    op.create_table(
        "suspense_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("booking_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reference", sa.String(length=140), nullable=True),
        sa.Column("reference_kind", sa.String(length=20), nullable=False),
        sa.Column("reference_valid", sa.Boolean(), nullable=False),
        sa.Column("payer_name", sa.String(length=140), nullable=True),
        sa.Column("payer_account", sa.String(length=60), nullable=True),
        sa.Column("bank_reference", sa.String(length=80), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=50), nullable=True),
        sa.Column("resolved_case_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["payment_file_import.id"],
            name=op.f("fk_suspense_payment_import_id_payment_file_import"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_case_id"],
            ["collection_case.id"],
            name=op.f("fk_suspense_payment_resolved_case_id_collection_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suspense_payment")),
    )
    with op.batch_alter_table("suspense_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_suspense_payment_import_id"), ["import_id"], unique=False
        )
        batch_op.create_index("ix_suspense_payment_open", ["resolved_at"], unique=False)

    op.create_table(
        "journal_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("posting_date", sa.Date(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("debtor_party_id", sa.Integer(), nullable=True),
        sa.Column("entry_type", sa.String(length=20), nullable=True),
        sa.Column("tariff_code", sa.String(length=20), nullable=True),
        sa.Column("posting_template", sa.String(length=20), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("allocation_targets", sa.String(length=60), nullable=True),
        sa.Column("payment_type", sa.String(length=20), nullable=True),
        sa.Column("reverses_entry_id", sa.Integer(), nullable=True),
        sa.Column("document_no", sa.String(length=40), nullable=True),
        sa.Column("external_ref", sa.String(length=80), nullable=True),
        sa.Column("payment_import_id", sa.Integer(), nullable=True),
        sa.Column("fee_line_id", sa.Integer(), nullable=True),
        sa.Column("vat_amount", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["journal_batch.id"],
            name=op.f("fk_journal_line_batch_id_journal_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["collection_case.id"],
            name=op.f("fk_journal_line_case_id_collection_case"),
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_journal_line_claim_id_claim")
        ),
        sa.ForeignKeyConstraint(
            ["debtor_party_id"], ["party.id"], name=op.f("fk_journal_line_debtor_party_id_party")
        ),
        sa.ForeignKeyConstraint(
            ["payment_import_id"],
            ["payment_file_import.id"],
            name=op.f("fk_journal_line_payment_import_id_payment_file_import"),
        ),
        sa.ForeignKeyConstraint(
            ["fee_line_id"], ["fee_line.id"], name=op.f("fk_journal_line_fee_line_id_fee_line")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_journal_line_reverses_entry_id_ledger_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_line")),
    )
    with op.batch_alter_table("journal_line", schema=None) as batch_op:
        batch_op.create_index("ix_journal_line_batch_line", ["batch_id", "line_no"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_line_case_id"), ["case_id"], unique=False)
