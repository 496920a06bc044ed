"""First start: on a machine where the program has never run, the user chooses a small demo set
or an empty database, names the firm and says who the first user is (ui/first_start.py asks).

`python -m caplegal_desktop.first_start` (dev.py run) keeps filling an empty database with the
larger demo set without asking.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from sqlalchemy import func, select

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import needs_first_start
from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.follow_ups.schedule import schedule_missing
from caplegal_desktop.services.master_data.master_data import create_employee, employee_problems
from models import Case, CompanySetup, Employee

__all__ = ["FirstStartChoice", "needs_first_start", "set_up_first_start"]

DEMO_CASES = 250  # dev.py run
FIRST_START_DEMO_CASES = 100  # "a small demo set": enough for every list, quick on any PC
DEMO_SEED = 1
FIRM_NAME_MAX = 100


@dataclass(frozen=True)
class FirstStartChoice:
    """What the first-start dialog asks."""

    demo: bool  # a small demo set (True) or an empty database (False)
    firm_name: str
    user_initials: str
    user_name: str


@dataclass(frozen=True)
class FirstStartResult:
    firm_name: str
    employee_initials: str
    demo_cases: int


def first_start_problems(choice: FirstStartChoice) -> list[Problem]:
    """Danish messages per field (no database needed)."""
    problems = []
    firm = choice.firm_name.strip()
    if not firm:
        problems.append(Problem("firma", "Firmaets navn skal udfyldes."))
    elif len(firm) > FIRM_NAME_MAX:
        problems.append(Problem("firma", f"Firmaets navn må højst være {FIRM_NAME_MAX} tegn."))
    problems += employee_problems(
        None, initials=choice.user_initials, name=choice.user_name, email=None
    )
    return problems


def set_up_first_start(
    context: AppContext, choice: FirstStartChoice, *, progress=None
) -> FirstStartResult:
    """Fill the new database as chosen; the first user is an employee with this login.
    Bad input changes nothing (ValidationError before any write)."""
    problems = first_start_problems(choice)
    if problems:
        raise ValidationError(problems)
    demo_cases = 0
    if choice.demo:
        with context.uow() as uow:
            empty = not uow.session.scalar(select(func.count(Case.id)))
        if empty:
            generate_demo(context, cases=FIRST_START_DEMO_CASES, seed=DEMO_SEED, progress=progress)
            with context.uow(write=True) as uow:
                schedule_missing(uow.session, user=uow.user)
                uow.commit()
            demo_cases = FIRST_START_DEMO_CASES
    initials = choice.user_initials.strip().upper()
    with context.uow(write=True) as uow:
        session = uow.session
        session.scalars(select(CompanySetup)).one().company_name = choice.firm_name.strip()
        employee = session.scalar(select(Employee).where(func.upper(Employee.initials) == initials))
        if employee is None:  # a demo employee with the same initials becomes the user
            created = create_employee(session, initials=initials, name=choice.user_name)
            employee = session.get(Employee, created.id)
        employee.name = choice.user_name.strip()
        employee.login = context.user
        employee.active = True
        uow.commit()
    return FirstStartResult(choice.firm_name.strip(), initials, demo_cases)


def main() -> int:
    context = AppContext.open()
    with context.uow() as uow:
        empty = not uow.session.scalar(select(func.count(Case.id)))
    if empty:
        print(f"Første start: opretter {DEMO_CASES} demosager i {context.database.display_name()}")
        generate_demo(context, cases=DEMO_CASES, seed=DEMO_SEED)
        with context.uow(write=True) as uow:
            scheduled = schedule_missing(uow.session, user=uow.user)
            uow.commit()
        print(f"{scheduled} sager har fået deres første opfølgning (rykker).")
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
