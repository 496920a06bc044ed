"""The master data cards and the case card's edits (issue 14): the client card (Enter on the
client list, Ctrl+N "Ny klient"), the party card, "Ny sag" with the client of the list or card.

`install` registers the cards in `window.card_factories` and wraps `new_record` / `new_case`
for the client pages; on any other page those actions go on to their earlier handler.
"""

from __future__ import annotations

import functools


def install(window, app_context) -> None:
    if app_context is None:
        return
    from ui.cards.actions import declare_card_actions
    from ui.cards.opening import CardOpener

    declare_card_actions(window)
    window.sig_language_changed.connect(lambda _code: declare_card_actions(window))

    @functools.cache
    def data():
        from ui.cards.data import CardsData

        return CardsData(app_context)

    opener = CardOpener(window, data)
    window.card_factories["client"] = opener.client_card
    window.card_factories["party"] = opener.party_card
    for action_id, route in (("new_record", opener.new_record), ("new_case", opener.new_case)):
        previous = window.action_handlers.get(action_id)
        window.action_handlers[action_id] = functools.partial(route, fallback=previous)
    window.card_opener = opener
