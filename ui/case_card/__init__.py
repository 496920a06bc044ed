"""The collection case card. `install` registers it as the main window's card for "case" and
declares its ribbon actions (Inkasso group)."""

from __future__ import annotations


def install(window, app_context) -> None:
    if app_context is None:
        return
    from ui.case_card.actions import declare_card_actions
    from ui.case_card.page import CaseCardPage
    from ui.wizard.data import CaseData

    data = CaseData(app_context)
    declare_card_actions(window)
    window.sig_language_changed.connect(lambda _code: declare_card_actions(window))
    window.card_factories["case"] = lambda case_id: CaseCardPage(data, int(case_id))
