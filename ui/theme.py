"""Our look: the style sheet and the line icons in resources/."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workflows.bundle import resources_dir

RESOURCES_DIR = resources_dir()
ICONS_DIR = RESOURCES_DIR / "icons"
STYLE_SHEET = RESOURCES_DIR / "style.qss"


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg (an empty icon when it does not exist)."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    if STYLE_SHEET.exists():
        style = STYLE_SHEET.read_text(encoding="utf-8")
        app.setStyleSheet(style.replace("@ICONS@", ICONS_DIR.as_posix()))
