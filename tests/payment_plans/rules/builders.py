"""Small builders for plan items, so tests read as the specification pane does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from models.enums import DayCount
from workflows.payment_plan import ItemKind, PlanItem


def capital(
    amount: str,
    *,
    item_id: str = "C1",
    rate: str = "0",
    claim_date: date = date(2025, 6, 1),
    day_count: DayCount = DayCount.THIRTY_E_360,
    **fields,
) -> PlanItem:
    return PlanItem(
        item_id=item_id,
        kind=ItemKind.CAPITAL,
        amount=Decimal(amount),
        claim_date=claim_date,
        interest_bearing=Decimal(rate) > 0,
        annual_rate_pct=Decimal(rate),
        day_count=day_count,
        **fields,
    )


def item(kind: ItemKind, amount: str, *, item_id: str, claim_date=date(2025, 7, 1), **fields):
    return PlanItem(
        item_id=item_id, kind=kind, amount=Decimal(amount), claim_date=claim_date, **fields
    )
