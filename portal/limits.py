"""Rate limits in each of the portal's processes (a limit shared out between them): failed
sign-ins per client IP and per login, API requests per token and per IP. A sliding window per key (the times of the last events), kept
under one lock; the office's lock-out (growing delay per user) still applies behind it.

Settings (settings.json "extra", whole numbers; 0 switches a limit off):
  portal.sign_in_failures_per_minute   (default 10, per IP and per login)
  portal.api_requests_per_minute       (default 600, per token and per IP)"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

WINDOW_SECONDS = 60.0
SIGN_IN_FAILURES = 10
API_REQUESTS = 600

TOO_MANY = {
    "da": "For mange forsøg. Vent {seconds} sekunder, og prøv igen.",
    "sv": "För många försök. Vänta {seconds} sekunder och försök igen.",
    "en": "Too many attempts. Wait {seconds} seconds and try again.",
}


def too_many(seconds: int, language: str) -> str:
    return TOO_MANY.get(language, TOO_MANY["da"]).format(seconds=seconds)


class SlidingWindow:
    """At most `limit` events per key within `seconds`; thread-safe."""

    def __init__(
        self,
        limit: int,
        seconds: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.seconds = seconds
        self._clock = clock
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._next_sweep = clock() + seconds

    def _recent(self, key: str, now: float) -> deque[float] | None:
        events = self._events.get(key)
        if events is None:
            return None
        while events and events[0] <= now - self.seconds:
            events.popleft()
        if not events:
            del self._events[key]
            return None
        return events

    def _sweep(self, now: float) -> None:
        """Keys nobody has used for a window are forgotten, so memory stays bounded."""
        if now < self._next_sweep:
            return
        self._next_sweep = now + self.seconds
        for key in list(self._events):
            self._recent(key, now)

    def _wait(self, events: deque[float] | None, now: float) -> int | None:
        if self.limit <= 0 or events is None or len(events) < self.limit:
            return None
        return max(1, math.ceil(events[-self.limit] + self.seconds - now))

    def blocked(self, key: str) -> int | None:
        """Seconds to wait before the next event is allowed, or None (records nothing)."""
        with self._lock:
            now = self._clock()
            return self._wait(self._recent(key, now), now)

    def record(self, key: str) -> None:
        if self.limit <= 0:
            return
        with self._lock:
            now = self._clock()
            self._sweep(now)
            self._events.setdefault(key, deque()).append(now)

    def take(self, key: str) -> int | None:
        """Counts one event if allowed (None); else the seconds to wait, counting nothing."""
        if self.limit <= 0:
            return None
        with self._lock:
            now = self._clock()
            self._sweep(now)
            wait = self._wait(self._recent(key, now), now)
            if wait is None:
                self._events.setdefault(key, deque()).append(now)
            return wait

    def forget(self, key: str) -> None:
        with self._lock:
            self._events.pop(key, None)


@dataclass
class Limits:
    sign_in: SlidingWindow
    api: SlidingWindow

    @classmethod
    def from_settings(
        cls, extra: Mapping[str, str] | None = None, *, processes: int = 1, **windows
    ) -> Limits:
        """`processes`: the server's worker processes. Each holds its share of a limit (rounded
        up), so together they never allow much more than the setting."""
        extra = extra or {}
        failures = _share(_whole(extra.get("portal.sign_in_failures_per_minute"),
                                 SIGN_IN_FAILURES), processes)  # fmt: skip
        requests = _share(_whole(extra.get("portal.api_requests_per_minute"), API_REQUESTS),
                          processes)  # fmt: skip
        return cls(SlidingWindow(failures, **windows), SlidingWindow(requests, **windows))

    # sign-in: only failures count, per IP and per login
    def sign_in_wait(self, ip: str, login: str) -> int | None:
        waits = [self.sign_in.blocked(f"ip:{ip}"), self.sign_in.blocked(f"login:{login.lower()}")]
        return max((w for w in waits if w is not None), default=None)

    def sign_in_failed(self, ip: str, login: str | None) -> None:
        self.sign_in.record(f"ip:{ip}")
        if login:
            self.sign_in.record(f"login:{login.lower()}")

    # the API: every request counts, per token (its hash, never the token) and per IP
    def api_wait(self, ip: str, token: str) -> int | None:
        digest = hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()
        return self.api.take(f"token:{digest}") or self.api.take(f"ip:{ip}")


def _share(limit: int, processes: int) -> int:
    return math.ceil(limit / max(1, processes)) if limit > 0 else 0


def _whole(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value is not None else default
    except (TypeError, ValueError):
        return default


def client_ip(request) -> str:
    """The peer's address; behind the reverse proxy uvicorn has already put X-Forwarded-For's
    address here (it trusts the proxy on 127.0.0.1 only)."""
    return request.client.host if request.client else "?"


class ApiRateLimit:
    """ASGI middleware over /api/: 429 with Retry-After past the per-token or per-IP rate, and
    after too many refused tokens from one IP (a refused token counts as a failed sign-in)."""

    def __init__(self, app, limits: Limits, prefix: str = "/api/v1") -> None:
        self.app = app
        self.limits = limits
        self.prefix = prefix

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or ())
        ip = (scope.get("client") or ("?",))[0]
        token = headers.get(b"authorization", b"").decode("latin-1").partition(" ")[2].strip()
        wait = self.limits.sign_in.blocked(f"ip:{ip}") or self.limits.api_wait(ip, token)
        if wait is not None:
            language = headers.get(b"accept-language", b"da").decode("latin-1")[:2].lower()
            await _answer_429(send, wait, too_many(wait, language))
            return

        async def watch(message):
            if message["type"] == "http.response.start" and message["status"] == 401:
                self.limits.sign_in_failed(ip, None)
            await send(message)

        await self.app(scope, receive, watch)


async def _answer_429(send, wait: int, message: str) -> None:
    import json

    body = json.dumps({"detail": message}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"retry-after", str(wait).encode()),
                (b"content-length", str(len(body)).encode()),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
