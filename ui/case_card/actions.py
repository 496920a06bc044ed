"""The case card's own ribbon actions, declared on the main window's registry (once per build
of the window, which happens again when the language changes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.case_card.case_action_specs import action_specs as case_action_specs
from ui.framework.actions import ActionSpec
from ui.wizard.tr import ensure_translations


def _specs() -> list[ActionSpec]:
    return [
        ActionSpec(
            "adjust_claims",
            QCoreApplication.translate("CaseCardActions", "Add/Adjust claims, fees && salary"),
            "new",
        ),
        ActionSpec(
            "delete_claim", QCoreApplication.translate("CaseCardActions", "Delete claim"), "delete"
        ),
        ActionSpec("parties", QCoreApplication.translate("CaseCardActions", "Parties"), "party"),
        ActionSpec(
            "court_district",
            QCoreApplication.translate("CaseCardActions", "Change court district"),
            "fundament",
        ),
        ActionSpec("history", QCoreApplication.translate("CaseCardActions", "History"), "info"),
        ActionSpec("add_note", QCoreApplication.translate("CaseCardActions", "Add note"), "new"),
        *case_action_specs(),
        ActionSpec(
            "print_letter", QCoreApplication.translate("CaseCardActions", "Print letter"), "letter"
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
