"""Guards for reminder fees (renteloven § 9 b, stk. 2) and the compensation fee (§ 9 a, stk. 3).

The limits (100 kr., 3 letters, 10 days; 310 kr. from 1 Mar 2013) are setup rows passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.enums import PartyKind
from models.money import ZERO
from workflows.exports.columns import danish_amount
from workflows.statement.errors import StatementError

REMINDER_RULE = "renteloven § 9 b, stk. 2"
COMPENSATION_RULE = "renteloven § 9 a, stk. 3"


@dataclass(frozen=True, slots=True)
class ReminderFeeSetup:
    max_amount: Decimal
    max_count: int
    min_days_apart: int


@dataclass(frozen=True, slots=True)
class CompensationFeeSetup:
    amount: Decimal
    claims_due_from: date


def check_reminder_fee(
    *, sent_on: date, amount: Decimal, earlier_reminders: Sequence[date], setup: ReminderFeeSetup
) -> None:
    """Refuse a reminder fee that is too high, one too many, or too soon after the last one."""
    if amount > setup.max_amount:
        raise StatementError(
            f"Rykkergebyret må højst være {danish_amount(setup.max_amount)} kr. pr. rykker "
            f"({REMINDER_RULE}).",
            field="amount",
            rule=REMINDER_RULE,
        )
    if len(earlier_reminders) >= setup.max_count:
        raise StatementError(
            f"Der må højst opkræves gebyr for {setup.max_count} rykkere for samme ydelse "
            f"({REMINDER_RULE}).",
            field="sent_on",
            rule=REMINDER_RULE,
        )
    if earlier_reminders:
        last = max(earlier_reminders)
        if (sent_on - last).days < setup.min_days_apart:
            raise StatementError(
                f"Der skal være mindst {setup.min_days_apart} dage mellem rykkerne; forrige "
                f"rykker blev sendt {last:%d-%m-%Y} ({REMINDER_RULE}).",
                field="sent_on",
                rule=REMINDER_RULE,
            )


def compensation_fee(
    *, debtor_kind: PartyKind, due_date: date, setup: CompensationFeeSetup
) -> Decimal:
    """The compensation fee the claim allows: the setup amount, or 0 when it does not apply."""
    if debtor_kind is not PartyKind.BUSINESS or due_date < setup.claims_due_from:
        return ZERO
    return setup.amount


def check_compensation_fee(
    *, debtor_kind: PartyKind, due_date: date, setup: CompensationFeeSetup
) -> None:
    """Refuse a compensation fee on a consumer claim or a claim due before the setup date."""
    if debtor_kind is not PartyKind.BUSINESS:
        raise StatementError(
            "Kompensationsbeløb kan kun kræves af erhvervsdrivende skyldnere "
            f"({COMPENSATION_RULE}).",
            field="debtor_kind",
            rule=COMPENSATION_RULE,
        )
    if due_date < setup.claims_due_from:
        raise StatementError(
            f"Kompensationsbeløb kan kun kræves for fordringer forfaldet fra "
            f"{setup.claims_due_from:%d-%m-%Y} ({COMPENSATION_RULE}).",
            field="due_date",
            rule=COMPENSATION_RULE,
        )
