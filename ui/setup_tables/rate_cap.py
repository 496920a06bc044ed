"""The claims window's warning when a claim's own rate exceeds the Swedish consumer rate cap.

It never refuses: the statement caps the interest anyway (with a line saying why); the user
is told while typing, so the client can be asked. Each distinct rate is asked once per window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.framework.service_calls import ServiceCalls

_translate = QCoreApplication.translate


class CapWarning(QLabel):
    def __init__(self, calls: ServiceCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capWarning")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#capWarning { background:#fff4d6; border:1px solid #e8c36a;"
            " border-radius:4px; padding:4px 8px; color:#4a3500; }"
        )
        self._calls = calls
        self._under_cap: bool | None = None
        self._said: dict[Decimal, str | None] = {}
        self.hide()

    def check(
        self, rates: Sequence[tuple[str, Decimal]], under_cap: Callable[[], bool], as_of: dt.date
    ) -> list[str]:
        """`rates`: (claim no., rate) of the claims with a rate of their own."""
        lines = []
        if rates and self._case_under_cap(under_cap):
            for claim_no, rate in rates:
                said = self._warning(rate, as_of)
                if said:
                    line = _translate("CapWarning", "Claim %1: %2")
                    lines.append(line.replace("%1", claim_no).replace("%2", said))
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
        return lines

    def _case_under_cap(self, under_cap: Callable[[], bool]) -> bool:
        if self._under_cap is None:
            self._under_cap = bool(under_cap())
        return self._under_cap

    def _warning(self, rate: Decimal, as_of: dt.date) -> str | None:
        if rate not in self._said:
            from caplegal_desktop.services.master_data.rate_caps import se_rate_cap_warning

            self._said[rate] = self._calls.read(se_rate_cap_warning, rate_pct=rate, as_of=as_of)
        return self._said[rate]

    def lines(self) -> list[str]:
        return self.text().splitlines() if self.text() else []


def case_under_se_cap(calls: ServiceCalls, case_id: int) -> bool:
    from caplegal_desktop.services.master_data.rate_cap_facts import case_under_se_cap as under

    return calls.read(under, case_id=case_id)


def new_case_under_se_cap(calls: ServiceCalls, request) -> bool:
    from caplegal_desktop.services.master_data.rate_cap_facts import new_case_under_se_cap as under

    return calls.read(
        under,
        client_no=request.client.no,
        currency=request.currency,
        debtor_nos=[d.no for d in request.debtors if d.no],
        new_debtor_kinds=[d.kind for d in request.debtors if not d.no],
    )
