"""The Role Center's cues for setup that needs attention, amber beside the standard ones:
"Referencesats mangler for 1. juli 2026" (the number of half-years without a row) and the
number of legal figures still to confirm. Each opens the reference rates page at the first
one. Hidden while all is well."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.pages.role_center import CueTile
from ui.setup_tables import texts
from ui.setup_tables.warnings import MISSING, cue_caption, table_key

MISSING_CUE = "reference_rate_missing"
TO_CONFIRM_CUE = "figures_to_confirm"


class SetupCues(QWidget):
    sig_open = Signal(str, object)
    """Emitted with (table key, date) for the missing-rate cue, ("", None) for the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupCues")
        self.missing = self._tile(MISSING_CUE, "")
        self.missing.setMinimumHeight(112)  # its caption takes three lines
        self.to_confirm = self._tile(TO_CONFIRM_CUE, texts.CUE_UNCONFIRMED)
        self.missing.clicked.connect(lambda _c=False: self._open_missing())
        self.to_confirm.clicked.connect(lambda _c=False: self.sig_open.emit("", None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.missing)
        layout.addWidget(self.to_confirm)
        self._first_missing = None
        self.hide()

    @staticmethod
    def _tile(cue_id: str, caption: str) -> CueTile:
        tile = CueTile(cue_id, caption)
        tile.setProperty("attention", True)
        tile.hide()
        return tile

    def show_cues(self, warnings: Sequence, to_confirm: int) -> None:
        missing = sorted(
            (w for w in warnings if w.code == MISSING), key=lambda w: (w.date, table_key(w.table))
        )
        self._first_missing = missing[0] if missing else None
        if missing:
            self.missing.set_figure(len(missing))
            self.missing.caption.setText(cue_caption(missing[0]))
            self.missing.setToolTip(
                "\n".join(
                    f"{cue_caption(w)} ({texts.TABLES.get(table_key(w.table), w.table)})"
                    for w in missing
                )
            )
        self.missing.setVisible(bool(missing))
        self.to_confirm.set_figure(to_confirm)
        self.to_confirm.setVisible(bool(to_confirm))
        self.setVisible(bool(missing) or bool(to_confirm))

    def _open_missing(self) -> None:
        first = self._first_missing
        if first is not None:
            self.sig_open.emit(table_key(first.table), first.date)

    def captions(self) -> list[str]:
        return [t.caption.text() for t in (self.missing, self.to_confirm) if t.isVisibleTo(self)]
