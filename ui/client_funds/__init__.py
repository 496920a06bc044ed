"""Client funds in the main window: the settlement page (Afregning: drafts, check, post F9,
print; client funds balances) under Collection, and the Role Center's cue while the client
account does not reconcile (loaded on the background worker after the Role Center's figures).
The page and its data layer load on first use.
"""

from __future__ import annotations

import functools

PAGE_ID = "settlements"


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend keeps no client funds
    from ui.pages.list_pages import PAGE_FACTORIES

    @functools.cache
    def ops():
        from ui.client_funds.ops import FundsOps

        return FundsOps(app_context)

    def page(_backend):
        from ui.client_funds.settlement_page import SettlementPage

        made = SettlementPage(ops())
        made.refresh()
        return made

    PAGE_FACTORIES[PAGE_ID] = page

    def attach_cue() -> None:
        from ui.client_funds.cue import ReconciliationCue

        cue = window.client_funds_cue = ReconciliationCue()
        cue.clicked.connect(lambda _c=False: window.show_page(PAGE_ID))
        window.role_center.add_cues(cue)
        window.role_center.after_figures(lambda: load_cue(cue))

    def load_cue(cue) -> None:
        import shiboken6

        from ui.framework.background import run_in_background

        def show(state) -> None:
            if shiboken6.isValid(cue):
                cue.show_state(state)

        run_in_background(lambda _p: ops().cue_state(), on_done=show, owner=cue)

    attach_cue()
    window.sig_language_changed.connect(lambda _code: attach_cue())
