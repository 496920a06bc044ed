"""The client card's Departments tab (afdelinger, the office issue): the client's departments
with their codes, and Ny afdeling (code and name). A case or a Klient user may belong to one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.office import departments as office_departments
from ui.case_card.dialogs import fill_table, table
from ui.framework.service_calls import ServiceCalls

_translate = QCoreApplication.translate


class DepartmentsData(ServiceCalls):
    def departments(self, client_no: str):
        return self.read(office_departments.list_departments, client_no=client_no)

    def add(self, client_no: str, code: str, name: str):
        with self.context.uow(write=True) as uow:
            row = office_departments.add_department(
                uow.session, client_no=client_no, code=code, name=name
            )
            uow.commit()
            return row


class NewDepartmentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_translate("ClientDepartments", "New department"))
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        form = QFormLayout()
        form.addRow(_translate("ClientDepartments", "Code"), self.code)
        form.addRow(_translate("ClientDepartments", "Name"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class DepartmentsPanel(QWidget):
    def __init__(self, data: DepartmentsData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.client_no: str | None = None
        self.ask = self._ask  # replaceable in tests: () -> (code, name) | None
        self.tree = table(
            [_translate("ClientDepartments", "Code"), _translate("ClientDepartments", "Name")], []
        )
        self.tree.setObjectName("clientDepartments")
        self.add_button = QPushButton(_translate("ClientDepartments", "New department"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_department())
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        layout.addWidget(self.message)

    def load(self, client_no: str | None) -> None:
        self.client_no = client_no
        self.add_button.setEnabled(client_no is not None)
        if client_no is None:
            fill_table(self.tree, [])
            self.message.setText(
                _translate("ClientDepartments", "Save the client first; then add departments.")
            )
            return
        try:
            rows = self.data.departments(client_no)
        except ServiceError as exc:  # a role without setup.read sees why
            fill_table(self.tree, [])
            self.message.setText(str(exc))
            return
        fill_table(self.tree, [(row.code, row.name) for row in rows])
        self.message.setText("")

    def add_department(self) -> None:
        if self.client_no is None:
            return
        answer = self.ask()
        if answer is None:
            return
        try:
            self.data.add(self.client_no, *answer)
        except ServiceError as exc:
            self.message.setText(str(exc))
            return
        self.load(self.client_no)

    def _ask(self):
        dialog = NewDepartmentDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.code.text(), dialog.name.text()
