"""Every action of the main window, declared once. Pages place them on the ribbon by id."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from ui.framework.actions import ActionRegistry, ActionSpec

_translate = QCoreApplication.translate


def declare_actions(registry: ActionRegistry) -> ActionRegistry:
    specs = [
        ActionSpec("new_case", _translate("Actions", "New case"), "new", "Ctrl+Shift+N"),
        ActionSpec("new_record", _translate("Actions", "New"), "new", "Ctrl+N"),
        ActionSpec(
            "open_record", _translate("Actions", "Open card"), "case"
        ),  # Enter in the list itself
        ActionSpec("delete_record", _translate("Actions", "Delete"), "delete", "Ctrl+Del"),
        ActionSpec("register_payment", _translate("Actions", "Register payment"), "payment"),
        ActionSpec("payment_plan", _translate("Actions", "Payment plan"), "plan"),
        ActionSpec("statement", _translate("Actions", "Statement"), "report"),
        ActionSpec("post_journal", _translate("Actions", "Post"), "post", "F9"),
        ActionSpec("refresh", _translate("Actions", "Refresh"), "refresh", "F5"),
        ActionSpec("find", _translate("Actions", "Find"), "search", QKeySequence.StandardKey.Find),
        ActionSpec("favourite", _translate("Actions", "Favourite"), "star"),
        ActionSpec(
            "print", _translate("Actions", "Print"), "print", QKeySequence.StandardKey.Print
        ),
        ActionSpec("export_pdf", _translate("Actions", "PDF"), "pdf"),
        ActionSpec("export_excel", _translate("Actions", "Excel"), "excel"),
        ActionSpec("export_csv", _translate("Actions", "CSV"), "report"),
        ActionSpec("export_word", _translate("Actions", "Word"), "letter"),
        ActionSpec("report_status", _translate("Actions", "Status report"), "report"),
        ActionSpec("settings", _translate("Actions", "Settings"), "settings"),
        ActionSpec("quick_search", _translate("Actions", "Quick search"), "search", "Ctrl+K"),
    ]
    for spec in specs:
        registry.declare(spec)
    return registry
