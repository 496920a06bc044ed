"""A feature window's one door to the services: every call is its own unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any


class ServiceCalls:
    """`read` runs a service in a read-only unit of work; `write` in a writing one that commits
    once, with the user at the keyboard. `today` is injectable so tests can fix the date."""

    def __init__(self, app_context, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._context = app_context
        self._today = today

    @property
    def context(self):
        return self._context

    @property
    def user(self) -> str:
        return self._context.user

    def today(self) -> dt.date:
        return self._today()

    def read(self, function: Callable[..., Any], **kwargs) -> Any:
        with self._context.uow() as uow:
            return function(uow.session, **kwargs)

    def write(self, function: Callable[..., Any], **kwargs) -> Any:
        with self._context.uow(write=True) as uow:
            result = function(uow.session, user=uow.user, **kwargs)
            uow.commit()
            return result
