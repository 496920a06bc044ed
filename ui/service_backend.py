"""The UiBackend on the real database: every call opens a unit of work and calls one service.

The list and Role Center services are looked up by name (see docs/ui.md, "Services the UI
calls"); until the core has one, the page says "not available yet" instead of guessing with SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from collections.abc import Callable, Hashable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from caplegal_desktop.errors import ServiceError
from models.money import ZERO
from ui.backend import (
    CASE,
    MonthlyFigures,
    QuickSearchResult,
    RoleCenterFigures,
    SessionInfo,
)

BROWSE_MODULE = "caplegal_desktop.services.search.browse"
ROLE_CENTER_MODULE = "caplegal_desktop.services.reports.role_center"
SEARCH_MODULE = "caplegal_desktop.services.search.case_search"


QUICK_SEARCH_LIMIT = 50


def _hit_label(hit) -> str:
    debtors = ", ".join(hit.debtors)
    return "  ·  ".join(x for x in (hit.case_no, debtors, hit.client) if x)


def _service(module_name: str, function: str) -> Callable | None:
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, function, None)


def _as_dict(row: Any) -> Mapping[str, Any]:
    if isinstance(row, Mapping):
        return row
    if dataclasses.is_dataclass(row):
        return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    return dict(row._mapping) if hasattr(row, "_mapping") else vars(row)


class ServiceSource:
    """A ListSource over `<kind>_ids(session, filter_text=, sort_key=, descending=)` and
    `<kind>_rows(session, ids=) -> {id: row}` in caplegal_desktop.services.search.browse."""

    def __init__(self, context, record_kind: str, ids_fn: Callable, rows_fn: Callable) -> None:
        self.record_kind = record_kind
        self._context = context
        self._ids_fn = ids_fn
        self._rows_fn = rows_fn

    def ids(
        self,
        *,
        filter_text: str = "",
        sort_key: str | None = None,
        descending: bool = False,
        view: str | None = None,
    ) -> Sequence[Hashable]:
        narrowed = {"view": view} if view is not None else {}  # only the case list has views
        with self._context.uow() as uow:
            return self._ids_fn(
                uow.session,
                filter_text=filter_text,
                sort_key=sort_key,
                descending=descending,
                **narrowed,
            )

    def rows(self, ids: Sequence[Hashable]) -> Mapping[Hashable, Mapping[str, Any]]:
        with self._context.uow() as uow:
            rows = self._rows_fn(uow.session, ids=list(ids))
        return {record_id: _as_dict(row) for record_id, row in rows.items()}

    def record_output(self, file_format: str, count: int, target: str) -> None:
        """An export or print of this list: checked and audited first (AccessDenied if the
        user may not)."""
        from caplegal_desktop.services.office.outputs import record_output

        with self._context.uow(write=True) as uow:
            record_output(uow.session, what=f"liste: {self.record_kind}", fmt=file_format,
                          rows=count, target=target)  # fmt: skip
            uow.commit()


class ServiceBackend:
    def __init__(self, context) -> None:
        self._context = context

    def changed_elsewhere(self) -> bool:
        """Whether the database changed since the last ask (another seat, or this one)."""
        from caplegal_desktop.change_feed import ChangeWatcher

        if getattr(self, "_watcher", None) is None:
            self._watcher = ChangeWatcher(self._context.database)
            return False
        return bool(self._watcher.poll())

    def session_info(self) -> SessionInfo:
        database = self._context.database
        name = database.display_name() if hasattr(database, "display_name") else ""
        company = getattr(self._context.settings, "company", None) or ""
        company_fn = _service(ROLE_CENTER_MODULE, "company_name")
        if company_fn is not None:
            company = company_fn(database) or company
        notices = tuple(getattr(database, "notices", ()))
        actor = getattr(self._context, "actor", None)  # who signed in (docs/office.md)
        user = self._context.user if actor is None else f"{actor.login} ({actor.role})"
        permissions = None if actor is None else frozenset(actor.permissions)
        return SessionInfo(
            user=user, database=name, company=company, notices=notices, permissions=permissions
        )

    def list_source(self, kind: str) -> ServiceSource | None:
        ids_fn = _service(BROWSE_MODULE, f"{kind}_ids")
        rows_fn = _service(BROWSE_MODULE, f"{kind}_rows")
        if ids_fn is None or rows_fn is None:
            return None
        return ServiceSource(self._context, kind, ids_fn, rows_fn)

    def factbox_values(self, kind: str, record_id: Hashable) -> Mapping[str, Any]:
        factbox_fn = _service(BROWSE_MODULE, f"{kind}_factbox")
        if factbox_fn is not None:
            with self._context.uow() as uow:
                return _as_dict(factbox_fn(uow.session, record_id=record_id))
        if kind == CASE:
            return self._case_totals(record_id)
        return {}

    def _case_totals(self, case_id: Hashable) -> Mapping[str, Any]:
        rows_fn = _service(BROWSE_MODULE, "case_rows")
        detail_fn = _service("caplegal_desktop.services.cases.queries", "get_case_detail")
        if rows_fn is None or detail_fn is None:
            return {}
        with self._context.uow() as uow:
            row = _as_dict(rows_fn(uow.session, ids=[case_id])[case_id])
            detail = detail_fn(uow.session, row["no"])
        totals = detail.ledger_totals
        interest = totals.get("interest", ZERO)
        principal = totals.get("principal", ZERO)
        paid = -(totals.get("payment", ZERO) + totals.get("credit", ZERO))
        costs = sum((totals.get(k, ZERO) for k in ("fee", "salary", "disbursement")), ZERO)
        total = sum(totals.values(), ZERO)
        return {
            "principal": principal,
            "interest": interest,
            "costs": costs,
            "paid": paid,
            "total": total,
            "regarding": detail.regarding,
            "handler": detail.handler,
        }

    def role_center_figures(self) -> RoleCenterFigures:
        figures_fn = _service(ROLE_CENTER_MODULE, "role_center_figures")
        if figures_fn is None:
            return RoleCenterFigures()
        values = _as_dict(
            figures_fn(
                self._context.database,
                today=dt.date.today(),
                user=self._context.user,
                actor=getattr(self._context, "actor", None),
            )  # fmt: skip
        )
        known = {f.name for f in dataclasses.fields(RoleCenterFigures)}
        return RoleCenterFigures(**{k: v for k, v in values.items() if k in known})

    def monthly_figures(self, *, months: int = 12) -> MonthlyFigures:
        monthly_fn = _service(ROLE_CENTER_MODULE, "monthly_figures")
        if monthly_fn is None:
            return MonthlyFigures()
        with self._context.uow() as uow:
            rows = monthly_fn(uow.session, today=dt.date.today(), months=months)
        rows = [_as_dict(r) for r in rows]
        return MonthlyFigures(
            months=[r["month"] for r in rows],
            cases_created=[int(r["cases_created"]) for r in rows],
            collected=[Decimal(r["collected"]) for r in rows],
        )

    def quick_search(self, text: str) -> QuickSearchResult:
        """The same search as `caplegal case find`: identifiers exactly, else names, phone,
        e-mail and case-number fragments as words (services.search.case_search)."""
        search_fn = _service(SEARCH_MODULE, "find_cases")
        if search_fn is None:
            return QuickSearchResult()
        try:
            with self._context.uow() as uow:
                hits = search_fn(uow.session, text=text, limit=QUICK_SEARCH_LIMIT)
        except ServiceError:  # a text the search refuses (too long): nothing found
            return QuickSearchResult()
        return QuickSearchResult(
            case_ids=[hit.case_id for hit in hits],
            labels=[_hit_label(hit) for hit in hits],
        )

    def load_language(self) -> str | None:
        return getattr(self._context.settings, "language", None)

    def save_language(self, code: str) -> None:
        settings = self._context.settings
        settings.language = code
        settings.save()
