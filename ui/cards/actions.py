"""The cards' ribbon actions, declared on the main window's registry (again after a language
change rebuilds it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.framework.actions import ActionSpec
from ui.wizard.tr import ensure_translations


def _specs() -> list[ActionSpec]:
    return [
        ActionSpec(
            "save_card", QCoreApplication.translate("CardActions", "Save (Ctrl+Enter)"), "confirm"
        ),
        ActionSpec("edit_case", QCoreApplication.translate("CardActions", "Edit case"), "edit"),
        ActionSpec("add_party", QCoreApplication.translate("CardActions", "Add party"), "party"),
        ActionSpec(
            "edit_entry_texts",
            QCoreApplication.translate("CardActions", "Edit list (entry texts)"),
            "edit",
        ),
    ]


def declare_card_actions(window) -> None:
    ensure_translations()
    for spec in _specs():
        if window.registry.get(spec.action_id) is not None:
            continue
        action = window.registry.declare(spec)
        window.addAction(action)
        action.triggered.connect(lambda _c=False, a=spec.action_id: window.trigger_action(a))
