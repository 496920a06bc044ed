"""Who hears of payments posted. Kept apart from the ledger writer (ledger.py) so that a session
factory registers a listener without importing SQLAlchemy or the models at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PaymentsPosted = Callable[["Session", list[dict]], None]
listeners: list[PaymentsPosted] = []


def on_payments_posted(listener: PaymentsPosted) -> None:
    """Call `listener(session, rows)` with the payment entries (dicts of column values, id
    included) each posting writes, after they are written and before its transaction ends."""
    if listener not in listeners:
        listeners.append(listener)
