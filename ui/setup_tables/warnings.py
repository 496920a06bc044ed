"""What a statement's warnings say on screen, and the yellow bar the case card shows them in.

The services give each warning a code, the table, the date and a Danish message; the screen
builds its own sentence from code, table and date, so it speaks the user's language. A warning
the screen does not know is shown with the service's message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from babel.dates import format_date as babel_format_date
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import current_language
from ui.setup_tables import texts
from ui.theme import icon

MISSING = "reference_rate_missing"
UNCONFIRMED = "figure_unconfirmed"
# The services' series codes, as the tables' short names
SERIES_KEYS = {"DK-UDLAAN": "DK", "SE-REF": "SE"}


def table_key(table: str | None) -> str:
    return SERIES_KEYS.get(table or "", table or "")


def long_date(day: dt.date) -> str:
    """'1. juli 2026' (Danish), '1 juli 2026' (Swedish), '1 July 2026' (English)."""
    return babel_format_date(day, format="long", locale=current_language().babel_locale)


def figure_name(table: str | None) -> str:
    key = table_key(table)
    short = texts.TABLE_SHORT
    return texts.RATE_NAME.replace("%1", short[key]) if key in short else key


def warning_line(warning) -> str:
    """One warning as a sentence in the user's language."""
    day = getattr(warning, "date", None)
    if warning.code == MISSING and day is not None:
        return texts.WARN_MISSING_LINE.replace("%1", figure_name(warning.table)).replace(
            "%2", long_date(day)
        )
    if warning.code == UNCONFIRMED and day is not None and warning.table:
        return texts.WARN_UNCONFIRMED_LINE.replace("%1", figure_name(warning.table)).replace(
            "%2", long_date(day)
        )
    return warning.message


def cue_caption(warning) -> str:
    """'Referencesats mangler for 1. juli 2026' for the Role Center."""
    return texts.CUE_MISSING.replace("%1", long_date(warning.date))


def unique_lines(warnings: Sequence) -> list[str]:
    return list(dict.fromkeys(warning_line(w) for w in warnings))


def case_warnings(calls, case_id: int, as_of: dt.date | None = None) -> list:
    """The warnings of the case's statement as of a date (today by default), read through a
    window's ServiceCalls door."""
    from caplegal_desktop.services.statements import case_rate_warnings

    return calls.read(case_rate_warnings, case_id=case_id, as_of=as_of or calls.today())


class WarningBar(QFrame):
    """A yellow bar with one line per warning and a button to the setup page behind them.
    Hidden while there is nothing to say."""

    sig_open_setup = Signal()
    """Emitted when the user asks to see the table the warnings are about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningBar")
        self.warnings: list = []
        self._generation = 0
        mark = QLabel()
        mark.setPixmap(icon("warning").pixmap(20, 20))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setObjectName("warningText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(texts.WARN_OPEN)
        self.open_button.setObjectName("warningLink")
        self.open_button.setFlat(True)
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.clicked.connect(self.open_setup)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def load(self, calls, case_id: int, as_of: dt.date | None = None) -> None:
        """Read the case's warnings on the background worker (a statement of its own, so the
        card opens without waiting for it) and show them; a later load wins."""
        from ui.framework.background import run_in_background

        self._generation += 1
        generation = self._generation

        def show(found) -> None:
            if generation == self._generation:
                self.show_warnings(found)

        run_in_background(lambda _p: case_warnings(calls, case_id, as_of), on_done=show, owner=self)

    def show_warnings(self, warnings: Sequence) -> None:
        self.warnings = list(warnings)
        lines = unique_lines(self.warnings)
        self.text.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def lines(self) -> list[str]:
        return self.text.text().splitlines() if self.warnings else []

    def open_setup(self) -> None:
        """Show the reference rates at the first warning's table and date, in the main window
        (the setup tables feature hangs itself on the window as `setup_tables`)."""
        self.sig_open_setup.emit()
        feature = getattr(self.window(), "setup_tables", None)
        if feature is None:
            parent = self.window().parentWidget()
            feature = getattr(parent.window(), "setup_tables", None) if parent else None
        if feature is None or not self.warnings:
            return
        first = self.warnings[0]
        if self.window().isModal():
            self.window().close()
        feature.open_rates(table_key(first.table), first.date)
