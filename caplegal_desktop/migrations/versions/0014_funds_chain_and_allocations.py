"""client funds: the funds ledger's hash chain (client_funds_entry.chain_hash, funds_chain) and
its guard triggers; each payment's allocation and its split stored when it is posted
(payment_allocation, payment_split)

Revision ID: 0014_funds
Revises: 0013_office

Existing funds entries are chained in id order here, once; from now on the one funds writer
chains every new entry (services/shared/funds_chain.py). The database refuses UPDATE and DELETE
of funds entries and of stored allocations, and DELETE of the chain head, as for the collection
ledger. Payments posted before this revision get no stored allocation: the settlement allocates
them on demand (services/client_funds/splits.py), so no backfill is needed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caplegal_desktop.services.shared import funds_chain
from models.base import Money

revision: str = "0014_funds"
down_revision: str | Sequence[str] | None = "0013_office"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BLOCK = 20_000
FUNDS_MESSAGE = "Klientmiddelposter kan ikke ændres eller slettes; bogfør en tilbageførsel."
ALLOCATION_MESSAGE = "En indbetalings fordeling kan ikke ændres eller slettes."
HEAD_MESSAGE = "Kædens hoved for klientmidlerne kan ikke slettes."
SPLIT_MESSAGE = "En indbetalings deling mellem klient og firma kan ikke ændres eller slettes."
GUARDED = {
    "client_funds_entry": FUNDS_MESSAGE,
    "payment_allocation": ALLOCATION_MESSAGE,
    "payment_split": SPLIT_MESSAGE,
}
SPLIT_FIGURES = ("amount", "client", "firm", "held", "vat_in_firm", "vat_on_top")
# the money columns this migration creates (tests/foundation/test_money_storage.py)
MONEY_COLUMNS = {
    "payment_allocation": ("amount", "line_amount", "line_vat"),
    "payment_split": SPLIT_FIGURES,
}


def _run(sql: str) -> list:
    result = op.get_bind().exec_driver_sql(sql)
    return result.fetchall() if result.returns_rows else []


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column(
        "client_funds_entry", sa.Column("chain_hash", sa.String(length=64), nullable=True)
    )
    op.create_table(
        "funds_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("verified_ok", sa.Boolean(), nullable=True),
        sa.Column("verify_problem", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funds_chain")),
    )
    op.create_table(
        "payment_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ledger_entry_id", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.String(length=20), nullable=False),
        sa.Column("amount", Money, nullable=False),
        sa.Column("fee_kind", sa.String(length=30), nullable=True),
        sa.Column("line_amount", Money, nullable=True),
        sa.Column("line_vat", Money, nullable=True),
        sa.ForeignKeyConstraint(
            ["ledger_entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_payment_allocation_ledger_entry_id_ledger_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_allocation")),
    )
    op.create_index(
        op.f("ix_payment_allocation_ledger_entry_id"),
        "payment_allocation",
        ["ledger_entry_id"],
        unique=False,
    )
    op.create_table(
        "payment_split",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ledger_entry_id", sa.Integer(), nullable=False),
        sa.Column("component", sa.String(length=40), nullable=False),
        *(sa.Column(name, Money, nullable=False) for name in SPLIT_FIGURES),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["ledger_entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_payment_split_ledger_entry_id_ledger_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_split")),
    )
    op.create_index(op.f("ix_payment_split_ledger_entry_id"), "payment_split", ["ledger_entry_id"])
    entries, last_id, last_hash = _chain_existing_entries(sqlite)
    op.get_bind().execute(
        sa.text(
            "INSERT INTO funds_chain (id, entries, last_id, last_hash) "
            "VALUES (1, :entries, :last_id, :last_hash)"
        ),
        {"entries": entries, "last_id": last_id, "last_hash": last_hash},
    )
    _create_guard(sqlite)


def _chain_existing_entries(sqlite: bool) -> tuple[int, int, str]:
    bind = op.get_bind()
    columns = ", ".join(funds_chain.CHAINED_COLUMNS)
    previous, count, last_id = funds_chain.GENESIS, 0, 0
    while True:
        rows = bind.exec_driver_sql(
            f"SELECT {columns} FROM client_funds_entry WHERE id > {int(last_id)} "
            f"ORDER BY id LIMIT {BLOCK}"
        ).fetchall()
        if not rows:
            return count, last_id, previous
        updates = []
        for row in rows:
            values = funds_chain.from_sql(tuple(row), sqlite=sqlite)
            previous = funds_chain.entry_hash(previous, values)
            updates.append({"h": previous, "i": row[0]})
        bind.execute(
            sa.text("UPDATE client_funds_entry SET chain_hash = :h WHERE id = :i"), updates
        )
        count += len(rows)
        last_id = rows[-1][0]


def _create_guard(sqlite: bool) -> None:
    if sqlite:
        for table, message in GUARDED.items():
            for event in ("UPDATE", "DELETE"):
                _run(
                    f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
        _run(
            "CREATE TRIGGER funds_chain_no_delete BEFORE DELETE ON funds_chain "
            f"BEGIN SELECT RAISE(ABORT, '{HEAD_MESSAGE}'); END"
        )
        return
    for table, message in (*GUARDED.items(), ("funds_chain", HEAD_MESSAGE)):
        _run(
            f"CREATE FUNCTION {table}_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{message}' USING ERRCODE = 'restrict_violation'; END $$"
        )
    for table in GUARDED:
        _run(
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse_change()"
        )
        _run(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse_change()"
        )
    _run(
        "CREATE TRIGGER funds_chain_no_delete BEFORE DELETE OR TRUNCATE ON funds_chain "
        "FOR EACH STATEMENT EXECUTE FUNCTION funds_chain_refuse_change()"
    )


def _drop_guard(sqlite: bool) -> None:
    if sqlite:
        for table in GUARDED:
            _run(f"DROP TRIGGER IF EXISTS {table}_no_update")
            _run(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        _run("DROP TRIGGER IF EXISTS funds_chain_no_delete")
        return
    for table in GUARDED:
        _run(f"DROP TRIGGER IF EXISTS {table}_no_change ON {table}")
        _run(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    _run("DROP TRIGGER IF EXISTS funds_chain_no_delete ON funds_chain")
    for table in (*GUARDED, "funds_chain"):
        _run(f"DROP FUNCTION IF EXISTS {table}_refuse_change()")


def downgrade() -> None:
    _drop_guard(op.get_bind().dialect.name == "sqlite")
    op.drop_index(op.f("ix_payment_allocation_ledger_entry_id"), table_name="payment_allocation")
    op.drop_table("payment_allocation")
    op.drop_index(op.f("ix_payment_split_ledger_entry_id"), table_name="payment_split")
    op.drop_table("payment_split")
    op.drop_table("funds_chain")
    _run("ALTER TABLE client_funds_entry DROP COLUMN chain_hash")
