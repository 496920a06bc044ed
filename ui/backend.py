"""What the UI needs from the core, in one narrow interface.

`UiBackend` is the only door from the pages to the data: the service-backed implementation
(ui/service_backend.py) calls the lead's services through the application context; the sample
implementation (ui/sample_backend.py) lets every page start on its own with made-up data, for
screenshots, demos and widget tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from models.money import ZERO
from ui.framework.list_page import ListSource

# Record kinds the pages and cards talk about
CASE, CLIENT, PARTY, EMPLOYEE, SETUP_CODE = "case", "client", "party", "employee", "setup_code"
PAYMENT_PLAN, FUNDAMENT, JOURNAL_LINE, FOLLOW_UP = (
    "payment_plan",
    "fundament",
    "journal",
    "follow_up",
)


@dataclass(frozen=True)
class RoleCenterFigures:
    cases_created_today: int = 0
    active_cases: int = 0
    due_follow_ups: int = 0
    unposted_journal_lines: int = 0
    favourites: int = 0
    total_outstanding: Decimal = ZERO
    collected_this_month: Decimal = ZERO
    collected_this_year: Decimal = ZERO


@dataclass(frozen=True)
class MonthlyFigures:
    """One bar per month on the Role Center chart."""

    months: Sequence[dt.date] = ()  # the first day of each month
    cases_created: Sequence[int] = ()
    collected: Sequence[Decimal] = ()


@dataclass(frozen=True)
class SessionInfo:
    user: str = ""
    database: str = ""
    company: str = ""
    # said once at start, e.g. that the database file's modes were tightened (Danish, from core)
    notices: tuple[str, ...] = ()
    # what the signed-in user may do (docs/office.md); None: no sign-in, everything shown
    permissions: frozenset[str] | None = None


@dataclass
class QuickSearchResult:
    case_ids: list[Hashable] = field(default_factory=list)
    # one line per hit for the dropdown, in the order of case_ids (case no. · debtors · client)
    labels: list[str] = field(default_factory=list)


class UiBackend(Protocol):
    def session_info(self) -> SessionInfo: ...

    def list_source(self, kind: str) -> ListSource | None:
        """The rows behind a list page, or None when the core has no service for it yet."""

    def factbox_values(self, kind: str, record_id: Hashable) -> Mapping[str, Any]: ...

    def role_center_figures(self) -> RoleCenterFigures: ...

    def monthly_figures(self, *, months: int = 12) -> MonthlyFigures: ...

    def quick_search(self, text: str) -> QuickSearchResult: ...

    def load_language(self) -> str | None: ...

    def save_language(self, code: str) -> None: ...
