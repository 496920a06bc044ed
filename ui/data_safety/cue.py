"""The red cue: the posted ledger is not intact. Its tooltip and a click say why."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.data_safety.texts import t
from ui.pages.role_center import CueTile

CUE_ID = "ledger_not_intact"


class LedgerCue(CueTile):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CUE_ID, t("CueCaption"), parent)
        self.setProperty("alarm", True)
        self.figure.setText("!")
        self.problem: str | None = None
        self.loaded = False  # the state has come back from the worker at least once
        self.clicked.connect(self._explain)
        self.hide()

    def show_problem(self, problem: str | None) -> None:
        self.problem, self.loaded = problem, True
        if not problem:
            self.hide()
            return
        self.setToolTip(t("CueTip", problem))
        self.show()

    def _explain(self) -> None:
        QMessageBox.warning(self, t("WarnTitle"), t("CueTip", self.problem or ""))
