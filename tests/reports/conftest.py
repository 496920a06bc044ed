"""Demo data for the report tests: a fixed day, a fixed seed, some cases closed with a date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from caplegal_desktop.services.demo.generate import generate_demo
from models import Case

TODAY = date(2026, 6, 30)
CLOSED_ON = date(2026, 5, 15)


def close_some_cases(context, *, every: int = 5) -> list[str]:
    """Close every n-th case on CLOSED_ON."""
    with context.uow(write=True) as uow:
        ids = uow.session.scalars(
            select(Case.id).where(Case.created_on <= CLOSED_ON - timedelta(days=30))
        ).all()[::every]
        uow.session.execute(
            update(Case).where(Case.id.in_(ids)).values(status="closed", closed_on=CLOSED_ON)
        )
        numbers = uow.session.scalars(select(Case.no).where(Case.id.in_(ids))).all()
        uow.commit()
    return sorted(numbers)


@pytest.fixture
def demo(app):
    generate_demo(app, cases=60, seed=7, today=TODAY)
    return app
