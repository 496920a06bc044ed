"""The calculator's refusals: each check raises a PaymentPlanError with a Danish message."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from models.money import ZERO
from workflows.payment_plan.engine import PlanRun, run_plan
from workflows.payment_plan.errors import PaymentPlanError
from workflows.payment_plan.items import ItemKind, PlanItem, PlanSetup, PlanTerm

NO_ITEMS_ERR = "Betalingsplanen har ingen poster."
AMOUNT_ERR = "Beløbet på post {item} skal være større end 0."
SHARE_ERR = "Hæftelsesandelen på post {item} skal ligge mellem 0 og 100 %."
RATE_ERR = "Rentesatsen på post {item} må ikke være negativ."
INTEREST_ON_INTEREST_ERR = (
    "Post {item} er renter og kan ikke være rentebærende (ingen renters rente)."
)
FIRST_DATE_PAST_ERR = "Første betalingsdato {first} ligger før dags dato {today}."
START_AFTER_FIRST_ERR = "Planens startdato {start} ligger efter første betalingsdato {first}."
PERIODS_ERR = "Antal perioder skal være mindst 1."
INSTALMENT_ERR = "Ydelsen skal være større end 0."
LAST_DATE_ERR = "Sidste betalingsdato {last} ligger før første betalingsdato {first}."
EXTRA_AMOUNT_ERR = "Den ekstraordinære betaling skal være større end 0."
EXTRA_DATE_ERR = (
    "Den ekstraordinære betaling skal ligge fra dags dato og før første betalingsdato {first}."
)
EXTRA_COVERS_ERR = "Den ekstraordinære betaling dækker hele gælden; der er ikke brug for en plan."
MAX_PERIODS_ERR = "Planen får {periods} perioder; højst {max} er tilladt i opsætningen."
MAX_MONTHS_ERR = "Planen løber {months} måneder; højst {max} er tilladt i opsætningen."
ONE_OF_ERR = "Angiv præcis én af: antal perioder, sidste betalingsdato eller ydelse."


def check_items(items: Sequence[PlanItem]) -> None:
    if not items:
        raise PaymentPlanError(NO_ITEMS_ERR)
    for item in items:
        if not 0 <= item.liability_share_pct <= 100:
            raise PaymentPlanError(SHARE_ERR.format(item=item.item_id))
        if item.plan_amount <= 0:
            raise PaymentPlanError(AMOUNT_ERR.format(item=item.item_id))
        if item.annual_rate_pct < 0:
            raise PaymentPlanError(RATE_ERR.format(item=item.item_id))
        if item.kind is ItemKind.INTEREST and item.interest_bearing:
            raise PaymentPlanError(INTEREST_ON_INTEREST_ERR.format(item=item.item_id))


def check_request(request, run: PlanRun) -> None:
    given = [request.periods, request.last_date, request.instalment]
    if sum(value is not None for value in given) != 1:
        raise PaymentPlanError(ONE_OF_ERR)
    if run.first_date < request.today:
        raise PaymentPlanError(
            FIRST_DATE_PAST_ERR.format(first=_dk(run.first_date), today=_dk(request.today))
        )
    if run.start_date > run.first_date:
        raise PaymentPlanError(
            START_AFTER_FIRST_ERR.format(start=_dk(run.start_date), first=_dk(run.first_date))
        )
    if request.periods is not None and request.periods < 1:
        raise PaymentPlanError(PERIODS_ERR)
    if request.instalment is not None and request.instalment <= 0:
        raise PaymentPlanError(INSTALMENT_ERR)
    if request.last_date is not None and request.last_date < run.first_date:
        raise PaymentPlanError(
            LAST_DATE_ERR.format(last=_dk(request.last_date), first=_dk(run.first_date))
        )
    if run.extra is not None:
        extra_date, extra_amount = run.extra
        if extra_amount <= 0:
            raise PaymentPlanError(EXTRA_AMOUNT_ERR)
        if not (max(request.today, run.start_date) <= extra_date < run.first_date):
            raise PaymentPlanError(EXTRA_DATE_ERR.format(first=_dk(run.first_date)))
        probe = run_plan(run, lambda _period: ZERO, max_periods=0)
        if probe.paid_off:
            raise PaymentPlanError(EXTRA_COVERS_ERR)


def check_max(periods: int, term: PlanTerm, setup: PlanSetup) -> None:
    if setup.max_periods is not None and periods > setup.max_periods:
        raise PaymentPlanError(MAX_PERIODS_ERR.format(periods=periods, max=setup.max_periods))
    months = periods * term.months
    if setup.max_months is not None and months > setup.max_months:
        raise PaymentPlanError(MAX_MONTHS_ERR.format(months=months, max=setup.max_months))


def _dk(when: date) -> str:
    return when.strftime("%d-%m-%Y")
