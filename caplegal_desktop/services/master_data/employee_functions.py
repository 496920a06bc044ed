"""Employee functions (medarbejderfunktioner) for the wizard's employee step: which function
each employee has in setup, so F4 on a function narrows the employees to those who have it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Employee


def functions_by_initials(session: Session) -> dict[str, str | None]:
    rows = session.execute(
        select(Employee.initials, Employee.function_code).where(Employee.active.is_(True))
    )
    return dict(rows.all())
