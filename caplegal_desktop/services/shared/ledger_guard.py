"""The database's own guard of the posted ledger: triggers that refuse UPDATE (of anything but
the description, which users may correct), DELETE, TRUNCATE and SQLite's INSERT OR REPLACE of
ledger entries, and DELETE of the chain head.

Defined once here: migration 0012 creates them, and `db upgrade` and every start check that they
are all there, enabled and unchanged, and re-create what is missing (`ensure`). `db verify`
reports what is missing without repairing it.

Written against a plain "run this SQL" callable, so the start path can use the DB-API
connection it already has (no SQLAlchemy import) and a migration its alembic connection.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Run = Callable[[str], list]

IMMUTABLE_MESSAGE = "Bogførte poster kan ikke ændres eller slettes; bogfør en tilbageførsel."
REPLACE_MESSAGE = "En bogført post kan ikke erstattes; bogfør en tilbageførsel."
HEAD_MESSAGE = "Kædens hoved for de bogførte poster kan ikke slettes."

# Every column but the description, which users may correct (docs/journal-and-posting.md).
_FIXED_COLUMNS = (
    "id, case_id, claim_id, fee_line_id, debtor_party_id, entry_type, posting_date, amount, "
    "vat_amount, tariff_code, allocation_targets, reverses_entry_id, document_no, external_ref, "
    "payment_type, posted_at, posted_by, chain_hash"
)
SQLITE_TRIGGERS: dict[str, str] = {
    "ledger_entry_no_update": "CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE OF "
    f"{_FIXED_COLUMNS} ON ledger_entry BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}'); END",
    "ledger_entry_no_delete": "CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry "
    f"BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}'); END",
    # INSERT OR REPLACE deletes the old row without firing the delete trigger (recursive
    # triggers are off): a BEFORE INSERT trigger still sees the old row and refuses.
    "ledger_entry_no_replace": "CREATE TRIGGER ledger_entry_no_replace BEFORE INSERT ON "
    "ledger_entry WHEN EXISTS (SELECT 1 FROM ledger_entry WHERE id = NEW.id) "
    f"BEGIN SELECT RAISE(ABORT, '{REPLACE_MESSAGE}'); END",
    "ledger_chain_no_delete": "CREATE TRIGGER ledger_chain_no_delete BEFORE DELETE ON "
    f"ledger_chain BEGIN SELECT RAISE(ABORT, '{HEAD_MESSAGE}'); END",
}

PG_FUNCTION = "ledger_entry_refuse_change"
PG_FUNCTION_BODY = f"""
BEGIN
    IF TG_TABLE_NAME = 'ledger_chain' THEN
        RAISE EXCEPTION '{HEAD_MESSAGE}' USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP = 'UPDATE'
       AND (to_jsonb(NEW) - 'description') = (to_jsonb(OLD) - 'description') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{IMMUTABLE_MESSAGE}' USING ERRCODE = 'restrict_violation';
END
"""
PG_FUNCTION_SQL = (
    f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql "
    f"AS $guard${PG_FUNCTION_BODY}$guard$"
)
# name -> (table, CREATE statement)
PG_TRIGGERS: dict[str, tuple[str, str]] = {
    "ledger_entry_no_change": (
        "ledger_entry",
        "CREATE TRIGGER ledger_entry_no_change BEFORE UPDATE OR DELETE ON ledger_entry "
        f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()",
    ),
    "ledger_entry_no_truncate": (
        "ledger_entry",
        "CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()",
    ),
    "ledger_chain_no_delete": (
        "ledger_chain",
        "CREATE TRIGGER ledger_chain_no_delete BEFORE DELETE ON ledger_chain "
        f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()",
    ),
    "ledger_chain_no_truncate": (
        "ledger_chain",
        "CREATE TRIGGER ledger_chain_no_truncate BEFORE TRUNCATE ON ledger_chain "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()",
    ),
}


def _squeeze(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def missing(run: Run, *, sqlite: bool) -> list[str]:
    """The guard's triggers that are missing, disabled or changed (by name)."""
    if sqlite:
        found = dict(run("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        return [n for n, sql in SQLITE_TRIGGERS.items() if _squeeze(found.get(n)) != _squeeze(sql)]
    rows = run(
        "SELECT t.tgname, t.tgenabled, p.proname, p.prosrc FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace "
        "AND c.relname IN ('ledger_entry', 'ledger_chain')"
    )
    found = {name: (enabled, function, _squeeze(body)) for name, enabled, function, body in rows}
    wanted = ("O", PG_FUNCTION, _squeeze(PG_FUNCTION_BODY))
    return [name for name in PG_TRIGGERS if found.get(name) != wanted]


def create(run: Run, names: list[str], *, sqlite: bool) -> None:
    """(Re-)create the named triggers, dropping whatever holds the name now."""
    if sqlite:
        for name in names:
            run(f"DROP TRIGGER IF EXISTS {name}")
            run(SQLITE_TRIGGERS[name])
        return
    if names:
        run(PG_FUNCTION_SQL)
    for name in names:
        table, sql = PG_TRIGGERS[name]
        run(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        run(sql)


def drop_all(run: Run, *, sqlite: bool) -> None:
    """For a migration that must rewrite ledger rows (it re-creates them after)."""
    if sqlite:
        for name in (*SQLITE_TRIGGERS, "ledger_entry_no_update", "ledger_entry_no_delete"):
            run(f"DROP TRIGGER IF EXISTS {name}")
        return
    for name, (table, _sql) in PG_TRIGGERS.items():
        run(f"DROP TRIGGER IF EXISTS {name} ON {table}")


def has_chain_table(run: Run, *, sqlite: bool) -> bool:
    """Whether the database has the chain (migration 0012) that these triggers guard."""
    if sqlite:
        sql = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ledger_chain'"
    else:
        sql = (
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_name = 'ledger_chain'"
        )
    return bool(run(sql)[0][0])


def missing_message(names: list[str]) -> str:
    return (
        "Beskyttelsen af de bogførte poster mangler eller er ændret i databasen "
        f"(udløser: {', '.join(names)})."
    )


def repaired_message(names: list[str]) -> str:
    return (
        f"{missing_message(names)[:-1]}; den er genoprettet. Kør 'caplegal db verify' for at se, "
        "om de bogførte poster er urørte."
    )


def cannot_repair_message(names: list[str]) -> str:
    return (
        f"{missing_message(names)[:-1]}, og denne bruger kan ikke genoprette den. "
        "Kør 'caplegal db upgrade' som databasens ejer."
    )
