"""Data safety in the main window: the Role Center's red cue while the posted ledger is not
intact (a guard trigger missing or re-created at this start, the latest `caplegal db verify`
failed, or the chain head disagrees with the entries). Loaded on the background worker after
the Role Center's figures; hidden while all is well.
"""

from __future__ import annotations


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no ledger to guard

    def attach_cue() -> None:
        from ui.data_safety.cue import LedgerCue

        cue = window.ledger_cue = LedgerCue()
        window.role_center.add_cues(cue)
        window.role_center.after_figures(lambda: load_cue(cue))

    def load_cue(cue) -> None:
        import shiboken6

        from ui.framework.background import run_in_background

        def alarm(_progress):
            from caplegal_desktop.services.maintenance.verify import ledger_alarm

            return ledger_alarm(app_context.database)

        def show(problem) -> None:
            if shiboken6.isValid(cue):
                cue.show_problem(problem)

        run_in_background(alarm, on_done=show, owner=cue)

    attach_cue()
    window.sig_language_changed.connect(lambda _code: attach_cue())
