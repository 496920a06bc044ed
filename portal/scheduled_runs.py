"""The portal server runs the due scheduled reports itself (issue 17: "run by the office's server
process"), every few minutes and once at start (a run missed while it was down is caught up).
Two servers, or a server and a `caplegal scheduler run` from cron, never run a due date twice:
that is the scheduler's own lock (docs/client-funds.md §6)."""

from __future__ import annotations

import logging
import socket
import threading
from datetime import date

from caplegal_desktop.errors import ServiceError

log = logging.getLogger(__name__)


class ScheduledRuns:
    def __init__(self, context, *, every_seconds: float = 300.0) -> None:
        self.context = context
        self.every = every_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="scheduled-reports", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def run_once(self) -> int:
        from caplegal_desktop.services.client_funds import scheduler

        done = scheduler.run_due(self.context, today=date.today(), server=socket.gethostname())
        return len(done)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                count = self.run_once()
                if count:
                    log.info("%d scheduled report(s) run", count)
            except (ServiceError, OSError) as exc:  # one bad run must not stop the portal
                log.warning("scheduled reports: %s", exc)
            self._stop.wait(self.every)
