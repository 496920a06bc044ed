"""Actions of the list pages that change data: new and delete on the case, client, party,
employee and code lists, favourite and statement on the case list, and Post on the Role Center.

`install(window, app_context)` registers them in `window.action_handlers`. Each handler acts
only on the pages it knows; on any other page the action goes on to whoever handled it before
(an earlier handler, or the page itself), so e.g. the case card keeps its own statement.
"""

from __future__ import annotations

ACTIONS = ("new_record", "delete_record", "favourite", "statement", "post_journal")


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend cannot change data
    from ui.list_actions.handlers import ListActions

    # the services (and SQLAlchemy) load on the first action, not while the window starts
    actions = ListActions(window, app_context)
    for action_id in ACTIONS:
        previous = window.action_handlers.get(action_id)
        window.action_handlers[action_id] = lambda a=action_id, p=previous: actions.trigger(
            a, fallback=p
        )
    window.list_actions = actions
