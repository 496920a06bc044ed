"""The nightly chain check in the scheduled run (`caplegal scheduler run`): once a day the whole
ledger chain, its guard triggers and the audit log's chain are recomputed (`db verify`). The
result is kept on the chain heads, so a failure raises the Role Center's red cue on every seat,
and a failure is written to the audit log (kind `integrity_failed`) with the problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class NightlyCheck:
    intact: bool
    message: str  # in Danish

    def as_json(self) -> dict:
        return {"intact": self.intact, "message": self.message}


def checked_on(database) -> date | None:
    """The day of the latest full check of the ledger (None: never checked)."""
    rows = database.fetch_all("SELECT verified_at FROM ledger_chain WHERE id = 1")
    if not rows or rows[0][0] is None:
        return None
    return date.fromisoformat(str(rows[0][0])[:10])


def run_nightly_check(context, *, today: date, server: str) -> NightlyCheck | None:
    """The day's check, unless one ran today already (by this run, another server or a user's
    `db verify`); None when skipped."""
    from caplegal_desktop.services.maintenance.verify import verify_ledger
    from caplegal_desktop.services.office import AuditKind, record

    done = checked_on(context.database)
    if done is not None and done >= today:
        return None
    check = verify_ledger(context.database)
    result = NightlyCheck(check.intact, check.message())
    if not check.intact:
        with context.uow(write=True) as uow:
            record(
                uow.session,
                login=uow.user or server,
                kind=AuditKind.INTEGRITY_FAILED,
                target="ledger" if check.problem else "audit_log",
                detail={
                    "server": server,
                    "broken_entry_id": check.broken_entry_id,
                    "broken_audit_line_id": check.audit_broken_line_id,
                    "missing_triggers": check.missing_triggers,
                    "problem": " ".join(x for x in (check.problem, check.audit_problem) if x),
                },
            )
            uow.commit()
    return result
