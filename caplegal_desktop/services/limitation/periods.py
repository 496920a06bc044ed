"""The limitation periods as the rules read them: setup rows (limitation_period) with sources."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LimitationPeriod
from workflows.limitation import Period, PeriodTable


def period_table(session: Session) -> PeriodTable:
    rows = session.scalars(select(LimitationPeriod).order_by(LimitationPeriod.code))
    return PeriodTable.from_rows(
        Period(r.code, r.country, r.years, r.rule, r.source or "") for r in rows
    )
