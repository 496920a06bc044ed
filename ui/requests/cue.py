"""The Role Center's cue for open requests; light (no services): it is built at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.pages.role_center import CueTile

_translate = QCoreApplication.translate


class RequestsCue(CueTile):
    """Open requests on the Role Center (hidden while there are none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("open_requests", _translate("Requests", "Open requests"), parent)
        self.hide()

    def show_count(self, count: int) -> None:
        self.figure.setText(str(count))
        self.setVisible(count > 0)
