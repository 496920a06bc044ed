"""The collection case card. `install` registers it as the main window's card for "case" and
declares its ribbon actions (Inkasso group)."""

from __future__ import annotations

import functools


def install(window, app_context) -> None:
    if app_context is None:
        return
    from ui.case_card.actions import declare_card_actions

    declare_card_actions(window)
    window.sig_language_changed.connect(lambda _code: declare_card_actions(window))

    # The card and its data layer (services, SQLAlchemy) load when the first case is opened.
    @functools.cache
    def data():
        from ui.wizard.data import CaseData

        return CaseData(app_context)

    def open_case(case_id):
        from ui.case_card.page import CaseCardPage

        return CaseCardPage(data(), int(case_id))

    window.card_factories["case"] = open_case
