"""Henvendelser: requests on cases waiting for their handler (recalls, messages), completed from
the list; a Role Center cue counts the open ones. The page and its data load on first use."""

from __future__ import annotations

import functools

PAGE_ID = "requests"


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no requests
    from ui.pages.list_pages import PAGE_FACTORIES

    @functools.cache
    def data():
        from ui.requests.page import RequestsData

        return RequestsData(app_context)

    def page(_backend):
        from ui.requests.page import RequestsPage

        made = RequestsPage(data())
        made.refresh()
        return made

    PAGE_FACTORIES[PAGE_ID] = page

    def attach_cue() -> None:
        from ui.requests.cue import RequestsCue

        cue = window.requests_cue = RequestsCue()
        cue.clicked.connect(lambda _c=False: window.show_page(PAGE_ID))
        window.role_center.add_cues(cue)
        window.role_center.after_figures(lambda: load_cue(cue))

    def load_cue(cue) -> None:
        import shiboken6

        from ui.framework.background import run_in_background

        def show(count) -> None:
            if shiboken6.isValid(cue):
                cue.show_count(count)

        run_in_background(lambda _p: data().open_count(), on_done=show, owner=cue)

    attach_cue()
    window.sig_language_changed.connect(lambda _code: attach_cue())
