"""ÅOP (årlige omkostninger i procent) by Directive 2008/48/EC Annex I / kreditaftaleloven bilag 1.

The rate X solves  sum C_k (1+X)^-t_k = sum D_l (1+X)^-s_l  with t and s in years from the first
advance, counted by remark (c) (``apr_time``: whole periods back from each flow, then days of
365 or 366; or equal months of 30,41666 days). The root is bracketed from X = 0 outwards and
then found with Brent's method, so a flow with a root is never missed for want of a start value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import numpy as np
from scipy.optimize import brentq

from workflows.amounts import AmountError, read_amount
from workflows.payment_plan.apr_time import AprPeriod, AprTimeBasis, period_of, years_from
from workflows.payment_plan.errors import PaymentPlanError

__all__ = [
    "AprPeriod",
    "AprResult",
    "AprTimeBasis",
    "annual_percentage_rate",
    "apr_for_dated_flows",
    "apr_from_json",
    "years_from",
]

NO_ADVANCES_ERR = "ÅOP kan ikke beregnes: der er ingen udbetalinger (kreditbeløb)."
NO_PAYMENTS_ERR = "ÅOP kan ikke beregnes: der er ingen betalinger."
NO_ROOT_ERR = (
    "ÅOP kan ikke beregnes: der findes ingen rente, hvor nutidsværdien af betalingerne "
    "svarer til nutidsværdien af udbetalingerne."
)
NEGATIVE_AMOUNT_ERR = "ÅOP kan ikke beregnes: beløbet {amount} er negativt."
BAD_AMOUNT_ERR = "ÅOP kan ikke beregnes: {value!r} er ikke et beløb."
BAD_FLOW_ERR = (
    "ÅOP kan ikke beregnes: hver strøm skal have enten 'date' eller 'months' og 'amount'."
)
MIXED_AXIS_ERR = (
    "ÅOP kan ikke beregnes: brug enten datoer eller måneder for alle strømme, ikke begge."
)
BAD_CHOICE_ERR = "ÅOP kan ikke beregnes: {field} skal være en af {choices}, ikke {value!r}."

_FOUR_DECIMALS = Decimal("0.0001")
_ONE_DECIMAL = Decimal("0.1")
_MAX_RATE = 1e9  # 100 000 000 000 %: beyond this no credit is meaningful


@dataclass(frozen=True)
class AprResult:
    """The ÅOP in percent: kept to four decimals, printed to one (remark (d): half up)."""

    rate: float  # X as solved, e.g. 0.1296204

    @property
    def apr_pct(self) -> Decimal:
        return _exact_pct(self.rate).quantize(_FOUR_DECIMALS, rounding=ROUND_HALF_UP)

    @property
    def apr_pct_print(self) -> Decimal:
        return _exact_pct(self.rate).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)

    def to_json_dict(self) -> dict[str, str]:
        return {"apr_pct": str(self.apr_pct), "apr_pct_print": str(self.apr_pct_print)}


def _exact_pct(rate: float) -> Decimal:
    return Decimal(repr(rate)) * 100


def annual_percentage_rate(
    *,
    advances: Sequence[tuple[float, Decimal]],
    payments: Sequence[tuple[float, Decimal]],
) -> AprResult:
    """ÅOP of (years from first advance, amount) flows; amounts are positive Decimals."""
    advances = [(t, amount) for t, amount in advances if _checked(amount) > 0]
    payments = [(s, amount) for s, amount in payments if _checked(amount) > 0]
    if not advances:
        raise PaymentPlanError(NO_ADVANCES_ERR)
    if not payments:
        raise PaymentPlanError(NO_PAYMENTS_ERR)
    if sum(a for _, a in advances) == sum(p for _, p in payments):
        return AprResult(0.0)  # zero-cost credit: X = 0 solves the equation exactly
    times = np.array([t for t, _ in payments] + [t for t, _ in advances], dtype=float)
    amounts = np.array(
        [float(p) for _, p in payments] + [-float(a) for _, a in advances], dtype=float
    )
    rate = _solve(times, amounts)
    return AprResult(rate)


def _checked(amount: Decimal) -> Decimal:
    if amount < 0:
        raise PaymentPlanError(NEGATIVE_AMOUNT_ERR.format(amount=amount))
    return amount


def _net_present_value(growth_log: float, times: np.ndarray, amounts: np.ndarray) -> float:
    with np.errstate(over="ignore", invalid="ignore"):
        return float(np.dot(amounts, np.exp(-times * growth_log)))


def _solve(times: np.ndarray, amounts: np.ndarray) -> float:
    def npv(rate: float) -> float:
        return _net_present_value(math.log1p(rate), times, amounts)

    at_zero = float(amounts.sum())
    if at_zero == 0.0:
        return 0.0
    bracket = _bracket(npv, at_zero)
    if bracket is None:
        raise PaymentPlanError(NO_ROOT_ERR)
    low, high = bracket
    return float(brentq(npv, low, high, xtol=1e-13, rtol=4 * np.finfo(float).eps, maxiter=200))


def _bracket(npv, at_zero: float) -> tuple[float, float] | None:
    """Walk out from X = 0 to the first sign change: upwards first when the payments exceed
    the advances (the usual, positive rate), downwards towards -100 % first otherwise."""
    searches = (_bracket_up, _bracket_down) if at_zero > 0 else (_bracket_down, _bracket_up)
    for search in searches:
        found = search(npv, at_zero)
        if found is not None:
            return found
    return None


def _bracket_up(npv, at_zero: float) -> tuple[float, float] | None:
    previous, previous_value = 0.0, at_zero
    step = 0.01
    while step <= _MAX_RATE:
        value = npv(step)
        if not math.isfinite(value):
            return None
        if (value > 0) != (previous_value > 0) or value == 0:
            return previous, step
        previous, previous_value = step, value
        step *= 2
    return None


def _bracket_down(npv, at_zero: float) -> tuple[float, float] | None:
    previous, previous_value = 0.0, at_zero
    for power in range(1, 50):  # -1 + 2**-50 is still above -1 in floats
        candidate = -1 + 2.0**-power
        value = npv(candidate)
        if not math.isfinite(value):
            return None
        if (value > 0) != (previous_value > 0) or value == 0:
            return candidate, previous
        previous, previous_value = candidate, value
    return None


def apr_for_dated_flows(
    *,
    advances: Sequence[tuple[date, Decimal]],
    payments: Sequence[tuple[date, Decimal]],
    basis: AprTimeBasis = AprTimeBasis.DAYS,
    period: AprPeriod | None = None,
) -> AprResult:
    """ÅOP of dated flows, time counted from the first advance by remark (c); ``period`` is the
    instalments' (default: read from the payment dates, ``period_of``)."""
    if not advances:
        raise PaymentPlanError(NO_ADVANCES_ERR)
    first = min(when for when, _ in advances)
    period = period or period_of(when for when, _ in payments)

    def years(when: date) -> float:
        return years_from(first, when, basis, period)

    return annual_percentage_rate(
        advances=[(years(when), amount) for when, amount in advances],
        payments=[(years(when), amount) for when, amount in payments],
    )


def apr_from_json(data: Mapping) -> dict[str, str]:
    """``{"advances": [...], "payments": [...]}`` (each ``date`` or ``months``, ``amount``)
    → ``{"apr_pct": "12.9620", "apr_pct_print": "13.0"}``. For dated flows, optional
    ``"basis"``: ``"days"`` (default) or ``"equal_months"``, and ``"period"``: ``"week"``,
    ``"month"`` or ``"year"`` (default: read from the payment dates)."""
    advances = [_parse_flow(flow) for flow in data.get("advances") or []]
    payments = [_parse_flow(flow) for flow in data.get("payments") or []]
    if not advances:
        raise PaymentPlanError(NO_ADVANCES_ERR)
    if not payments:
        raise PaymentPlanError(NO_PAYMENTS_ERR)
    kinds = {isinstance(when, date) for when, _ in advances + payments}
    if len(kinds) > 1:
        raise PaymentPlanError(MIXED_AXIS_ERR)
    if kinds == {True}:
        basis = _choice(AprTimeBasis, "basis", data.get("basis", AprTimeBasis.DAYS))
        period = data.get("period")
        result = apr_for_dated_flows(
            advances=advances,
            payments=payments,
            basis=basis,
            period=_choice(AprPeriod, "period", period) if period is not None else None,
        )
    else:
        first = min(months for months, _ in advances)
        result = annual_percentage_rate(
            advances=[(float(m - first) / 12, amount) for m, amount in advances],
            payments=[(float(m - first) / 12, amount) for m, amount in payments],
        )
    return result.to_json_dict()


def _choice(kind, field: str, value):
    try:
        return kind(value)
    except ValueError as exc:
        choices = ", ".join(f'"{member.value}"' for member in kind)
        raise PaymentPlanError(
            BAD_CHOICE_ERR.format(field=field, choices=choices, value=value)
        ) from exc


def _parse_flow(flow: Mapping) -> tuple[date | Decimal, Decimal]:
    if not isinstance(flow, Mapping) or "amount" not in flow:
        raise PaymentPlanError(BAD_FLOW_ERR)
    has_date, has_months = "date" in flow, "months" in flow
    if has_date == has_months:
        raise PaymentPlanError(BAD_FLOW_ERR)
    amount = _flow_amount(flow["amount"])
    if has_date:
        try:
            return date.fromisoformat(str(flow["date"])), amount
        except ValueError as exc:
            raise PaymentPlanError(BAD_FLOW_ERR) from exc
    return _decimal(flow["months"]), amount


def _flow_amount(value) -> Decimal:
    """A flow's amount by the one amount reader (workflows.amounts): ASCII digits, øre, in range."""
    if isinstance(value, float):
        value = repr(value)  # JSON numbers arrive as floats; their shortest repr is what was typed
    try:
        return read_amount(value, "ÅOP kan ikke beregnes", signed=True)
    except AmountError as exc:
        raise PaymentPlanError(str(exc)) from None


def _decimal(value) -> Decimal:
    if isinstance(value, float):
        value = repr(value)  # JSON numbers arrive as floats; their shortest repr is what was typed
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise PaymentPlanError(BAD_AMOUNT_ERR.format(value=value)) from exc
    if not number.is_finite():
        raise PaymentPlanError(BAD_AMOUNT_ERR.format(value=value))
    return number
