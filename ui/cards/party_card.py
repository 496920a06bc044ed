"""Partkort: name, Navn 2, c/o, Adresse 2, address, identity number, contact persons (Att.) and
the flags gældssanering / afdød / konkurs, shown as a red warning above the card. Ctrl+Enter
saves; Esc asks first when something was changed; every changed field is in the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from caplegal_desktop.services.master_data.party_card import PartyCardInput
from ui.cards.contacts import ContactsTable
from ui.cards.data import CardsData
from ui.cards.editing import EditableCardPage, record_history_table
from ui.cards.warnings import PartyWarningBar
from ui.case_card.dialogs import fill_table
from ui.framework.card_page import PROMOTED

_translate = QCoreApplication.translate


class PartyCardPage(EditableCardPage):
    def __init__(self, data: CardsData, party_id: int, parent: QWidget | None = None):
        self.data = data
        self.party_id = party_id
        super().__init__(
            page_id=f"party:{party_id}",
            title="",
            ribbon={"process": ["save_card"], "actions": ["refresh"]},
            parent=parent,
        )
        self.setObjectName("partyCard")
        self.warning = PartyWarningBar()
        self.layout().insertWidget(1, self.warning)
        self._build()
        self.refresh()

    def _build(self) -> None:
        general = self.add_fast_tab(_translate("PartyCard", "General"))
        self.no_label = general.add_field(
            _translate("PartyCard", "No."), QLabel(), importance=PROMOTED
        )
        self.type_label = general.add_field(_translate("PartyCard", "Party type"), QLabel())
        self.text_field(general, "navn", _translate("PartyCard", "Name"), importance=PROMOTED)
        self.text_field(general, "navn2", _translate("PartyCard", "Name 2"))
        kind = QComboBox()
        kind.addItem(_translate("PartyCard", "Person"), "person")
        kind.addItem(_translate("PartyCard", "Business"), "business")
        self.kind = self.add_editor(general, "art", _translate("PartyCard", "Kind"), kind)
        self.text_field(general, "cpr", _translate("PartyCard", "CPR/CVR no."), importance=PROMOTED)

        address = self.add_fast_tab(_translate("PartyCard", "Address"))
        self.text_field(address, "co", _translate("PartyCard", "c/o"))
        self.text_field(address, "adresse", _translate("PartyCard", "Address"), importance=PROMOTED)
        self.text_field(address, "adresse2", _translate("PartyCard", "Address 2"))
        self.text_field(address, "postnr", _translate("PartyCard", "Post code"))
        self.text_field(address, "by", _translate("PartyCard", "City"), importance=PROMOTED)
        self.text_field(address, "land", _translate("PartyCard", "Country"))
        self.court_label = address.add_field(_translate("PartyCard", "Court district"), QLabel())
        self.municipality_label = address.add_field(
            _translate("PartyCard", "Municipality"), QLabel()
        )

        communication = self.add_fast_tab(_translate("PartyCard", "Communication"))
        self.text_field(communication, "email", _translate("PartyCard", "E-mail"))
        self.text_field(communication, "telefon", _translate("PartyCard", "Phone"))

        status = self.add_fast_tab(_translate("PartyCard", "Status"))
        self.check_field(
            status, "gældssanering", _translate("PartyCard", "Debt restructuring (gældssanering)")
        )
        self.check_field(status, "afdød", _translate("PartyCard", "Deceased"))
        self.check_field(status, "konkurs", _translate("PartyCard", "Personal bankruptcy"))
        hint = QLabel(
            _translate(
                "PartyCard",
                "A flagged party is shown with a warning on its cases, in the wizard and in letter runs.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        status.form.addRow("", hint)

        contacts_tab = self.add_fast_tab(_translate("PartyCard", "Contact persons"))
        self.contacts = ContactsTable()
        contacts_tab.form.addRow(self.contacts)
        self.editors["kontakt"] = self.contacts

        history = self.add_fast_tab(_translate("PartyCard", "History"))
        self.history = record_history_table()
        history.form.addRow(self.history)

    def load(self) -> None:
        loaded = self.data.party_card(self.party_id)
        card, self.loaded_version = loaded.card, loaded.version
        self.heading.setText(
            _translate("PartyCard", "Party card %1 · %2")
            .replace("%1", loaded.no)
            .replace("%2", card.name)
        )
        self.no_label.setText(loaded.no)
        self.type_label.setText(loaded.party_type)
        self.kind.setCurrentIndex(max(self.kind.findData(card.kind), 0))
        for key, value in {
            "navn": card.name,
            "navn2": card.name2,
            "cpr": card.identity_no,
            "co": card.co,
            "adresse": card.address,
            "adresse2": card.address2,
            "postnr": card.postcode,
            "by": card.city,
            "land": card.country,
            "email": card.email,
            "telefon": card.phone,
            "gældssanering": card.in_debt_restructuring,
            "afdød": card.deceased,
            "konkurs": card.in_bankruptcy,
        }.items():
            self.set_value(key, value)
        self.court_label.setText(loaded.court_district_code or "–")
        self.municipality_label.setText(loaded.municipality or "–")
        self.contacts.set_contacts(card.contacts)
        self.warning.show_warnings(
            [f"{card.name} ({loaded.no}): {loaded.warning}"] if loaded.warning else []
        )
        fill_table(
            self.history,
            [
                (
                    h.at.strftime("%d-%m-%Y %H:%M"),
                    h.user,
                    h.field,
                    h.old_value or "",
                    h.new_value or "",
                )
                for h in loaded.history
            ],
        )

    def current_values(self) -> dict[str, object]:
        values = super().current_values()
        values["art"] = self.kind.currentData()
        return values

    def gather(self) -> PartyCardInput:
        return PartyCardInput(
            name=self.text("navn") or "",
            kind=self.kind.currentData(),
            name2=self.text("navn2"),
            co=self.text("co"),
            address=self.text("adresse"),
            address2=self.text("adresse2"),
            postcode=self.text("postnr"),
            city=self.text("by"),
            country=self.text("land") or "DK",
            identity_no=self.text("cpr"),
            email=self.text("email"),
            phone=self.text("telefon"),
            in_debt_restructuring=self.checked("gældssanering"),
            deceased=self.checked("afdød"),
            in_bankruptcy=self.checked("konkurs"),
            contacts=self.contacts.contacts(),
        )

    def save_input(self, card: PartyCardInput):
        return self.data.save_party_card(self.party_id, card, self.loaded_version)

    def saved_text(self, saved) -> str:
        return _translate("PartyCard", "Party %1 saved.").replace("%1", saved.no)

    def handles_action(self, action_id: str) -> bool:
        return action_id in ("save_card", "refresh")

    def trigger_action(self, action_id: str) -> None:
        if action_id == "save_card":
            self.save()
        elif action_id == "refresh":
            self.refresh()
