"""Betalingsaftaler: general and single-period agreements on an active plan.

On OK the user chooses: change this plan (its lines are recomputed) or create a new plan
(recommended, keeps history): this plan is closed and a copy with the agreements is activated.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services.payment_plans.debt import ItemDraft
from caplegal_desktop.services.payment_plans.steps import (
    PlanChanged,
    changed,
    close_row,
    now,
    quote_items,
    record,
)
from caplegal_desktop.services.payment_plans.store import (
    load_plan,
    plan_setup,
    refused,
    replace_lines,
    store_figures,
    stored_agreements,
    stored_calculator,
)
from caplegal_desktop.services.shared.numbering import next_number
from models import PaymentPlan, PaymentPlanAgreement, PaymentPlanDebtor, PaymentPlanItem
from workflows.payment_plan import (
    GeneralAgreement,
    PaymentPlanError,
    PeriodAgreement,
    PlanStatus,
    apply_agreements,
)

NOT_ACTIVE_ERR = "Betalingsaftaler kan kun indgås på en aktiv betalingsplan."


def make_agreements(
    session: Session,
    *,
    plan_no: str,
    user: str,
    today: date,
    general: Sequence[GeneralAgreement] = (),
    single: Sequence[PeriodAgreement] = (),
    create_new: bool = True,
) -> PlanChanged:
    """Betalingsaftaler. ``create_new`` (recommended, keeps history) closes this plan and
    activates a new one with the agreements; otherwise this plan's lines are recomputed."""
    plan = load_plan(session, plan_no, for_update=True)
    if plan.status != PlanStatus.ACTIVE.value:
        raise ValidationError(Problem("betalingsaftaler", NOT_ACTIVE_ERR))
    old_general, old_single = stored_agreements(plan)
    setup = plan_setup(session)
    base = quote_items(plan.items, stored_calculator(plan), today=plan.start_date, setup=setup)
    try:
        quote = apply_agreements(
            base,
            setup=setup,
            today=today,
            general=[*old_general, *general],
            single=[*old_single, *single],
        )
    except PaymentPlanError as exc:
        raise refused(exc, "betalingsaftaler") from exc
    target = _successor(session, plan, user) if create_new else plan
    for agreement in [*general, *single]:
        target.agreements.append(_agreement_row(agreement, user))
    store_figures(target, quote)
    session.flush()
    replace_lines(session, target, quote)
    action = f"Betalingsaftale på {plan.no}" + (f": ny plan {target.no}" if create_new else "")
    record(session, plan, user, action, "; ".join(_describe(a) for a in [*general, *single]))
    return changed(target, (plan.no,) if create_new else ())


def _successor(session, plan: PaymentPlan, user: str) -> PaymentPlan:
    """'Opret ny' for an agreement: a copy of the plan with its agreements, active at once."""
    close_row(session, plan, user, f"Betalingsplan {plan.no} lukket ved betalingsaftale")
    new = PaymentPlan(
        no=next_number(session, "BETPLAN"),
        case_id=plan.case_id,
        status=PlanStatus.ACTIVE.value,
        replaces_plan_id=plan.id,
        created_at=now(),
        created_by=user,
        activated_at=now(),
        activated_by=user,
        **{
            name: getattr(plan, name)
            for name in (
                "description",
                "start_date",
                "extra_amount",
                "extra_date",
                "first_date",
                "term",
                "given",
                "periods",
                "last_date",
                "instalment",
                "allocation_type",
                "payment_order",
            )
        },
    )
    new.debtors = [PaymentPlanDebtor(party_id=d.party_id) for d in plan.debtors]
    new.items = [_copy_item(item) for item in plan.items]
    new.agreements = [_copy_agreement(a) for a in plan.agreements]
    session.add(new)
    session.flush()
    record(
        session, new, user, f"Betalingsplan {new.no} oprettet og aktiveret (erstatter {plan.no})"
    )
    return new


def _copy_item(item: PaymentPlanItem) -> PaymentPlanItem:
    return PaymentPlanItem(**{name: getattr(item, name) for name in ItemDraft.__dataclass_fields__})


def _copy_agreement(row: PaymentPlanAgreement) -> PaymentPlanAgreement:
    names = ("scope", "kind", "period_no", "amount", "annual_rate_pct", "remark")
    return PaymentPlanAgreement(
        created_at=row.created_at, created_by=row.created_by, **{n: getattr(row, n) for n in names}
    )


def _agreement_row(agreement, user: str) -> PaymentPlanAgreement:
    if isinstance(agreement, GeneralAgreement):
        return PaymentPlanAgreement(
            scope="general",
            kind=agreement.kind.value,
            period_no=agreement.from_period,
            amount=agreement.new_instalment,
            remark=agreement.remark or None,
            created_at=now(),
            created_by=user,
        )
    return PaymentPlanAgreement(
        scope="period",
        kind=agreement.kind.value,
        period_no=agreement.period_no,
        amount=agreement.amount,
        annual_rate_pct=agreement.annual_rate_pct,
        remark=agreement.remark or None,
        created_at=now(),
        created_by=user,
    )


_KIND_DA = {
    "instalment_change": "Ydelsesændring",
    "interest_stop": "Rentestop",
    "deferral": "Betalingshenstand",
    "reduced": "Reduceret betaling",
    "increased": "Forhøjet betaling",
    "interest": "Renteaftale",
}


def _describe(agreement) -> str:
    if isinstance(agreement, GeneralAgreement):
        return f"{_KIND_DA[agreement.kind.value]} fra periode {agreement.from_period}"
    return f"{_KIND_DA[agreement.kind.value]} i periode {agreement.period_no}"
