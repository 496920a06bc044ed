"""The Follow-ups overview page (fremnoteringer) with mass execution and the run log.

`install(window, app_context)` registers the page "follow_ups" (the navigation entry and the
Role Center's due-follow-ups cue open it).
"""

from __future__ import annotations


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no follow-ups
    from ui.pages.list_pages import PAGE_FACTORIES

    def follow_ups_page(_backend):
        # the page and its data layer (services, SQLAlchemy) load when it is first shown
        from ui.follow_ups.ops import FollowUpOps
        from ui.follow_ups.page import FollowUpsPage

        page = FollowUpsPage(FollowUpOps(app_context))
        page.refresh()
        return page

    PAGE_FACTORIES["follow_ups"] = follow_ups_page
