"""Client funds (klientmidler, issue 17): the split of every payment into the client's and the
firm's part, settlements (draft -> post -> paid; corrections as reversal + new settlement), the
append-only client funds ledger and its balances.

May use: shared, statements, office. Public names below are what other features may use.
"""

from caplegal_desktop.services.client_funds.client_reports import (
    KINDS as REPORT_KINDS,
)
from caplegal_desktop.services.client_funds.client_reports import (
    WHOLE_CLIENT_KINDS,
    archived_file,
    client_archive,
    client_schedules,
    order_report,
    run_now,
)
from caplegal_desktop.services.client_funds.client_view import (
    DepartmentsOnly,
    SettlementRow,
    client_balance,
    client_settlement,
    client_settlements,
    settlement_document,
)
from caplegal_desktop.services.client_funds.funds_ledger import FundsBalance, funds_balances
from caplegal_desktop.services.client_funds.settlements import (
    SettlementsChanged,
    correct_settlement,
    create_drafts,
    post_settlements,
    settlement_json,
)
from caplegal_desktop.services.client_funds.splits import record_allocations

__all__ = [
    "REPORT_KINDS",
    "WHOLE_CLIENT_KINDS",
    "DepartmentsOnly",
    "archived_file",
    "client_archive",
    "client_schedules",
    "order_report",
    "run_now",
    "SettlementRow",
    "client_balance",
    "client_settlement",
    "client_settlements",
    "settlement_document",
    "FundsBalance",
    "SettlementsChanged",
    "correct_settlement",
    "create_drafts",
    "funds_balances",
    "post_settlements",
    "record_allocations",
    "settlement_json",
]
