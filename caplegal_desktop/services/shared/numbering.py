"""Number series: one atomic UPDATE ... RETURNING, so two seats never get the same number."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound
from models import NumberSeries


def next_numbers(session: Session, series_code: str, count: int = 1) -> list[str]:
    """Reserve `count` consecutive numbers; the row stays locked until the transaction ends."""
    row = session.execute(
        update(NumberSeries)
        .where(NumberSeries.code == series_code)
        .values(last_no=NumberSeries.last_no + count)
        .returning(NumberSeries.last_no, NumberSeries.prefix, NumberSeries.width)
    ).one_or_none()
    if row is None:
        raise NotFound(f"Nummerserien {series_code} findes ikke i opsætningen.")
    last, prefix, width = row
    return [f"{prefix}{n:0{width}d}" for n in range(last - count + 1, last + 1)]


def next_number(session: Session, series_code: str) -> str:
    return next_numbers(session, series_code, 1)[0]
