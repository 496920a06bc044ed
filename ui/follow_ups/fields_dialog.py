"""A small dialog listing a template's merge fields with their Danish descriptions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.follow_ups.texts import t


class TemplateFieldsDialog(QDialog):
    def __init__(self, template_name: str, fields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{t('FieldsTitle')}: {template_name}")
        self.table = QTableWidget(len(fields), 2)
        self.table.setObjectName("templateFields")
        self.table.setHorizontalHeaderLabels([t("FieldLbl"), t("DescriptionLbl")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, field in enumerate(fields):
            self.table.setItem(row, 0, QTableWidgetItem(field.name))
            self.table.setItem(row, 1, QTableWidgetItem(field.description))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 480)
