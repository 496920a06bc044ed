"""The five steps of Guide: Opret sag. Each fills its part of one NewCase request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.cases.requests import ClientInput, NewCase
from caplegal_desktop.services.search.lookups import ClientDefaults, CodeItem
from ui.framework.fields import mark_invalid
from ui.framework.lookup import LookupEdit, LookupItem
from ui.framework.wizard import WizardStep
from ui.wizard.data import CaseData
from ui.wizard.record_dialogs import NewClientDialog


def lookup_items(codes: list[CodeItem], text: str) -> list[LookupItem]:
    words = text.strip().lower()
    return [
        LookupItem(c.code, c.description)
        for c in codes
        if not words or words in c.code.lower() or words in c.description.lower()
    ]


class CodeField(LookupEdit):
    """A coded field; F4 lists the codes matching the typed text (all when none match)."""

    def __init__(self, load, title: str) -> None:
        self._load = load
        self._codes: list[CodeItem] | None = None
        super().__init__(self._candidates_for, title=title)

    def codes(self) -> list[CodeItem]:
        if self._codes is None or getattr(self._load, "uncached", False):
            self._codes = list(self._load())
        return self._codes

    def _candidates_for(self, text: str) -> list[LookupItem]:
        return lookup_items(self.codes(), text) or lookup_items(self.codes(), "")


def code_field(load, title: str) -> CodeField:
    return CodeField(load, title)


def form_step() -> tuple[QFormLayout, QVBoxLayout]:
    outer = QVBoxLayout()
    outer.setContentsMargins(0, 0, 0, 0)
    form = QFormLayout()
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    outer.addLayout(form)
    return form, outer


def add_row(form: QFormLayout, label: str, widget: QWidget) -> QWidget:
    caption = QLabel(label)
    caption.setBuddy(widget.focusProxy() or widget)
    form.addRow(caption, widget)
    return widget


class StepBase(WizardStep):
    """A step that marks its fields and shows its problems under them."""

    def __init__(self, data: CaseData) -> None:
        super().__init__()
        self.data = data
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setStyleSheet("color:#b3261e;")
        self.error_label.setWordWrap(True)

    def field_problems(self) -> list[tuple[QWidget, str]]:
        return []

    def problems(self) -> list[str]:
        found = self.field_problems()
        marked = {id(w): m for w, m in found}
        for widget in self.findChildren(QLineEdit):
            owner = widget.parent() if isinstance(widget.parent(), LookupEdit) else widget
            if widget.objectName() != "searchWords":
                mark_invalid(widget, marked.get(id(owner)) or marked.get(id(widget)))
        self.error_label.setText("\n".join(m for _w, m in found))
        return [m for _w, m in found]


class CaseStep(StepBase):
    def __init__(self, data: CaseData) -> None:
        super().__init__(data)
        form, outer = form_step()
        self.module = add_row(form, self.tr("Module"), QLineEdit(self.tr("Collection")))
        self.module.setReadOnly(True)
        self.module.setEnabled(False)  # the guide makes collection cases only
        self.module.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.case_type = add_row(
            form, self.tr("Case type"), code_field(data.case_types, self.tr("Case types"))
        )
        self.case_type_text = QLabel()
        self.case_type_text.setObjectName("hint")
        form.addRow("", self.case_type_text)
        self.regarding = add_row(form, self.tr("Case regarding"), QLineEdit())
        self.team = add_row(form, self.tr("Team"), QLineEdit())
        self.team.textEdited.connect(lambda _t: self.team.setProperty("from_case_type", False))
        self.legal_department = add_row(form, self.tr("Legal department"), QLineEdit())
        self.case_type.line_edit.textChanged.connect(self._describe_case_type)
        outer.addWidget(self.error_label)
        outer.addStretch(1)
        self.setLayout(outer)

    def step_title(self) -> str:
        return self.tr("Case")

    def _describe_case_type(self, text: str) -> None:
        known = {c.code: c.description for c in self.case_type.codes()}
        self.case_type_text.setText(known.get(text.strip().upper(), ""))
        self._fill_team(text)

    def _fill_team(self, code: str) -> None:
        """The team comes from the case type (until the user types one of their own)."""
        from caplegal_desktop.services.master_data.case_types import case_type_team

        if self.team.text().strip() and not self.team.property("from_case_type"):
            return
        team = self.data.read(case_type_team, code=code) if code.strip() else None
        self.team.setText(team or "")
        self.team.setProperty("from_case_type", True)

    def has_input(self) -> bool:
        return any(
            w.text().strip()
            for w in (self.case_type, self.regarding, self.team, self.legal_department)
        )

    def field_problems(self) -> list[tuple[QWidget, str]]:
        code = self.case_type.text().strip().upper()
        if not code:
            return [(self.case_type, self.tr("Choose a case type (F4)."))]
        if code not in {c.code for c in self.case_type.codes()}:
            message = self.tr("The case type %1 is not a case type of the Collection module.")
            return [(self.case_type, message.replace("%1", code))]
        return []

    def set_client_defaults(self, defaults: ClientDefaults | None) -> None:
        if defaults and defaults.case_type and not self.case_type.text():
            self.case_type.set_text(defaults.case_type)
        if defaults and defaults.legal_department and not self.legal_department.text():
            self.legal_department.setText(defaults.legal_department)

    def fill(self, request: NewCase) -> None:
        request.case_type = self.case_type.text().strip().upper()
        request.regarding = self.regarding.text().strip() or None
        request.team = self.team.text().strip() or None
        request.legal_department = self.legal_department.text().strip() or None


class ClientStep(StepBase):
    """Client: prefilled from the case marked in the list; search; create when not found."""

    def __init__(self, data: CaseData, *, client_no: str | None = None) -> None:
        super().__init__(data)
        from ui.wizard.search_panel import SearchPanel

        self.client: ClientInput | None = None
        self.defaults: ClientDefaults | None = None
        self.on_client_changed = lambda defaults: None
        self.chosen = QLabel(self.tr("No client chosen yet."))
        self.chosen.setObjectName("chosenRecord")
        self.chosen.setStyleSheet("font-weight:600; font-size:11pt;")
        self.search = SearchPanel(
            search=data.search_clients,
            headers=[self.tr("No."), self.tr("Name"), self.tr("Information")],
            row=lambda c: [c.no, c.name, ", ".join(p for p in (c.address, c.city, c.cvr) if p)],
            not_found_question=self.tr("No client matches “%1”. Create a new client?"),
        )
        self.search.sig_chosen.connect(lambda hit: self.choose_existing(hit.no))
        self.search.sig_create.connect(self.create_new)
        self.defaults_box = QGroupBox(self.tr("Client defaults"))
        self.defaults_form = QFormLayout(self.defaults_box)
        self.defaults_form.setVerticalSpacing(4)
        self.default_labels = {}
        for key, title in (
            ("case_type", self.tr("Case type")),
            ("salary_code", self.tr("Salary code")),
            ("interest_code", self.tr("Interest code")),
            ("legal_department", self.tr("Legal department")),
            ("compensation", self.tr("Compensation fee")),
            ("responsible", self.tr("Responsible lawyer")),
            ("vat", self.tr("VAT business posting group")),
        ):
            label = QLabel("–")
            self.default_labels[key] = label
            self.defaults_form.addRow(title, label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.chosen)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.defaults_box)
        layout.addWidget(self.error_label)
        if client_no:
            self.choose_existing(client_no)

    def step_title(self) -> str:
        return self.tr("Client")

    def choose_existing(self, client_no: str) -> None:
        self.defaults = self.data.client_defaults(client_no)
        if self.defaults is None:
            return
        self.client = ClientInput(no=client_no)
        self.chosen.setText(f"{self.defaults.no} · {self.defaults.name}")
        self._show_defaults()
        self.on_client_changed(self.defaults)
        self.problems()

    def create_new(self, words: str) -> None:
        dialog = NewClientDialog(self.data, words=words, parent=self)
        self.client_dialog = dialog  # the tests reach the open card through this
        if dialog.exec() != NewClientDialog.DialogCode.Accepted:
            return
        if dialog.existing is not None:  # the client was there already: take it
            self.choose_existing(dialog.existing.no)
            return
        self.client = dialog.client_input()
        self.defaults = None
        self.chosen.setText(self.tr("New client: %1").replace("%1", self.client.name))
        self._show_defaults()
        self.on_client_changed(None)
        self.problems()

    def _show_defaults(self) -> None:
        d = self.defaults
        yes, no = self.tr("Yes"), self.tr("No")
        salary, interest = self.data.company_defaults()
        vat_registered = d.vat_registered if d else bool(self.client.vat_registered)
        values = {
            "case_type": (d.case_type if d else "INK-ALM") or "–",
            "salary_code": (d.salary_code if d else salary) or "–",
            "interest_code": (d.interest_code if d else interest) or "–",
            "legal_department": (d.legal_department if d else None) or "–",
            "compensation": yes if (d.use_compensation_fee if d else True) else no,
            "responsible": (d.responsible_initials if d else None) or "–",
            "vat": self.tr("VAT registered") if vat_registered else self.tr("Not VAT registered"),
        }
        for key, value in values.items():
            self.default_labels[key].setText(value)

    def vat_registered(self) -> bool:
        if self.defaults is not None:
            return self.defaults.vat_registered
        return True if self.client is None else bool(self.client.vat_registered)

    def has_input(self) -> bool:
        return self.client is not None or bool(self.search.search_edit.text().strip())

    def field_problems(self) -> list[tuple[QWidget, str]]:
        if self.client is None:
            return [(self.search, self.tr("Choose a client: search, or create a new one."))]
        return []

    def fill(self, request: NewCase) -> None:
        request.client = self.client


class EmployeesStep(StepBase):
    def __init__(self, data: CaseData) -> None:
        super().__init__(data)
        form, outer = form_step()
        self.responsible = add_row(
            form,
            self.tr("Responsible"),
            code_field(self._employees_for("resp"), self.tr("Employees")),
        )
        self.responsible_function = add_row(
            form, self.tr("Function"), code_field(self._functions, self.tr("Employee functions"))
        )
        self.handler = add_row(
            form,
            self.tr("Case handler"),
            code_field(self._employees_for("hand"), self.tr("Employees")),
        )
        self.handler_function = add_row(
            form, self.tr("Function"), code_field(self._functions, self.tr("Employee functions"))
        )
        # The employee's function comes from setup; F4 on a function narrows the employees to it
        for employee, function in (
            (self.responsible, self.responsible_function),
            (self.handler, self.handler_function),
        ):
            employee.line_edit.textChanged.connect(
                lambda text, f=function: self._show_function(text, f)
            )
        hint = QLabel(self.tr("The responsible lawyer comes from the client card."))
        hint.setObjectName("hint")
        outer.addWidget(hint)
        outer.addWidget(self.error_label)
        outer.addStretch(1)
        self.setLayout(outer)

    def _functions(self) -> list[CodeItem]:
        return self.data.read(lookups_employee_functions)

    def _function_of(self) -> dict[str, str | None]:
        from caplegal_desktop.services.master_data.employee_functions import functions_by_initials

        return self.data.read(functions_by_initials)

    def _employees_for(self, which: str):
        def load() -> list[CodeItem]:
            everyone = list(self.data.employees())
            field = self.responsible_function if which == "resp" else self.handler_function
            wanted = field.text().strip().upper() if hasattr(self, "handler_function") else ""
            if not wanted:
                return everyone
            functions = self._function_of()
            return [e for e in everyone if functions.get(e.code) == wanted] or everyone

        return _Uncached(load)

    def _show_function(self, initials: str, field) -> None:
        function = self._function_of().get(initials.strip().upper())
        if function:
            field.set_text(function)

    def step_title(self) -> str:
        return self.tr("Employees")

    def set_client_defaults(self, defaults: ClientDefaults | None) -> None:
        self.responsible.set_text((defaults.responsible_initials if defaults else None) or "")
        self.handler.set_text((defaults.handler_initials if defaults else None) or "")

    def has_input(self) -> bool:
        return False  # prefilled only

    def field_problems(self) -> list[tuple[QWidget, str]]:
        known = {c.code for c in self.data.employees()}
        functions = {c.code for c in self._functions()}
        problems = []
        for field in (self.responsible_function, self.handler_function):
            code = field.text().strip().upper()
            if code and code not in functions:
                message = self.tr("The employee function %1 does not exist.")
                problems.append((field, message.replace("%1", code)))
        for field in (self.responsible, self.handler):
            initials = field.text().strip().upper()
            if initials and initials not in known:
                message = self.tr("There is no employee with the initials %1.")
                problems.append((field, message.replace("%1", initials)))
        return problems

    def fill(self, request: NewCase) -> None:
        request.responsible_initials = self.responsible.text().strip().upper() or None
        request.handler_initials = self.handler.text().strip().upper() or None


def lookups_employee_functions(session):
    from caplegal_desktop.services.search.lookups import employee_functions

    return employee_functions(session)


class _Uncached:
    """A code list read again each time (the function chosen narrows it)."""

    uncached = True

    def __init__(self, load) -> None:
        self._load = load

    def __call__(self) -> list[CodeItem]:
        return self._load()


class CollectionStep(StepBase):
    def __init__(self, data: CaseData) -> None:
        super().__init__(data)
        form, outer = form_step()
        self.vat_group = QComboBox()
        self.vat_group.addItem(self.tr("VAT registered client: no VAT on the salary"), True)
        self.vat_group.addItem(self.tr("Client not VAT registered: 25 % VAT on the salary"), False)
        add_row(form, self.tr("VAT business posting group"), self.vat_group)
        self.salary_code = add_row(
            form, self.tr("Salary"), code_field(self._salary_codes, self.tr("Salary codes"))
        )
        outer.addWidget(self.error_label)
        outer.addStretch(1)
        self.setLayout(outer)

    def _salary_codes(self) -> list[CodeItem]:
        return [c for c in self.data.fee_codes(level="case") if "SAL" in c.code.upper()] or (
            self.data.fee_codes(level="case")
        )

    def step_title(self) -> str:
        return self.tr("Collection")

    def set_client_defaults(self, defaults: ClientDefaults | None, vat_registered: bool) -> None:
        salary, _interest = self.data.company_defaults()
        self.salary_code.set_text((defaults.salary_code if defaults else None) or salary or "")
        self.vat_group.setCurrentIndex(0 if vat_registered else 1)

    def has_input(self) -> bool:
        return False  # prefilled only

    def field_problems(self) -> list[tuple[QWidget, str]]:
        code = self.salary_code.text().strip().upper()
        if not code:
            return [(self.salary_code, self.tr("Choose a salary code (F4)."))]
        if code not in {c.code for c in self.data.fee_codes(level="case")}:
            message = self.tr("The salary code %1 does not exist.")
            return [(self.salary_code, message.replace("%1", code))]
        return []

    def fill(self, request: NewCase) -> None:
        request.salary_code = self.salary_code.text().strip().upper()
        request.vat_registered = bool(self.vat_group.currentData())
