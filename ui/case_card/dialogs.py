"""Small windows the case card opens: the entries behind a blue figure, history, statement,
parties and court district."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.framework.date_field import DateField
from ui.framework.files import in_documents
from ui.i18n import format_amount, format_date
from ui.open_file import open_in_default_program
from ui.setup_tables.warnings import WarningBar, case_warnings
from ui.wizard.data import CaseData
from ui.wizard.steps import CodeField
from ui.wizard.tr import ensure_translations


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()):
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setHeaderLabels(list(headers))
    fill_table(tree, rows, right)
    return tree


def fill_table(tree: QTreeWidget, rows, right: Sequence[int] = ()) -> None:
    tree.clear()
    for values in rows:
        item = QTreeWidgetItem([str(v) for v in values])
        for column in right:
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        tree.addTopLevelItem(item)
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column), 230))
    if tree.topLevelItemCount():
        tree.setCurrentItem(tree.topLevelItem(0))


class CloseOnlyDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        ensure_translations()
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 460)

    def finish_layout(self) -> None:
        self.body.addWidget(self.buttons)


class EntriesDialog(CloseOnlyDialog):
    """The lines behind one blue figure, with their sum (which is the figure)."""

    def __init__(self, title: str, lines, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.lines = list(lines)
        rows = [
            (format_date(line.day), line.text, format_amount(line.amount), line.entry_id or "")
            for line in self.lines
        ]
        self.tree = table(
            [self.tr("Date"), self.tr("Text"), self.tr("Amount"), self.tr("Entry no.")],
            rows,
            right=(2, 3),
        )
        total = sum((line.amount for line in self.lines), Decimal(0))
        self.total = total
        self.tree.resizeColumnToContents(1)
        self.resize(min(self.tree.columnWidth(1) + 420, 1100), 460)
        self.total_label = QLabel(self.tr("Total: %1").replace("%1", format_amount(total)))
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_label.setStyleSheet("font-weight:600;")
        self.body.addWidget(self.tree, 1)
        self.body.addWidget(self.total_label)
        self.finish_layout()


class StatementDialog(CloseOnlyDialog):
    """Inkassoopgørelse as of a date (past or future); the blue figures drill down."""

    FIGURES = ("principal", "interest", "fees", "salary", "costs", "paid", "balance")

    def __init__(self, data: CaseData, case_id: int, titles, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Collection statement"))
        self._data, self._case_id, self._titles = data, case_id, titles
        row = QHBoxLayout()
        self.as_of = DateField(today=data.today(), value=data.today())
        caption = QLabel(self.tr("As of"))
        caption.setBuddy(self.as_of)
        show = QPushButton(self.tr("Calculate"))
        show.clicked.connect(self.calculate)
        self.as_of.returnPressed.connect(self.calculate)
        row.addWidget(caption)
        row.addWidget(self.as_of)
        row.addWidget(show)
        row.addStretch(1)
        # The debtor: all of them in solidum, or one of several (their share); as in the manual
        debtor_row = QHBoxLayout()
        self.debtor = QComboBox()
        self.debtor.setObjectName("statementDebtor")
        self.debtor.addItem(self.tr("All debtors (in solidum)"), None)
        for contact in data.case_card(case_id).contacts:
            if contact.party_type == "DEBITOR" and contact.party_id is not None:
                self.debtor.addItem(f"{contact.name} ({contact.no})", contact.party_id)
        self.debtor.setEnabled(self.debtor.count() > 2)
        self.debtor.currentIndexChanged.connect(lambda _i: self.calculate())
        debtor_caption = QLabel(self.tr("Debtor"))
        debtor_caption.setBuddy(self.debtor)
        debtor_row.addWidget(debtor_caption)
        debtor_row.addWidget(self.debtor, 1)
        # The printable documents: the statement (inkassoopgørelse) and the account statement
        # (inkassokontoudtog) side by side
        documents = QHBoxLayout()
        documents.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Collection statement (PDF)…"))
        self.pdf_button.setToolTip(self.tr("Save the printable statement as PDF"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf(account=False))
        self.account_button = QPushButton(self.tr("Account statement (PDF)…"))
        self.account_button.setToolTip(
            self.tr("Save the account statement (every entry with its running balance) as PDF")
        )
        self.account_button.clicked.connect(lambda: self.save_pdf(account=True))
        documents.addWidget(self.pdf_button)
        documents.addWidget(self.account_button)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key in self.FIGURES:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            label.linkActivated.connect(lambda _l, k=key: self.drill(k))
            self.labels[key] = label
            self.form.addRow(titles[key], label)
        self.warnings = WarningBar()
        self.body.addLayout(row)
        self.body.addLayout(debtor_row)
        self.body.addWidget(self.warnings)
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.body.addLayout(documents)
        self.finish_layout()
        self.resize(560, 420)
        self.calculate()
        # Replaceable in tests: where a PDF is saved, and opening it
        self.ask_target = self._ask_target
        self.open_file = open_in_default_program

    def debtor_party_id(self) -> int | None:
        return self.debtor.currentData()

    def calculate(self) -> None:
        as_of = self.as_of.value()
        if as_of is None:
            return
        figures = self._data.entry_figures(
            self._case_id, as_of, debtor_party_id=self.debtor_party_id()
        )
        self.warnings.show_warnings(case_warnings(self._data, self._case_id, as_of))
        for key, label in self.labels.items():
            text = format_amount(figures.get(key))
            label.setText(f'<a href="{key}" style="color:#0a5bc4;">{text}</a>')

    def save_pdf(self, *, account: bool = False) -> Path | None:
        as_of = self.as_of.value()
        if as_of is None:
            return None
        name = "kontoudtog" if account else "opgoerelse"
        path = self.ask_target(f"{name}-{as_of:%Y-%m-%d}.pdf")
        if not path:
            return None
        try:
            saved = self._data.statement_pdf(
                self._case_id,
                as_of,
                Path(path),
                account=account,
                debtor_party_id=self.debtor_party_id(),
            )
        except Exception as exc:  # shown to the user; the core's messages are Danish
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        if saved is not None:
            self.open_file(saved)
        return saved

    def _ask_target(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save statement"), in_documents(suggested), "PDF (*.pdf)"
        )
        return path

    def drill(self, key: str) -> None:
        lines = self._data.figure_lines(self._case_id, key, self.as_of.value())
        EntriesDialog(self._titles[key], lines, parent=self).exec()


class CourtDistrictDialog(QDialog):
    def __init__(self, data: CaseData, current: str | None, parent: QWidget | None = None):
        ensure_translations()
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change court district"))
        self.field = CodeField(data.court_districts, self.tr("Court districts"))
        self.field.set_text(current or "")
        form = QFormLayout(self)
        form.addRow(self.tr("Court district (F4)"), self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def code(self) -> str:
        return self.field.text().strip().upper()


class NoteDialog(QDialog):
    """A note on the case (kept with who and when; the Notes FactBox shows the newest)."""

    def __init__(self, case_title: str, parent: QWidget | None = None) -> None:
        ensure_translations()
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add note"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(QLabel(case_title))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write the note …"))
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Save the note (Ctrl+Enter)")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._accept_if_valid)
        self.editor.textChanged.connect(self._validate)
        self._validate()
        self.resize(520, 280)

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))

    def _accept_if_valid(self) -> None:
        if self.text():
            self.accept()


class PartiesDialog(QDialog):
    """Parties on the case: change the party type of the marked one, or remove it."""

    TYPES = ("DEBITOR", "KLIENT", "RETSKREDS", "FOGEDRET", "ADVOKAT", "ANDEN")

    def __init__(self, contacts, parent: QWidget | None = None) -> None:
        ensure_translations()
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parties"))
        self.contacts = [c for c in contacts if c.party_id is not None]
        self.changes: list[tuple[str, dict]] = []
        self.tree = table(
            [self.tr("No."), self.tr("Name"), self.tr("Party type"), self.tr("Address")],
            [(c.no, c.name, c.party_type, c.address) for c in self.contacts],
        )
        self.new_type = QComboBox()
        self.new_type.addItems(self.TYPES)
        change = QPushButton(self.tr("Change party type"))
        change.clicked.connect(self._change_type)
        remove = QPushButton(self.tr("Remove from case"))
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("New party type")))
        row.addWidget(self.new_type)
        row.addWidget(change)
        row.addStretch(1)
        row.addWidget(remove)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def _current(self):
        index = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        return (index, self.contacts[index]) if index >= 0 else (None, None)

    def _change_type(self) -> None:
        index, contact = self._current()
        if contact is None:
            return
        new_type = self.new_type.currentText()
        self.changes.append(
            (
                "change_party_type",
                {
                    "party_id": contact.party_id,
                    "party_type": contact.party_type,
                    "new_type": new_type,
                },
            )
        )
        self.tree.currentItem().setText(2, new_type)

    def _remove(self) -> None:
        index, contact = self._current()
        if contact is None:
            return
        self.changes.append(
            ("remove_party", {"party_id": contact.party_id, "party_type": contact.party_type})
        )
        self.tree.takeTopLevelItem(index)
        del self.contacts[index]
