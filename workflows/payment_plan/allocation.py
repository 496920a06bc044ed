"""How one plan payment is split: buckets in the payment order, items by the allocation type."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from models.money import ORE, ZERO
from workflows.payment_plan.items import Bucket, PaymentOrder, PlanAllocation, PlanItem

_HUNDRED = Decimal(100)


@dataclass(eq=False, slots=True)
class Balance:
    """What one item still owes in one bucket (accrued plan interest is its own balance)."""

    item: PlanItem
    bucket: Bucket
    outstanding: Decimal
    paid_this_line: Decimal = field(default=ZERO)


@dataclass(frozen=True)
class Share:
    """Part of a plan line: ``amount`` of the payment went to ``item_id``'s ``bucket``."""

    item_id: str
    bucket: Bucket
    amount: Decimal

    def to_json_dict(self) -> dict[str, str]:
        return {"item_id": self.item_id, "bucket": self.bucket.value, "amount": str(self.amount)}


def allocate(
    amount: Decimal,
    balances: list[Balance],
    *,
    order: PaymentOrder,
    allocation: PlanAllocation,
    instalment: Decimal,
) -> tuple[list[Share], Decimal]:
    """Pay ``amount`` into ``balances`` (mutated); return the shares and what was left over.

    A first pass respects the items' payment-percentage limits; whatever they held back is
    then paid in a second pass so that an instalment is never left unused while debt remains.
    """
    for balance in balances:
        balance.paid_this_line = ZERO
    remaining = amount
    for capped in (True, False):
        for bucket in order.buckets:
            if remaining <= 0:
                break
            group = [b for b in balances if b.bucket is bucket and b.outstanding > 0]
            if not group:
                continue
            rooms = {id(b): _room(b, capped, instalment) for b in group}
            if allocation is PlanAllocation.PRO_RATA:
                remaining = _fill_pro_rata(group, rooms, remaining)
            else:
                remaining = _fill_in_sequence(_ordered(group, allocation), rooms, remaining)
    shares = [
        Share(b.item.item_id, b.bucket, b.paid_this_line) for b in balances if b.paid_this_line
    ]
    return shares, remaining


def _room(balance: Balance, capped: bool, instalment: Decimal) -> Decimal:
    limit = balance.item.payment_pct_limit
    if not capped or limit is None:
        return balance.outstanding
    cap = (instalment * limit / _HUNDRED).quantize(ORE, rounding=ROUND_DOWN)
    return max(ZERO, min(balance.outstanding, cap - balance.paid_this_line))


def _ordered(group: list[Balance], allocation: PlanAllocation) -> list[Balance]:
    if allocation is PlanAllocation.SPECIAL:
        return sorted(group, key=lambda b: (b.item.payment_priority, *_age(b)))
    return sorted(group, key=_age)


def _age(balance: Balance) -> tuple:
    return (balance.item.claim_date, balance.item.order, balance.item.item_id)


def _pay(balance: Balance, amount: Decimal) -> None:
    balance.outstanding -= amount
    balance.paid_this_line += amount


def _fill_in_sequence(group: Iterable[Balance], rooms: dict[int, Decimal], remaining: Decimal):
    for balance in group:
        give = min(remaining, rooms[id(balance)])
        if give > 0:
            _pay(balance, give)
            remaining -= give
        if remaining <= 0:
            break
    return remaining


def _fill_pro_rata(group: list[Balance], rooms: dict[int, Decimal], remaining: Decimal):
    """Split by repayment share % (or by balance); øre left by rounding go oldest first."""
    active = [b for b in _ordered(group, PlanAllocation.OLDEST_FIRST) if rooms[id(b)] > 0]
    while remaining > 0 and active:
        weights = [b.item.repayment_share_pct or b.outstanding for b in active]
        total_weight = sum(weights)
        given = ZERO
        for balance, weight in zip(active, weights, strict=True):
            share = (remaining * weight / total_weight).quantize(ORE, rounding=ROUND_DOWN)
            give = min(share, rooms[id(balance)])
            if give > 0:
                _pay(balance, give)
                rooms[id(balance)] -= give
                given += give
        if given == 0:  # only rounding øre are left: one øre each, oldest first
            for balance in active:
                if given == remaining:
                    break
                _pay(balance, ORE)
                rooms[id(balance)] -= ORE
                given += ORE
        remaining -= given
        active = [b for b in active if rooms[id(b)] > 0]
    return remaining
