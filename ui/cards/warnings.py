"""The red bar that names a flagged party (gældssanering / afdød / konkurs) wherever it shows:
the party card, the case card's header and the wizard's party step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


class PartyWarningBar(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyWarning")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#partyWarning { background:#fdecea; color:#8c1d18; border:1px solid #e6a19b;"
            " border-radius:3px; padding:6px 10px; font-weight:600; }"
        )
        self.hide()

    def show_warnings(self, warnings: list[str]) -> None:
        """One line per flagged party; hidden when there is none."""
        if not warnings:
            self.clear()
            self.hide()
            return
        title = QCoreApplication.translate(
            "PartyWarning", "Attention — collect by the special rules for this party:"
        )
        self.setText("\u26a0 " + title + "\n" + "\n".join(warnings))
        self.show()
