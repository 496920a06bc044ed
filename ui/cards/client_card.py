"""Klientkort: the client's name and address, CVR and VAT, the defaults a new case takes, the
settlement account, contact persons and the card's history. Ctrl+Enter saves; Esc asks first
when something was changed; "Ny sag" starts the create-case wizard with this client."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from caplegal_desktop.services.master_data.client_card import ClientCardInput
from caplegal_desktop.services.master_data.percent_input import read_percent
from ui.cards.contacts import ContactsTable
from ui.cards.data import CardsData
from ui.cards.departments import DepartmentsData, DepartmentsPanel
from ui.cards.editing import EditableCardPage, record_history_table
from ui.case_card.dialogs import fill_table
from ui.client_funds.client_settlements import ClientSettlementsData, ClientSettlementsPanel
from ui.framework.card_page import ADDITIONAL, PROMOTED
from ui.framework.factbox import FactBox, FactField

_translate = QCoreApplication.translate
NEW = "new"


class ClientCardPage(EditableCardPage):
    def __init__(self, data: CardsData, client_id: int | None, parent: QWidget | None = None):
        self.data = data
        self.client_id = client_id
        self.stats = FactBox(
            _translate("ClientCard", "Client statistics"),
            [FactField("cases", _translate("ClientCard", "Cases"), "int")],
            load=lambda _cid: {"cases": self._cases},
        )
        self._cases = 0
        super().__init__(
            page_id=f"client:{client_id if client_id is not None else NEW}",
            title="",
            factboxes=[self.stats],
            ribbon={"process": ["save_card", "new_case"], "actions": ["refresh"]},
            parent=parent,
        )
        self.setObjectName("clientCard")
        self._build()
        self.refresh()

    def _build(self) -> None:
        general = self.add_fast_tab(_translate("ClientCard", "General"))
        self.no_label = general.add_field(
            _translate("ClientCard", "No."), QLabel(), importance=PROMOTED
        )
        self.text_field(general, "navn", _translate("ClientCard", "Name"), importance=PROMOTED)
        self.text_field(general, "adresse", _translate("ClientCard", "Address"))
        self.text_field(general, "postnr", _translate("ClientCard", "Post code"))
        self.text_field(general, "by", _translate("ClientCard", "City"))
        self.text_field(general, "land", _translate("ClientCard", "Country"), importance=ADDITIONAL)
        self.text_field(general, "cvr", _translate("ClientCard", "CVR no."), importance=PROMOTED)
        self.text_field(general, "email", _translate("ClientCard", "E-mail"))
        self.editors["postnr"].editingFinished.connect(self._fill_city)

        invoicing = self.add_fast_tab(_translate("ClientCard", "VAT"))
        vat = self.check_field(
            invoicing, "moms", _translate("ClientCard", "VAT registered"), importance=PROMOTED
        )
        self.vat_group = invoicing.add_field(
            _translate("ClientCard", "VAT business posting group"), QLabel()
        )
        vat.toggled.connect(self._show_vat_group)

        defaults = self.add_fast_tab(_translate("ClientCard", "Case defaults"))
        self.code_field(
            defaults, "sagstype", _translate("ClientCard", "Case type"), self.data.case_types, _translate("ClientCard", "Case types"),
            importance=PROMOTED,
        )  # fmt: skip
        self.code_field(
            defaults, "salærkode", _translate("ClientCard", "Salary code"),
            lambda: self.data.fee_codes(level="case"), _translate("ClientCard", "Salary codes"),
        )  # fmt: skip
        self.code_field(
            defaults, "rentekode", _translate("ClientCard", "Interest code"), self.data.interest_codes,
            _translate("ClientCard", "Interest codes"),
        )  # fmt: skip
        rate = self.text_field(
            defaults, "rentesats", _translate("ClientCard", "Own interest rate %")
        )
        rate.setPlaceholderText(_translate("ClientCard", "empty: the interest code's rate"))
        self.text_field(defaults, "afdeling", _translate("ClientCard", "Legal department"))
        self.check_field(defaults, "kompensation", _translate("ClientCard", "Compensation fee"))
        self.code_field(
            defaults, "ansvarlig", _translate("ClientCard", "Responsible lawyer"), self.data.employees, _translate("ClientCard", "Employees"),
            importance=PROMOTED,
        )  # fmt: skip
        self.code_field(
            defaults,
            "behandler",
            _translate("ClientCard", "Case handler"),
            self.data.employees,
            _translate("ClientCard", "Employees"),
        )

        account = self.add_fast_tab(_translate("ClientCard", "Settlement account"))
        iban = self.text_field(
            account, "iban", _translate("ClientCard", "IBAN"), importance=PROMOTED
        )
        iban.setPlaceholderText("DK50 0040 0440 1162 43")
        self.text_field(account, "regnr", _translate("ClientCard", "Reg. no."))
        self.text_field(account, "kontonr", _translate("ClientCard", "Account no."))
        hint = QLabel(
            _translate(
                "ClientCard", "IBAN, or reg. no. and account no. The client funds payout uses it."
            )
        )
        hint.setObjectName("hint")
        account.form.addRow("", hint)

        contacts_tab = self.add_fast_tab(_translate("ClientCard", "Contacts"))
        self.contacts = ContactsTable()
        contacts_tab.form.addRow(self.contacts)
        self.editors["kontakt"] = self.contacts

        departments = self.add_fast_tab(_translate("ClientCard", "Departments"))
        self.departments = DepartmentsPanel(
            DepartmentsData(self.data.context, today=self.data.today)
        )
        departments.form.addRow(self.departments)
        departments.set_expanded(False)

        settlements = self.add_fast_tab(_translate("ClientCard", "Settlements"))
        self.settlements = ClientSettlementsPanel(
            ClientSettlementsData(self.data.context, today=self.data.today)
        )
        settlements.form.addRow(self.settlements)
        settlements.set_expanded(False)

        history = self.add_fast_tab(_translate("ClientCard", "History"))
        self.history = record_history_table()
        history.form.addRow(self.history)

    # --- data -------------------------------------------------------------------------------------
    def load(self) -> None:
        if self.client_id is None:
            card, no, history = self.data.new_client_card(), _translate("ClientCard", "(new)"), ()
            self._cases, self.loaded_version = 0, None
        else:
            loaded = self.data.client_card(self.client_id)
            card, no, history = loaded.card, loaded.no, loaded.history
            self._cases, self.loaded_version = loaded.cases, loaded.version
        self.no_label.setText(no)
        self.departments.load(None if self.client_id is None else no)
        self.settlements.load(self.client_id)
        heading = (
            _translate("ClientCard", "Client card %1 · %2")
            .replace("%1", no)
            .replace("%2", card.name or "")
        )
        self.heading.setText(heading if card.name else _translate("ClientCard", "New client"))
        values = {
            "navn": card.name,
            "adresse": card.address,
            "postnr": card.postcode,
            "by": card.city,
            "land": card.country,
            "cvr": card.cvr,
            "email": card.email,
            "moms": card.vat_registered,
            "sagstype": card.case_type,
            "salærkode": card.salary_code,
            "rentekode": card.interest_code,
            "rentesats": (
                f"{card.interest_rate_pct.normalize():f}".replace(".", ",")
                if card.interest_rate_pct is not None
                else None
            ),
            "afdeling": card.legal_department,
            "kompensation": card.use_compensation_fee,
            "ansvarlig": card.responsible_initials,
            "behandler": card.handler_initials,
            "iban": card.settlement_iban,
            "regnr": card.settlement_reg_no,
            "kontonr": card.settlement_account_no,
        }
        for key, value in values.items():
            self.set_value(key, value)
        self._show_vat_group(card.vat_registered)
        self.contacts.set_contacts(card.contacts)
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
                for h in history
            ],
        )
        self.stats.bind(None)
        self.stats.bind(self.client_id or 0)

    def _fill_city(self) -> None:
        postcode = self.text("postnr")
        if postcode and not self.text("by"):
            info = self.data.postcode_info(postcode)
            if info is not None:
                self.set_value("by", info.city)

    def _show_vat_group(self, registered: bool) -> None:
        self.vat_group.setText(
            _translate("ClientCard", "VAT registered: no VAT on the salary")
            if registered
            else _translate("ClientCard", "Not VAT registered: the debtor pays 25 % VAT on fees")
        )

    def gather(self) -> ClientCardInput:
        rate_text = self.text("rentesats")
        rate = None
        if rate_text:  # a typo here is refused like the service's own checks (ValidationError)
            rate = read_percent(rate_text, field="klient.rentesats", low=Decimal(0))
        return ClientCardInput(
            name=self.text("navn") or "",
            address=self.text("adresse"),
            postcode=self.text("postnr"),
            city=self.text("by"),
            country=self.text("land") or "DK",
            cvr=self.text("cvr"),
            email=self.text("email"),
            vat_registered=self.checked("moms"),
            case_type=self.text("sagstype"),
            salary_code=self.text("salærkode"),
            interest_code=self.text("rentekode"),
            interest_rate_pct=rate,
            legal_department=self.text("afdeling"),
            use_compensation_fee=self.checked("kompensation"),
            responsible_initials=self.text("ansvarlig"),
            handler_initials=self.text("behandler"),
            settlement_iban=self.text("iban"),
            settlement_reg_no=self.text("regnr"),
            settlement_account_no=self.text("kontonr"),
            contacts=self.contacts.contacts(),
        )

    def save_input(self, card: ClientCardInput):
        saved = self.data.save_client_card(self.client_id, card, self.loaded_version)
        self.client_id = saved.record_id
        return saved

    def saved_text(self, saved) -> str:
        return _translate("ClientCard", "Client %1 saved.").replace("%1", saved.no)

    # --- actions ----------------------------------------------------------------------------------
    def handles_action(self, action_id: str) -> bool:
        return action_id in ("save_card", "refresh")

    def trigger_action(self, action_id: str) -> None:
        if action_id == "save_card":
            self.save()
        elif action_id == "refresh":
            self.refresh()

    def client_no(self) -> str | None:
        no = self.no_label.text()
        return no if self.client_id is not None else None
