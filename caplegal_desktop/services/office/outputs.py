"""Exports and prints of case lists leave the building: each one needs `reports.read` and is
written to the audit log (what, format, how many rows, where) before the file is made."""

from __future__ import annotations

from sqlalchemy.orm import Session

from caplegal_desktop.services.office import audit
from caplegal_desktop.services.office.actor import require
from caplegal_desktop.services.office.roles import REPORTS_READ


def record_output(session: Session, *, what: str, fmt: str, rows: int, target: str) -> None:
    actor = require(session, REPORTS_READ, target=what)
    audit.record(
        session,
        login=actor.login,
        kind=audit.AuditKind.EXPORT,
        target=what,
        detail={"format": fmt, "rows": rows, "file": target},
    )
