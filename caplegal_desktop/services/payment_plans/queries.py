"""Reading payment plans: the plan window, the overview across cases, the debtor choice."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services.payment_plans.store import load_plan
from models import Case, CaseParty, Client, Party, PaymentPlan, PaymentPlanDebtor
from models.money import money_str


@dataclass(frozen=True)
class DebtorChoice:
    party_id: int
    no: str
    name: str


@dataclass(frozen=True)
class PlanRow:
    """A row of the overview of all plans (Betalingsplaner, oversigt)."""

    plan_id: int
    plan_no: str
    case_no: str
    client_name: str
    debtors: str
    status: str
    first_date: date
    last_date: date | None
    periods: int | None
    instalment: Decimal | None
    apr_pct: Decimal | None
    created_by: str
    created_at: datetime

    def to_json_dict(self) -> dict:
        return {
            "plan_no": self.plan_no,
            "case_no": self.case_no,
            "client_name": self.client_name,
            "debtors": self.debtors,
            "status": self.status,
            "first_date": self.first_date.isoformat(),
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "periods": self.periods,
            "instalment": money_str(self.instalment) if self.instalment is not None else None,
            "apr_pct": str(self.apr_pct) if self.apr_pct is not None else None,
        }


@dataclass(frozen=True)
class ItemView:
    item_key: str
    kind: str
    description: str
    claim_date: date
    amount: Decimal
    in_solidum: bool
    liability_share_pct: Decimal
    repayment_share_pct: Decimal | None
    payment_priority: int
    payment_pct_limit: Decimal | None
    interest_bearing: bool
    annual_rate_pct: Decimal
    day_count: str
    apr_cost: bool


@dataclass(frozen=True)
class LineView:
    period_no: int
    due_date: date
    instalment: Decimal
    to_interest: Decimal
    to_costs: Decimal
    to_principal: Decimal
    remaining_balance: Decimal
    interest_accrued: Decimal
    specification: tuple[dict, ...]  # {"item_id", "bucket", "amount"}


@dataclass(frozen=True)
class AgreementView:
    scope: str
    kind: str
    period_no: int
    amount: Decimal | None
    annual_rate_pct: Decimal | None
    remark: str | None
    created_by: str
    created_at: datetime


@dataclass(frozen=True)
class PlanDetail:
    plan_id: int
    plan_no: str
    case_id: int
    case_no: str
    status: str
    debtors: tuple[DebtorChoice, ...]
    start_date: date
    extra_amount: Decimal | None
    extra_date: date | None
    first_date: date
    term: str
    given: str
    periods: int | None
    last_date: date | None
    instalment: Decimal | None
    allocation_type: str
    payment_order: str
    debt_at_start: Decimal | None
    accrued_interest: Decimal | None
    credit_amount: Decimal | None
    total_paid: Decimal | None
    credit_cost: Decimal | None
    apr_pct: Decimal | None
    replaces_plan_no: str | None
    created: tuple[str, datetime]
    activated: tuple[str | None, datetime | None]
    closed: tuple[str | None, datetime | None]
    items: tuple[ItemView, ...]
    lines: tuple[LineView, ...]
    agreements: tuple[AgreementView, ...]


def case_debtors(session: Session, *, case_id: int) -> list[DebtorChoice]:
    """The debtors who may take part (Dan betalingsplan: all of them by default)."""
    rows = session.execute(
        select(Party.id, Party.no, Party.name)
        .join(CaseParty, CaseParty.party_id == Party.id)
        .where(
            CaseParty.case_id == case_id,
            CaseParty.party_type == "DEBITOR",
            CaseParty.removed.is_(False),
        )
        .order_by(CaseParty.id)
    ).all()
    return [DebtorChoice(*row) for row in rows]


def active_plans_for(
    session: Session, *, debtor_party_ids: Sequence[int], except_plan_id: int | None = None
) -> list[str]:
    """Numbers of the active plans one of these debtors takes part in."""
    query = (
        select(PaymentPlan.no)
        .join(PaymentPlanDebtor, PaymentPlanDebtor.plan_id == PaymentPlan.id)
        .where(
            PaymentPlan.status == "active",
            PaymentPlanDebtor.party_id.in_(list(debtor_party_ids)),
        )
        .distinct()
        .order_by(PaymentPlan.no)
    )
    if except_plan_id is not None:
        query = query.where(PaymentPlan.id != except_plan_id)
    return list(session.scalars(query))


def plan_overview(
    session: Session, *, status: str | None = None, case_no: str | None = None
) -> list[PlanRow]:
    """All plans across cases, newest first."""
    query = (
        select(PaymentPlan, Case.no, Client.name)
        .join(Case, Case.id == PaymentPlan.case_id)
        .join(Client, Client.id == Case.client_id)
        .order_by(PaymentPlan.id.desc())
    )
    if status:
        query = query.where(PaymentPlan.status == status)
    if case_no:
        query = query.where(Case.no == case_no)
    rows = session.execute(query).all()
    names = _debtor_names(session, [plan.id for plan, _, _ in rows])
    return [
        PlanRow(
            plan_id=plan.id,
            plan_no=plan.no,
            case_no=case,
            client_name=client,
            debtors=", ".join(names.get(plan.id, [])),
            status=plan.status,
            first_date=plan.first_date,
            last_date=plan.last_date,
            periods=plan.periods,
            instalment=plan.instalment,
            apr_pct=plan.apr_pct,
            created_by=plan.created_by,
            created_at=plan.created_at,
        )
        for plan, case, client in rows
    ]


def get_plan(session: Session, *, plan_no: str) -> PlanDetail:
    plan = load_plan(session, plan_no)
    case_no = session.scalar(select(Case.no).where(Case.id == plan.case_id))
    parties = {
        p.id: p
        for p in session.scalars(
            select(Party).where(Party.id.in_([d.party_id for d in plan.debtors]))
        )
    }
    replaces = None
    if plan.replaces_plan_id:
        replaces = session.scalar(
            select(PaymentPlan.no).where(PaymentPlan.id == plan.replaces_plan_id)
        )
    return PlanDetail(
        plan_id=plan.id,
        plan_no=plan.no,
        case_id=plan.case_id,
        case_no=case_no,
        status=plan.status,
        debtors=tuple(
            DebtorChoice(d.party_id, parties[d.party_id].no, parties[d.party_id].name)
            for d in plan.debtors
        ),
        start_date=plan.start_date,
        extra_amount=plan.extra_amount,
        extra_date=plan.extra_date,
        first_date=plan.first_date,
        term=plan.term,
        given=plan.given,
        periods=plan.periods,
        last_date=plan.last_date,
        instalment=plan.instalment,
        allocation_type=plan.allocation_type,
        payment_order=plan.payment_order,
        debt_at_start=plan.debt_at_start,
        accrued_interest=plan.accrued_interest,
        credit_amount=plan.credit_amount,
        total_paid=plan.total_paid,
        credit_cost=plan.credit_cost,
        apr_pct=plan.apr_pct,
        replaces_plan_no=replaces,
        created=(plan.created_by, plan.created_at),
        activated=(plan.activated_by, plan.activated_at),
        closed=(plan.closed_by, plan.closed_at),
        items=tuple(
            ItemView(**{name: getattr(item, name) for name in ItemView.__dataclass_fields__})
            for item in plan.items
        ),
        lines=tuple(
            LineView(
                **{
                    name: getattr(line, name)
                    for name in LineView.__dataclass_fields__
                    if name != "specification"
                },
                specification=tuple(json.loads(line.specification)),
            )
            for line in plan.lines
        ),
        agreements=tuple(
            AgreementView(**{name: getattr(a, name) for name in AgreementView.__dataclass_fields__})
            for a in plan.agreements
        ),
    )


def _debtor_names(session: Session, plan_ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    if not plan_ids:
        return names
    rows = session.execute(
        select(PaymentPlanDebtor.plan_id, Party.name)
        .join(Party, Party.id == PaymentPlanDebtor.party_id)
        .where(PaymentPlanDebtor.plan_id.in_(plan_ids))
        .order_by(PaymentPlanDebtor.id)
    ).all()
    for plan_id, name in rows:
        names.setdefault(plan_id, []).append(name)
    return names
