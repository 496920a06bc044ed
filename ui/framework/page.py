"""What every page in the main window's stack has in common."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.framework.ribbon import RibbonLayout


class Page(QWidget):
    """A page knows its id, its title and where its actions go on the ribbon."""

    page_id: str = ""
    sig_open_record = Signal(str, object)
    """Emitted with (record kind, record id) when the user opens a record (Enter, double-click)."""
    sig_status_message = Signal(str)

    def title(self) -> str:
        return ""

    def ribbon_layout(self) -> RibbonLayout:
        return {}

    def refresh(self) -> None:
        """Re-read what the page shows (F5)."""

    def focus_filter(self) -> None:
        """Put the cursor in the page's filter (Ctrl+F)."""

    def handles_action(self, action_id: str) -> bool:
        """Whether the page reacts to a ribbon action; the window enables only those."""
        return False

    def trigger_action(self, action_id: str) -> None:
        """Run a ribbon action on this page."""
