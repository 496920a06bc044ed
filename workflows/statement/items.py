"""The engine's working state: one item per amount a payment can reach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workflows.statement.accrual import InterestAccrual
from workflows.statement.results import Bucket

CASE_GROUP = -1  # case-level costs come before the claims in every order


@dataclass(slots=True, eq=False)
class DebtItem:
    """A principal, a fee/salary/cost line, accrued interest or a posted interest entry.

    `accrual` makes the owed amount grow with time (interest items); `base_of` is the accrual
    whose base this item's outstanding amount is (principal and interest-bearing fee lines).
    `amount` and `paid` are whole øre (ints): the replay runs on exact int arithmetic.
    """

    bucket: Bucket
    group: int
    available_from: date
    tie: int
    claim_id: int | None = None
    fee_line_id: int | None = None
    amount: int = 0
    accrual: InterestAccrual | None = None
    base_of: InterestAccrual | None = None
    paid: int = 0

    def outstanding(self, day: date) -> int:
        if day < self.available_from:
            return 0
        owed = self.accrual.accrued_through(day) if self.accrual is not None else self.amount
        return max(owed - self.paid, 0)

    def take(self, day: date, amount: int) -> bool:
        """Book a part of a payment (øre); True when the item is settled for good."""
        self.paid += amount
        if self.base_of is not None:
            self.base_of.change_base(day, self.amount - self.paid)
        return self.settled

    @property
    def settled(self) -> bool:
        """Nothing more can ever be owed: a fixed amount paid, or interest on a paid base."""
        if self.accrual is None:
            return self.paid >= self.amount
        return not self.accrual.base and self.paid >= self.accrual.closed
