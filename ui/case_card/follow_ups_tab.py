"""The case card's follow-ups, as in the manual: the Follow-ups FastTab with Udfør (the next
activity and its date can be changed before it is scheduled), Genoptag and Vis udførte opgaver,
and the Workflowaktiviteter FactBox that puts a single activity or the whole workflow on the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.follow_ups.execution import NextActivity
from ui.case_card.dialogs import table
from ui.case_card.follow_up_data import CaseFollowUpData
from ui.framework.date_field import DateField
from ui.framework.factbox import FactBox
from ui.i18n import format_date

_translate = QCoreApplication.translate
ROW_ID = Qt.ItemDataRole.UserRole
OPEN = "open"


def _button(text: str, slot, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda: slot())
    return button


class ExecuteDialog(QDialog):
    """Udfør: the activity and today's date; the next activity and its date may be changed
    (rarely needed, as the manual says) before OK (Ctrl+Enter)."""

    def __init__(self, choices, *, today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("executeFollowUp")
        self.setWindowTitle(_translate("CaseFollowUps", "Execute activity"))
        self._choices = {c.step_id: c for c in choices.steps}
        form = QFormLayout()
        form.addRow(_translate("CaseFollowUps", "Activity"), QLabel(choices.activity))
        form.addRow(_translate("CaseFollowUps", "Date"), QLabel(format_date(today)))
        self.next_step = QComboBox()
        self.next_step.setObjectName("nextActivity")
        self.next_step.addItem(_translate("CaseFollowUps", "(none)"), None)
        for choice in choices.steps:
            self.next_step.addItem(f"{choice.code} · {choice.description}", choice.step_id)
        self.next_due = DateField(today=today, required=False)
        self.next_due.setObjectName("nextDue")
        form.addRow(_translate("CaseFollowUps", "Next activity"), self.next_step)
        form.addRow(_translate("CaseFollowUps", "Next date"), self.next_due)
        self.next_step.currentIndexChanged.connect(self._step_changed)
        index = self.next_step.findData(choices.default_step_id)
        self.next_step.setCurrentIndex(max(index, 0))
        self._step_changed()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            _translate("CaseFollowUps", "OK (Ctrl+Enter)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            _translate("CaseFollowUps", "Cancel (Esc)")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.next_due.sig_validity_changed.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled
        )
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 220)

    def _step_changed(self) -> None:
        choice = self._choices.get(self.next_step.currentData())
        self.next_due.setEnabled(choice is not None)
        self.next_due.set_value(choice.due if choice else None)

    def accept(self) -> None:
        if self.next_step.currentData() is not None and self.next_due.value() is None:
            self.message.setText(
                self.next_due.error_message() or _translate("CaseFollowUps", "Enter the next date.")
            )
            self.next_due.setFocus()
            return
        super().accept()

    def next_activity(self) -> NextActivity:
        step_id = self.next_step.currentData()
        return NextActivity(step_id, self.next_due.value() if step_id is not None else None)


class FollowUpsPanel(QWidget):
    """The Follow-ups FastTab: open follow-ups (executed ones too with Vis udførte opgaver)."""

    sig_changed = Signal()
    """A follow-up was executed or resumed: the card's figures and history may have changed."""

    def __init__(self, data: CaseFollowUpData, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.case_id = case_id
        # Replaceable in tests: the dialog's answer and opening a merged letter.
        self.ask_next = self._ask_next
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.rows = []
        self.show_done = QCheckBox(_translate("CaseFollowUps", "Show executed tasks"))
        self.show_done.setObjectName("showDoneFollowUps")
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.execute_button = _button(
            _translate("CaseFollowUps", "Execute"), self.execute_current, "executeFollowUpButton"
        )
        self.resume_button = _button(
            _translate("CaseFollowUps", "Resume"), self.resume_current, "resumeFollowUpButton"
        )
        self.letter_button = _button(
            _translate("CaseFollowUps", "Open letter"), self.open_letter, "openLetterButton"
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.execute_button, self.resume_button, self.letter_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.show_done)
        self.tree = table(
            [
                _translate("CaseFollowUps", "Due"),
                _translate("CaseFollowUps", "Activity"),
                _translate("CaseFollowUps", "Employee"),
                _translate("CaseFollowUps", "Status"),
                _translate("CaseFollowUps", "Executed"),
                _translate("CaseFollowUps", "Result"),
            ],
            [],
        )
        self.tree.setObjectName("caseFollowUps")
        self.tree.itemActivated.connect(lambda *_: self.execute_current())
        self.empty = QLabel(_translate("CaseFollowUps", "No follow-ups on the case."))
        self.empty.setObjectName("hint")
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        rows = self.data.follow_ups(self.case_id)
        self.rows = [r for r in rows if self.show_done.isChecked() or r.status == OPEN]
        self.tree.clear()
        for row in self.rows:
            item = QTreeWidgetItem(
                [
                    format_date(row.due_date),
                    row.description,
                    row.responsible or "",
                    row.status_text,
                    format_date(row.executed_on) if row.executed_on else "",
                    row.result or "",
                ]
            )
            item.setData(0, ROW_ID, row.id)
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if self.rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)

    def current(self):
        item = self.tree.currentItem()
        row_id = item.data(0, ROW_ID) if item is not None else None
        return next((r for r in self.rows if r.id == row_id), None)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def execute_current(self) -> None:
        row = self.current()
        if row is None:
            self.say(_translate("CaseFollowUps", "Select a follow-up first."))
            return
        if row.status != OPEN:
            self.say(
                _translate(
                    "CaseFollowUps", "The follow-up is already executed; Resume opens it again."
                )
            )
            return
        try:
            next_activity = None
            if row.step_code is not None:
                next_activity = self.ask_next(self.data.next_choices(row.id))
                if next_activity is False:
                    return  # the user cancelled: nothing executed
            done = self.data.execute(row.id, next_activity)
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(done.message if hasattr(done, "message") else "")
        self.refresh()
        self.sig_changed.emit()
        letter = getattr(done, "letter_path", None)
        if letter:
            self.open_file(Path(letter))

    def _ask_next(self, choices):
        dialog = ExecuteDialog(choices, today=self.data.today(), parent=self)
        self.execute_dialog = dialog  # the tests reach it through this
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return dialog.next_activity()

    def resume_current(self) -> None:
        row = self.current()
        if row is None or row.status == OPEN:
            self.say(
                _translate(
                    "CaseFollowUps",
                    "Select an executed follow-up (Show executed tasks) to resume it.",
                )
            )
            return
        try:
            self.data.resume(row.id)
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(_translate("CaseFollowUps", "The follow-up is open again."))
        self.refresh()
        self.sig_changed.emit()

    def open_letter(self) -> None:
        row = self.current()
        if row is None or not row.letter_path:
            self.say(_translate("CaseFollowUps", "The follow-up has no letter."))
            return
        self.open_file(Path(row.letter_path))


class WorkflowActivitiesBox(FactBox):
    """Workflowaktiviteter: where each step of the case's workflow stands; Overfør puts the
    marked activity (or the whole workflow from its start) on the case."""

    sig_changed = Signal()
    sig_message = Signal(str)
    """What a transfer did or why it was refused (the card shows it under its Follow-ups)."""

    def __init__(self, data: CaseFollowUpData, parent: QWidget | None = None) -> None:
        super().__init__(_translate("CaseFollowUps", "Workflow activities"), [], parent=parent)
        self.data = data
        self.activities = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("workflowActivities")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [_translate("CaseFollowUps", "Activity"), _translate("CaseFollowUps", "Date")]
        )
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMaximumHeight(170)
        self.last_message = ""
        self.transfer_one = _button(
            _translate("CaseFollowUps", "Transfer activity"), self.transfer_current, "transferOne"
        )
        self.transfer_all = _button(
            _translate("CaseFollowUps", "Transfer workflow"), self.transfer_workflow, "transferAll"
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.transfer_one)
        buttons.addWidget(self.transfer_all)
        self.layout().addWidget(self.tree)
        self.layout().addLayout(buttons)

    def load(self, record_id):
        marked = self.tree.currentItem()
        marked_step = marked.data(0, ROW_ID) if marked is not None else None
        self.activities = self.data.activities(int(record_id))
        self.tree.clear()
        for activity in self.activities:
            mark = {"open": "\u2192 ", "done": "\u2713 "}.get(activity.state, "")
            when = format_date(activity.on) if activity.on is not None else "\u2013"
            item = QTreeWidgetItem([activity.description, mark + when])
            item.setData(0, ROW_ID, activity.step_id)
            full = f"{activity.code} · {activity.description}: {activity.state_text}"
            if activity.on is not None:
                full += f" {format_date(activity.on)}"
            for column in (0, 1):
                item.setToolTip(column, full)
            self.tree.addTopLevelItem(item)
            if activity.step_id == marked_step:
                self.tree.setCurrentItem(item)  # the marked activity stays marked
        if not self.activities:
            self.say(_translate("CaseFollowUps", "The case type has no workflow."))
        self.transfer_one.setEnabled(bool(self.activities))
        self.transfer_all.setEnabled(bool(self.activities))
        return {}

    def transfer_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            self.say(_translate("CaseFollowUps", "Select an activity first."))
            return
        self._transfer(lambda case_id: self.data.transfer_activity(case_id, item.data(0, ROW_ID)))

    def transfer_workflow(self) -> None:
        self._transfer(self.data.transfer_workflow)

    def _transfer(self, call) -> None:
        case_id = self.record_id()
        if case_id is None:
            return
        try:
            done = call(int(case_id))
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(
            _translate("CaseFollowUps", "%1 is put on the case, due %2.")
            .replace("%1", done.description)
            .replace("%2", format_date(done.due))
        )
        self.refresh()
        self.sig_changed.emit()

    def say(self, text: str) -> None:
        self.last_message = text
        self.sig_message.emit(text)
