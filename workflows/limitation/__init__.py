"""Limitation (forældelse / preskription): the date a claim becomes time-barred, explained.

Pure rules: no database, no Qt. The legal periods come in as rows with their source
(``PeriodTable``, seeded from ``caplegal_desktop/seed/limitation_periods.json``); the services
layer gathers the events from what the program records. See docs/limitation.md.
"""

from workflows.limitation.engine import compute_limitation
from workflows.limitation.types import (
    Basis,
    ClaimFacts,
    EventKind,
    LimitationEvent,
    LimitationResult,
    LimitationStep,
    Period,
    PeriodTable,
)

__all__ = [
    "Basis",
    "ClaimFacts",
    "EventKind",
    "LimitationEvent",
    "LimitationResult",
    "LimitationStep",
    "Period",
    "PeriodTable",
    "compute_limitation",
]
