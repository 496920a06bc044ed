"""ledger hash chain: ledger_entry.chain_hash, the chain head (ledger_chain), and the guard's
triggers made whole (payment_type and chain_hash fixed too, no INSERT OR REPLACE, the head kept)

Revision ID: 0012_safety
Revises: 0011_funds

Existing entries are chained in id order here, once; from now on the one ledger writer chains
every new entry (services/shared/ledger_chain.py). The description, which users may correct,
stays outside the chain and is the one column the triggers let change.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caplegal_desktop.services.shared import ledger_chain, ledger_guard

revision: str = "0012_safety"
down_revision: str | Sequence[str] | None = "0012_limitation"  # last: chains the ledger as the money columns now store it
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BLOCK = 20_000
OLD_LEDGER_COLUMNS = (
    "id, case_id, claim_id, fee_line_id, debtor_party_id, entry_type, posting_date, amount, "
    "vat_amount, tariff_code, allocation_targets, reverses_entry_id, document_no, external_ref, "
    "posted_at, posted_by"
)
OLD_MESSAGE = "Bogførte poster kan ikke ændres eller slettes; bogfør en tilbageførsel."


def _run(sql: str) -> list:
    result = op.get_bind().exec_driver_sql(sql)
    return result.fetchall() if result.returns_rows else []


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("ledger_entry", sa.Column("chain_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "ledger_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("verified_ok", sa.Boolean(), nullable=True),
        sa.Column("verify_problem", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_chain")),
    )
    ledger_guard.drop_all(_run, sqlite=sqlite)
    if not sqlite:
        _run("DROP FUNCTION IF EXISTS ledger_entry_refuse_change() CASCADE")
    entries, last_id, last_hash = _chain_existing_entries()
    op.get_bind().execute(
        sa.text(
            "INSERT INTO ledger_chain (id, entries, last_id, last_hash) "
            "VALUES (1, :entries, :last_id, :last_hash)"
        ),
        {"entries": entries, "last_id": last_id, "last_hash": last_hash},
    )
    ledger_guard.create(
        _run,
        list(ledger_guard.SQLITE_TRIGGERS if sqlite else ledger_guard.PG_TRIGGERS),
        sqlite=sqlite,
    )


def _chain_existing_entries() -> tuple[int, int, str]:
    bind = op.get_bind()
    columns = ", ".join(ledger_chain.CHAINED_COLUMNS)
    previous, count, last_id = ledger_chain.GENESIS, 0, 0
    while True:
        rows = bind.exec_driver_sql(
            f"SELECT {columns} FROM ledger_entry WHERE id > {int(last_id)} ORDER BY id LIMIT {BLOCK}"
        ).fetchall()
        if not rows:
            return count, last_id, previous
        updates = []
        for row in rows:
            values = ledger_chain.from_sql(tuple(row), sqlite=bind.dialect.name == "sqlite")
            previous = ledger_chain.entry_hash(previous, values)
            updates.append({"h": previous, "i": row[0]})
        bind.execute(sa.text("UPDATE ledger_entry SET chain_hash = :h WHERE id = :i"), updates)
        count += len(rows)
        last_id = rows[-1][0]


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    ledger_guard.drop_all(_run, sqlite=sqlite)
    op.drop_table("ledger_chain")
    # SQLite 3.35+ drops a column in place; a batch copy of the table would be checked row by
    # row against every foreign key that points at ledger_entry.
    _run("ALTER TABLE ledger_entry DROP COLUMN chain_hash")
    if sqlite:
        _run(
            f"CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE OF {OLD_LEDGER_COLUMNS} "
            f"ON ledger_entry BEGIN SELECT RAISE(ABORT, '{OLD_MESSAGE}'); END"
        )
        _run(
            "CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry "
            f"BEGIN SELECT RAISE(ABORT, '{OLD_MESSAGE}'); END"
        )
        return
    _run(
        "CREATE OR REPLACE FUNCTION ledger_entry_refuse_change() RETURNS trigger "
        "LANGUAGE plpgsql AS $old$ BEGIN IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'description') "
        "= (to_jsonb(OLD) - 'description') THEN RETURN NEW; END IF; "
        f"RAISE EXCEPTION '{OLD_MESSAGE}' USING ERRCODE = 'restrict_violation'; END $old$"
    )
    _run(
        "CREATE TRIGGER ledger_entry_no_change BEFORE UPDATE OR DELETE ON ledger_entry "
        "FOR EACH ROW EXECUTE FUNCTION ledger_entry_refuse_change()"
    )
    _run(
        "CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_refuse_change()"
    )
