"""The fundament card: General (the fields, editable while draft or reopened) and Statistics
(the debtor's debt from the ledger, read-only), with Save, Activate, Reopen and Close.

Keyboard first: Ctrl+Enter saves (OK), Esc throws unsaved changes away, Ctrl+F9 activates.
Each slot gathers the input, calls one service through FundamentData and shows the result or
the problem.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.fundaments.rules import FundamentInput
from ui.framework.card_page import ADDITIONAL, PROMOTED, CardPage
from ui.framework.date_field import DateField
from ui.fundament import texts
from ui.fundament.data import FundamentData
from ui.fundament.dialogs import ask_replace
from ui.fundament.form import FundamentFields
from ui.i18n import format_amount, format_date

EDITABLE = ("draft", "reopened")


class FundamentCard(CardPage):
    sig_fundament_changed = Signal(object)
    """Emitted with the FundamentChanged value after a service changed the fundament."""

    def __init__(self, data: FundamentData, no: str, parent: QWidget | None = None) -> None:
        super().__init__(
            page_id=f"fundament:{no}",
            title=texts.CARD_TITLE.format(no=no),
            ribbon={"collection": ["fundament"], "actions": ["refresh"]},
            parent=parent,
        )
        self.data = data
        self.no = no
        self.fundament = None
        self._dirty = False
        self.last_problem = ""
        self._build_actions()
        from ui.cards.awarded import add_awarded_action

        add_awarded_action(self)  # Tilføj/Juster fordringer: the court's awarded costs
        self._build_general()
        self._build_statistics()
        self._build_specification()
        self.load()

    # --- building -------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = QToolBar()
        bar.setObjectName("fundamentActions")
        self.actions_by_id = {}
        for action_id, text, slot, keys in (
            ("save", texts.SAVE, self.save, ("Ctrl+Return", "Ctrl+Enter")),
            ("discard", texts.DISCARD, self.discard, ("Esc",)),
            ("activate", texts.ACTIVATE, self.activate, ("Ctrl+F9",)),
            ("reopen", texts.REOPEN, self.reopen, ()),
            ("close", texts.CLOSE, self.close_fundament, ()),
        ):
            action = bar.addAction(text)
            action.setObjectName(f"fundament_{action_id}")
            if keys:
                action.setShortcuts([QKeySequence(k) for k in keys])
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.setToolTip(f"{text} ({keys[0]})")
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_id[action_id] = action
        self.layout().insertWidget(1, bar)

    def _build_general(self) -> None:
        tab = self.add_fast_tab(texts.GENERAL_TAB)
        self.general: dict[str, QLabel] = {}
        for key, caption, importance in (
            ("no", texts.NO, PROMOTED),
            ("case", texts.CASE, PROMOTED),
            ("debtor", texts.DEBTOR, PROMOTED),
            ("status", texts.STATUS_FIELD, PROMOTED),
        ):
            self.general[key] = tab.add_field(caption, QLabel(), importance=importance)
        self.fields = FundamentFields(
            tab.form,
            lambda caption, widget: tab.add_field(caption, widget),
            today=self.data.today,
            districts=self.data.court_districts,
            parent=self,
        )
        for key, caption in (
            ("created", texts.CREATED),
            ("activated", texts.ACTIVATED),
            ("closed", texts.CLOSED_AT),
        ):
            self.general[key] = tab.add_field(caption, QLabel(), importance=ADDITIONAL)
        self.fields.sig_edited.connect(self._on_edited)
        self.fields.sig_validity_changed.connect(lambda _valid: self._enable_actions())

    def _build_statistics(self) -> None:
        tab = self.add_fast_tab(texts.STATISTICS_TAB)
        self.as_of = tab.add_field(
            texts.AS_OF, DateField(today=self.data.today(), value=self.data.today())
        )
        self.as_of.set_value(self.data.today())
        self.as_of.editingFinished.connect(self.load_statistics)
        self.figures: dict[str, QLabel] = {}
        for key, caption in texts.FIGURES.items():
            label = QLabel()
            label.setObjectName("greyField")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(120)
            label.setMaximumWidth(160)
            if key == "balance":
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            self.figures[key] = tab.add_field(caption, label)
        self.statistics_problem = QLabel()
        self.statistics_problem.setWordWrap(True)
        tab.form.addRow(self.statistics_problem)

    def _build_specification(self) -> None:
        tab = self.add_fast_tab(texts.SPECIFICATION_TAB)
        self.specification = QTreeWidget()
        self.specification.setObjectName("fundamentSpecification")
        self.specification.setRootIsDecorated(False)
        self.specification.setAlternatingRowColors(True)
        self.specification.setHeaderLabels(texts.SPEC_COLUMNS)
        header = self.specification.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.specification.setColumnWidth(0, 110)
        self.specification.setColumnWidth(2, 130)
        self.specification.setMinimumHeight(160)
        tab.form.addRow(self.specification)
        tab.set_expanded(False)  # the figures come first; the lines on request

    # --- showing --------------------------------------------------------------------------------
    def load(self) -> None:
        self.fundament = shown = self.data.fundament(self.no)
        self.general["no"].setText(shown.no)
        self.general["case"].setText(f"{shown.case_no}  {shown.case_regarding}".strip())
        self.general["debtor"].setText(f"{shown.debtor_no}  {shown.debtor_name}")
        self.general["status"].setText(texts.STATUS[shown.status])
        self.general["created"].setText(_who_when(shown.created))
        self.general["activated"].setText(_who_when(shown.activated))
        self.general["closed"].setText(_who_when(shown.closed))
        self.fields.set_input(
            FundamentInput(
                kind=shown.kind,
                fundament_date=shown.fundament_date,
                court_no=shown.court_no,
                court_district_code=shown.court_district_code,
                hearing_at=shown.hearing_at,
                execution_deadline=shown.execution_deadline,
                awarded_costs=shown.awarded_costs,
                previous_bailiff_fee=shown.previous_bailiff_fee,
                note=shown.note,
            )
        )
        self.fields.set_editable(shown.status in EDITABLE)
        self._dirty = False
        self._enable_actions()
        self.load_statistics()

    def load_statistics(self) -> None:
        try:
            as_of = self.as_of.value() or self.data.today()
        except ValueError:
            as_of = self.data.today()
        self.as_of.set_value(as_of)
        figures = self.data.statistics(self.no, as_of)
        for key, label in self.figures.items():
            label.setText(format_amount(getattr(figures, key)))
        self.statistics_problem.setText(figures.problem or "")
        self.statistics_problem.setVisible(bool(figures.problem))
        self.specification.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for line in figures.lines:
            row = QTreeWidgetItem([format_date(line.day), line.text, format_amount(line.amount)])
            row.setTextAlignment(2, right)
            self.specification.addTopLevelItem(row)

    def _enable_actions(self) -> None:
        status = self.fundament.status if self.fundament else "closed"
        editable = status in EDITABLE
        enabled = {
            "save": editable and self._dirty and self.fields.is_valid(),
            "discard": editable and self._dirty,
            "activate": editable and self.fields.is_valid(),
            "reopen": status in ("active", "closed"),
            "close": status != "closed",
        }
        for action_id, on in enabled.items():
            self.actions_by_id[action_id].setEnabled(on)

    def _on_edited(self) -> None:
        self._dirty = True
        self._enable_actions()

    def is_dirty(self) -> bool:
        return self._dirty

    # --- slots ----------------------------------------------------------------------------------
    def save(self) -> bool:
        """OK: store the General fields. True when saved (or nothing to save)."""
        if not self._dirty:
            return True
        if not self.fields.validate():
            return False
        try:
            changed = self.data.update(self.no, self.fields.input())
        except ServiceError as exc:
            self.show_problem(exc)
            return False
        self.load()
        self.sig_status_message.emit(texts.SAVED_MSG.format(no=self.no))
        self.sig_fundament_changed.emit(changed)
        return True

    def discard(self) -> None:
        """Esc: forget what was typed since the last save."""
        if self._dirty:
            self.load()
            self.sig_status_message.emit(texts.DISCARDED_MSG)

    def activate(self) -> None:
        if not self.save():
            return
        others = self.data.other_active(self.no)
        if others and not ask_replace(self, no=self.no, active_nos=others):
            return
        self._run(lambda no: self.data.activate(no, replace_active=bool(others)))

    def reopen(self) -> None:
        self._run(self.data.reopen)

    def close_fundament(self) -> None:
        self._run(self.data.close)

    def _run(self, command) -> None:
        try:
            changed = command(self.no)
        except ServiceError as exc:
            self.show_problem(exc)
            return
        self.load()
        if changed.status == "active":
            self.sig_status_message.emit(texts.ACTIVATED_MSG.format(no=changed.fundament_no))
        if changed.closed_nos:
            self.sig_status_message.emit(
                texts.CLOSED_OTHERS_MSG.format(nos=", ".join(changed.closed_nos))
            )
        self.sig_fundament_changed.emit(changed)

    def show_problem(self, error: Exception) -> None:
        """The service's Danish message, in a window-modal box that does not block the caller."""
        self.last_problem = str(error)
        box = QMessageBox(QMessageBox.Icon.Warning, texts.ERROR_TITLE, str(error), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def refresh(self) -> None:
        if not self._dirty:
            self.load()


def _who_when(pair) -> str:
    who, when = pair
    return f"{who}, {format_date(when.date())} {when:%H:%M}" if who and when else ""
