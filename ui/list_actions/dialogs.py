"""New employee and new setup code: small cards with OK enabled only while the input is valid."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from caplegal_desktop.errors import Problem
from ui.wizard.record_dialogs import RecordDialog

# Setup tables a simple card can extend (browse's table keys), and their fields in order
SETUP_FIELDS = {
    "case": ("code", "description", "team"),
    "court": ("code", "name", "bailiff_court_name", "address", "postcode", "city"),
}
_REQUIRED = {"code", "description", "name", "bailiff_court_name"}
# service field name (Danish) -> dialog field key
_PROBLEM_FIELDS = {
    "kode": "code",
    "beskrivelse": "description",
    "navn": "name",
    "fogedret": "bailiff_court_name",
    "initialer": "initials",
    "email": "email",
}


def _widget_for(problem: Problem, widgets: dict[str, QWidget], fallback: QWidget) -> QWidget:
    key = _PROBLEM_FIELDS.get(problem.field.rsplit(".", 1)[-1], "")
    return widgets.get(key, fallback)


class NewEmployeeDialog(RecordDialog):
    """Initials (unique), name and e-mail; the service's checks mark the fields."""

    def __init__(self, check_problems, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New employee"))
        self._check_problems = check_problems
        self.initials = self.add(self.tr("Initials"), QLineEdit())
        self.initials.setMaxLength(10)
        self.name = self.add(self.tr("Name"), QLineEdit())
        self.email = self.add(self.tr("E-mail"), QLineEdit())
        self.team = self.add(self.tr("Team"), QLineEdit())
        self.revalidate()

    def values(self) -> dict[str, str | None]:
        return {
            "initials": self.initials.text().strip().upper(),
            "name": self.name.text().strip(),
            "email": self.email.text().strip() or None,
            "team": self.team.text().strip() or None,
        }

    def field_problems(self) -> list[tuple[QWidget, str]]:
        values = self.values()
        problems = self._check_problems(
            initials=values["initials"], name=values["name"], email=values["email"]
        )
        widgets = {"initials": self.initials, "name": self.name, "email": self.email}
        return [(_widget_for(p, widgets, self.name), p.message) for p in problems]


class NewSetupCodeDialog(RecordDialog):
    """A new case type (code, description) or court district (code, names, address)."""

    def __init__(self, table: str, table_title: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New code: %1").replace("%1", table_title))
        self.table = table
        labels = {
            "code": self.tr("Code"),
            "description": self.tr("Description"),
            "name": self.tr("Court district"),
            "bailiff_court_name": self.tr("Bailiff's court"),
            "address": self.tr("Address"),
            "postcode": self.tr("Post code"),
            "city": self.tr("City"),
            "team": self.tr("Team"),
        }
        self._labels = labels
        self.fields: dict[str, QLineEdit] = {}
        for key in SETUP_FIELDS[table]:
            self.fields[key] = self.add(labels[key], QLineEdit())
        self.fields["code"].setMaxLength(20)
        self.service_problems: list[Problem] = []
        self.revalidate()

    def values(self) -> dict[str, str]:
        values = {key: edit.text().strip() for key, edit in self.fields.items()}
        values["code"] = values["code"].upper()
        return values

    def field_problems(self) -> list[tuple[QWidget, str]]:
        problems = [
            (edit, self.tr("%1 must be filled in.").replace("%1", self._labels[key]))
            for key, edit in self.fields.items()
            if key in _REQUIRED and not edit.text().strip()
        ]
        problems += [
            (_widget_for(p, self.fields, self.fields["code"]), p.message)
            for p in self.service_problems
        ]
        return problems
