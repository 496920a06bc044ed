"""The case import on the desk: choose a JSON file, import every case or none, and show the
report — the cases created, or each refused record with what is wrong — in a list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.cases.case_import import ImportResult, import_cases_file
from ui.framework.background import run_in_background
from ui.framework.files import documents_folder

_translate = QCoreApplication.translate


class ImportReportDialog(QDialog):
    def __init__(self, file_name: str, result: ImportResult | None, error: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(_translate("CaseImport", "Import cases"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(860, 460)
        if error is not None:
            self.summary.setText(
                _translate("CaseImport", "%1 was not imported: %2")
                .replace("%1", file_name)
                .replace("%2", error)
            )
            self.tree.hide()
        elif result.ok:
            self.summary.setText(
                _translate("CaseImport", "%1 cases created from %2.")
                .replace("%1", str(len(result.created)))
                .replace("%2", file_name)
            )
            self.tree.setHeaderLabels([_translate("CaseImport", "Case no.")])
            for created in result.created:
                self.tree.addTopLevelItem(QTreeWidgetItem([created.case_no]))
        else:
            self.summary.setText(
                _translate(
                    "CaseImport", "%1 is refused; nothing is saved. %2 record(s) with errors:"
                )
                .replace("%1", file_name)
                .replace("%2", str(len(result.rejected)))
            )
            self.tree.setHeaderLabels(
                [
                    _translate("CaseImport", "Record"),
                    _translate("CaseImport", "Reference"),
                    _translate("CaseImport", "Field"),
                    _translate("CaseImport", "Problem"),
                ]
            )
            for record in result.rejected:
                for problem in record.problems:
                    self.tree.addTopLevelItem(
                        QTreeWidgetItem(
                            [
                                str(record.index + 1),
                                record.external_ref or "",
                                problem.field,
                                problem.message,
                            ]
                        )
                    )
            for column in range(3):
                self.tree.resizeColumnToContents(column)


def pick_import_file(parent) -> str:
    name, _ = QFileDialog.getOpenFileName(
        parent, _translate("CaseImport", "Import cases"), documents_folder(), "JSON (*.json)"
    )
    return name


def run_import(window, app_context, *, pick=pick_import_file, show=None) -> None:
    """Ask for the file, import it on the background worker, then show the report."""
    path = pick(window)
    if not path:
        return
    name = Path(path).name
    show = show or (lambda dialog: dialog.exec())

    def work(progress):
        with app_context.uow(write=True) as uow:
            return import_cases_file(
                uow, Path(path), progress=lambda done, total: progress.report(done, total, "")
            )

    def done(result: ImportResult) -> None:
        dialog = window.import_report = ImportReportDialog(name, result, parent=window)
        if result.ok:
            window.refresh_current_page()
        show(dialog)

    def failed(exc: Exception) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        dialog = window.import_report = ImportReportDialog(name, None, str(exc), parent=window)
        show(dialog)

    run_in_background(
        work,
        on_done=done,
        on_failed=failed,
        progress_label=_translate("CaseImport", "Importing cases …"),
        parent=window,
    )
