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

    def save_client_card(
        self, client_id: int | None, card: client_cards.ClientCardInput, expected_version=None
    ):
        return self.write(
            client_cards.save_client_card, client_id=client_id, card=card, today=self.today(),
            expected_version=expected_version,
        )  # fmt: skip

    # --- the party card ----------------------------------------------------------------------
    def party_card(self, party_id: int) -> party_cards.PartyCard:
        return self.read(party_cards.party_card, party_id=party_id)

    def save_party_card(
        self, party_id: int, card: party_cards.PartyCardInput, expected_version=None
    ):
        return self.write(
            party_cards.save_party_card, party_id=party_id, card=card,
            expected_version=expected_version,
        )  # fmt: skip

    def party_warnings(self, party_ids) -> dict[int, str]:
        return self.read(party_cards.party_warnings, party_ids=list(party_ids))

    # --- the case card's edits ------------------------------------------------------------------
    def case_edit_values(self, case_id: int):
        from caplegal_desktop.services.cases import case_edit

        return self.read(case_edit.case_edit_values, case_id=case_id)

    def save_case_edit(self, case_id: int, edit, regarding_changes=(), expected_version=None):
        """The case's fields and the parties' "Sag vedrørende" texts in one unit of work, on the
        case version the dialog read (refused with who and when if another seat saved since)."""
        from caplegal_desktop.services.cases import case_edit

        with self._context.uow(write=True) as uow:
            done = case_edit.edit_case(uow.session, case_id=case_id, edit=edit, user=uow.user,
                                       expected_version=expected_version)  # fmt: skip
            rows = done.history_rows
            for party_id, party_type, text in regarding_changes:
                rows += case_edit.change_party_regarding(
                    uow.session, case_id=case_id, party_id=party_id, party_type=party_type,
                    regarding_party=text, user=uow.user,
                ).history_rows  # fmt: skip
            uow.commit()
            return case_edit.CaseEdited(case_id, rows)

    def add_party_to_case(self, case_id: int, *, party_no, party_type, regarding=None):
        from caplegal_desktop.services.cases import case_edit

        return self.write(
            case_edit.add_party, case_id=case_id, party_no=party_no, party_type=party_type,
            regarding_party=regarding,
        )  # fmt: skip

    def add_court_contacts(self, case_id: int, court_district_code: str):
        from caplegal_desktop.services.cases import case_edit

        return self.write(
            case_edit.add_court_contacts, case_id=case_id, court_district_code=court_district_code
        )

    def entry_texts(self, case_id: int):
        from caplegal_desktop.services.cases import entry_texts

        return self.read(entry_texts.entry_texts, case_id=case_id)

    def correct_entry_texts(self, case_id: int, texts: dict[int, str]):
        from caplegal_desktop.services.cases import entry_texts

        return self.write(entry_texts.correct_entry_texts, case_id=case_id, texts=texts)
