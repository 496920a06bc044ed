"""The client card's Settlements tab (Afregninger, issue 17): the client's posted settlements with
their status, payout and paid date; double-click or "Open PDF" shows the settlement as the client
got it (its language), "Open Excel" the appendix. Drafts stay on the settlement page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.client_funds import client_settlements, settlement_document
from ui.case_card.dialogs import fill_table, table
from ui.framework.service_calls import ServiceCalls
from ui.i18n import format_amount
from workflows.private_files import write_private_bytes

_translate = QCoreApplication.translate
ROW_ID = Qt.ItemDataRole.UserRole


def _status(code: str) -> str:
    return {
        "posted": _translate("ClientSettlements", "Posted"),
        "paid": _translate("ClientSettlements", "Paid"),
        "reversed": _translate("ClientSettlements", "Reversed"),
    }.get(code, code)


class ClientSettlementsData(ServiceCalls):
    def settlements(self, client_id: int):
        return self.read(client_settlements, client_id=client_id)

    def document(self, settlement_id: int, kind: str, client_id: int) -> tuple[str, bytes]:
        return self.read(settlement_document, settlement_id=settlement_id, kind=kind,
                         client_id=client_id)  # fmt: skip


class ClientSettlementsPanel(QWidget):
    def __init__(self, data: ClientSettlementsData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.client_id: int | None = None
        self.open_file = self._open  # replaceable in tests: (path) -> None
        self.tree = table(
            [
                _translate("ClientSettlements", "No."),
                _translate("ClientSettlements", "Payments up to"),
                _translate("ClientSettlements", "Status"),
                _translate("ClientSettlements", "Collected"),
                _translate("ClientSettlements", "Client's part"),
                _translate("ClientSettlements", "Firm's part"),
                _translate("ClientSettlements", "VAT"),
                _translate("ClientSettlements", "Set off"),
                _translate("ClientSettlements", "Payout"),
                _translate("ClientSettlements", "Paid on"),
            ],
            [],
        )
        self.tree.setObjectName("clientSettlements")
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_document("pdf"))
        self.pdf_button = QPushButton(_translate("ClientSettlements", "Open PDF"))
        self.xlsx_button = QPushButton(_translate("ClientSettlements", "Open Excel appendix"))
        for button, kind in ((self.pdf_button, "pdf"), (self.xlsx_button, "xlsx")):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=kind: self.open_document(k))
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        layout.addWidget(self.message)

    def load(self, client_id: int | None) -> None:
        self.client_id = client_id
        rows = []
        if client_id is not None:
            try:
                rows = self.data.settlements(client_id)
            except ServiceError as exc:  # a role without funds.read sees why
                fill_table(self.tree, [])
                self.message.setText(str(exc))
                return
        fill_table(
            self.tree,
            [
                (
                    r.id,
                    f"{r.period_to:%d-%m-%Y}",
                    _status(r.status),
                    format_amount(r.collected),
                    format_amount(r.client_part),
                    format_amount(r.firm_part),
                    format_amount(r.vat),
                    format_amount(r.set_off),
                    format_amount(r.payout),
                    f"{r.paid_on:%d-%m-%Y}" if r.paid_on else "",
                )  # fmt: skip
                for r in rows
            ],
            right=(3, 4, 5, 6, 7, 8),
        )
        for index, row in enumerate(rows):
            self.tree.topLevelItem(index).setData(0, ROW_ID, row.id)
        has_rows = bool(rows)
        self.pdf_button.setEnabled(has_rows)
        self.xlsx_button.setEnabled(has_rows)
        self.message.setText(
            "" if has_rows else _translate("ClientSettlements", "No posted settlements yet.")
        )

    def selected_id(self) -> int | None:
        items = self.tree.selectedItems()
        return items[0].data(0, ROW_ID) if items else None

    def open_document(self, kind: str) -> Path | None:
        settlement_id = self.selected_id()
        if settlement_id is None or self.client_id is None:
            return None
        try:
            name, content = self.data.document(settlement_id, kind, self.client_id)
        except ServiceError as exc:
            self.message.setText(str(exc))
            return None
        target = Path(tempfile.gettempdir()) / name
        write_private_bytes(target, content)
        self.open_file(target)
        return target

    @staticmethod
    def _open(path: Path) -> None:
        from ui.open_file import open_in_default_program

        open_in_default_program(path)
