"""The case actions the core has, as buttons on the case card (issue 14): attach a file, set
dormant until a date and wake up, credit an invoice in one step, message to the handler, recall,
print the case as one PDF, and favourite. Each changes the case through one service call and
leaves its history row; the card reads itself again afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.cases import actions as case_actions
from caplegal_desktop.services.cases import list_actions, printing
from ui.case_card.case_action_specs import ACTION_IDS
from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit
from ui.framework.files import documents_folder, in_documents
from ui.framework.service_calls import ServiceCalls

_translate = QCoreApplication.translate


class CaseActionsData(ServiceCalls):
    def attach(self, case_id: int, path: Path, description: str | None = None):
        return self.write(
            case_actions.attach_file, case_id=case_id, source=path, description=description
        )

    def set_dormant(self, case_id: int, until):
        return self.write(case_actions.set_dormant, case_id=case_id, until=until)

    def claims(self, case_id: int):
        return self.read(case_actions.payment_choices, case_id=case_id).claims

    def credit(self, case_id: int, claim_id: int, amount=None):
        return self.write(
            case_actions.credit_invoice,
            case_id=case_id,
            claim_id=claim_id,
            posting_date=self.today(),
            amount=amount,
        )

    def message(self, case_id: int, text: str):
        return self.write(case_actions.message_handler, case_id=case_id, text=text)

    def recall(self, case_id: int, reason: str):
        return self.write(case_actions.request_recall, case_id=case_id, reason=reason)

    def toggle_favourite(self, case_id: int):
        return self.write(list_actions.toggle_favourite, case_id=case_id)

    def print_case(self, case_id: int, target: Path) -> Path:
        return self.read(printing.case_pdf, case_id=case_id, target=target, today=self.today())


class _OkDialog(QDialog):
    """OK (Ctrl+Enter) and Cancel (Esc) under a form; `problem()` keeps it open with a message."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            _translate("CaseActions", "OK (Ctrl+Enter)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            _translate("CaseActions", "Cancel (Esc)")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(480, 200)

    def problem(self) -> str:
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        super().accept()


class TextDialog(_OkDialog):
    """A message to the handler or the reason for a recall."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("caseTextDialog")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.form.addRow(label, self.text)

    def problem(self) -> str:
        if not self.text.toPlainText().strip():
            return _translate("CaseActions", "Write the text first.")
        return ""

    def value(self) -> str:
        return self.text.toPlainText().strip()


class DormantDialog(_OkDialog):
    def __init__(self, *, today, parent: QWidget | None = None) -> None:
        super().__init__(_translate("CaseActions", "Set dormant"), parent)
        self.setObjectName("dormantDialog")
        self._today = today
        self.until = DateField(today=today)
        self.form.addRow(_translate("CaseActions", "Dormant until"), self.until)

    def problem(self) -> str:
        if self.until.value() is None:
            return self.until.error_message()
        if self.until.value() <= self._today:
            return _translate("CaseActions", "The date must be after today.")
        return ""


class CreditDialog(_OkDialog):
    """Credit an invoice: the claim, and the amount (empty: the whole principal)."""

    def __init__(self, claims, parent: QWidget | None = None) -> None:
        super().__init__(_translate("CaseActions", "Credit invoice"), parent)
        self.setObjectName("creditDialog")
        self.claim = QComboBox()
        for claim_id, text in claims:
            self.claim.addItem(text, claim_id)
        self.amount = AmountEdit()
        self.amount.setPlaceholderText(_translate("CaseActions", "the whole principal"))
        self.form.addRow(_translate("CaseActions", "Claim"), self.claim)
        self.form.addRow(_translate("CaseActions", "Amount"), self.amount)

    def problem(self) -> str:
        if self.claim.currentData() is None:
            return _translate("CaseActions", "The case has no claim to credit.")
        if not self.amount.is_valid():
            return self.amount.error_message()
        if self.amount.value() is not None and self.amount.value() <= 0:
            return _translate("CaseActions", "The amount must be greater than 0.")
        return ""


class CaseCardActions:
    """The handlers behind the card's case actions; `page` is the open case card."""

    def __init__(self, page, data: CaseActionsData) -> None:
        self.page = page
        self.data = data
        # Replaceable in tests: file dialogs and opening a file in its program.
        self.pick_file = self._pick_file
        self.pick_target = self._pick_target
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.show_error = self._show_error
        self.dialog: QDialog | None = None  # the open dialog (the tests reach it through this)

    def handles(self, action_id: str) -> bool:
        return action_id in ACTION_IDS

    def trigger(self, action_id: str) -> None:
        getattr(self, action_id)()

    @property
    def case_id(self) -> int:
        return self.page.case_id

    def _run(self, call) -> bool:
        try:
            done = call()
        except (ServiceError, OSError) as exc:
            self.show_error(str(exc))
            return False
        text = getattr(done, "action", None) or getattr(done, "text", "")
        self.page.refresh()
        if text:
            self.page.say(text)
        return True

    def _ask(self, dialog: QDialog) -> bool:
        self.dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- the actions ----------------------------------------------------------------------------
    def attach_file(self) -> None:
        path = self.pick_file()
        if path:
            self._run(lambda: self.data.attach(self.case_id, Path(path)))

    def set_dormant(self) -> None:
        dialog = DormantDialog(today=self.data.today(), parent=self.page)
        if self._ask(dialog):
            self._run(lambda: self.data.set_dormant(self.case_id, dialog.until.value()))

    def wake_up(self) -> None:
        self._run(lambda: self.data.set_dormant(self.case_id, None))

    def credit_invoice(self) -> None:
        dialog = CreditDialog(self.data.claims(self.case_id), parent=self.page)
        if self._ask(dialog):
            claim_id, amount = dialog.claim.currentData(), dialog.amount.value()
            self._run(lambda: self.data.credit(self.case_id, claim_id, amount))

    def message_handler(self) -> None:
        dialog = TextDialog(
            _translate("CaseActions", "Message to handler"),
            _translate("CaseActions", "Message"),
            parent=self.page,
        )
        if self._ask(dialog):
            self._run(lambda: self.data.message(self.case_id, dialog.value()))

    def request_recall(self) -> None:
        dialog = TextDialog(
            _translate("CaseActions", "Recall case"),
            _translate("CaseActions", "Reason"),
            parent=self.page,
        )
        if self._ask(dialog):
            self._run(lambda: self.data.recall(self.case_id, dialog.value()))

    def case_favourite(self) -> None:
        self._run(lambda: self.data.toggle_favourite(self.case_id))

    def print_case(self) -> None:
        target = self.pick_target(f"Sag_{self.page.card.general.case_no}.pdf")
        if not target:
            return
        try:
            written = self.data.print_case(self.case_id, Path(target))
        except (ServiceError, OSError) as exc:
            self.show_error(str(exc))
            return
        self.page.say(
            _translate("CaseActions", "The case is printed to %1.").replace("%1", str(written))
        )
        self.open_file(written)

    def _show_error(self, text: str) -> None:
        """A refusal in Danish, in a box the user must answer (nothing was changed)."""
        QMessageBox.warning(self.page, self.page.title(), text)

    def _pick_file(self) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self.page, _translate("CaseActions", "Attach file"), documents_folder()
        )
        return name

    def _pick_target(self, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self.page,
            _translate("CaseActions", "Print case"),
            in_documents(suggested),
            "PDF (*.pdf)",
        )
        return name
