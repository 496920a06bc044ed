"""Executing one follow-up: guardrails, the fee, the merged letter, history, the next step.

Everything happens in the caller's transaction; the letter file is written before the commit,
so a caller that fails to commit must delete ``Executed.letter_path`` (mass_execution does).
Fees are posted by claims_edit.add_fee (a FeeLine plus its ledger entry through
ledger.post_entry, with a history row): the journal chain (services/journal/posting.py) only takes
payments, disbursements, credits, write-offs and reversals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.follow_ups import hold_backs, letters
from caplegal_desktop.services.follow_ups.fees import post_step_fee
from caplegal_desktop.services.follow_ups.schedule import (
    CANCELLED,
    DONE,
    OPEN,
    new_follow_up,
    now,
    step_rule,
)
from caplegal_desktop.services.master_data import SetupSnapshot
from caplegal_desktop.services.shared import history
from caplegal_desktop.services.statements import InterestSetup, case_statement
from models import (
    ActivityStep,
    Case,
    CaseParty,
    CompanySetup,
    FollowUp,
    Party,
    PaymentPlan,
)
from models.enums import PartyKind
from models.money import ZERO
from workflows.activities import (
    ActivityRuleError,
    CaseFacts,
    PreviousLetter,
    StepRule,
    check_legal_date,
    evaluate_conditions,
    ordinal_of_template,
)


@dataclass(frozen=True)
class StepInfo:
    id: int
    workflow_code: str
    order_no: int
    template_file: str | None
    fee_code: str | None
    employee_function: str | None
    rule: StepRule
    letter_no: int  # Rykker_Nr: the how-manieth step with this template


@dataclass
class ExecutionSetup:
    """Setup read once for many executions (a mass run); holds no live database objects."""

    fees: SetupSnapshot
    interest: InterestSetup
    company: CompanySetup
    steps: dict[int, StepInfo]
    next_step_ids: dict[int, int | None]

    @classmethod
    def load(cls, session: Session, *, detach: bool = False) -> ExecutionSetup:
        """``detach``: for a mass run, whose objects outlive this session."""
        rows = session.scalars(
            select(ActivityStep).order_by(ActivityStep.workflow_code, ActivityStep.order_no)
        ).all()
        steps, next_ids = {}, {}
        for i, row in enumerate(rows):
            same = [
                (r.order_no, r.template_file) for r in rows if r.workflow_code == row.workflow_code
            ]
            steps[row.id] = StepInfo(
                id=row.id,
                workflow_code=row.workflow_code,
                order_no=row.order_no,
                template_file=row.template_file,
                fee_code=row.fee_code,
                employee_function=row.employee_function,
                rule=step_rule(row),
                letter_no=ordinal_of_template(
                    same, order_no=row.order_no, template=row.template_file
                ),
            )
            following = rows[i + 1] if i + 1 < len(rows) else None
            same_flow = following is not None and following.workflow_code == row.workflow_code
            next_ids[row.id] = following.id if same_flow else None
        fees = SetupSnapshot.load(session)
        setup = cls(fees, InterestSetup.load(session), fees.company, steps, next_ids)
        if detach:
            session.expunge_all()
        return setup


@dataclass(frozen=True)
class Executed:
    follow_up_id: int
    case_id: int
    case_no: str
    outcome: str  # executed, skipped
    message: str
    letter_path: Path | None = None
    template_file: str | None = None
    fee_entry_id: int | None = None
    fee_amount: Decimal = ZERO
    next_follow_up_id: int | None = None
    next_due: date | None = None
    record: dict | None = field(default=None, repr=False)


@dataclass(frozen=True)
class NextActivity:
    """The user's change to what is scheduled after an executed follow-up (the execute dialog's
    Næste aktivitet): ``step_id`` None schedules nothing; ``due`` None uses the step's formula."""

    step_id: int | None
    due: date | None = None


def execute_follow_up(
    session: Session,
    *,
    follow_up_id: int,
    user: str,
    today: date,
    setup: ExecutionSetup | None = None,
    next_activity: NextActivity | None = None,
    held_back_checked: bool = False,
) -> Executed:
    """Execute one follow-up dated ``today``. Raises ValidationError when a legal rule forbids
    it (nothing written), Conflict when it is no longer open. ``next_activity`` replaces the
    workflow's next step (and its date) for this case. ``held_back_checked``: the mass run
    asked the hold-backs (time-barred, disputed) for all its cases at once already."""
    office.require(session, office.LETTERS_WRITE)
    setup = setup or ExecutionSetup.load(session)
    follow_up = session.scalars(
        select(FollowUp).where(FollowUp.id == follow_up_id).with_for_update()
    ).one_or_none()
    if follow_up is None:
        raise NotFound("Fremnoteringen findes ikke.")
    if follow_up.status != OPEN:
        raise Conflict(f"Fremnoteringen '{follow_up.description}' er allerede behandlet.")
    case = session.get(Case, follow_up.case_id)
    step = setup.steps.get(follow_up.step_id) if follow_up.step_id else None
    if step is None:
        return _close_plain(session, follow_up, case, user=user, today=today)
    try:
        check_legal_date(step.rule, on=today, previous=_previous_letter(session, case.id, setup))
    except ActivityRuleError as exc:
        raise ValidationError(Problem(f"{case.no}: {step.rule.description}", str(exc))) from exc
    # Never demand a time-barred claim, never push past an open objection (issue 18)
    refused = None
    if not held_back_checked:
        refused = hold_backs.held_back(
            session, [case.id], hold_backs.LEGAL_HOLD_BACKS, as_of=today
        ).get(case.id)
    if refused is not None:
        raise ValidationError(Problem(f"{case.no}: {step.rule.description}", refused))
    facts = _facts(session, case, today, setup)
    outcome = evaluate_conditions(step.rule.conditions, facts)
    if not outcome.ok:
        return _skip(session, follow_up, case, step, outcome, user=user, today=today, setup=setup)
    fee_entry_id, fee_amount, fee_note = post_step_fee(
        session, case, step, user=user, today=today, setup=setup
    )
    letter_path = record = None
    if step.template_file:
        record = letters.case_record(
            session,
            case_id=case.id,
            as_of=today,
            step=letters.LetterStep(
                step.rule.payment_days, step.rule.min_payment_days, step.letter_no
            ),
            interest_setup=setup.interest,
            company=setup.company,
            user=user,
        )
        letter_path = letters.letters_dir(case.no) / (
            f"{today:%Y%m%d}_{step.rule.code}_{follow_up.id}.docx"
        )
        letters.compiled_template(step.template_file).save(record, letter_path)
    message = "; ".join(x for x in (f"{step.rule.description} udført", fee_note) if x)
    history.record(
        session,
        case_id=case.id,
        user=user,
        kind="letter" if letter_path else "info",
        action=f"{step.rule.description} dannet" if letter_path else message,
        detail=fee_note,
        document_path=str(letter_path) if letter_path else None,
    )
    _mark(follow_up, DONE, message, user=user, today=today)
    follow_up.letter_path = str(letter_path) if letter_path else None
    follow_up.fee_entry_id = fee_entry_id
    next_up = _schedule_next(
        session, follow_up, case, step, user=user, today=today, setup=setup, chosen=next_activity
    )
    session.flush()
    return Executed(
        follow_up.id,
        case.id,
        case.no,
        "executed",
        message,
        letter_path,
        step.template_file,
        fee_entry_id,
        fee_amount,
        next_up.id if next_up else None,
        next_up.due_date if next_up else None,
        record,
    )


def _mark(follow_up: FollowUp, status: str, result: str, *, user: str, today: date) -> None:
    follow_up.status = status
    follow_up.result = result[:500]
    follow_up.executed_on = today
    follow_up.executed_at = now()
    follow_up.executed_by = user


def _close_plain(session, follow_up: FollowUp, case: Case, *, user: str, today: date) -> Executed:
    """A follow-up without a workflow step (manual, missed instalment): marked done."""
    _mark(follow_up, DONE, "Udført", user=user, today=today)
    history.record(
        session, case_id=case.id, user=user, kind="info", action=f"Udført: {follow_up.description}"
    )
    session.flush()
    return Executed(follow_up.id, case.id, case.no, "executed", "Udført")


def _skip(session, follow_up, case, step: StepInfo, outcome, *, user, today, setup) -> Executed:
    message = f"{step.rule.description} sprunget over. {outcome.message}"
    _mark(follow_up, CANCELLED, message, user=user, today=today)
    history.record(session, case_id=case.id, user=user, kind="info", action=message)
    next_up = None
    if not outcome.stops_workflow:
        next_up = _schedule_next(
            session, follow_up, case, step, user=user, today=today, setup=setup
        )
    session.flush()
    return Executed(
        follow_up.id,
        case.id,
        case.no,
        "skipped",
        message,
        next_follow_up_id=next_up.id if next_up else None,
        next_due=next_up.due_date if next_up else None,
    )


def _previous_letter(session, case_id: int, setup: ExecutionSetup) -> PreviousLetter | None:
    row = session.execute(
        select(FollowUp.executed_on, FollowUp.step_id)
        .where(
            FollowUp.case_id == case_id,
            FollowUp.status == DONE,
            FollowUp.step_id.is_not(None),
        )
        .order_by(FollowUp.executed_on.desc(), FollowUp.id.desc())
        .limit(1)
    ).first()
    if row is None or row.executed_on is None:
        return None
    step = setup.steps.get(row.step_id)
    return PreviousLetter(row.executed_on, step.rule.payment_days if step else None)


def _facts(session, case: Case, today: date, setup: ExecutionSetup) -> CaseFacts:
    balance = case_statement(session, case_id=case.id, as_of=today, setup=setup.interest)
    kinds = session.scalars(
        select(Party.kind)
        .join(CaseParty, CaseParty.party_id == Party.id)
        .where(
            CaseParty.case_id == case.id,
            CaseParty.party_type == "DEBITOR",
            CaseParty.removed.is_(False),
        )
    ).all()
    active_plan = session.scalar(
        select(PaymentPlan.id)
        .where(PaymentPlan.case_id == case.id, PaymentPlan.status == "active")
        .limit(1)
    )
    return CaseFacts(
        balance.totals.balance, frozenset(PartyKind(k) for k in kinds), active_plan is not None
    )


def _schedule_next(session, follow_up, case, step: StepInfo, *, user, today, setup, chosen=None):
    next_id = setup.next_step_ids.get(step.id) if chosen is None else chosen.step_id
    if next_id is None:
        return None
    next_step = session.get(ActivityStep, next_id)
    if next_step is None or next_step.workflow_code != step.workflow_code:
        raise ValidationError(
            Problem("Næste aktivitet", "Den valgte aktivitet hører ikke til sagens workflow.")
        )
    successor = new_follow_up(case, next_step, after=today, user=user, previous_id=follow_up.id)
    if chosen is not None and chosen.due is not None:
        if chosen.due < today:
            raise ValidationError(
                Problem("Næste dato", "Næste aktivitets dato kan ikke ligge før i dag.")
            )
        successor.due_date = chosen.due
    session.add(successor)
    session.flush()
    return successor
