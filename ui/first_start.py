"""The first start of the installed program on a machine without anything: a small demo set or an
empty database, the firm's name and the first user. main.py asks before the database exists;
caplegal_desktop.first_start fills it as chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.first_start import (
    FIRST_START_DEMO_CASES,
    FirstStartChoice,
    FirstStartResult,
    first_start_problems,
    set_up_first_start,
)
from ui.i18n import ensure_installed


class FirstStartDialog(QDialog):
    """Returns the user's answers in `choice()`; nothing is written until the caller applies it."""

    def __init__(self, *, login: str, data_folder: str, parent: QWidget | None = None) -> None:
        ensure_installed()
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to CapLegal Desktop"))
        intro = QLabel(self.tr("This is the first start on this computer. Choose how to begin."))
        intro.setWordWrap(True)

        self.demo_button = QRadioButton(
            self.tr("A small demo set (%1 cases) to practise on").replace(
                "%1", str(FIRST_START_DEMO_CASES)
            )
        )
        self.empty_button = QRadioButton(self.tr("An empty database for our own cases"))
        self.empty_button.setChecked(True)
        self.database_group = QButtonGroup(self)
        for button in (self.empty_button, self.demo_button):
            self.database_group.addButton(button)
        start_box = QGroupBox(self.tr("Database"))
        start_layout = QVBoxLayout(start_box)
        start_layout.addWidget(self.empty_button)
        start_layout.addWidget(self.demo_button)

        self.firm_edit = QLineEdit()
        self.firm_edit.setPlaceholderText(self.tr("e.g. Advokatfirmaet Holm & Kjær"))
        self.initials_edit = QLineEdit()
        self.initials_edit.setMaxLength(10)
        self.name_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Firm name:"), self.firm_edit)
        form.addRow(self.tr("Your initials:"), self.initials_edit)
        form.addRow(self.tr("Your name:"), self.name_edit)

        where = QLabel(
            self.tr("Signed in as %1. The data is kept in %2 (an uninstall leaves it there).")
            .replace("%1", login)
            .replace("%2", data_folder)
        )
        where.setObjectName("hint")
        where.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setStyleSheet("color: #b3261e;")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        for widget in (intro, start_box):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (where, self.problems_label, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        self.firm_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def choice(self) -> FirstStartChoice:
        return FirstStartChoice(
            demo=self.demo_button.isChecked(),
            firm_name=self.firm_edit.text(),
            user_initials=self.initials_edit.text(),
            user_name=self.name_edit.text(),
        )

    def accept(self) -> None:
        """Closes only on answers the first start can use; else says what is wrong."""
        problems = first_start_problems(self.choice())
        if problems:
            self.problems_label.setText("\n".join(p.message for p in problems))
            self.problems_label.show()
            return
        super().accept()


def ask_first_start(*, login: str, data_folder: str) -> FirstStartChoice | None:
    """The user's answers, or None when the user cancelled (then nothing is created)."""
    dialog = FirstStartDialog(login=login, data_folder=data_folder)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.choice() if accepted else None


def apply_first_start(context, choice: FirstStartChoice) -> FirstStartResult:
    """Fill the new database as chosen, with a progress window while the demo set is made."""
    progress = QProgressDialog(
        QApplication.translate("FirstStartDialog", "Preparing the database ..."), "", 0, 0
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    QApplication.processEvents()

    def advance(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    try:
        return set_up_first_start(context, choice, progress=advance)
    finally:
        progress.close()
