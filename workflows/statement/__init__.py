"""Pure statement engine: interest, fees, allocation and the collection statement (issue 3)."""

from workflows.statement.engine import compute_statement, owed_so_far
from workflows.statement.errors import StatementError
from workflows.statement.inputs import (
    CaseInput,
    ClaimInput,
    DebtorShare,
    FeeLineInput,
    InterestCodeSpec,
    LedgerEntry,
    RateCap,
    RatePoint,
)
from workflows.statement.rates import (
    RateSchedule,
    build_rate_cap,
    build_rate_schedule,
    pick_interest_code,
)
from workflows.statement.results import (
    Allocation,
    Bucket,
    ClaimStatement,
    Figures,
    RateSpan,
    Statement,
)
from workflows.statement.warnings import FigureWarning

__all__ = [
    "Allocation",
    "Bucket",
    "CaseInput",
    "ClaimInput",
    "ClaimStatement",
    "DebtorShare",
    "FeeLineInput",
    "Figures",
    "InterestCodeSpec",
    "FigureWarning",
    "LedgerEntry",
    "RateCap",
    "RatePoint",
    "RateSpan",
    "RateSchedule",
    "Statement",
    "StatementError",
    "owed_so_far",
    "build_rate_cap",
    "build_rate_schedule",
    "compute_statement",
    "pick_interest_code",
]
