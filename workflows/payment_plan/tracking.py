"""Plan status (draft → active → closed, reopen) and following the plan through its payments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from models.money import ZERO
from workflows.payment_plan.engine import PlanLine
from workflows.payment_plan.errors import PaymentPlanError

TRANSITION_ERR = "En betalingsplan med status {status} kan ikke {action}."


class PlanStatus(StrEnum):
    DRAFT = "draft"  # Kladde
    ACTIVE = "active"  # Aktiv
    CLOSED = "closed"  # Lukket


class PlanAction(StrEnum):
    ACTIVATE = "activate"
    CLOSE = "close"
    REOPEN = "reopen"


_STATUS_DA = {PlanStatus.DRAFT: "kladde", PlanStatus.ACTIVE: "aktiv", PlanStatus.CLOSED: "lukket"}
_ACTION_DA = {
    PlanAction.ACTIVATE: "aktiveres",
    PlanAction.CLOSE: "lukkes",
    PlanAction.REOPEN: "genåbnes",
}
_TRANSITIONS = {
    (PlanStatus.DRAFT, PlanAction.ACTIVATE): PlanStatus.ACTIVE,
    (PlanStatus.ACTIVE, PlanAction.CLOSE): PlanStatus.CLOSED,
    (PlanStatus.CLOSED, PlanAction.REOPEN): PlanStatus.ACTIVE,
}


def next_status(status: PlanStatus, action: PlanAction) -> PlanStatus:
    """The status after ``action``; a Danish PaymentPlanError when the step is not allowed."""
    try:
        return _TRANSITIONS[(status, action)]
    except KeyError:
        raise PaymentPlanError(
            TRANSITION_ERR.format(status=_STATUS_DA[status], action=_ACTION_DA[action])
        ) from None


class LineStatus(StrEnum):
    PAID = "paid"  # Betalt
    PARTLY_PAID = "partly_paid"  # Delvist betalt
    OVERDUE = "overdue"  # Forfalden, ikke betalt
    NOT_DUE = "not_due"  # Ikke forfalden


@dataclass(frozen=True)
class LineFollowUp:
    period_no: int
    due_date: date
    instalment: Decimal
    paid: Decimal
    outstanding: Decimal
    status: LineStatus
    paid_on: date | None  # the day the line was fully covered
    as_of: date

    @property
    def missed(self) -> bool:
        """Past due and not fully paid."""
        return self.outstanding > 0 and self.due_date < self.as_of

    def to_json_dict(self) -> dict:
        return {
            "period_no": self.period_no,
            "due_date": self.due_date.isoformat(),
            "instalment": str(self.instalment),
            "paid": str(self.paid),
            "outstanding": str(self.outstanding),
            "status": self.status.value,
            "paid_on": self.paid_on.isoformat() if self.paid_on else None,
        }


@dataclass(frozen=True)
class PlanFollowUp:
    as_of: date
    lines: tuple[LineFollowUp, ...]
    total_paid: Decimal
    arrears: Decimal  # what was due before ``as_of`` and is not paid

    @property
    def missed(self) -> tuple[LineFollowUp, ...]:
        """Instalments past due and not fully paid: the follow-up workflow acts on these."""
        return tuple(line for line in self.lines if line.missed)


def follow_up(
    lines: Sequence[PlanLine], payments: Sequence[tuple[date, Decimal]], *, as_of: date
) -> PlanFollowUp:
    """Match posted payments (up to ``as_of``) to the plan lines in due order, oldest first.

    A line is overdue the day after its due date; a payment beyond the plan's total stays
    unmatched (it is not a plan matter).
    """
    posted = sorted((when, amount) for when, amount in payments if when <= as_of)
    queue = [[when, amount] for when, amount in posted]
    total_paid = sum((amount for _, amount in posted), ZERO)
    result = []
    for line in sorted(lines, key=lambda ln: (ln.due_date, ln.period_no)):
        covered, paid_on = ZERO, None
        while covered < line.instalment and queue:
            take = min(queue[0][1], line.instalment - covered)
            covered += take
            queue[0][1] -= take
            paid_on = queue[0][0]
            if queue[0][1] == 0:
                queue.pop(0)
        outstanding = line.instalment - covered
        result.append(
            LineFollowUp(
                period_no=line.period_no,
                due_date=line.due_date,
                instalment=line.instalment,
                paid=covered,
                outstanding=outstanding,
                status=_status(line, covered, outstanding, as_of),
                paid_on=paid_on if outstanding == 0 and line.instalment else None,
                as_of=as_of,
            )
        )
    arrears = sum((ln.outstanding for ln in result if ln.due_date < as_of), ZERO)
    return PlanFollowUp(as_of, tuple(result), total_paid, arrears)


def _status(line: PlanLine, covered: Decimal, outstanding: Decimal, as_of: date) -> LineStatus:
    if outstanding == 0:
        return LineStatus.PAID
    if covered > 0:
        return LineStatus.PARTLY_PAID
    if line.due_date < as_of:
        return LineStatus.OVERDUE
    return LineStatus.NOT_DUE
