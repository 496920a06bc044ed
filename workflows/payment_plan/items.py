"""What a payment plan is made of: its items (the specification pane) and the setup it obeys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from models.enums import DayCount
from models.money import round_ore

_HUNDRED = Decimal(100)


class ItemKind(StrEnum):
    CAPITAL = "capital"  # hovedstol
    INTEREST = "interest"  # renter påløbet før planen
    COST = "cost"  # omkostninger (udlæg, salær)
    FEE = "fee"  # gebyrer


class Bucket(StrEnum):
    """Where a payment goes on a plan line."""

    INTEREST = "interest"
    COSTS = "costs"
    PRINCIPAL = "principal"


BUCKET_OF_KIND = {
    ItemKind.CAPITAL: Bucket.PRINCIPAL,
    ItemKind.INTEREST: Bucket.INTEREST,
    ItemKind.COST: Bucket.COSTS,
    ItemKind.FEE: Bucket.COSTS,
}


class PaymentOrder(StrEnum):
    """Betalingsrækkefølge. Principal always comes last."""

    INTEREST_FIRST = "interest_first"  # Rente først
    COSTS_FIRST = "costs_first"  # Omkostninger først

    @property
    def buckets(self) -> tuple[Bucket, Bucket, Bucket]:
        if self is PaymentOrder.INTEREST_FIRST:
            return (Bucket.INTEREST, Bucket.COSTS, Bucket.PRINCIPAL)
        return (Bucket.COSTS, Bucket.INTEREST, Bucket.PRINCIPAL)


class PlanAllocation(StrEnum):
    """Afgræns betalingstype: how one bucket's share is split between its items."""

    OLDEST_FIRST = "oldest_first"  # Betal ældst først
    PRO_RATA = "pro_rata"  # Pro-rata
    SPECIAL = "special"  # Speciel regulering: by the items' payment priority


class PlanTerm(StrEnum):
    """Betalingstermin."""

    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"

    @property
    def months(self) -> int:
        return {"month": 1, "quarter": 3, "half_year": 6, "year": 12}[self.value]


class ProblemHandling(StrEnum):
    """Setup 'Rente større end betaling': Fejl or Advarsel."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, kw_only=True)
class PlanItem:
    """One line of the specification pane.

    ``amount`` is the item's outstanding amount at plan start. A debtor who is not liable
    *in solidum* carries ``liability_share_pct`` of it. ``repayment_share_pct`` weights the item
    in pro-rata allocation (default: its balance); ``payment_pct_limit`` caps the share of any one
    instalment the item may take while other items still owe. ``apr_cost`` marks a cost of the
    plan credit itself (e.g. the amortisation-plan fee): it is left out of the ÅOP advance.
    """

    item_id: str
    kind: ItemKind
    amount: Decimal
    claim_date: date
    order: int = 0
    interest_bearing: bool = False
    annual_rate_pct: Decimal = Decimal(0)
    day_count: DayCount = DayCount.THIRTY_E_360
    apr_cost: bool = False
    payment_priority: int = 0
    in_solidum: bool = True
    liability_share_pct: Decimal = _HUNDRED
    repayment_share_pct: Decimal | None = None
    payment_pct_limit: Decimal | None = None

    @property
    def plan_amount(self) -> Decimal:
        if self.in_solidum:
            return round_ore(self.amount)
        return round_ore(self.amount * self.liability_share_pct / _HUNDRED)

    @property
    def bucket(self) -> Bucket:
        return BUCKET_OF_KIND[self.kind]


@dataclass(frozen=True, kw_only=True)
class PlanSetup:
    """The firm's payment-plan setup rows, passed in as data."""

    max_periods: int | None = None
    max_months: int | None = None
    interest_over_instalment: ProblemHandling = ProblemHandling.ERROR
    allocation: PlanAllocation = PlanAllocation.OLDEST_FIRST
    payment_order: PaymentOrder = PaymentOrder.INTEREST_FIRST
