"""The settlement figures of a client for a period, from the splits of its payments.

- collected, client part, firm part, held: the payments the firm received (not those paid to
  the client directly);
- invoice: the firm's part of payments made directly to the client, plus the VAT the firm charges
  a VAT-registered client on its salary;
- set-off: as much of the invoice as the client's money covers, when the agreement allows it;
- payout: the client part, less what a reversed settlement already paid out, less the set-off;
- shortfall: when a correction leaves the client with less than was already paid out, what the
  client owes the firm (invoiced; the client funds ledger records it so it never goes below 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal

from models.money import ZERO, money_str
from workflows.client_funds.split import PaymentSplit


@dataclass(frozen=True)
class SettlementFigures:
    collected: Decimal
    client_part: Decimal
    firm_part: Decimal
    held: Decimal
    vat: Decimal
    invoice: Decimal
    set_off: Decimal
    shortfall: Decimal
    previously_paid: Decimal
    payout: Decimal

    def to_json_dict(self) -> dict:
        return {k: money_str(v) for k, v in asdict(self).items()}


def settle(
    splits: Sequence[PaymentSplit],
    *,
    set_off_allowed: bool,
    previously_paid: Decimal = ZERO,
) -> SettlementFigures:
    received = [s for s in splits if not s.direct]
    direct = [s for s in splits if s.direct]
    collected = sum((s.amount for s in received), ZERO)
    client_part = sum((s.client for s in received), ZERO)
    firm_part = sum((s.firm for s in received), ZERO)
    held = sum((s.held for s in received), ZERO)
    vat_on_top = sum((s.vat_on_top for s in splits), ZERO)
    vat = sum((s.vat_in_firm for s in splits), ZERO) + vat_on_top
    invoice = sum((s.firm for s in direct), ZERO) + vat_on_top
    available = client_part - previously_paid
    if available >= 0:
        set_off = min(max(invoice, ZERO), available) if set_off_allowed else ZERO
        payout, shortfall = available - set_off, ZERO
    else:
        set_off, payout, shortfall = ZERO, ZERO, -available
    return SettlementFigures(
        collected=collected,
        client_part=client_part,
        firm_part=firm_part,
        held=held,
        vat=vat,
        invoice=invoice + shortfall,
        set_off=set_off,
        shortfall=shortfall,
        previously_paid=previously_paid,
        payout=payout,
    )
