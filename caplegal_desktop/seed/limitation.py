"""The limitation periods (forældelse / preskription), seeded from limitation_periods.json.

Idempotent: a period whose code exists is left as the firm keeps it (with its history).
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LimitationPeriod
from workflows.bundle import package_data_dir

PERIODS_FILE = package_data_dir("caplegal_desktop.seed") / "limitation_periods.json"


def seed_limitation_periods(session: Session) -> bool:
    """Add the periods that are missing. True when something was added."""
    spec = json.loads(PERIODS_FILE.read_text(encoding="utf-8"))
    existing = set(session.scalars(select(LimitationPeriod.code)))
    rows = [LimitationPeriod(**row) for row in spec["periods"] if row["code"] not in existing]
    session.add_all(rows)
    if rows:
        session.flush()
    return bool(rows)
