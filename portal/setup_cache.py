"""The interest setup (rates, reference rates, caps, fee kinds) every case page's totals need,
loaded once a minute instead of on each page: loading it was half of a case page's time on the
100,000-case database (bench/bench_portal.py). A rate the office enters shows in the portal's
totals within a minute. The setup holds plain values only, so threads may share it."""

from __future__ import annotations

import threading
import time

from caplegal_desktop.services.statements import InterestSetup

FRESH_SECONDS = 60.0


class InterestSetupCache:
    def __init__(self, fresh_seconds: float = FRESH_SECONDS) -> None:
        self.fresh_seconds = fresh_seconds
        self._setup: InterestSetup | None = None
        self._loaded_at = 0.0
        self._lock = threading.Lock()

    def __call__(self, session) -> InterestSetup:
        with self._lock:
            if self._setup is None or time.monotonic() - self._loaded_at > self.fresh_seconds:
                self._setup = InterestSetup.load(session)
                self._loaded_at = time.monotonic()
            return self._setup
