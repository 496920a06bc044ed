"""The Role Center's limitation cues: claims already time-barred (amber) and those becoming so
within 30/60/90 days. Each opens the limitation list at that horizon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.pages.role_center import CueTile

_translate = QCoreApplication.translate


class LimitationCues(QWidget):
    sig_open = Signal(int)
    """Emitted with the horizon in days the list opens at."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("limitationCues")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.barred = CueTile("limitation_barred", _translate("Limitation", "Claims time-barred"))
        self.barred.setProperty("attention", True)
        self.barred.clicked.connect(lambda _c=False: self.sig_open.emit(90))
        layout.addWidget(self.barred)
        self.within = CueTile(
            "limitation_within",
            _translate("Limitation", "Time-barred within 30 · 60 · 90 days"),
        )
        self.within.clicked.connect(lambda _c=False: self.sig_open.emit(30))
        layout.addWidget(self.within)
        self.figures: dict[int, int] = {}

    def show_cue(self, cue) -> None:
        self.barred.set_figure(cue.time_barred)
        self.figures = dict(cue.within)
        self.within.figure.setText(" · ".join(str(cue.within[d]) for d in (30, 60, 90)))
