"""Betalingsplaner, oversigt: every plan across cases; Enter opens the plan window."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from ui.framework.lazy_model import Column
from ui.framework.list_page import ListPage
from ui.pages.list_pages import REPORT_ACTIONS
from ui.payment_plan import PAGE_ID, RECORD_KIND, texts
from ui.payment_plan.data import PlanData


class PlanListSource:
    """Plan numbers filtered and sorted from the overview service; rows by number."""

    record_kind = RECORD_KIND

    def __init__(self, data: PlanData) -> None:
        self.data = data
        self._rows: dict[str, dict[str, Any]] = {}

    def ids(
        self, *, filter_text: str, sort_key: str | None, descending: bool
    ) -> Sequence[Hashable]:
        rows = [self._row(plan) for plan in self.data.overview()]
        self._rows = {row["plan_no"]: row for row in rows}
        needle = filter_text.strip().lower()
        if needle:
            rows = [r for r in rows if any(needle in str(v).lower() for v in r.values())]
        if sort_key:
            rows.sort(key=lambda r: (r[sort_key] is None, r[sort_key]), reverse=descending)
        return [row["plan_no"] for row in rows]

    def rows(self, ids: Sequence[Hashable]) -> Mapping[Hashable, Mapping[str, Any]]:
        return {plan_no: self._rows[plan_no] for plan_no in ids if plan_no in self._rows}

    @staticmethod
    def _row(plan) -> dict[str, Any]:
        return {
            "plan_no": plan.plan_no,
            "case_no": plan.case_no,
            "client_name": plan.client_name,
            "debtors": plan.debtors,
            "status": plan.status,
            "first_date": plan.first_date,
            "last_date": plan.last_date,
            "periods": plan.periods,
            "instalment": plan.instalment,
            "apr_pct": str(plan.apr_pct).replace(".", ",") if plan.apr_pct is not None else "",
        }


def plan_overview_page(data: PlanData) -> ListPage:
    return ListPage(
        page_id=PAGE_ID,
        title=texts.OVERVIEW_TITLE,
        source=PlanListSource(data),
        columns=[
            Column("plan_no", texts.NO, width=90),
            Column("case_no", texts.CASE, width=80),
            Column("client_name", "Klient", width=180),
            Column("debtors", texts.DEBTORS, width=200, stretch=True),
            Column("status", texts.STATUS_FIELD, width=70, labels=texts.STATUS),
            Column("first_date", texts.FIRST_DATE, "date", width=110),
            Column("last_date", texts.LAST_DATE, "date", width=110),
            Column("periods", texts.PERIODS, "int", width=90),
            Column("instalment", texts.INSTALMENT, "amount", width=100),
            Column("apr_pct", texts.APR, width=70),
        ],
        ribbon={
            "process": ["open_record"],
            "collection": ["payment_plan"],
            "actions": ["refresh"],
            "reports": REPORT_ACTIONS,
        },
    )
