"""The claims window's warning when a claim's date says it is already time-barred. It never
refuses (an interruption may be on paper the program has not seen); it tells the user while
typing. Each distinct date is asked once per window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.framework.service_calls import ServiceCalls

_translate = QCoreApplication.translate


class LimitationWarning(QLabel):
    def __init__(self, calls: ServiceCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("limitationWarning")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#limitationWarning { background:#fde8e6; border:1px solid #e8a09a;"
            " border-radius:4px; padding:4px 8px; color:#5c1510; }"
        )
        self._calls = calls
        self._said: dict[dt.date, str | None] = {}
        self._disputed: str | None | bool = False  # False: not asked yet
        self.hide()

    def check(
        self, dates: Sequence[tuple[str, dt.date]], as_of: dt.date, case_id: int | None = None
    ) -> list[str]:
        """`dates`: (claim no., the claim's date) of the claims entered so far; `case_id`: an
        existing case, whose open objection is said too (no new fees or salary meanwhile)."""
        lines = []
        if case_id is not None:
            disputed = self._objection(case_id)
            if disputed:
                lines.append(disputed)
        for claim_no, day in dates:
            said = self._warning(day, as_of)
            if said:
                line = _translate("LimitationWarning", "Claim %1 %2")
                lines.append(line.replace("%1", claim_no).replace("%2", said))
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
        return lines

    def _warning(self, day: dt.date, as_of: dt.date) -> str | None:
        if day not in self._said:
            from caplegal_desktop.services.limitation.warnings import new_claim_warning

            self._said[day] = self._calls.read(new_claim_warning, start=day, as_of=as_of)
        return self._said[day]

    def _objection(self, case_id: int) -> str | None:
        if self._disputed is False:
            from caplegal_desktop.services.limitation.objections import disputed_reasons

            reason = self._calls.read(disputed_reasons, case_ids=[case_id]).get(case_id)
            self._disputed = (
                _translate(
                    "LimitationWarning",
                    "The case has an open objection: add no fees or salary for the disputed "
                    "part until it is closed.",
                )
                if reason
                else None
            )
        return self._disputed

    def lines(self) -> list[str]:
        return self.text().splitlines() if self.text() else []
