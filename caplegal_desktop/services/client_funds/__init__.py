"""Client funds (klientmidler, issue 17): the split of every payment into the client's and the
firm's part, settlements (draft -> post -> paid; corrections as reversal + new settlement), the
append-only client funds ledger and its balances.

May use: shared, statements. Public names below are what other features may use.
"""

from caplegal_desktop.services.client_funds.funds_ledger import FundsBalance, funds_balances
from caplegal_desktop.services.client_funds.settlements import (
    SettlementsChanged,
    correct_settlement,
    create_drafts,
    post_settlements,
    settlement_json,
)

__all__ = [
    "FundsBalance",
    "SettlementsChanged",
    "correct_settlement",
    "create_drafts",
    "funds_balances",
    "post_settlements",
    "settlement_json",
]
