"""Open a letter, PDF or export in the program Windows (or the desktop) has for its type."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_in_default_program(path: str | Path) -> bool:
    """Word for .docx, the PDF reader for .pdf ...; False when nothing could open it."""
    if os.name == "nt":  # the Explorer's own "open" verb, with its file associations
        try:
            os.startfile(str(path))  # type: ignore[attr-defined]  # Windows only
        except OSError:
            return False
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
