"""What a letter says besides the statement: its activity step (deadline, reminder number), its
specification lines, and who signs it. Part of the one merge record (letters.case_record)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services.follow_ups.schedule import DONE, OPEN
from models import ActivityStep, Case, CaseType, Client, CompanySetup, Employee, FollowUp
from workflows.activities import ordinal_of_template
from workflows.mailmerge import field_catalogue


@dataclass(frozen=True)
class LetterStep:
    """What the activity step behind a letter gives it: its deadline and its number."""

    payment_days: int | None = None
    min_payment_days: int | None = None  # the legal least deadline (inkassovarsel: 10 days)
    letter_no: int | None = None  # Rykker_Nr: the how-manieth step with this template


def letter_step(session: Session, *, case_id: int, template: str | Path) -> LetterStep:
    """The step a mass run would merge this template for on this case: the case's open
    follow-up when it uses the template, else the next step using it after those already
    done (the last one when all are done), within the case type's workflow."""
    name = Path(template).name
    workflow = session.scalar(
        select(CaseType.workflow_code)
        .join(Case, Case.case_type_code == CaseType.code)
        .where(Case.id == case_id)
    )
    query = select(ActivityStep).order_by(ActivityStep.workflow_code, ActivityStep.order_no)
    if workflow:
        query = query.where(ActivityStep.workflow_code == workflow)
    steps = session.scalars(query).all()
    using = [s for s in steps if s.template_file and Path(s.template_file).name == name]
    if not using:
        return LetterStep()
    by_id = {s.id: s for s in using}

    def step_ids(status: str) -> list[int]:
        return session.scalars(
            select(FollowUp.step_id)
            .where(
                FollowUp.case_id == case_id,
                FollowUp.status == status,
                FollowUp.step_id.in_(list(by_id)),
            )
            .order_by(FollowUp.id)
        ).all()

    open_ids = step_ids(OPEN)
    if open_ids:
        chosen = by_id[open_ids[0]]
    else:
        done = max((by_id[i].order_no for i in step_ids(DONE)), default=None)
        later = [s for s in using if done is None or s.order_no > done]
        chosen = later[0] if later else using[-1]
    same = [(s.order_no, s.template_file) for s in steps if s.workflow_code == chosen.workflow_code]
    return LetterStep(
        chosen.payment_days,
        chosen.min_payment_days,
        ordinal_of_template(same, order_no=chosen.order_no, template=chosen.template_file),
    )


def payment_deadline(as_of: date, step: LetterStep, company: CompanySetup) -> date:
    """The letter's 'betal senest': the step's days (the firm's own when no step gives any),
    never fewer than the legal least days the step names."""
    days = step.payment_days if step.payment_days is not None else company.letter_payment_days
    days = max(days or 0, step.min_payment_days or 0)
    return as_of + timedelta(days=days)


SPEC_LABELS = (  # figure, text: the components of "Skyldigt beløb i alt", in letter order
    ("principal", "Hovedstol"),
    ("interest", "Renter"),
    ("fees", "Gebyrer"),
    ("salary", "Inkassosalær"),
    ("costs", "Udlæg (retsafgift m.v.)"),
    ("paid", "Indbetalt"),
)
_ALWAYS = {"principal", "interest"}


def specification(totals) -> list[dict[str, object]]:
    """The specification lines of a letter: every component of the balance that is not zero
    (principal and interest always), payments negative, so the lines add up to the balance.
    VAT is part of fees and salary and is shown apart as 'heraf moms'."""
    rows = []
    for figure, text in SPEC_LABELS:
        amount = totals.amount(figure)
        if amount or figure in _ALWAYS:
            rows.append(
                {
                    field_catalogue.SPEC_TEXT: text,
                    field_catalogue.SPEC_AMOUNT: -amount if figure == "paid" else amount,
                }
            )
    return rows


def handler_of(session: Session, case: Case, client: Client, user: str | None) -> tuple[str, str]:
    """Who signs (name, initials): the case's handler, else its responsible, else the client's,
    else the employee merging the letter (by login or initials), else that user's name."""
    for employee_id in (
        case.handler_employee_id,
        case.responsible_employee_id,
        client.handler_employee_id,
        client.responsible_employee_id,
    ):
        if employee_id:
            employee = session.get(Employee, employee_id)
            return employee.name, employee.initials
    if not user:
        return "", ""
    employee = session.scalar(
        select(Employee)
        .where((Employee.login == user) | (Employee.initials == user.upper()))
        .limit(1)
    )
    if employee is not None:
        return employee.name, employee.initials
    return user, user.upper()[:10]
