"""The case card's limitation FactBox: the earliest limitation date (blue: opens the
specification), how far off it is, the rule, time-barred claims and open objections."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.framework.factbox import FactBox, FactField
from ui.i18n import format_date
from ui.limitation import texts
from ui.limitation.data import LimitationData

_translate = QCoreApplication.translate


class LimitationFactBox(FactBox):
    def __init__(self, data: LimitationData, parent: QWidget | None = None) -> None:
        titles = texts.field_titles()
        super().__init__(
            texts.factbox_title(),
            [
                FactField("earliest", titles["earliest"], "text", drill_down=True),
                FactField("state", titles["state"]),
                FactField("objections", titles["objections"], "int"),
            ],
            parent=parent,
        )
        self.setObjectName("factBox")
        self.data = data
        # Three lines only: the card's FactBox pane has no room to spare at 1366 x 768; the
        # rule, the claim and the number of time-barred claims are in the tooltip and the
        # specification behind the blue date.
        self.rule = QLabel()  # not shown; holds the rule for the tooltip and the tests

    def load(self, record_id):
        figures = self.data.factbox(int(record_id))
        self.figures = figures
        self.rule.setText(figures.rule)
        barred = figures.days_left is not None and figures.days_left <= 0
        self._values["state"].setStyleSheet("color:#b3261e; font-weight:600;" if barred else "")
        titles = texts.field_titles()
        tip = (
            f"{titles['claim']} {figures.claim_no}: {figures.rule}\n"
            f"{titles['time_barred']}: {figures.time_barred}"
            if figures.earliest
            else ""
        )
        self.setToolTip(tip)
        state = texts.state_text(figures.days_left)
        return {
            "earliest": format_date(figures.earliest) if figures.earliest else "",
            "state": state,
            "objections": figures.open_objections,
        }
