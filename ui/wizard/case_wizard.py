"""Guide: Opret sag — five steps, then the claims window; one create_case call saves it all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from caplegal_desktop.services.cases.requests import ClientInput, NewCase
from ui.claims.new_case import NewCaseClaimsWindow
from ui.framework.wizard import FinishChoice, Wizard
from ui.wizard.data import CaseData
from ui.wizard.party_step import PartyStep
from ui.wizard.steps import CaseStep, ClientStep, CollectionStep, EmployeesStep
from ui.wizard.tr import ensure_translations

CREATE, CREATE_NEXT, LEAVE = "create", "create_next", "leave"


class CaseWizard(Wizard):
    """Finishing opens the claims window; the case exists only once that is answered with Yes."""

    def __init__(
        self, data: CaseData, *, client_no: str | None = None, parent: QWidget | None = None
    ) -> None:
        ensure_translations()
        self.data = data
        self.case_step = CaseStep(data)
        self.client_step = ClientStep(data)
        self.party_step = PartyStep(data)
        self.employees_step = EmployeesStep(data)
        self.collection_step = CollectionStep(data)
        self.client_step.on_client_changed = self._apply_client_defaults
        super().__init__(
            title=QCoreApplication.translate("CaseWizard", "Guide: Create case"),
            steps=[
                self.case_step,
                self.client_step,
                self.party_step,
                self.employees_step,
                self.collection_step,
            ],
            make_request=lambda: NewCase(client=ClientInput(), debtors=[], claims=[]),
            submit=self._open_claims,
            finish_choices=[
                FinishChoice(CREATE, QCoreApplication.translate("CaseWizard", "Create case")),
                FinishChoice(
                    CREATE_NEXT,
                    QCoreApplication.translate(
                        "CaseWizard", "Create case and continue with the next"
                    ),
                ),
                FinishChoice(
                    LEAVE,
                    QCoreApplication.translate("CaseWizard", "Leave the wizard"),
                    submits=False,
                ),
            ],
            parent=parent,
        )
        self.setObjectName("caseWizard")
        self.claims_window: NewCaseClaimsWindow | None = None
        for keys, slot in (("Alt+Right", self.go_next), ("Alt+Left", self.go_back)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.next_button.setToolTip(
            QCoreApplication.translate("CaseWizard", "Next step (Alt+N, Alt+Right, Ctrl+PgDn)")
        )
        self.back_button.setToolTip(
            QCoreApplication.translate("CaseWizard", "Previous step (Alt+P, Alt+Left, Ctrl+PgUp)")
        )
        self.resize(1000, 620)
        if client_no:
            self.client_step.choose_existing(client_no)
        self._apply_client_defaults(self.client_step.defaults)

    def _apply_client_defaults(self, defaults) -> None:
        self.case_step.set_client_defaults(defaults)
        self.employees_step.set_client_defaults(defaults)
        self.collection_step.set_client_defaults(defaults, self.client_step.vat_registered())

    def _open_claims(self, request: NewCase):
        window = NewCaseClaimsWindow(
            self.data, request, debtor_names=self.party_step.debtor_names(), parent=self
        )
        self.claims_window = window  # the tests reach the open window through this
        if window.exec() != QDialog.DialogCode.Accepted:
            raise _ClaimsLeft
        return window.created

    def finish(self) -> None:
        try:
            super().finish()
        except _ClaimsLeft:
            pass  # back in the wizard; nothing was saved


class _ClaimsLeft(Exception):
    """The claims window was left with Esc: the wizard stays open and nothing is saved."""


def run_new_case(data: CaseData, *, client_no: str | None = None, parent=None, on_created=None):
    """Run the wizard; 'continue with the next' opens a new one for the same client."""
    while True:
        wizard = CaseWizard(data, client_no=client_no, parent=parent)
        wizard.exec()
        if wizard.result_value is not None and on_created is not None:
            on_created(wizard.result_value)
        if wizard.chosen != CREATE_NEXT:
            return wizard.result_value
        client_no = wizard.result_value.client_no
