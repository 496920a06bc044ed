"""The limitation specification (every date explained, like the statement's blue figures) and
the objection windows: register one, close one. Dialogs return data; the services save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.services.limitation.objections import NewObjection
from ui.framework.date_field import DateField
from ui.framework.fields import AmountEdit
from ui.i18n import format_date
from ui.limitation import texts

GREY = QBrush(QColor("#7a7a7a"))
RED = QBrush(QColor("#b3261e"))

_translate = QCoreApplication.translate


class SpecificationDialog(QDialog):
    """Per claim (and interest after a fundament): the limitation date, and under it each step:
    the date, the event, what it did, the rule, the date after it. Greyed: not counted."""

    def __init__(self, case_no: str, items: Sequence, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            _translate("Limitation", "Limitation of case %1").replace("%1", case_no)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                _translate("Limitation", "Claim / date"),
                _translate("Limitation", "Event"),
                _translate("Limitation", "Effect"),
                _translate("Limitation", "Rule"),
                _translate("Limitation", "Limitation after"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        for item in items:
            barred = item.result.time_barred(today)
            head = QTreeWidgetItem(
                [
                    f"{item.claim_no} {item.description} · {texts.component_text(item.component)}",
                    texts.state_text(item.result.days_left(today)),
                    item.next_step,
                    item.result.rule,
                    format_date(item.date),
                ]
            )
            head.setToolTip(2, item.next_step)
            font = head.font(0)
            font.setBold(True)
            for column in range(5):
                head.setFont(column, font)
            if barred:
                head.setForeground(4, RED)
            for step in item.result.steps:
                child = QTreeWidgetItem(
                    [
                        format_date(step.on),
                        step.label or step.event,
                        step.effect,
                        step.rule,
                        format_date(step.date_after) if step.date_after else "–",
                    ]
                )
                child.setToolTip(2, step.effect)
                child.setToolTip(3, step.source)
                if not step.counted:
                    for column in range(5):
                        child.setForeground(column, GREY)
                head.addChild(child)
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        for column, width in enumerate((220, 120, 380, 200, 110)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        note = QLabel(
            _translate(
                "Limitation",
                "Greyed events are not counted (too late, or no interruption under the rule).",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1120, 520)


class ObjectionDialog(QDialog):
    """Register an objection: received, from whom, what is disputed, on which claim, document."""

    def __init__(
        self,
        case_id: int,
        case_no: str,
        claims: Sequence[tuple[int, int, str]],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.setWindowTitle(
            _translate("Limitation", "Register objection · case %1").replace("%1", case_no)
        )
        form = QFormLayout()
        self.received = DateField(today=today, value=today)
        self.raised_by = QLineEdit()
        self.raised_by.setPlaceholderText(
            _translate("Limitation", "The debtor, or the client reporting it")
        )
        self.from_client = QCheckBox(_translate("Limitation", "Reported by the client"))
        self.claim = QComboBox()
        self.claim.addItem(_translate("Limitation", "The whole case"), None)
        for claim_id, claim_no, description in claims:
            self.claim.addItem(f"{claim_no} {description}", claim_id)
        self.disputed = QPlainTextEdit()
        self.disputed.setTabChangesFocus(True)
        self.disputed.setPlaceholderText(_translate("Limitation", "What is disputed …"))
        self.document = QLineEdit()
        self.document.setPlaceholderText(_translate("Limitation", "Path of the letter or e-mail"))
        form.addRow(_translate("Limitation", "Received"), self.received)
        form.addRow(_translate("Limitation", "From"), self.raised_by)
        form.addRow("", self.from_client)
        form.addRow(_translate("Limitation", "Claim"), self.claim)
        form.addRow(_translate("Limitation", "Disputed"), self.disputed)
        form.addRow(_translate("Limitation", "Document"), self.document)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        hint = QLabel(
            _translate(
                "Limitation",
                "While the objection is open the case gets no letters, fees or court steps; "
                "follow-ups wait.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._accept_if_valid)
        self.raised_by.textChanged.connect(self._validate)
        self.disputed.textChanged.connect(self._validate)
        self._validate()
        self.resize(560, 420)

    def _ok(self) -> bool:
        return bool(self.raised_by.text().strip() and self.disputed.toPlainText().strip())

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._ok())

    def _accept_if_valid(self) -> None:
        if self._ok():
            self.accept()

    def request(self) -> NewObjection:
        return NewObjection(
            case_id=self.case_id,
            received_on=self.received.value(),
            raised_by=self.raised_by.text(),
            disputed=self.disputed.toPlainText(),
            claim_id=self.claim.currentData(),
            document_path=self.document.text() or None,
            reported_by_client=self.from_client.isChecked(),
        )


class CloseObjectionDialog(QDialog):
    """Close an objection: maintain, reduce by an amount (posted as a credit) or drop."""

    def __init__(self, objection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objection = objection
        self.setWindowTitle(_translate("Limitation", "Close objection"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        where = (
            _translate("Limitation", "claim %1").replace("%1", str(objection.claim_no))
            if objection.claim_no
            else _translate("Limitation", "the whole case")
        )
        summary = QLabel(
            f"{format_date(objection.received_on)} · {objection.raised_by} · {where}\n"
            f"{objection.disputed}"
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for key, text in texts.outcome_texts().items():
            button = QRadioButton(text)
            self.group.addButton(button)
            self.choices[key] = button
            layout.addWidget(button)
        self.choices["maintained"].setChecked(True)
        if objection.claim_no is None:
            self.choices["reduced"].setEnabled(False)  # a reduction names the claim
        form = QFormLayout()
        self.amount = AmountEdit(required=False)
        self.amount.setEnabled(False)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(_translate("Limitation", "The answer to the debtor …"))
        form.addRow(_translate("Limitation", "Reduce by"), self.amount)
        form.addRow(_translate("Limitation", "Answer"), self.answer)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(lambda *_: self._validate())
        self.amount.sig_validity_changed.connect(lambda _ok: self._validate())
        self.amount.textChanged.connect(lambda _text: self._validate())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._accept_if_valid)
        self._validate()
        self.resize(520, 380)

    def outcome(self) -> str:
        return next(k for k, b in self.choices.items() if b.isChecked())

    def reduce_by(self) -> Decimal | None:
        return self.amount.value() if self.outcome() == "reduced" else None

    def _ok(self) -> bool:
        if self.outcome() != "reduced":
            return True
        value = self.amount.value()
        return self.amount.is_valid() and value is not None and value > 0

    def _validate(self) -> None:
        self.amount.setEnabled(self.outcome() == "reduced")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._ok())

    def _accept_if_valid(self) -> None:
        if self._ok():
            self.accept()


class ObjectionsDialog(QDialog):
    """The case's objections; Close the marked open one from here."""

    def __init__(self, case_no: str, rows: Sequence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.setWindowTitle(_translate("Limitation", "Objections · case %1").replace("%1", case_no))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                _translate("Limitation", "Received"),
                _translate("Limitation", "From"),
                _translate("Limitation", "Claim"),
                _translate("Limitation", "Disputed"),
                _translate("Limitation", "Status"),
                _translate("Limitation", "Outcome"),
            ]
        )
        for row in self.rows:
            item = QTreeWidgetItem(
                [
                    format_date(row.received_on),
                    row.raised_by,
                    str(row.claim_no)
                    if row.claim_no
                    else _translate("Limitation", "The whole case"),
                    row.disputed,
                    texts.status_text(row.status),
                    texts.outcome_texts().get(row.outcome, "") if row.outcome else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.tree.addTopLevelItem(item)
        for column in range(6):
            self.tree.resizeColumnToContents(column)
        if self.rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(
            _translate("Limitation", "Close objection …"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # The client decides on the claim: ask through the portal's requests (Förfrågningar)
        self.ask_button = self.buttons.addButton(
            _translate("Limitation", "Ask the client …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.ask_button.clicked.connect(lambda: self.done(ASK_CLIENT))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.tree.currentItemChanged.connect(lambda *_: self._validate())
        self._validate()
        self.resize(820, 360)

    def current(self):
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == wanted), None)

    def _validate(self) -> None:
        row = self.current()
        self.close_button.setEnabled(row is not None and row.is_open)
        self.ask_button.setEnabled(row is not None and row.is_open)


ASK_CLIENT = 2  # ObjectionsDialog's result when the user chose "Ask the client"


class AskClientDialog(QDialog):
    """The question to the client about one open objection (empty: the standard question)."""

    def __init__(self, objection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_translate("Limitation", "Ask the client"))
        layout = QVBoxLayout(self)
        facts = QLabel(
            _translate("Limitation", "Objection from %1 received %2: %3")
            .replace("%1", objection.raised_by)
            .replace("%2", format_date(objection.received_on))
            .replace("%3", objection.disputed)
        )
        facts.setWordWrap(True)
        layout.addWidget(facts)
        self.question = QPlainTextEdit()
        self.question.setPlaceholderText(
            _translate(
                "Limitation",
                "Leave empty to ask whether to maintain, reduce or drop the claim.",
            )
        )
        layout.addWidget(self.question, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 260)


class LimitationEventDialog(QDialog):
    """Add an event the program does not record by itself: a written acknowledgement, a
    negotiation, a writ filed … with its date and the document that shows it."""

    def __init__(
        self,
        case_id: int,
        case_no: str,
        kinds: dict[str, str],
        claims: Sequence[tuple[int, int, str]],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.setWindowTitle(
            _translate("Limitation", "Add limitation event · case %1").replace("%1", case_no)
        )
        form = QFormLayout()
        self.kind = QComboBox()
        for key, text in kinds.items():
            self.kind.addItem(text, key)
        self.on = DateField(today=today, value=today)
        self.has_end = QCheckBox(_translate("Limitation", "Ended on"))
        self.ends = DateField(today=today, value=today)
        self.ends.setEnabled(False)
        self.has_end.toggled.connect(self.ends.setEnabled)
        self.claim = QComboBox()
        self.claim.addItem(_translate("Limitation", "Every claim of the case"), None)
        for claim_id, claim_no, description in claims:
            self.claim.addItem(f"{claim_no} {description}", claim_id)
        self.written = QCheckBox(
            _translate("Limitation", "In writing: the debtor acknowledges existence and amount")
        )
        self.document = QLineEdit()
        self.document.setPlaceholderText(_translate("Limitation", "Path of the document"))
        self.note = QLineEdit()
        form.addRow(_translate("Limitation", "Event"), self.kind)
        form.addRow(_translate("Limitation", "Date"), self.on)
        form.addRow(self.has_end, self.ends)
        form.addRow(_translate("Limitation", "Claim"), self.claim)
        form.addRow("", self.written)
        form.addRow(_translate("Limitation", "Document"), self.document)
        form.addRow(_translate("Limitation", "Note"), self.note)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self._kind_changed()
        self.resize(560, 320)

    def _kind_changed(self) -> None:
        is_ack = self.kind.currentData() == "acknowledgement"
        self.written.setEnabled(is_ack)
        if not is_ack:
            self.written.setChecked(False)

    def request(self):
        from caplegal_desktop.services.limitation.user_events import NewLimitationEvent

        return NewLimitationEvent(
            case_id=self.case_id,
            kind=self.kind.currentData(),
            event_date=self.on.value(),
            claim_id=self.claim.currentData(),
            ends_on=self.ends.value() if self.has_end.isChecked() else None,
            written=self.written.isChecked(),
            note=self.note.text() or None,
            document_path=self.document.text() or None,
        )
