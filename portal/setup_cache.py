"""What many pages need and what seldom changes, loaded once a minute per server process instead
of on each page:

- the interest setup (rates, reference rates, caps, fee kinds) every case page's totals need:
  loading it was half of a case page's time on the 100,000-case database (bench/bench_portal.py);
- the search form's choices (systems, departments, currencies of the user's cases): two scans of
  a client's cases on every search page.

A rate the office enters, or a client's first case in a new currency, shows within a minute.
The values are plain and immutable, so threads may share them."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable

from caplegal_desktop.services.search.portal_search import FormChoices, form_choices
from caplegal_desktop.services.statements import InterestSetup

FRESH_SECONDS = 60.0


class FreshFor:
    """`load(session)` kept per key for `fresh_seconds`."""

    def __init__(self, load: Callable, fresh_seconds: float = FRESH_SECONDS) -> None:
        self.load = load
        self.fresh_seconds = fresh_seconds
        self._values: dict[Hashable, tuple[float, object]] = {}
        self._lock = threading.Lock()

    def get(self, session, key: Hashable = None):
        with self._lock:
            loaded = self._values.get(key)
            if loaded is None or time.monotonic() - loaded[0] > self.fresh_seconds:
                loaded = self._values[key] = (time.monotonic(), self.load(session))
            return loaded[1]


class InterestSetupCache(FreshFor):
    def __init__(self, fresh_seconds: float = FRESH_SECONDS) -> None:
        super().__init__(InterestSetup.load, fresh_seconds)

    def __call__(self, session) -> InterestSetup:
        return self.get(session)


class FormChoicesCache(FreshFor):
    """Per scope: every user of one client (and the same departments) sees the same choices."""

    def __init__(self, fresh_seconds: float = FRESH_SECONDS) -> None:
        super().__init__(form_choices, fresh_seconds)

    def __call__(self, session, actor) -> FormChoices:
        key = (actor.client_scoped, actor.client_id, actor.department_ids)
        return self.get(session, key)
