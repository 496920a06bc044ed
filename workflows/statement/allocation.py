"""Which items a payment reaches, in which order, and how much each takes.

Orders (setup, models.enums.AllocationOrder):
- costs_interest_principal (Danish practice): across the case, costs (fees, salary,
  disbursements) first, then interest accrued up to and including the payment date, then
  principal; within a bucket case-level costs first, then the oldest claim first.
- oldest_claim_first: claim by claim, oldest first (case-level costs first); inside a claim costs,
  interest, principal.
- pro_rata: the payment is split over the claims (and the case-level costs) in proportion to what
  each owes on the payment date, to the øre by largest remainder; inside each, costs, interest,
  principal.
- user_choice / an entry's own allocation_targets: the buckets in the user's order (capital, fee,
  interest, cost), each across the case oldest claim first; buckets the user left out follow in
  the Danish order so that nothing is lost.
What no item can take becomes an overpayment (a visible credit balance).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from models.enums import AllocationOrder, AllocationTarget
from models.money import ORE, ZERO
from workflows.statement.accrual import kroner, ore
from workflows.statement.items import DebtItem
from workflows.statement.results import Bucket

_STAGE = {Bucket.FEE: 0, Bucket.SALARY: 0, Bucket.COST: 0, Bucket.INTEREST: 1, Bucket.PRINCIPAL: 2}
_TARGET_BUCKETS = {
    AllocationTarget.COST: (Bucket.COST,),
    AllocationTarget.FEE: (Bucket.FEE, Bucket.SALARY),
    AllocationTarget.INTEREST: (Bucket.INTEREST,),
    AllocationTarget.CAPITAL: (Bucket.PRINCIPAL,),
}
_DANISH_TARGETS = (
    AllocationTarget.COST,
    AllocationTarget.FEE,
    AllocationTarget.INTEREST,
    AllocationTarget.CAPITAL,
)

Take = tuple[DebtItem, int]


def order_items(
    items: Sequence[DebtItem],
    *,
    order: AllocationOrder,
    targets: Sequence[AllocationTarget] | None = None,
) -> list[DebtItem]:
    """The items in the order a payment reaches them (pro-rata: grouped by claim)."""
    if targets:
        return _by_targets(items, targets)
    if order in (AllocationOrder.PRO_RATA, AllocationOrder.OLDEST_CLAIM_FIRST):
        return sorted(items, key=lambda i: (i.group, _STAGE[i.bucket], i.available_from, i.tie))
    if order is AllocationOrder.USER_CHOICE:
        return _by_targets(items, _DANISH_TARGETS)
    return sorted(items, key=lambda i: (_STAGE[i.bucket], i.group, i.available_from, i.tie))


def allocate(
    amount: int, ordered: Sequence[DebtItem], *, day: date, pro_rata: bool = False
) -> tuple[list[Take], int]:
    """Spread `amount` øre over items ordered by `order_items`; the takes and the rest (øre)."""
    if pro_rata:
        return _pro_rata(amount, ordered, day)
    return _fill(amount, ordered, day)


def _by_targets(items: Sequence[DebtItem], targets: Sequence[AllocationTarget]) -> list[DebtItem]:
    chosen = list(dict.fromkeys(targets)) + [t for t in _DANISH_TARGETS if t not in targets]
    rank = {b: n for n, target in enumerate(chosen) for b in _TARGET_BUCKETS[target]}
    return sorted(items, key=lambda i: (rank[i.bucket], i.group, i.available_from, i.tie))


def _fill(amount: int, ordered: Sequence[DebtItem], day: date) -> tuple[list[Take], int]:
    takes = []
    for item in ordered:
        if not amount:
            break
        owed = item.outstanding(day)
        if owed > 0:
            part = min(owed, amount)
            takes.append((item, part))
            amount -= part
    return takes, amount


def _pro_rata(amount: int, items: Sequence[DebtItem], day: date) -> tuple[list[Take], int]:
    groups: dict[int, list[DebtItem]] = {}
    for item in items:
        groups.setdefault(item.group, []).append(item)
    owed = {g: sum(i.outstanding(day) for i in members) for g, members in groups.items()}
    total = sum(owed.values())
    if total <= amount:
        return _fill(amount, [i for members in groups.values() for i in members], day)
    shares = split_pro_rata(kroner(amount), {g: kroner(o) for g, o in owed.items()})
    takes: list[Take] = []
    for group, members in groups.items():
        group_takes, rest = _fill(ore(shares[group]), members, day)
        assert not rest, "a pro-rata share never exceeds what the claim owes"
        takes.extend(group_takes)
    return takes, 0


def split_pro_rata(amount: Decimal, weights: dict[int, Decimal]) -> dict[int, Decimal]:
    """Split whole øre in proportion to weights (largest remainder; ties to the first key).

    With amount ≤ sum(weights) no share exceeds its weight.
    """
    total = sum(weights.values(), ZERO)
    exact = {k: amount * w / total for k, w in weights.items()}
    shares = {k: v.quantize(ORE, rounding=ROUND_FLOOR) for k, v in exact.items()}
    left = int((amount - sum(shares.values(), ZERO)) / ORE)
    by_remainder = sorted(exact, key=lambda k: exact[k] - shares[k], reverse=True)
    for key in by_remainder[:left]:
        shares[key] += ORE
    return shares
