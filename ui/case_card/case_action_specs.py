"""The case actions' ids and ribbon declarations: light (no services), built at start-up; the
handlers are in ui.case_card.case_actions, loaded with the first case card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.framework.actions import ActionSpec

_translate = QCoreApplication.translate
ACTION_IDS = (
    "attach_file",
    "set_dormant",
    "wake_up",
    "credit_invoice",
    "message_handler",
    "request_recall",
    "print_case",
    "case_favourite",
)


def action_specs() -> list[ActionSpec]:
    return [
        ActionSpec("attach_file", _translate("CaseActions", "Attach file"), "paperclip"),
        ActionSpec("set_dormant", _translate("CaseActions", "Set dormant"), "history"),
        ActionSpec("wake_up", _translate("CaseActions", "Wake up"), "refresh"),
        ActionSpec("credit_invoice", _translate("CaseActions", "Credit invoice"), "payment"),
        ActionSpec("message_handler", _translate("CaseActions", "Message to handler"), "letter"),
        ActionSpec("request_recall", _translate("CaseActions", "Recall case"), "warning"),
        ActionSpec("print_case", _translate("CaseActions", "Print case"), "print"),
        ActionSpec("case_favourite", _translate("CaseActions", "Favourite"), "star"),
    ]
