"""Betalingsaftaler: agreements that change a plan's future lines, and the recomputed plan.

General agreements (ydelsesændring, rentestop) run from a period onwards and never before the
first period that pays on the principal. Single-period agreements change one instalment:
deferral (betalingshenstand: the instalment is added to the next), reduced, increased, or an
interest agreement (renteaftale: another rate for that period).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from models.money import ZERO, round_ore
from workflows.payment_plan.calculator import (
    PlanQuote,
    build_run,
    check_interest,
    finish_quote,
    hard_period_limit,
)
from workflows.payment_plan.engine import run_plan
from workflows.payment_plan.errors import PaymentPlanError, kr
from workflows.payment_plan.items import PlanItem, PlanSetup

BEFORE_PRINCIPAL_ERR = (
    "Aftalen kan tidligst gælde fra periode {first}, den første periode der afdrager på "
    "hovedstolen. Skal ydelsen ændres før, skal planen lukkes og en ny oprettes."
)
NO_PRINCIPAL_PERIOD_ERR = "Planen afdrager ikke på hovedstolen; en generel aftale er ikke mulig."
UNKNOWN_PERIOD_ERR = "Periode {period} findes ikke i betalingsplanen."
PAST_PERIOD_ERR = "Periode {period} forfaldt {due} og kan ikke ændres."
NEW_INSTALMENT_ERR = "Angiv en ny ydelse større end 0 for ydelsesændringen."
REDUCED_ERR = "En reduceret betaling skal være mindst 0 og mindre end ydelsen {instalment}."
INCREASED_ERR = "En forhøjet betaling skal være større end ydelsen {instalment}."
RATE_ERR = "Angiv en rentesats på mindst 0 for renteaftalen."
TWICE_ERR = "Periode {period} har allerede en aftale."
NOT_PAID_ERR = "Med aftalerne bliver gælden ikke betalt inden for {max} perioder."


class GeneralKind(StrEnum):
    INSTALMENT_CHANGE = "instalment_change"  # Ydelsesændring
    INTEREST_STOP = "interest_stop"  # Rentestop


class PeriodKind(StrEnum):
    DEFERRAL = "deferral"  # Betalingshenstand
    REDUCED = "reduced"  # Reduceret betaling
    INCREASED = "increased"  # Forhøjet betaling
    INTEREST = "interest"  # Renteaftale


@dataclass(frozen=True, kw_only=True)
class GeneralAgreement:
    kind: GeneralKind
    from_period: int
    new_instalment: Decimal | None = None
    remark: str = ""


@dataclass(frozen=True, kw_only=True)
class PeriodAgreement:
    kind: PeriodKind
    period_no: int
    amount: Decimal | None = None  # reduced / increased payment
    annual_rate_pct: Decimal | None = None  # interest agreement
    remark: str = ""


def apply_agreements(
    quote: PlanQuote,
    *,
    setup: PlanSetup,
    today: date,
    general: Sequence[GeneralAgreement] = (),
    single: Sequence[PeriodAgreement] = (),
) -> PlanQuote:
    """The plan recomputed from its start with the agreements in force."""
    due_dates = {line.period_no: line.due_date for line in quote.lines if line.period_no}
    for agreement in general:
        _check_general(quote, agreement, due_dates, today)
    base = _base_instalments(quote.instalment, general)
    planned = _planned(base, single, due_dates, today)
    stop_from = min(
        (a.from_period for a in general if a.kind is GeneralKind.INTEREST_STOP), default=None
    )
    rates = {a.period_no: a.annual_rate_pct for a in single if a.kind is PeriodKind.INTEREST}

    def rate_for_period(period_no: int, item: PlanItem) -> Decimal:
        if stop_from is not None and period_no >= stop_from:
            return ZERO
        return rates.get(period_no, item.annual_rate_pct)

    run = build_run(quote.request, setup=setup, rate_for_period=rate_for_period)
    limit = hard_period_limit(setup)
    result = run_plan(run, planned, max_periods=limit)
    changed = {a.period_no for a in single if a.kind is not PeriodKind.INTEREST}
    warnings = check_interest(result.lines, planned, setup, skip=changed | {p + 1 for p in changed})
    if not result.paid_off:
        raise PaymentPlanError(NOT_PAID_ERR.format(max=limit))
    return finish_quote(quote.request, run, setup, result.lines, quote.instalment, warnings)


def _check_general(quote, agreement: GeneralAgreement, due_dates, today: date) -> None:
    first = quote.first_principal_period
    if first is None:
        raise PaymentPlanError(NO_PRINCIPAL_PERIOD_ERR)
    if agreement.from_period < first:
        raise PaymentPlanError(BEFORE_PRINCIPAL_ERR.format(first=first))
    _check_future(agreement.from_period, due_dates, today)
    if agreement.kind is GeneralKind.INSTALMENT_CHANGE and not (
        agreement.new_instalment and agreement.new_instalment > 0
    ):
        raise PaymentPlanError(NEW_INSTALMENT_ERR)


def _check_future(period_no: int, due_dates: dict[int, date], today: date) -> None:
    if period_no not in due_dates:
        raise PaymentPlanError(UNKNOWN_PERIOD_ERR.format(period=period_no))
    if due_dates[period_no] < today:
        due = due_dates[period_no].strftime("%d-%m-%Y")
        raise PaymentPlanError(PAST_PERIOD_ERR.format(period=period_no, due=due))


def _base_instalments(instalment: Decimal, general: Sequence[GeneralAgreement]):
    changes = sorted(
        (a.from_period, round_ore(a.new_instalment))
        for a in general
        if a.kind is GeneralKind.INSTALMENT_CHANGE
    )

    def base(period_no: int) -> Decimal:
        current = instalment
        for from_period, new_instalment in changes:
            if from_period <= period_no:
                current = new_instalment
        return current

    return base


def _planned(base, single: Sequence[PeriodAgreement], due_dates, today: date):
    overrides: dict[int, Decimal] = {}
    added: dict[int, Decimal] = {}
    seen: set[int] = set()
    for agreement in single:
        period = agreement.period_no
        _check_future(period, due_dates, today)
        if period in seen:
            raise PaymentPlanError(TWICE_ERR.format(period=period))
        seen.add(period)
        usual = base(period)
        if agreement.kind is PeriodKind.DEFERRAL:
            overrides[period] = ZERO
            added[period + 1] = added.get(period + 1, ZERO) + usual
        elif agreement.kind is PeriodKind.REDUCED:
            if agreement.amount is None or not ZERO <= agreement.amount < usual:
                raise PaymentPlanError(REDUCED_ERR.format(instalment=kr(usual)))
            overrides[period] = round_ore(agreement.amount)
        elif agreement.kind is PeriodKind.INCREASED:
            if agreement.amount is None or agreement.amount <= usual:
                raise PaymentPlanError(INCREASED_ERR.format(instalment=kr(usual)))
            overrides[period] = round_ore(agreement.amount)
        elif agreement.annual_rate_pct is None or agreement.annual_rate_pct < 0:
            raise PaymentPlanError(RATE_ERR)

    def planned(period_no: int) -> Decimal:
        return overrides.get(period_no, base(period_no)) + added.get(period_no, ZERO)

    return planned
