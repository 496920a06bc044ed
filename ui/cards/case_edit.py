"""Rediger sag and Tilføj part on the case card: dialogs whose OK (Ctrl+Enter) makes one service
call; a refusal is shown in Danish at once and the dialog stays open with what was typed; Esc
asks first when something was changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from caplegal_desktop.errors import ServiceError, ValidationError
from caplegal_desktop.services.cases.case_edit import CaseEdit
from ui.cards.data import CardsData
from ui.framework.fields import mark_invalid
from ui.framework.lookup import LookupEdit, LookupItem
from ui.wizard.record_dialogs import RecordDialog
from ui.wizard.steps import CodeField

_translate = QCoreApplication.translate


class SavingDialog(RecordDialog):
    """OK runs `save()`; a ValidationError keeps the dialog open and names the fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.editors: dict[str, QWidget] = {}
        self.result_value = None
        self._start: object = None

    def snapshot(self) -> object:
        return None

    def remember(self) -> None:
        self._start = self.snapshot()

    def save(self):
        raise NotImplementedError

    def accept_if_valid(self) -> None:
        if not self.revalidate():
            return
        try:
            self.result_value = self.save()
        except ValidationError as exc:
            marked = {}
            for problem in exc.problems:
                widget = self.editors.get(problem.field.rsplit(".", 1)[-1])
                if widget is not None:
                    marked[id(widget)] = problem.message
            for widget in self.editors.values():
                line = getattr(widget, "line_edit", widget)
                if isinstance(line, QLineEdit):
                    mark_invalid(line, marked.get(id(widget)))
            text = "\n".join(p.message for p in exc.problems)
            self.message.setText(text)
            QMessageBox.warning(self, self.windowTitle(), text)
            return
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()

    def reject(self) -> None:
        if self.snapshot() != self._start:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                _translate("CaseEdit", "Close without saving the changes?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


class CaseEditDialog(SavingDialog):
    """Sag vedr., Sagsfremstilling, team, legal department, responsible, handler, the optional
    fields and each party's "Sag vedrørende"."""

    def __init__(self, data: CardsData, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.case_id = data, case_id
        values = data.case_edit_values(case_id)
        self.values = values
        self.setWindowTitle(_translate("CaseEdit", "Edit case %1").replace("%1", values.case_no))
        edit = values.edit
        self.regarding = self._line(
            "regarding", _translate("CaseEdit", "Case regarding"), edit.regarding
        )
        self.narrative = QPlainTextEdit(edit.narrative or "")
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(90)
        self.add(_translate("CaseEdit", "Narrative (used by letters)"), self.narrative)
        self.team = self._line("team", _translate("CaseEdit", "Team"), edit.team)
        self.department = self._line(
            "legal_department", _translate("CaseEdit", "Legal department"), edit.legal_department
        )
        self.responsible = self._code(
            "ansvarlig", _translate("CaseEdit", "Responsible"), edit.responsible_initials
        )
        self.handler = self._code(
            "behandler", _translate("CaseEdit", "Case handler"), edit.handler_initials
        )
        self.optional: dict[str, QLineEdit] = {}
        for f in values.optional_fields:
            line = self._line(f.code, f.label, f.value)
            if f.value_type == "date":
                line.setPlaceholderText(_translate("CaseEdit", "dd-mm-yyyy"))
            self.optional[f.code] = line
        card = data.case_card(case_id)
        self.parties = [c for c in card.contacts if c.party_id is not None]
        self.party_table = QTableWidget(len(self.parties), 3)
        self.party_table.setObjectName("partyRegarding")
        self.party_table.setHorizontalHeaderLabels(
            [
                _translate("CaseEdit", "Party"),
                _translate("CaseEdit", "Party type"),
                _translate("CaseEdit", "Case regarding party"),
            ]
        )
        self.party_table.verticalHeader().hide()
        for row, party in enumerate(self.parties):
            for column, text in enumerate(
                (f"{party.no} {party.name}", party.party_type, party.regarding_party or "")
            ):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.party_table.setItem(row, column, item)
        self.party_table.resizeColumnsToContents()
        self.party_table.horizontalHeader().setStretchLastSection(True)
        self.party_table.setMaximumHeight(140)
        self.add(_translate("CaseEdit", "Parties"), self.party_table)
        self.setMinimumWidth(640)
        self.remember()
        self.revalidate()

    def _line(self, key: str, label: str, value) -> QLineEdit:
        line = self.add(label, QLineEdit(value or ""))
        self.editors[key] = line
        return line

    def _code(self, key: str, label: str, value) -> CodeField:
        field = CodeField(self.data.employees, _translate("CaseEdit", "Employees"))
        field.set_text(value or "")
        self.add(label, field)
        self.editors[key] = field
        return field

    def _regarding_texts(self) -> list[str]:
        return [
            (self.party_table.item(row, 2).text() if self.party_table.item(row, 2) else "").strip()
            for row in range(len(self.parties))
        ]

    def snapshot(self) -> object:
        return (
            self.edit_values(),
            self.narrative.toPlainText(),
            tuple(self._regarding_texts()),
        )

    def edit_values(self) -> CaseEdit:
        return CaseEdit(
            regarding=self.regarding.text(),
            narrative=self.narrative.toPlainText(),
            team=self.team.text(),
            legal_department=self.department.text(),
            responsible_initials=self.responsible.text(),
            handler_initials=self.handler.text(),
            optional_values={code: line.text() for code, line in self.optional.items()},
        )

    def save(self):
        changes = [
            (party.party_id, party.party_type, text or None)
            for party, text in zip(self.parties, self._regarding_texts(), strict=True)
            if (text or None) != (party.regarding_party or None)
        ]
        return self.data.save_case_edit(
            self.case_id, self.edit_values(), changes, expected_version=self.values.version
        )


class AddPartyDialog(SavingDialog):
    """Tilføj part: an existing party (F4 searches) with a party type and "Sag vedrørende", or a
    further court district (RETSKREDS) whose bailiff's court comes with it."""

    TYPES = ("DEBITOR", "ADVOKAT", "ANDEN", "KLIENT", "RETSKREDS")

    def __init__(self, data: CardsData, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.case_id = data, case_id
        self.setWindowTitle(_translate("CaseEdit", "Add party to the case"))
        self.party_type = QComboBox()
        self.party_type.addItems(self.TYPES)
        self.add(_translate("CaseEdit", "Party type"), self.party_type)
        self.party = LookupEdit(self._parties, title=_translate("CaseEdit", "Parties"))
        self.add(_translate("CaseEdit", "Party (F4)"), self.party)
        self.editors["part"] = self.party
        self.court = CodeField(data.court_districts, _translate("CaseEdit", "Court districts"))
        self.add(_translate("CaseEdit", "Court district (F4)"), self.court)
        self.editors["retskreds"] = self.court
        self.regarding = self.add(_translate("CaseEdit", "Case regarding party"), QLineEdit())
        self.party_type.currentTextChanged.connect(self._show_fields)
        self._show_fields(self.party_type.currentText())
        self.remember()
        self.revalidate()

    def _parties(self, text: str) -> list[LookupItem]:
        hits = self.data.search_parties(text.strip()) if text.strip() else []
        return [LookupItem(h.no, f"{h.name} · {h.party_type}") for h in hits]

    def _show_fields(self, party_type: str) -> None:
        court = party_type == "RETSKREDS"
        self.form.setRowVisible(self.court, court)
        self.form.setRowVisible(self.party, not court)
        self.form.setRowVisible(self.regarding, not court)

    def snapshot(self) -> object:
        return (self.party.text(), self.court.text(), self.regarding.text())

    def save(self):
        if self.party_type.currentText() == "RETSKREDS":
            return self.data.add_court_contacts(self.case_id, self.court.text())
        return self.data.add_party_to_case(
            self.case_id,
            party_no=self.party.text(),
            party_type=self.party_type.currentText(),
            regarding=self.regarding.text() or None,
        )
