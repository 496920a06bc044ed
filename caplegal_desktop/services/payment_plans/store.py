"""Between stored plans and the pure rules: rows → PlanRequest / agreements, quote → rows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.payment_plans.debt import ItemDraft
from models import CompanySetup, PaymentPlan, PaymentPlanItem, PaymentPlanLine
from models.enums import DayCount
from workflows.payment_plan import (
    GeneralAgreement,
    GeneralKind,
    ItemKind,
    PaymentOrder,
    PaymentPlanError,
    PeriodAgreement,
    PeriodKind,
    PlanAllocation,
    PlanItem,
    PlanQuote,
    PlanRequest,
    PlanSetup,
    PlanTerm,
    ProblemHandling,
)

PLAN_NOT_FOUND_ERR = "Betalingsplan {no} findes ikke."
CALCULATOR_FIELD = "beregner"


@dataclass(frozen=True, kw_only=True)
class CalculatorInput:
    """The calculator's fields (Beregner). Give exactly one of periods, last_date, instalment."""

    first_date: date | None = None
    term: str = PlanTerm.MONTH.value
    periods: int | None = None
    last_date: date | None = None
    instalment: Decimal | None = None
    extra_amount: Decimal | None = None
    extra_date: date | None = None
    allocation_type: str | None = None  # default from setup
    payment_order: str | None = None  # default from setup

    @property
    def given(self) -> str | None:
        chosen = [
            name
            for name in ("periods", "last_date", "instalment")
            if getattr(self, name) is not None
        ]
        return chosen[0] if len(chosen) == 1 else None


def plan_setup(session: Session) -> PlanSetup:
    company = session.scalars(select(CompanySetup)).one()
    return PlanSetup(
        max_periods=company.plan_max_periods,
        interest_over_instalment=ProblemHandling(company.plan_interest_above_instalment),
        allocation=PlanAllocation(company.plan_allocation_type),
        payment_order=PaymentOrder(company.plan_payment_order),
    )


def refused(error: PaymentPlanError, field: str = CALCULATOR_FIELD) -> ValidationError:
    return ValidationError(Problem(field, str(error)))


def load_plan(session: Session, plan_no: str, *, for_update: bool = False) -> PaymentPlan:
    query = (
        select(PaymentPlan)
        .where(PaymentPlan.no == plan_no)
        .options(
            selectinload(PaymentPlan.items),
            selectinload(PaymentPlan.debtors),
            selectinload(PaymentPlan.agreements),
        )
    )
    if for_update:
        query = query.with_for_update(of=PaymentPlan)
    plan = session.scalars(query).one_or_none()
    if plan is None:
        raise NotFound(PLAN_NOT_FOUND_ERR.format(no=plan_no))
    return plan


def plan_item(row: PaymentPlanItem | ItemDraft) -> PlanItem:
    return PlanItem(
        item_id=row.item_key,
        kind=ItemKind(row.kind),
        amount=row.amount,
        claim_date=row.claim_date,
        order=row.sort_order,
        interest_bearing=row.interest_bearing,
        annual_rate_pct=row.annual_rate_pct,
        day_count=DayCount(row.day_count),
        apr_cost=row.apr_cost,
        payment_priority=row.payment_priority,
        in_solidum=row.in_solidum,
        liability_share_pct=row.liability_share_pct,
        repayment_share_pct=row.repayment_share_pct,
        payment_pct_limit=row.payment_pct_limit,
    )


def request_for(
    items, calculator: CalculatorInput, *, today: date, setup: PlanSetup
) -> PlanRequest:
    return PlanRequest(
        items=tuple(plan_item(item) for item in items),
        today=today,
        first_date=calculator.first_date,
        start_date=today,
        term=PlanTerm(calculator.term),
        periods=calculator.periods,
        last_date=calculator.last_date,
        instalment=calculator.instalment,
        extra_amount=calculator.extra_amount,
        extra_date=calculator.extra_date,
        allocation=PlanAllocation(calculator.allocation_type or setup.allocation),
        payment_order=PaymentOrder(calculator.payment_order or setup.payment_order),
    )


def stored_calculator(plan: PaymentPlan) -> CalculatorInput:
    """The calculator as the user filled it: only the value they gave, not the computed ones."""
    given = {plan.given: getattr(plan, plan.given)} if plan.given else {}
    return CalculatorInput(
        first_date=plan.first_date,
        term=plan.term,
        extra_amount=plan.extra_amount,
        extra_date=plan.extra_date,
        allocation_type=plan.allocation_type,
        payment_order=plan.payment_order,
        **given,
    )


def stored_agreements(plan: PaymentPlan) -> tuple[list[GeneralAgreement], list[PeriodAgreement]]:
    general, single = [], []
    for row in plan.agreements:
        if row.scope == "general":
            general.append(
                GeneralAgreement(
                    kind=GeneralKind(row.kind),
                    from_period=row.period_no,
                    new_instalment=row.amount,
                    remark=row.remark or "",
                )
            )
        else:
            single.append(
                PeriodAgreement(
                    kind=PeriodKind(row.kind),
                    period_no=row.period_no,
                    amount=row.amount,
                    annual_rate_pct=row.annual_rate_pct,
                    remark=row.remark or "",
                )
            )
    return general, single


def store_figures(plan: PaymentPlan, quote: PlanQuote) -> None:
    """The calculator's grey fields: filled from the quote."""
    plan.first_date = quote.first_date
    plan.periods = quote.periods
    plan.last_date = quote.last_date
    plan.instalment = quote.instalment
    plan.debt_at_start = quote.debt_at_start
    plan.accrued_interest = quote.accrued_interest_total
    plan.credit_amount = quote.credit_amount
    plan.total_paid = quote.total_paid
    plan.credit_cost = quote.credit_cost
    plan.apr_pct = quote.apr.apr_pct


def replace_lines(session: Session, plan: PaymentPlan, quote: PlanQuote) -> None:
    session.execute(PaymentPlanLine.__table__.delete().where(PaymentPlanLine.plan_id == plan.id))
    session.execute(
        PaymentPlanLine.__table__.insert(),
        [
            {
                "plan_id": plan.id,
                "period_no": line.period_no,
                "due_date": line.due_date,
                "instalment": line.instalment,
                "to_interest": line.to_interest,
                "to_costs": line.to_costs,
                "to_principal": line.to_principal,
                "remaining_balance": line.remaining_balance,
                "interest_accrued": line.interest_accrued,
                "specification": json.dumps([share.to_json_dict() for share in line.shares]),
            }
            for line in quote.lines
        ],
    )
    session.expire(plan, ["lines"])
