"""Fundamenter, oversigt: every fundament across cases; Enter opens the fundament card."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from caplegal_desktop.services.fundaments import fundaments as svc
from ui.framework.lazy_model import Column
from ui.framework.list_page import ListPage
from ui.fundament import texts
from ui.i18n import format_date
from ui.pages.list_pages import REPORT_ACTIONS
from ui.service_backend import ServiceSource

PAGE_ID = "fundaments"
RECORD_KIND = "fundament"


class FundamentListSource(ServiceSource):
    """The browse services fundament_ids / fundament_rows; the hearing shown with its time."""

    def __init__(self, context) -> None:
        super().__init__(context, RECORD_KIND, svc.fundament_ids, svc.fundament_rows)

    def rows(self, ids: Sequence[Hashable]) -> Mapping[Hashable, Mapping[str, Any]]:
        rows = super().rows(ids)
        for row in rows.values():
            hearing = row.get("hearing_at")
            row["hearing_at"] = f"{format_date(hearing.date())} {hearing:%H:%M}" if hearing else ""
        return rows


def fundament_overview_page(context) -> ListPage:
    return ListPage(
        page_id=PAGE_ID,
        title=texts.OVERVIEW_TITLE,
        source=FundamentListSource(context),
        columns=[
            Column("no", texts.COL_NO, width=80),
            Column("case_no", texts.CASE, width=70),
            Column("client_name", texts.CLIENT, width=130),
            Column("debtor_name", texts.DEBTOR, width=140, stretch=True),
            Column("kind", texts.COL_KIND, width=140, labels=texts.KINDS),
            Column("status", texts.STATUS_FIELD, width=65, labels=texts.STATUS),
            Column("fundament_date", texts.COL_DATE, "date", width=95),
            Column("court_no", texts.COURT_NO, width=105),
            Column("hearing_at", texts.COL_HEARING, width=135),
            Column("execution_deadline", texts.COL_DEADLINE, "date", width=100),
        ],
        ribbon={
            "process": ["open_record"],
            "collection": ["fundament"],
            "actions": ["refresh"],
            "reports": REPORT_ACTIONS,
        },
    )
