"""Activity workflow rules (aktivitetsforløb): due dates, conditions and legal guardrails.

Pure: the caller passes the step's setup row values and the case's facts.

Date formula (``ActivityStep.date_formula``) — when a step falls due, counted from the day the
previous step was executed (for the first step: the day the case was created):
    ``0D`` / ``+0D``  the same day          ``+10D``  ten days later
    ``+2W``           two weeks later        ``+1M``   one calendar month later (31 Jan -> 28 Feb)
A leading ``+`` is optional; units are D (dage), W (uger) and M (måneder), Danish ``U`` = W.

Conditions (``ActivityStep.conditions``, comma separated, all must hold):
    balance_positive       the case's balance is above 0 (otherwise the workflow stops)
    business_debtor_only   a debtor is a business (otherwise the step is skipped)
    consumer_debtor_only   every debtor is a person (otherwise the step is skipped)
    no_active_plan         no active payment plan (otherwise the step is skipped)

Guardrails (legal figures are the step's setup values, never constants here):
    * ``min_legal_days``: at least this many days after the previous letter
      (e.g. reminders ≥ 10 days apart, renteloven § 9 b, stk. 2).
    * ``after_previous_deadline``: not before the previous letter's payment deadline has passed
      (the collection letter after the collection notice's deadline, inkassoloven § 10).
    * ``min_payment_days``: the deadline this letter gives must be at least this long
      (inkassovarsel ≥ 10 days, inkassoloven § 10) — checked on the setup.
    * Reminder fees: workflows.statement.fee_rules.check_reminder_fee (max amount, max count —
      no fourth reminder fee — and days apart); a refused fee leaves the letter without a fee.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from models.enums import PartyKind
from workflows.statement.errors import StatementError
from workflows.statement.fee_rules import ReminderFeeSetup, check_reminder_fee

INKASSOLOVEN_10 = "inkassoloven § 10"
_FORMULA = re.compile(r"^\+?(\d{1,4})([DWUM])$")


class ActivityRuleError(ValueError):
    """A step may not be executed (yet), or its setup breaks a rule. Message in Danish."""

    def __init__(self, message: str, *, field: str = "", rule: str | None = None):
        super().__init__(message)
        self.field = field
        self.rule = rule


@dataclass(frozen=True, slots=True)
class DateFormula:
    amount: int
    unit: str  # D, W or M

    def apply(self, start: date) -> date:
        if self.unit == "D":
            return start + timedelta(days=self.amount)
        if self.unit == "W":
            return start + timedelta(weeks=self.amount)
        month_index = start.month - 1 + self.amount
        year, month = start.year + month_index // 12, month_index % 12 + 1
        return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def parse_date_formula(text: str | None) -> DateFormula:
    """'+10D' -> DateFormula(10, 'D'); empty means the same day."""
    cleaned = (text or "0D").strip().upper().replace(" ", "")
    match = _FORMULA.match(cleaned)
    if match is None:
        raise ActivityRuleError(
            f"Datoformlen '{text}' er ugyldig; brug fx +10D, +2W eller +1M.", field="datoformel"
        )
    unit = "W" if match.group(2) == "U" else match.group(2)
    return DateFormula(int(match.group(1)), unit)


def next_due_date(formula: str | None, *, after: date) -> date:
    return parse_date_formula(formula).apply(after)


@dataclass(frozen=True, slots=True)
class Condition:
    description: str  # Danish, for setup and results
    stops_workflow: bool  # failing stops the workflow; otherwise the step is only skipped


CONDITIONS = {
    "balance_positive": Condition("Saldoen er større end 0", True),
    "business_debtor_only": Condition("Kun erhvervsdebitorer", False),
    "consumer_debtor_only": Condition("Kun forbrugerdebitorer", False),
    "no_active_plan": Condition("Ingen aktiv betalingsplan", False),
}


@dataclass(frozen=True, slots=True)
class CaseFacts:
    balance: Decimal
    debtor_kinds: frozenset[PartyKind]
    active_plan: bool = False


@dataclass(frozen=True, slots=True)
class ConditionOutcome:
    failed: tuple[str, ...]
    stops_workflow: bool

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def message(self) -> str:
        texts = ", ".join(CONDITIONS[name].description.lower() for name in self.failed)
        return f"Betingelse ikke opfyldt: {texts}." if self.failed else ""


def condition_names(text: str | None) -> tuple[str, ...]:
    names = tuple(n.strip() for n in (text or "").split(",") if n.strip())
    unknown = [n for n in names if n not in CONDITIONS]
    if unknown:
        raise ActivityRuleError(
            f"Ukendt betingelse: {', '.join(unknown)}. Mulige: {', '.join(CONDITIONS)}.",
            field="betingelse",
        )
    return names


def evaluate_conditions(text: str | None, facts: CaseFacts) -> ConditionOutcome:
    holds = {
        "balance_positive": facts.balance > 0,
        "business_debtor_only": PartyKind.BUSINESS in facts.debtor_kinds,
        "consumer_debtor_only": bool(facts.debtor_kinds)
        and facts.debtor_kinds <= {PartyKind.PERSON},
        "no_active_plan": not facts.active_plan,
    }
    failed = tuple(name for name in condition_names(text) if not holds[name])
    return ConditionOutcome(failed, any(CONDITIONS[n].stops_workflow for n in failed))


@dataclass(frozen=True, slots=True)
class StepRule:
    """The rule-bearing values of an ActivityStep row."""

    code: str
    description: str
    order_no: int = 0
    date_formula: str = "0D"
    conditions: str | None = None
    payment_days: int | None = None
    min_payment_days: int | None = None
    min_legal_days: int | None = None
    after_previous_deadline: bool = False
    legal_rule: str | None = None


@dataclass(frozen=True, slots=True)
class PreviousLetter:
    """The last executed activity of the case: its date and the deadline it gave."""

    executed_on: date
    payment_days: int | None = None

    @property
    def deadline(self) -> date | None:
        if self.payment_days is None:
            return None
        return self.executed_on + timedelta(days=self.payment_days)


def payment_deadline(step: StepRule, *, on: date) -> date | None:
    return None if step.payment_days is None else on + timedelta(days=step.payment_days)


def legal_date(step: StepRule, previous: PreviousLetter | None) -> date | None:
    """The first day the step may be executed, or None when no rule limits it."""
    if previous is None:
        return None
    candidates = []
    if step.min_legal_days:
        candidates.append(previous.executed_on + timedelta(days=step.min_legal_days))
    if step.after_previous_deadline and previous.deadline is not None:
        candidates.append(previous.deadline + timedelta(days=1))
    return max(candidates, default=None)


def check_legal_date(step: StepRule, *, on: date, previous: PreviousLetter | None) -> None:
    """Refuse a letter before its legal date."""
    first = legal_date(step, previous)
    if first is not None and on < first:
        rule = step.legal_rule or INKASSOLOVEN_10
        raise ActivityRuleError(
            f"{step.description} kan tidligst udføres {first:%d-%m-%Y} ({rule}).",
            field="dato",
            rule=rule,
        )


def reminder_fee_refusal(
    *, sent_on: date, amount: Decimal, earlier_reminders: Sequence[date], setup: ReminderFeeSetup
) -> str | None:
    """Why a reminder fee may not be charged (Danish), or None when it may."""
    try:
        check_reminder_fee(
            sent_on=sent_on, amount=amount, earlier_reminders=earlier_reminders, setup=setup
        )
    except StatementError as exc:
        return str(exc)
    return None


def count_limit_refusal(*, description: str, earlier: int, max_count: int | None, rule: str | None):
    """Why a fee with a maximum count (e.g. one collection fee) may not be charged again."""
    if max_count is not None and earlier >= max_count:
        suffix = f" ({rule})" if rule else ""
        return f"{description} er allerede opkrævet {earlier} gang(e); højst {max_count}{suffix}."
    return None


def ordinal_of_template(steps: Iterable[tuple[int, str | None]], *, order_no: int, template: str):
    """1 for the first step using `template`, 2 for the second ... (Rykker_Nr)."""
    return sum(1 for no, name in steps if name == template and no <= order_no)


def validate_steps(steps: Sequence[StepRule]) -> list[str]:
    """Every problem of a workflow's setup (Danish), empty when it is usable."""
    problems = []
    orders = [s.order_no for s in steps]
    if len(set(orders)) != len(orders):
        problems.append("To aktiviteter har samme nummer i forløbet.")
    for step in steps:
        try:
            parse_date_formula(step.date_formula)
            condition_names(step.conditions)
        except ActivityRuleError as exc:
            problems.append(f"{step.code}: {exc}")
        if step.min_payment_days is not None and (step.payment_days or 0) < step.min_payment_days:
            rule = step.legal_rule or INKASSOLOVEN_10
            problems.append(
                f"{step.code}: betalingsfristen skal være mindst {step.min_payment_days} dage "
                f"({rule})."
            )
    return problems
