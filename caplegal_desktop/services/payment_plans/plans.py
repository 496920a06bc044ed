"""Payment plans (Dan betalingsplan): create, calculate, activate, agreements, close, reopen.

At most one active plan per debtor: activating a plan closes the debtor's other active plan.
Every change leaves a history row on the case. Queries live in plan_queries, the
follow-through (payments matched to plan lines) in plan_follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.payment_plans.agreements import make_agreements
from caplegal_desktop.services.payment_plans.debt import debt_items
from caplegal_desktop.services.payment_plans.follow import (
    MissedInstalment,
    missed_instalments,
    plan_follow_up,
)
from caplegal_desktop.services.payment_plans.queries import (
    active_plans_for,
    case_debtors,
    get_plan,
    plan_overview,
)
from caplegal_desktop.services.payment_plans.steps import (
    PlanChanged,
    changed,
    close_row,
    now,
    quote_items,
    record,
    transition,
)
from caplegal_desktop.services.payment_plans.store import (
    CalculatorInput,
    load_plan,
    plan_setup,
    refused,
    replace_lines,
    store_figures,
    stored_agreements,
    stored_calculator,
)
from caplegal_desktop.services.shared.case_refs import case_id_by_no
from caplegal_desktop.services.shared.numbering import next_number
from models import (
    PaymentPlan,
    PaymentPlanDebtor,
    PaymentPlanItem,
)
from models.money import danish_kr
from workflows.payment_plan import (
    GeneralAgreement,
    GeneralKind,
    PaymentOrder,
    PaymentPlanError,
    PeriodAgreement,
    PeriodKind,
    PlanAction,
    PlanQuote,
    PlanStatus,
    apply_agreements,
)

NO_DEBTORS_ERR = "Vælg mindst én debitor, der indgår i betalingsplanen."
NOT_A_DEBTOR_ERR = "Part {party_id} er ikke debitor på sagen."
NOT_DRAFT_ERR = "Betalingsplan {no} er {status} og kan ikke ændres; brug Betalingsaftaler."
NO_CALCULATION_ERR = "Udfyld antal perioder, sidste betalingsdato eller ydelse og beregn planen."
FIRST_DATE_PAST_ERR = "Første betalingsdato ligger før dags dato; beregn planen igen."
DEBTOR_HAS_PLAN_ERR = "Debitor har allerede en aktiv betalingsplan ({no}). Luk den først."
UNKNOWN_ITEM_ERR = "Posten {key} findes ikke i betalingsplanen."
STATUS_DA = {"draft": "kladde", "active": "aktiv", "closed": "lukket"}


@dataclass(frozen=True, kw_only=True)
class ItemSettings:
    """Changes to one line of the specification pane (None: leave as it is)."""

    item_key: str
    in_solidum: bool | None = None
    liability_share_pct: object = None
    repayment_share_pct: object = None
    payment_priority: int | None = None
    payment_pct_limit: object = None
    interest_bearing: bool | None = None
    annual_rate_pct: object = None
    apr_cost: bool | None = None


def quote_case(
    session: Session,
    *,
    case_no: str,
    today: date,
    calculator: CalculatorInput,
    debtor_party_ids: Sequence[int] | None = None,
) -> PlanQuote:
    """The plan the calculator gives for a case, without saving anything."""
    case_id = case_id_by_no(session, case_no)
    setup = plan_setup(session)
    debtors = _chosen_debtors(session, case_id, debtor_party_ids)
    order = PaymentOrder(calculator.payment_order or setup.payment_order)
    items = debt_items(
        session, case_id=case_id, debtor_party_ids=debtors, as_of=today, payment_order=order
    )
    return quote_items(items, calculator, today=today, setup=setup)


def create_plan(
    session: Session,
    *,
    case_no: str,
    user: str,
    today: date,
    debtor_party_ids: Sequence[int] | None = None,
    calculator: CalculatorInput | None = None,
) -> PlanChanged:
    """Dan betalingsplan: a draft with the case's debt as of today for the chosen debtors."""
    office.require(session, office.PLANS_WRITE)
    case_id = case_id_by_no(session, case_no)
    setup = plan_setup(session)
    calculator = calculator or CalculatorInput()
    debtors = _chosen_debtors(session, case_id, debtor_party_ids)
    order = PaymentOrder(calculator.payment_order or setup.payment_order)
    items = debt_items(
        session, case_id=case_id, debtor_party_ids=debtors, as_of=today, payment_order=order
    )
    quote = quote_items(items, calculator, today=today, setup=setup) if calculator.given else None
    plan = PaymentPlan(
        no=next_number(session, "BETPLAN"),
        case_id=case_id,
        status=PlanStatus.DRAFT.value,
        start_date=today,
        first_date=quote.first_date if quote else _default_first(calculator, today),
        term=calculator.term,
        given=calculator.given or "",
        extra_amount=calculator.extra_amount,
        extra_date=calculator.extra_date,
        allocation_type=calculator.allocation_type or setup.allocation.value,
        payment_order=order.value,
        created_at=now(),
        created_by=user,
    )
    plan.debtors = [PaymentPlanDebtor(party_id=party_id) for party_id in debtors]
    plan.items = [PaymentPlanItem(**vars(item)) for item in items]
    _store_given(plan, calculator)
    if quote:
        store_figures(plan, quote)
    session.add(plan)
    session.flush()
    record(session, plan, user, f"Betalingsplan {plan.no} oprettet (kladde)")
    return changed(plan)


def calculate_plan(
    session: Session,
    *,
    plan_no: str,
    user: str,
    calculator: CalculatorInput,
    items: Sequence[ItemSettings] = (),
) -> tuple[PlanChanged, PlanQuote]:
    """Beregn: store the calculator and specification of a draft and fill the grey fields."""
    plan = load_plan(session, plan_no, for_update=True)
    _require_draft(plan)
    _apply_item_settings(plan, items)
    plan.first_date = calculator.first_date or plan.first_date
    plan.term = calculator.term
    plan.given = calculator.given or ""
    plan.extra_amount, plan.extra_date = calculator.extra_amount, calculator.extra_date
    plan.allocation_type = calculator.allocation_type or plan.allocation_type
    plan.payment_order = calculator.payment_order or plan.payment_order
    _store_given(plan, calculator)
    quote = stored_quote(session, plan)
    store_figures(plan, quote)
    session.flush()
    record(session, plan, user, f"Betalingsplan {plan.no} beregnet")
    return changed(plan), quote


def stored_quote(session: Session, plan: PaymentPlan) -> PlanQuote:
    """The plan's own calculation, as of the day its debt was taken (its start date)."""
    calculator = stored_calculator(plan)
    if not calculator.given:
        raise ValidationError(Problem("beregner", NO_CALCULATION_ERR))
    setup = plan_setup(session)
    quote = quote_items(plan.items, calculator, today=plan.start_date, setup=setup)
    general, single = stored_agreements(plan)
    if not (general or single):
        return quote
    try:
        return apply_agreements(
            quote, setup=setup, today=plan.start_date, general=general, single=single
        )
    except PaymentPlanError as exc:
        raise refused(exc, "betalingsaftaler") from exc


def interest_specification(session: Session, *, plan_no: str) -> list[tuple[str, Decimal]]:
    """Påløbede renter: the plan interest per item (description, amount)."""
    plan = load_plan(session, plan_no)
    names = {item.item_key: item.description for item in plan.items}
    quote = stored_quote(session, plan)
    return [(names.get(key, key), amount) for key, amount in quote.interest_specification]


def activate_plan(session: Session, *, plan_no: str, user: str, today: date) -> PlanChanged:
    """Aktivér betalingsplan: create the lines and the credit costs; close the debtors' other
    active plan."""
    office.require(session, office.PLANS_WRITE)
    plan = load_plan(session, plan_no, for_update=True)
    transition(plan, PlanAction.ACTIVATE)
    quote = stored_quote(session, plan)
    if quote.first_date < today:
        raise ValidationError(Problem("første betalingsdato", FIRST_DATE_PAST_ERR))
    store_figures(plan, quote)
    closed = _close_other_active(session, plan, user)
    replace_lines(session, plan, quote)
    plan.status = PlanStatus.ACTIVE.value
    plan.activated_at, plan.activated_by = now(), user
    session.flush()
    apr_shown = str(quote.apr.apr_pct_print).replace(".", ",")
    detail = f"{quote.periods} perioder à {danish_kr(quote.instalment)}, ÅOP {apr_shown} %"
    record(session, plan, user, f"Betalingsplan {plan.no} aktiveret", detail)
    return changed(plan, closed)


def close_plan(session: Session, *, plan_no: str, user: str) -> PlanChanged:
    office.require(session, office.PLANS_WRITE)
    plan = load_plan(session, plan_no, for_update=True)
    close_row(session, plan, user, f"Betalingsplan {plan.no} lukket")
    return changed(plan)


def reopen_plan(session: Session, *, plan_no: str, user: str) -> PlanChanged:
    """Genåbn: only while none of its debtors has another active plan."""
    office.require(session, office.PLANS_WRITE)
    plan = load_plan(session, plan_no, for_update=True)
    transition(plan, PlanAction.REOPEN)
    others = active_plans_for(
        session, debtor_party_ids=[d.party_id for d in plan.debtors], except_plan_id=plan.id
    )
    if others:
        raise Conflict(DEBTOR_HAS_PLAN_ERR.format(no=", ".join(others)))
    plan.status = PlanStatus.ACTIVE.value
    plan.closed_at = plan.closed_by = None
    record(session, plan, user, f"Betalingsplan {plan.no} genåbnet")
    return changed(plan)


def _chosen_debtors(session, case_id: int, debtor_party_ids) -> list[int]:
    on_case = [d.party_id for d in case_debtors(session, case_id=case_id)]
    if debtor_party_ids is None:
        chosen = on_case
    else:
        chosen = list(dict.fromkeys(debtor_party_ids))
        for party_id in chosen:
            if party_id not in on_case:
                raise ValidationError(
                    Problem("debitorer", NOT_A_DEBTOR_ERR.format(party_id=party_id))
                )
    if not chosen:
        raise ValidationError(Problem("debitorer", NO_DEBTORS_ERR))
    return chosen


def _default_first(calculator: CalculatorInput, today: date) -> date:
    from workflows.payment_plan.dates import first_of_next_month

    return calculator.first_date or first_of_next_month(today)


def _store_given(plan: PaymentPlan, calculator: CalculatorInput) -> None:
    plan.periods, plan.last_date, plan.instalment = (
        calculator.periods,
        calculator.last_date,
        calculator.instalment,
    )


def _apply_item_settings(plan: PaymentPlan, settings: Sequence[ItemSettings]) -> None:
    rows = {item.item_key: item for item in plan.items}
    for change in settings:
        row = rows.get(change.item_key)
        if row is None:
            raise ValidationError(
                Problem("specifikation", UNKNOWN_ITEM_ERR.format(key=change.item_key))
            )
        for name, value in vars(change).items():
            if name != "item_key" and value is not None:
                setattr(row, name, value)


def _require_draft(plan: PaymentPlan) -> None:
    if plan.status != PlanStatus.DRAFT.value:
        message = NOT_DRAFT_ERR.format(no=plan.no, status=STATUS_DA[plan.status])
        raise ValidationError(Problem("status", message))


def _close_other_active(session, plan: PaymentPlan, user: str) -> tuple[str, ...]:
    """One active plan per debtor: the new plan replaces the debtors' active ones."""
    debtor_ids = [d.party_id for d in plan.debtors]
    closed = []
    for other_no in active_plans_for(session, debtor_party_ids=debtor_ids, except_plan_id=plan.id):
        other = load_plan(session, other_no, for_update=True)
        close_row(session, other, user, f"Betalingsplan {other.no} lukket, erstattet af {plan.no}")
        closed.append(other.no)
    return tuple(closed)


__all__ = [
    "CalculatorInput",
    "GeneralAgreement",
    "GeneralKind",
    "PeriodAgreement",
    "PeriodKind",
    "ItemSettings",
    "MissedInstalment",
    "PlanChanged",
    "activate_plan",
    "active_plans_for",
    "calculate_plan",
    "case_debtors",
    "close_plan",
    "create_plan",
    "get_plan",
    "interest_specification",
    "make_agreements",
    "missed_instalments",
    "plan_follow_up",
    "plan_overview",
    "quote_case",
    "reopen_plan",
    "stored_quote",
]
