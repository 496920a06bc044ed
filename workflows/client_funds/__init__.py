"""Client funds, pure rules (issue 17): the split of each payment into the client's part and the
firm's part, following the statement engine's allocation, and the settlement figures (invoice,
set-off, payout). No database, no Qt; the setup rows come in as data."""

from workflows.client_funds.settle import SettlementFigures, settle
from workflows.client_funds.split import (
    PaymentSplit,
    ShareRule,
    SplitPart,
    SplitSetup,
    component_of,
    split_payment,
)

__all__ = [
    "PaymentSplit",
    "SettlementFigures",
    "ShareRule",
    "SplitPart",
    "SplitSetup",
    "component_of",
    "settle",
    "split_payment",
]
