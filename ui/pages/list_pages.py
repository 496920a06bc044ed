"""The list pages (oversigter) of the navigation pane: columns, FactBoxes and ribbon per list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.backend import CASE, CLIENT, EMPLOYEE, PARTY, SETUP_CODE, UiBackend
from ui.framework.display import enum_labels
from ui.framework.factbox import FactBox, FactField
from ui.framework.lazy_model import Column
from ui.framework.list_page import ListPage
from ui.framework.page import Page

_translate = QCoreApplication.translate
# Every list can be printed and exported (ui/framework/list_page.py handles these)
REPORT_ACTIONS = ["print", "export_pdf", "export_excel", "export_csv", "export_word"]


def case_status_labels() -> dict[str, str]:
    return enum_labels("case_status")


def case_mark_labels() -> dict[str, str]:
    """An open objection and a time-barred claim (docs/limitation.md), as the list shows them."""
    disputed = _translate("ListPages", "Disputed")
    barred = _translate("ListPages", "Time-barred")
    return {
        "disputed": f"\u26a0 {disputed}",
        "time_barred": f"\u26a0 {barred}",
        "disputed+time_barred": f"\u26a0 {disputed} \u00b7 {barred.lower()}",
    }


def case_list(backend: UiBackend) -> ListPage | None:
    source = backend.list_source(CASE)
    if source is None:
        return None
    entries = FactBox(
        _translate("ListPages", "Case entries"),
        [
            FactField("principal", _translate("ListPages", "Principal"), "amount", drill_down=True),
            FactField("interest", _translate("ListPages", "Interest"), "amount", drill_down=True),
            FactField(
                "costs", _translate("ListPages", "Fees and costs"), "amount", drill_down=True
            ),
            FactField("paid", _translate("ListPages", "Paid"), "amount", drill_down=True),
            FactField("total", _translate("ListPages", "Total debt"), "amount", drill_down=True),
        ],
        load=lambda case_id: backend.factbox_values(CASE, case_id),
    )
    details = FactBox(
        _translate("ListPages", "Case details"),
        [
            FactField("regarding", _translate("ListPages", "Regarding")),
            FactField("handler", _translate("ListPages", "Case handler")),
        ],
        load=lambda case_id: backend.factbox_values(CASE, case_id),
    )
    return ListPage(
        page_id="case_list",
        title=_translate("ListPages", "Case overview"),
        source=source,
        columns=[
            Column("no", _translate("ListPages", "Case no."), width=78),
            Column("client_name", _translate("ListPages", "Client"), width=190, stretch=True),
            Column("debtor_name", _translate("ListPages", "Debtor"), width=140),
            Column("created_on", _translate("ListPages", "Created"), "date", width=90),
            Column(
                "status", _translate("ListPages", "Status"), width=75, labels=case_status_labels()
            ),
            Column(
                "marks",
                _translate("ListPages", "Marked"),
                width=105,
                sortable=False,
                labels=case_mark_labels(),
            ),
            Column("handler", _translate("ListPages", "Handler"), width=70),
            Column(
                "outstanding",
                _translate("ListPages", "Balance excl. interest"),
                "amount",
                width=150,
            ),
        ],
        factboxes=[entries, details],
        ribbon={
            "process": ["new_case", "open_record", "delete_record"],
            "collection": ["register_payment", "payment_plan", "fundament", "statement"],
            "actions": ["refresh", "favourite", "import_cases"],
            "reports": REPORT_ACTIONS,
        },
    )


def client_list(backend: UiBackend) -> ListPage | None:
    source = backend.list_source(CLIENT)
    if source is None:
        return None
    stats = FactBox(
        _translate("ListPages", "Client statistics"),
        [FactField("cases", _translate("ListPages", "Cases"), "int")],
        load=lambda client_id: backend.factbox_values(CLIENT, client_id),
    )
    return ListPage(
        page_id="client_list",
        title=_translate("ListPages", "Clients"),
        source=source,
        columns=[
            Column("no", _translate("ListPages", "No."), width=90),
            Column("name", _translate("ListPages", "Name"), width=240, stretch=True),
            Column("city", _translate("ListPages", "City"), width=140),
            Column("cvr", _translate("ListPages", "CVR no."), width=100),
            Column("vat_registered", _translate("ListPages", "VAT registered"), "bool", width=110),
        ],
        factboxes=[stats],
        ribbon={
            "process": ["new_record", "open_record", "delete_record"],
            "actions": ["refresh"],
            "reports": REPORT_ACTIONS,
        },
    )


def party_list(backend: UiBackend) -> ListPage | None:
    source = backend.list_source(PARTY)
    if source is None:
        return None
    return ListPage(
        page_id="party_list",
        title=_translate("ListPages", "Parties"),
        source=source,
        columns=[
            Column("no", _translate("ListPages", "No."), width=90),
            Column("name", _translate("ListPages", "Name"), width=200),
            Column("party_type", _translate("ListPages", "Party type"), width=100),
            Column("postcode", _translate("ListPages", "Post code"), width=80),
            Column("city", _translate("ListPages", "City"), width=130),
            Column("cpr_cvr", _translate("ListPages", "CPR/CVR"), width=110),
            Column("email", _translate("ListPages", "E-mail"), width=200, stretch=True),
        ],
        ribbon={
            "process": ["new_record", "open_record", "delete_record"],
            "actions": ["refresh"],
            "reports": REPORT_ACTIONS,
        },
    )


def employee_list(backend: UiBackend) -> ListPage | None:
    source = backend.list_source(EMPLOYEE)
    if source is None:
        return None
    return ListPage(
        page_id="employee_list",
        title=_translate("ListPages", "Employees"),
        source=source,
        columns=[
            Column("initials", _translate("ListPages", "Initials"), width=80),
            Column("name", _translate("ListPages", "Name"), width=220, stretch=True),
            Column("function", _translate("ListPages", "Function"), width=160),
            Column("team", _translate("ListPages", "Team"), width=140),
        ],
        ribbon={
            "process": ["new_record", "open_record"],
            "actions": ["refresh"],
            "reports": REPORT_ACTIONS,
        },
    )


def setup_code_list(backend: UiBackend) -> ListPage | None:
    source = backend.list_source(SETUP_CODE)
    if source is None:
        return None
    return ListPage(
        page_id="setup_codes",
        title=_translate("ListPages", "Codes and tables"),
        source=source,
        columns=[
            Column("table", _translate("ListPages", "Table"), width=150),
            Column("code", _translate("ListPages", "Code"), width=110),
            Column("description", _translate("ListPages", "Description"), width=320, stretch=True),
        ],
        ribbon={
            "process": ["new_record", "open_record"],
            "actions": ["refresh"],
            "reports": REPORT_ACTIONS,
        },
    )


class PlaceholderPage(Page):
    """Shown for a navigation entry whose page is not built yet; says so plainly."""

    def __init__(self, page_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self._title = title
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        note = QLabel(self.tr("This page is not available yet."))
        note.setObjectName("placeholderNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(note, 1, Qt.AlignmentFlag.AlignTop)

    def title(self) -> str:
        return self._title

    def ribbon_layout(self):
        return {"actions": ["refresh"]}


PAGE_FACTORIES: dict[str, Callable[[UiBackend], Page | None]] = {
    "case_list": case_list,
    "client_list": client_list,
    "party_list": party_list,
    "employee_list": employee_list,
    "setup_codes": setup_code_list,
}
