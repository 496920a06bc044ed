"""The setup tables' ribbon actions, declared on the main window's registry (once per build of
the window, which happens again when the language changes)."""

from __future__ import annotations

from ui.framework.actions import ActionSpec
from ui.setup_tables import texts


def _specs() -> list[ActionSpec]:
    return [
        ActionSpec("rate_new", texts.NEW_RATE, "new"),
        ActionSpec("rate_correct", texts.CORRECT_RATE, "edit"),
        ActionSpec("figure_new", texts.NEW_ROW, "new"),
        ActionSpec("figure_correct", texts.CORRECT_ROW, "edit"),
        ActionSpec("figure_confirm", texts.CONFIRM, "confirm"),
        ActionSpec("figure_history", texts.HISTORY, "history"),
        ActionSpec("figure_import", texts.IMPORT_CSV, "import"),
    ]


def declare_actions(window) -> None:
    for spec in _specs():
        if window.registry.get(spec.action_id) is not None:
            continue
        action = window.registry.declare(spec)
        window.addAction(action)
        action.triggered.connect(lambda _c=False, a=spec.action_id: window.trigger_action(a))
