"""Master data and setup: clients, parties, employees, setup codes and tables, the setup
snapshot the rules read, the inputs a caller asks master data to create, and the legal figures
(reference rates, fee and salary tables, rate caps) with their history.

May use: shared. Public names below are what other features may use.
"""

from caplegal_desktop.services.master_data.inputs import ClientInput, PartyInput
from caplegal_desktop.services.master_data.master_data import Deleted
from caplegal_desktop.services.master_data.parties import (
    client_problems,
    party_problems,
    resolve_client,
    resolve_party,
)
from caplegal_desktop.services.master_data.rate_caps import cap_schedules
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot

__all__ = [
    "ClientInput",
    "Deleted",
    "PartyInput",
    "SetupSnapshot",
    "cap_schedules",
    "client_problems",
    "party_problems",
    "resolve_client",
    "resolve_party",
]
