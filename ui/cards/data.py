"""The cards' one door to the services: client card, party card, case edits. Each call is its
own unit of work; a save runs in one writing unit of work that commits once, or not at all."""

from __future__ import annotations

from caplegal_desktop.services.master_data import client_card as client_cards
from caplegal_desktop.services.master_data import party_card as party_cards
from ui.wizard.data import CaseData


class CardsData(CaseData):
    # --- the client card ---------------------------------------------------------------------
    def client_card(self, client_id: int) -> client_cards.ClientCard:
        return self.read(client_cards.client_card, client_id=client_id)

    def new_client_card(self) -> client_cards.ClientCardInput:
        return self.read(client_cards.new_client_card)

    def save_client_card(self, client_id: int | None, card: client_cards.ClientCardInput):
        return self.write(
            client_cards.save_client_card, client_id=client_id, card=card, today=self.today()
        )

    # --- the party card ----------------------------------------------------------------------
    def party_card(self, party_id: int) -> party_cards.PartyCard:
        return self.read(party_cards.party_card, party_id=party_id)

    def save_party_card(self, party_id: int, card: party_cards.PartyCardInput):
        return self.write(party_cards.save_party_card, party_id=party_id, card=card)

    def party_warnings(self, party_ids) -> dict[int, str]:
        return self.read(party_cards.party_warnings, party_ids=list(party_ids))
