"""The audit log's part of `caplegal db verify`: its guard triggers exist, and its hash chain
recomputed from the first line to the last agrees with every line and with the chain head
(services/shared/audit_chain). The first problem is named in Danish; the result is kept on the
audit chain's head so the Role Center's red cue shows it until a check passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from caplegal_desktop.services.maintenance.chain_check import (
    absent_triggers,
    has_table,
    record_check,
)
from caplegal_desktop.services.maintenance.chain_walk import (
    CHANGED,
    HEAD_DIFFERS,
    NO_HEAD,
    UNCHAINED,
    head_state,
    walk_chain,
)
from caplegal_desktop.services.shared import audit_chain

SQLITE_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_chain_no_delete")
PG_TRIGGERS = ("audit_log_no_change", "audit_log_no_truncate", "audit_chain_no_delete")


@dataclass
class AuditCheck:
    intact: bool
    entries: int = 0
    last_hash: str | None = None
    missing_triggers: tuple[str, ...] = ()
    broken_line_id: int | None = None
    problem: str | None = None


def has_audit_chain(database) -> bool:
    return has_table(database, "audit_chain")


def _absent_triggers(database) -> tuple[str, ...]:
    return absent_triggers(database, sqlite=SQLITE_TRIGGERS, postgresql=PG_TRIGGERS,
                           tables=("audit_log", "audit_chain"))  # fmt: skip


def verify_audit(database, *, record: bool = True) -> AuditCheck | None:
    """Check the audit log; None when the database has no audit chain yet (before 0013)."""
    if not has_audit_chain(database):
        return None
    check = _walk(database)
    missing = _absent_triggers(database)
    if missing:
        check.intact = False
        check.missing_triggers = missing
        check.problem = " ".join(x for x in (
            f"Beskyttelsen af revisionsloggen mangler i databasen (udløser: {', '.join(missing)}).",
            check.problem) if x)  # fmt: skip
    if record and not database.read_only_reason:
        _record(database, check)
    return check


def _walk(database) -> AuditCheck:
    walk = walk_chain(database, table="audit_log", columns=audit_chain.CHAINED_COLUMNS,
                      row_hash=audit_chain.line_hash, head_sql=audit_chain.HEAD_SQL,
                      genesis=audit_chain.GENESIS)  # fmt: skip
    if walk.finding == UNCHAINED:
        return _broken(walk.row, walk.entries, "bærer ingen kædeværdi (den er skrevet uden om "
                       "programmet)")  # fmt: skip
    if walk.finding == CHANGED:
        return _broken(walk.row, walk.entries, "passer ikke med kæden: linjen er ændret, eller "
                       "en linje lige før den er slettet")  # fmt: skip
    if walk.finding == NO_HEAD:
        return AuditCheck(False, walk.entries, walk.last_hash,
                          problem="Revisionsloggens kædehoved mangler.")  # fmt: skip
    if walk.finding == HEAD_DIFFERS:
        entries, head_last_id, _hash = walk.head
        return AuditCheck(
            False,
            walk.entries,
            walk.last_hash,
            problem=(
                f"Revisionsloggens kæde slutter ved linje nr. {walk.last_id} efter {walk.entries} "
                f"linjer, men den sidst skrevne var nr. {head_last_id} som nr. {entries}: de "
                "sidste linjer er slettet, eller kædens hoved er ændret."
            ),
        )
    return AuditCheck(True, walk.entries, walk.last_hash)


def _broken(row, count: int, why: str) -> AuditCheck:
    line_id, at, login, kind = row[0], row[1], row[2], row[3]
    when = str(at)[:19].replace("T", " ")
    return AuditCheck(
        False,
        count,
        broken_line_id=int(line_id),
        problem=(
            f"Revisionsloggens kæde er brudt ved linje nr. {line_id} ({when}, {login}, {kind}): "
            f"den {why}."
        ),
    )


def _record(database, check: AuditCheck) -> None:
    record_check(database, "audit_chain", intact=check.intact, problem=check.problem)


def audit_alarm(database) -> str | None:
    """Why the Role Center shows the audit log as not intact (the latest check failed, or the
    head disagrees with the lines), or None. Three indexed reads."""
    if not has_audit_chain(database):
        return None
    state = head_state(database, table="audit_log", head_table="audit_chain")
    if state is None:
        return "Revisionsloggens kædehoved mangler."
    if state.verified_ok is False:
        return state.problem or "Den seneste kontrol fandt revisionsloggen ændret."
    if not state.agrees:
        return (
            "Revisionsloggen passer ikke med kædens hoved: linjer er slettet eller skrevet uden "
            "om programmet. Kør 'caplegal db verify'."
        )
    return None
