"""Actions are declared once by id and placed in ribbons and menus by reference."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.theme import icon


@dataclass(frozen=True)
class ActionSpec:
    action_id: str
    text: str  # already translated
    icon_name: str | None = None
    shortcut: str | QKeySequence.StandardKey | None = None
    status_tip: str = ""


def tooltip_with_shortcut(text: str, shortcut: QKeySequence) -> str:
    """'Bogfør (F9)': the action's text with its shortcut, as Navision shows it."""
    plain = text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    return f"{plain} ({keys})" if keys else plain


class ActionRegistry(QObject):
    """Owns every QAction of a window, keyed by id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}

    def declare(self, spec: ActionSpec) -> QAction:
        if spec.action_id in self._actions:
            raise ValueError(f"action declared twice: {spec.action_id}")
        action = QAction(spec.text, self)
        action.setObjectName(f"action_{spec.action_id}")
        action.setData(spec.action_id)
        if spec.icon_name:
            action.setIcon(icon(spec.icon_name))
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tooltip_with_shortcut(spec.text, action.shortcut()))
        action.setStatusTip(spec.status_tip or spec.text)
        self._actions[spec.action_id] = action
        return action

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def get(self, action_id: str) -> QAction | None:
        return self._actions.get(action_id)

    def ids(self) -> list[str]:
        return list(self._actions)

    def all_actions(self) -> list[QAction]:
        return list(self._actions.values())
