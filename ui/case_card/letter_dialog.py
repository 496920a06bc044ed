"""Print letter (Udskriv brev) from the case card: choose a template and where to save it.

The merge is the one a mass run and `caplegal letters merge` make (services/follow_ups/letters),
so the letter shows the same deadline, reminder number, handler and payment details.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.framework.files import documents_folder, in_documents
from ui.wizard.tr import ensure_translations


class LetterDialog(QDialog):
    """Returns the chosen template and target file; the caller merges."""

    def __init__(self, case_no: str, templates: list[str], parent: QWidget | None = None) -> None:
        ensure_translations()
        super().__init__(parent)
        self.case_no = case_no
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Print letter – case %1").replace("%1", case_no))
        self.template = QComboBox()
        self.template.addItems(templates)
        self.target = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.template)
        form.addRow(self.tr("Save as"), row)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setStyleSheet("color:#b3261e;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._accept_if_valid)
        self.template.currentTextChanged.connect(self._suggest_target)
        self._suggest_target(self.template.currentText())
        self.resize(560, 160)

    def chosen(self) -> tuple[str, Path]:
        return self.template.currentText(), Path(self.target.text().strip())

    def _suggest_target(self, template: str) -> None:
        name = f"{self.case_no.replace('/', '-')}_{Path(template).stem}.docx"
        self.target.setText(in_documents(name))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.target.text() or documents_folder(),
            self.tr("Word documents (*.docx)"),
        )
        if path:
            self.target.setText(path)

    def _accept_if_valid(self) -> None:
        template, target = self.chosen()
        if not template:
            self.message.setText(self.tr("Choose a letter."))
        elif not target.name or not target.parent.is_dir():
            self.message.setText(self.tr("Choose a file in an existing folder."))
        else:
            self.accept()
