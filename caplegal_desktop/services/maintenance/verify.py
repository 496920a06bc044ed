"""`caplegal db verify`: is the posted ledger intact?

Two checks: the guard's triggers exist, are enabled and unchanged (services/shared/ledger_guard),
and the hash chain recomputed from the first entry to the last agrees with every entry's
chain_hash and with the chain head (services/shared/ledger_chain). The first problem is named,
in Danish. The result is kept on the chain head (when the database can be written), so the
Role Center can show a red cue until a check passes again.

Reads through the DB-API in blocks of ids (memory stays flat on a million entries).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from caplegal_desktop.services.maintenance.chain_check import record_check
from caplegal_desktop.services.shared import ledger_chain, ledger_guard

BLOCK = 20_000


@dataclass
class LedgerCheck:
    intact: bool
    entries: int = 0
    last_hash: str | None = None
    missing_triggers: list[str] = field(default_factory=list)
    broken_entry_id: int | None = None
    problem: str | None = None  # the first problem, in Danish
    note: str | None = None  # advice that does not make the ledger not intact
    # The audit log's chain (verify_audit), checked with the ledger's: None before 0013.
    audit_intact: bool | None = None
    audit_entries: int = 0
    audit_last_hash: str | None = None
    audit_broken_line_id: int | None = None
    audit_problem: str | None = None
    # The client funds ledger's chain (verify_funds), checked with the ledger's: None before 0014.
    funds_intact: bool | None = None
    funds_entries: int = 0
    funds_last_hash: str | None = None
    funds_broken_entry_id: int | None = None
    funds_problem: str | None = None

    def as_json(self) -> dict:
        return asdict(self)

    def message(self) -> str:
        if self.intact:
            text = (
                f"De bogførte poster er urørte: {self.entries} poster i kæden, beskyttelsen er "
                f"på plads. Kædens sidste værdi: {self.last_hash}"
            )
            if self.audit_intact:
                text += (
                    f"\nRevisionsloggen er urørt: {self.audit_entries} linjer i kæden. "
                    f"Kædens sidste værdi: {self.audit_last_hash}"
                )
            if self.funds_intact:
                text += (
                    f"\nKlientmidlerne er urørte: {self.funds_entries} poster i kæden. "
                    f"Kædens sidste værdi: {self.funds_last_hash}"
                )
        else:
            problems = (self.problem, self.audit_problem, self.funds_problem)
            text = " ".join(x for x in problems if x) or ("De bogførte poster er ikke urørte.")
        return f"{text}\n{self.note}" if self.note else text


def verify_ledger(database, *, chain: bool = True, record: bool = True) -> LedgerCheck:
    """Check the guard's triggers and (with `chain`) recompute the whole chain."""
    with database.read_cursor() as cursor:

        def run(sql: str) -> list:
            cursor.execute(sql)
            return cursor.fetchall() if cursor.description else []

        if not ledger_guard.has_chain_table(run, sqlite=database.is_sqlite):
            return LedgerCheck(
                False, problem="Databasen har ingen kæde over de bogførte poster; opgrader den."
            )
        missing = ledger_guard.missing(run, sqlite=database.is_sqlite)
    check = _walk(database) if chain else LedgerCheck(True)
    if missing:
        check.intact = False
        check.missing_triggers = missing
        check.problem = " ".join(
            x for x in (ledger_guard.missing_message(missing), check.problem) if x
        )
    if not database.is_sqlite and _logged_in_as_owner(database):
        check.note = OWNER_NOTE
    if chain and record and not database.read_only_reason:
        _record(database, check)
    if chain:
        _add_audit(database, check, record=record)
        _add_funds(database, check, record=record)
    return check


def _add_funds(database, check: LedgerCheck, *, record: bool) -> None:
    from caplegal_desktop.services.maintenance.verify_funds import verify_funds

    funds = verify_funds(database, record=record)
    if funds is None:
        return
    check.funds_intact = funds.intact
    check.funds_entries, check.funds_last_hash = funds.entries, funds.last_hash
    check.funds_broken_entry_id, check.funds_problem = funds.broken_entry_id, funds.problem
    if not funds.intact:
        check.intact = False


def _add_audit(database, check: LedgerCheck, *, record: bool) -> None:
    from caplegal_desktop.services.maintenance.verify_audit import verify_audit

    audit = verify_audit(database, record=record)
    if audit is None:
        return
    check.audit_intact = audit.intact
    check.audit_entries, check.audit_last_hash = audit.entries, audit.last_hash
    check.audit_broken_line_id, check.audit_problem = audit.broken_line_id, audit.problem
    if not audit.intact:
        check.intact = False


OWNER_NOTE = (
    "Bemærk: programmet er logget ind som tabellernes ejer, der kan slå beskyttelsen fra. "
    "Brug en programrolle (docs/data-safety.md: 'db upgrade --app-role')."
)


def _logged_in_as_owner(database) -> bool:
    rows = database.fetch_all(
        "SELECT tableowner = current_user FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'ledger_entry'"
    )
    return bool(rows and rows[0][0])


def _walk(database) -> LedgerCheck:
    columns = ", ".join(ledger_chain.CHAINED_COLUMNS)
    previous, count, last_id = ledger_chain.GENESIS, 0, 0
    while True:
        rows = database.fetch_all(
            f"SELECT {columns}, chain_hash FROM ledger_entry WHERE id > :after "
            f"ORDER BY id LIMIT {BLOCK}",
            {"after": last_id},
        )
        if not rows:
            break
        for row in rows:
            *values, stored = row
            if stored is None:
                return _broken(database, row[0], count, "bærer ingen kædeværdi (den er skrevet "
                               "uden om programmets bogføring)")  # fmt: skip
            values = ledger_chain.from_sql(values, sqlite=database.is_sqlite)
            if stored != ledger_chain.entry_hash(previous, values):
                return _broken(database, row[0], count, "passer ikke med kæden: posten er ændret, "
                               "eller en post lige før den er slettet")  # fmt: skip
            previous = stored
            count += 1
        last_id = rows[-1][0]
    heads = database.fetch_all(ledger_chain.HEAD_SQL)
    if not heads:
        return LedgerCheck(False, count, previous, problem="Kædens hoved (ledger_chain) mangler.")
    entries, head_last_id, head_hash = heads[0]
    if (entries, head_last_id, head_hash) != (count, last_id, previous):
        return LedgerCheck(
            False,
            count,
            previous,
            problem=(
                f"Kæden slutter ved post nr. {last_id} efter {count} poster, men den sidst "
                f"bogførte var nr. {head_last_id} som nr. {entries}: de sidste poster er slettet, "
                "eller kædens hoved er ændret."
            ),
        )
    return LedgerCheck(True, count, previous)


def _broken(database, entry_id: int, count: int, why: str) -> LedgerCheck:
    found = database.fetch_all(
        "SELECT c.no FROM ledger_entry e JOIN collection_case c ON c.id = e.case_id "
        "WHERE e.id = :id",
        {"id": entry_id},
    )
    case = f" (sag {found[0][0]})" if found else ""
    return LedgerCheck(
        False,
        count,
        broken_entry_id=entry_id,
        problem=f"Kæden er brudt ved post nr. {entry_id}{case}: den {why}.",
    )


def _record(database, check: LedgerCheck) -> None:
    record_check(database, "ledger_chain", intact=check.intact, problem=check.problem)


def ledger_alarm(database) -> str | None:
    """Why the Role Center shows the ledger as not intact, or None. Cheap enough for the Role
    Center: the triggers, the latest full check, and the chain head against the last entry and
    the number of entries (the full chain is `db verify`, on demand)."""
    if database.ledger_guard_missing:
        return ledger_guard.missing_message(database.ledger_guard_missing)
    if database.ledger_guard_repaired:
        return ledger_guard.repaired_message(database.ledger_guard_repaired)
    with database.read_cursor() as cursor:

        def run(sql: str) -> list:
            cursor.execute(sql)
            return cursor.fetchall() if cursor.description else []

        if not ledger_guard.has_chain_table(run, sqlite=database.is_sqlite):
            return None
        missing = ledger_guard.missing(run, sqlite=database.is_sqlite)
    if missing:
        return ledger_guard.missing_message(missing)
    rows = database.fetch_all(
        "SELECT h.entries, h.last_id, h.last_hash, h.verified_ok, h.verify_problem, "
        "(SELECT count(*) FROM ledger_entry), (SELECT max(id) FROM ledger_entry), "
        "(SELECT chain_hash FROM ledger_entry WHERE id = h.last_id) FROM ledger_chain h"
    )
    if not rows:
        return "Kædens hoved (ledger_chain) mangler."
    entries, last_id, last_hash, verified_ok, problem, count, highest, stored = rows[0]
    if verified_ok is not None and not verified_ok:
        return problem or "Den seneste kontrol fandt de bogførte poster ændret."
    if (count, highest or 0, stored if count else last_hash) != (entries, last_id, last_hash):
        return (
            "De bogførte poster passer ikke med kædens hoved: poster er slettet eller skrevet "
            "uden om programmet. Kør 'caplegal db verify'."
        )
    from caplegal_desktop.services.maintenance.verify_audit import audit_alarm
    from caplegal_desktop.services.maintenance.verify_funds import funds_alarm

    return audit_alarm(database) or funds_alarm(database)
