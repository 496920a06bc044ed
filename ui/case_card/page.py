"""Inkassosagskortet: FastTabs General, Claims (read-only), Follow-ups, Contacts; FactBoxes Case
entries (blue drill-downs), Case statistics, Optional fields, Notes; the Inkasso actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QTreeWidget, QWidget

from caplegal_desktop.errors import ServiceError
from ui.case_card.case_action_specs import ACTION_IDS as CASE_ACTION_IDS
from ui.case_card.case_actions import CaseActionsData, CaseCardActions
from ui.case_card.dialogs import (
    CourtDistrictDialog,
    EntriesDialog,
    NoteDialog,
    PartiesDialog,
    StatementDialog,
    fill_table,
    table,
)
from ui.case_card.follow_up_data import CaseFollowUpData
from ui.case_card.follow_ups_tab import FollowUpsPanel, WorkflowActivitiesBox
from ui.case_card.letter_dialog import LetterDialog
from ui.framework.card_page import PROMOTED, CardPage
from ui.framework.display import enum_text
from ui.framework.factbox import FactBox, FactField
from ui.i18n import format_amount, format_date
from ui.setup_tables.warnings import WarningBar
from ui.wizard.data import CaseData
from ui.wizard.tr import ensure_translations

CARD_ACTIONS = (
    "adjust_claims",
    "delete_claim",
    "parties",
    "court_district",
    "history",
    "add_note",
    "print_letter",
)
# The card's edits after creation (ui.cards declares these actions)
EDIT_ACTIONS = ("edit_case", "add_party", "edit_entry_texts")
HANDLED = (*CARD_ACTIONS, *EDIT_ACTIONS, *CASE_ACTION_IDS, "statement", "refresh")


def figure_titles() -> dict[str, str]:
    return {
        "principal": QCoreApplication.translate("CaseCard", "Principal"),
        "interest": QCoreApplication.translate("CaseCard", "Interest"),
        "fees": QCoreApplication.translate("CaseCard", "Fees"),
        "salary": QCoreApplication.translate("CaseCard", "Salary"),
        "costs": QCoreApplication.translate("CaseCard", "Disbursements"),
        "paid": QCoreApplication.translate("CaseCard", "Paid"),
        "balance": QCoreApplication.translate("CaseCard", "Total debt"),
    }


def status_text(status: str) -> str:
    return enum_text("case_status", status)


def fit_height(tree: QTreeWidget, *, most: int = 10) -> None:
    """As tall as its lines (at most `most`), so the FastTabs below stay in view."""
    tree.ensurePolished()
    rows = min(max(tree.topLevelItemCount(), 2), most)
    row_height = max(tree.sizeHintForRow(0), tree.fontMetrics().height() + 8)
    scroll_bar = tree.horizontalScrollBar().sizeHint().height()
    header = tree.header().sizeHint().height()
    tree.setFixedHeight(header + rows * row_height + scroll_bar + 2 * tree.frameWidth() + 4)


def _readonly_table(headers, right=()) -> QTreeWidget:
    tree = table(headers, [], right)
    tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return tree


class CaseCardPage(CardPage):
    # The card shows what is stored and takes input only in its dialogs: when another seat
    # changes the case, the card in front is read again (MainWindow._refresh_on_changes_elsewhere).
    rereads_on_changes_elsewhere = True

    def __init__(self, data: CaseData, case_id: int, parent: QWidget | None = None) -> None:
        ensure_translations()
        self.data = data
        self.case_id = case_id
        titles = figure_titles()
        self.entries_box = FactBox(
            QCoreApplication.translate("CaseCard", "Case entries"),
            [FactField(k, t, "amount", drill_down=True) for k, t in titles.items()],
            load=lambda cid: data.entry_figures(cid),
        )
        self.entries_box.sig_drill_down.connect(self.drill_down)
        self.statistics_box = FactBox(
            QCoreApplication.translate("CaseCard", "Case statistics"),
            [
                FactField("created_on", QCoreApplication.translate("CaseCard", "Created"), "date"),
                FactField("days_open", QCoreApplication.translate("CaseCard", "Days open"), "int"),
                FactField("claims", QCoreApplication.translate("CaseCard", "Claims"), "int"),
                FactField("payments", QCoreApplication.translate("CaseCard", "Payments"), "int"),
                FactField(
                    "last_payment", QCoreApplication.translate("CaseCard", "Last payment"), "date"
                ),
            ],
            load=lambda cid: data.case_statistics(cid),
        )
        self.optional_box = FactBox(
            QCoreApplication.translate("CaseCard", "Optional fields"), [], load=lambda cid: {}
        )
        self.optional_text = QLabel()
        self.optional_text.setWordWrap(True)
        self.optional_box.layout().addWidget(self.optional_text)
        self.follow_up_data = CaseFollowUpData(data.context, today=data.today)
        self.workflow_box = WorkflowActivitiesBox(self.follow_up_data)
        self.notes_box = FactBox(
            QCoreApplication.translate("CaseCard", "Notes"), [], load=lambda cid: {}
        )
        self.notes_text = QLabel()
        self.notes_text.setWordWrap(True)
        self.notes_box.layout().addWidget(self.notes_text)
        super().__init__(
            page_id=f"case:{case_id}",
            title="",
            factboxes=[
                self.entries_box,
                self.statistics_box,
                self.workflow_box,
                self.optional_box,
                self.notes_box,
            ],
            ribbon={
                "process": [
                    "statement",
                    "history",
                    "register_payment",
                    "payment_plan",
                    "fundament",
                ],
                "collection": ["adjust_claims", "delete_claim", "parties", "court_district"],
                "actions": ["refresh"],
                "case": ["edit_case", "add_party", *CASE_ACTION_IDS, "add_note", "print_letter"],
            },
            parent=parent,
        )
        # A statement as of today that lacks a reference rate or uses an unconfirmed figure
        self.rate_warnings = WarningBar()
        self.layout().insertWidget(1, self.rate_warnings)
        self.last_message = ""
        self.case_actions = CaseCardActions(self, CaseActionsData(data.context, today=data.today))
        # A party in debt restructuring, deceased or bankrupt (party card flags), in red
        from ui.cards.warnings import PartyWarningBar

        self.party_warnings = PartyWarningBar()
        self.layout().insertWidget(2, self.party_warnings)
        self._build_tabs()
        self.refresh()

    # --- FastTabs -------------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        general = self.add_fast_tab(QCoreApplication.translate("CaseCard", "General"))
        self.fields: dict[str, QLabel] = {}
        for key, title, importance in (
            ("case_no", QCoreApplication.translate("CaseCard", "Case no."), PROMOTED),
            ("client", QCoreApplication.translate("CaseCard", "Client"), PROMOTED),
            ("case_type", QCoreApplication.translate("CaseCard", "Case type"), "standard"),
            ("regarding", QCoreApplication.translate("CaseCard", "Case regarding"), PROMOTED),
            ("status", QCoreApplication.translate("CaseCard", "Status"), "standard"),
            ("responsible", QCoreApplication.translate("CaseCard", "Responsible"), "standard"),
            ("handler", QCoreApplication.translate("CaseCard", "Case handler"), "standard"),
            ("created", QCoreApplication.translate("CaseCard", "Created"), "standard"),
            ("salary_code", QCoreApplication.translate("CaseCard", "Salary code"), "additional"),
            ("team", QCoreApplication.translate("CaseCard", "Team"), "additional"),
            (
                "legal_department",
                QCoreApplication.translate("CaseCard", "Legal department"),
                "additional",
            ),
            ("narrative", QCoreApplication.translate("CaseCard", "Narrative"), "additional"),
        ):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(key == "narrative")
            self.fields[key] = general.add_field(title, label, importance=importance)
        claims_tab = self.add_fast_tab(QCoreApplication.translate("CaseCard", "Claims"))
        self.claims_table = _readonly_table(
            [
                QCoreApplication.translate("CaseCard", "No."),
                QCoreApplication.translate("CaseCard", "Description"),
                QCoreApplication.translate("CaseCard", "Debtors"),
                QCoreApplication.translate("CaseCard", "Date"),
                QCoreApplication.translate("CaseCard", "Principal"),
                QCoreApplication.translate("CaseCard", "Principal (reg.)"),
                QCoreApplication.translate("CaseCard", "Interest code"),
                QCoreApplication.translate("CaseCard", "Rate"),
                QCoreApplication.translate("CaseCard", "Interest from"),
            ],
            right=(4, 5, 7),
        )
        claims_tab.form.addRow(self.claims_table)
        follow_tab = self.add_fast_tab(QCoreApplication.translate("CaseCard", "Follow-ups"))
        self.follow_panel = FollowUpsPanel(self.follow_up_data, self.case_id)
        self.follow_panel.sig_changed.connect(self.refresh)
        self.workflow_box.sig_changed.connect(self.follow_panel.refresh)
        self.workflow_box.sig_message.connect(self.follow_panel.say)
        self.follow_ups = self.follow_panel.tree
        follow_tab.form.addRow(self.follow_panel)
        contacts_tab = self.add_fast_tab(QCoreApplication.translate("CaseCard", "Contacts"))
        self.contacts = _readonly_table(
            [
                QCoreApplication.translate("CaseCard", "No."),
                QCoreApplication.translate("CaseCard", "Name"),
                QCoreApplication.translate("CaseCard", "Party type"),
                QCoreApplication.translate("CaseCard", "Address"),
                QCoreApplication.translate("CaseCard", "Regarding party"),
            ]
        )
        contacts_tab.form.addRow(self.contacts)

    # --- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        card = self.data.case_card(self.case_id)
        self.card = card
        g = card.general
        self.heading.setText(
            QCoreApplication.translate("CaseCard", "Case %1 · %2")
            .replace("%1", g.case_no)
            .replace("%2", g.client_name)
        )
        values = {
            "case_no": g.case_no,
            "client": f"{g.client_no} · {g.client_name}",
            "case_type": f"{g.case_type} · {g.case_type_description}",
            "regarding": g.regarding or "",
            "status": status_text(g.status),
            "responsible": g.responsible or "–",
            "handler": g.handler or "–",
            "created": f"{format_date(g.created_on)} ({g.created_by})",
            "salary_code": g.salary_code or "–",
            "team": g.team or "–",
            "legal_department": g.legal_department or "–",
            "narrative": g.narrative or "",
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        # a wrapped narrative of several lines gets its full height (the form would clip it)
        narrative = self.fields["narrative"]
        narrative.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        narrative.setMinimumHeight(narrative.heightForWidth(560) if g.narrative else 0)
        fill_table(
            self.claims_table,
            [
                (
                    c.claim_no,
                    c.description,
                    c.debtors,
                    format_date(c.invoice_date),
                    format_amount(c.principal),
                    format_amount(c.registered_principal),
                    c.interest_code,
                    format_amount(c.interest_rate_pct) if c.interest_rate_pct is not None else "",
                    format_date(c.interest_from),
                )
                for c in card.claims
            ],
            right=(4, 5, 7),
        )
        self.follow_panel.refresh()
        self._fit_tables()
        fill_table(
            self.contacts,
            [
                (c.no, c.name, c.party_type, c.address, c.regarding_party or "")
                for c in card.contacts
            ],
        )
        for box in self.factboxes:
            box.bind(None)
            box.bind(self.case_id)
        self.rate_warnings.load(self.data, self.case_id)
        self._show_party_flags(card)
        fields = self.data.optional_fields(self.case_id)
        self.optional_text.setText(
            "\n".join(f"{label}: {value or '–'}" for label, value in fields)
            or QCoreApplication.translate("CaseCard", "No optional fields are set up.")
        )
        notes = self.data.notes(self.case_id)
        self.notes_text.setText(
            "\n\n".join(f"{at:%d-%m-%Y} {who}: {text}" for at, who, text in notes[:5])
            or QCoreApplication.translate("CaseCard", "No notes.")
        )

    def _show_party_flags(self, card) -> None:
        from caplegal_desktop.services.master_data.party_card import party_warnings

        ids = [c.party_id for c in card.contacts if c.party_id is not None]
        found = self.data.read(party_warnings, party_ids=ids) if ids else {}
        self.party_warnings.show_warnings([found[i] for i in dict.fromkeys(ids) if i in found])

    def _fit_tables(self) -> None:
        for tree in (self.claims_table, self.follow_ups, self.contacts):
            fit_height(tree)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_tables()  # again, now that the style sheet has sized the rows

    def drill_down(self, figure: str, _record_id=None) -> EntriesDialog:
        lines = self.data.figure_lines(self.case_id, figure)
        dialog = EntriesDialog(figure_titles()[figure], lines, parent=self)
        self.drill_dialog = dialog  # the tests reach it through this
        if figure == "balance":  # Gæld i alt: "Rediger liste" corrects the entries' texts
            from PySide6.QtWidgets import QDialogButtonBox

            edit = dialog.buttons.addButton(
                QCoreApplication.translate("CaseCard", "Edit list"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            edit.setObjectName("editEntryTexts")
            edit.clicked.connect(lambda: (dialog.accept(), self.action_edit_entry_texts()))
        dialog.open()
        return dialog

    # --- actions --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.heading.text()

    def handles_action(self, action_id: str) -> bool:
        return action_id in HANDLED

    def trigger_action(self, action_id: str) -> None:
        if self.case_actions.handles(action_id):
            self.case_actions.trigger(action_id)
            return
        getattr(self, f"action_{action_id}")()

    def say(self, text: str) -> None:
        """What an action did, in the status bar."""
        self.last_message = text
        self.sig_status_message.emit(text)

    def action_refresh(self) -> None:
        self.refresh()

    def action_history(self) -> None:
        from ui.case_card.history_dialog import CaseHistoryDialog, HistoryData

        dialog = CaseHistoryDialog(
            HistoryData(self.data.context, today=self.data.today), self.case_id, parent=self
        )
        self.history_dialog = dialog  # the tests reach it through this
        dialog.exec()

    def action_statement(self) -> None:
        StatementDialog(self.data, self.case_id, figure_titles(), parent=self).exec()

    def action_adjust_claims(self) -> None:
        from ui.claims.adjust import AdjustClaimsWindow

        window = AdjustClaimsWindow(self.data, self.case_id, parent=self)
        if window.exec():
            self.refresh()

    def action_delete_claim(self) -> None:
        index = self.claims_table.indexOfTopLevelItem(self.claims_table.currentItem())
        if index < 0:
            return
        claim = self.card.claims[index]
        question = QCoreApplication.translate(
            "CaseCard", "Delete claim %1 (%2)? Its entries are reversed."
        )
        answer = QMessageBox.question(
            self,
            self.title(),
            question.replace("%1", str(claim.claim_no)).replace("%2", claim.description),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply([("delete_claim", {"claim_id": claim.claim_id})])

    def action_parties(self) -> None:
        dialog = PartiesDialog(self.card.contacts, parent=self)
        if dialog.exec() and dialog.changes:
            self._apply(dialog.changes)

    def action_add_note(self) -> NoteDialog | None:
        dialog = NoteDialog(self.title(), parent=self)
        if not dialog.exec():
            return None
        try:
            self.data.add_note(self.case_id, dialog.text())
        except ServiceError as exc:
            QMessageBox.warning(self, self.title(), str(exc))
            return None
        self.refresh()
        return dialog

    def action_print_letter(self) -> LetterDialog:
        """Merge a letter for the case: the same values a mass run and the CLI would use."""
        case_no = self.card.general.case_no
        dialog = LetterDialog(case_no, self.data.letter_templates(), parent=self)
        self.letter_dialog = dialog  # the tests reach the open dialog through this
        if dialog.exec() != LetterDialog.DialogCode.Accepted:
            return dialog
        template, target = dialog.chosen()
        try:
            printed = self.data.print_letter(self.case_id, template, target)
        except ServiceError as exc:
            QMessageBox.warning(self, dialog.windowTitle(), str(exc))
            return dialog
        QMessageBox.information(
            self,
            dialog.windowTitle(),
            self.tr("The letter is saved: %1").replace("%1", str(printed.path)),
        )
        self.refresh()

    def _cards_data(self):
        from ui.cards.data import CardsData

        return CardsData(self.data.context, today=self.data.today)

    def action_edit_case(self):
        from ui.cards.case_edit import CaseEditDialog

        dialog = CaseEditDialog(self._cards_data(), self.case_id, parent=self)
        self.edit_dialog = dialog  # the tests reach the open dialog through this
        if dialog.exec():
            self.refresh()
        return dialog

    def action_add_party(self):
        from ui.cards.case_edit import AddPartyDialog

        dialog = AddPartyDialog(self._cards_data(), self.case_id, parent=self)
        self.add_party_dialog = dialog
        if dialog.exec():
            self.refresh()
        return dialog

    def action_edit_entry_texts(self):
        from ui.cards.entry_texts import EntryTextsDialog

        dialog = EntryTextsDialog(self._cards_data(), self.case_id, parent=self)
        self.entry_texts_dialog = dialog
        if dialog.exec():
            self.refresh()
        return dialog

    def action_court_district(self) -> None:
        dialog = CourtDistrictDialog(self.data, self.card.court_district_code, parent=self)
        if dialog.exec() and dialog.code():
            self._apply([("change_court_district", {"court_district_code": dialog.code()})])

    def _apply(self, changes) -> None:
        try:
            self.data.apply_claim_changes(self.case_id, changes)
        except ServiceError as exc:
            problems = getattr(exc, "problems", None)
            text = "\n".join(p.message for p in problems) if problems else str(exc)
            QMessageBox.warning(self, self.title(), text)
            return
        self.refresh()
