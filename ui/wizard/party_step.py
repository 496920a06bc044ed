"""Step 3, Party: add debtors by search (or create them prefilled from the search words); the
court district and municipality come from the post code; Ctrl+Del removes the marked debtor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.cases.requests import NewCase, PartyInput
from ui.wizard.data import CaseData
from ui.wizard.record_dialogs import NewPartyDialog
from ui.wizard.search_panel import SearchPanel
from ui.wizard.steps import StepBase


class PartyStep(StepBase):
    def __init__(self, data: CaseData) -> None:
        super().__init__(data)
        self.debtors: list[PartyInput] = []
        self.debtor_list = QTreeWidget()
        self.debtor_list.setObjectName("debtorList")
        self.debtor_list.setRootIsDecorated(False)
        self.debtor_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.debtor_list.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Name"),
                self.tr("Party type"),
                self.tr("Address"),
                self.tr("Court district"),
                self.tr("Regarding party"),
            ]
        )
        self.debtor_list.setMaximumHeight(130)
        self.debtor_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.search = SearchPanel(
            search=data.search_parties,
            headers=[self.tr("No."), self.tr("Name"), self.tr("Party type"), self.tr("Address")],
            row=lambda p: [
                p.no,
                p.name,
                p.party_type,
                ", ".join(x for x in (p.address, p.postcode, p.city) if x),
            ],
            not_found_question=self.tr("No party matches “%1”. Create a new party?"),
        )
        self.search.sig_chosen.connect(self._add_existing)
        self.search.sig_create.connect(self.create_new)
        self.regarding = QLineEdit()
        self.regarding.setPlaceholderText(self.tr("Text about the marked debtor"))
        self.regarding.textEdited.connect(self._set_regarding)
        self.debtor_list.currentItemChanged.connect(self._show_regarding)
        regarding_row = QHBoxLayout()
        caption = QLabel(self.tr("Case regarding party"))
        caption.setBuddy(self.regarding)
        regarding_row.addWidget(caption)
        regarding_row.addWidget(self.regarding, 1)
        heading = QLabel(self.tr("Debtors on the case (Ctrl+Del removes the marked one)"))
        heading.setObjectName("sectionTitle")
        add_heading = QLabel(self.tr("Add party: search words, Enter"))
        add_heading.setObjectName("sectionTitle")
        add_button = QPushButton(self.tr("Add party (Alt+A)"))
        add_button.setAutoDefault(False)
        add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add_button.clicked.connect(lambda: self.search.search_edit.setFocus())
        add_shortcut = QShortcut(QKeySequence("Alt+A"), self)
        add_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_shortcut.activated.connect(lambda: self.search.search_edit.setFocus())
        add_row = QHBoxLayout()
        add_row.addWidget(add_heading)
        add_row.addStretch(1)
        add_row.addWidget(add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.debtor_list)
        # A debtor in debt restructuring, deceased or bankrupt (party card flags) is named here
        from ui.cards.warnings import PartyWarningBar

        self.flag_warning = PartyWarningBar()
        self._party_ids: dict[str, int] = {}  # party no. -> id of the existing parties added
        layout.addWidget(self.flag_warning)
        layout.addLayout(regarding_row)
        layout.addLayout(add_row)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.error_label)
        # The cursor starts in the search; the "regarding party" text comes after the hits
        QWidget.setTabOrder(self.search.results, self.regarding)
        remove = QShortcut(QKeySequence("Ctrl+Del"), self)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(self.remove_current)

    def step_title(self) -> str:
        return self.tr("Party")

    # --- adding and removing debtors --------------------------------------------------------------
    def _add_existing(self, hit) -> None:
        if any(d.no == hit.no for d in self.debtors):
            self.search.hint.setText(self.tr("%1 is already on the case.").replace("%1", hit.name))
            return
        address = ", ".join(x for x in (hit.address, hit.postcode, hit.city) if x)
        court = ""
        if hit.postcode:
            info = self.data.postcode_info(hit.postcode)
            court = info.court_district_name if info and info.court_district_name else ""
        self._party_ids[hit.no] = hit.party_id
        self._append(PartyInput(no=hit.no, name=hit.name, kind=hit.kind), hit.no, address, court)

    def create_new(self, words: str) -> None:
        dialog = NewPartyDialog(self.data, words=words, parent=self)
        self.party_dialog = dialog  # the tests reach the open card through this
        if dialog.exec() != NewPartyDialog.DialogCode.Accepted:
            return
        if dialog.existing is not None:  # the party was there already: take it
            self._add_existing(dialog.existing)
            return
        party = dialog.party_input()
        address = ", ".join(x for x in (party.address, party.postcode, party.city) if x)
        court = dialog.area.court_district_name if dialog.area else ""
        self._append(party, self.tr("(new)"), address, court or "")

    def _append(self, party: PartyInput, no: str, address: str, court: str) -> None:
        self.debtors.append(party)
        item = QTreeWidgetItem(
            [no, party.name or "", "DEBITOR", address, court, party.regarding_party or ""]
        )
        self.debtor_list.addTopLevelItem(item)
        self.debtor_list.setCurrentItem(item)
        for column in range(self.debtor_list.columnCount()):
            self.debtor_list.resizeColumnToContents(column)
        self.search.search_edit.clear()
        self.search.results.clear()
        self.search.hint.setText(
            self.tr("%1 added as debtor. Search again to add one more.").replace("%1", party.name)
        )
        self.search.search_edit.setFocus()
        self._show_flags()
        self.problems()

    def remove_current(self) -> None:
        row = self.debtor_list.indexOfTopLevelItem(self.debtor_list.currentItem())
        if row < 0:
            return
        self.debtor_list.takeTopLevelItem(row)
        del self.debtors[row]
        self._show_flags()
        self.problems()

    def _show_flags(self) -> None:
        from caplegal_desktop.services.master_data.party_card import party_warnings

        ids = [self._party_ids[d.no] for d in self.debtors if d.no in self._party_ids]
        found = self.data.read(party_warnings, party_ids=ids) if ids else {}
        self.flag_warning.show_warnings([found[i] for i in ids if i in found])

    def _show_regarding(self) -> None:
        row = self.debtor_list.indexOfTopLevelItem(self.debtor_list.currentItem())
        self.regarding.setText(self.debtors[row].regarding_party or "" if row >= 0 else "")

    def _set_regarding(self, text: str) -> None:
        item = self.debtor_list.currentItem()
        row = self.debtor_list.indexOfTopLevelItem(item)
        if row >= 0:
            self.debtors[row].regarding_party = text.strip() or None
            item.setText(5, text)

    # --- the step ---------------------------------------------------------------------------------
    def debtor_names(self) -> list[str]:
        return [d.name or d.no or "" for d in self.debtors]

    def has_input(self) -> bool:
        return bool(self.debtors) or bool(self.search.search_edit.text().strip())

    def field_problems(self):
        if not self.debtors:
            return [(self.search, self.tr("The case must have at least one debtor: add a party."))]
        return []

    def fill(self, request: NewCase) -> None:
        request.debtors = list(self.debtors)
