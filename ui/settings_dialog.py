"""Settings: the language of the program (remembered between runs)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui.i18n import LANGUAGES


class SettingsDialog(QDialog):
    """Returns the chosen language code in `language()`; the window applies and saves it."""

    def __init__(self, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language_box = QComboBox()
        for code, language_info in LANGUAGES.items():
            self.language_box.addItem(language_info.native_name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 12)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Language:"), self.language_box)
        note = QLabel(self.tr("Amounts and dates follow the language."))
        note.setObjectName("hint")
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(380)

    def language(self) -> str:
        return self.language_box.currentData()
