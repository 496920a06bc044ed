"""Import cases from a JSON file on the desk (the same whole-or-nothing import as `caplegal case
import`): a file dialog, the import on the background worker, the report in a list.
`install` declares the action "import_cases" (on the case overview's ribbon)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.framework.actions import ActionSpec


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend cannot create cases

    def declare(_code=None) -> None:
        spec = ActionSpec(
            "import_cases", QCoreApplication.translate("CaseImport", "Import cases"), "import"
        )
        if window.registry.get(spec.action_id) is None:
            action = window.registry.declare(spec)
            window.addAction(action)
            action.triggered.connect(lambda _c=False: window.trigger_action("import_cases"))

    def import_cases() -> None:
        from ui.case_import.dialog import run_import

        run_import(window, app_context)

    declare()
    window.sig_language_changed.connect(declare)
    window.action_handlers["import_cases"] = import_cases
