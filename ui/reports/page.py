"""Rapporter: the report list on the left; parameters, the result table and a chart on the right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError, ValidationError
from ui.framework.background import run_in_background
from ui.framework.date_field import DateField
from ui.framework.fields import mark_invalid
from ui.framework.files import in_documents
from ui.framework.lookup import LookupEdit
from ui.framework.page import Page
from ui.framework.ribbon import RibbonLayout
from ui.reports import PAGE_ID
from ui.reports.data import ReportData
from ui.reports.result_model import ReportTableModel
from ui.reports.words import parameter_line, report_description, report_name
from workflows.reports import PeriodKind, ReportDefinition, ReportParams, ReportResult

EXPORTS = {"export_excel": "xlsx", "export_pdf": "pdf", "export_csv": "csv"}
# which parameter field a service problem points at
_NAME_COLUMNS = ("client_name", "client", "handler_name")
_FIELDS = {
    "pr_dato": "as_of",
    "fra_dato": "period_from",
    "til_dato": "period_to",
    "klient": "client",
}


class ReportsPage(Page):
    page_id = PAGE_ID
    sig_report_shown = Signal(object)
    """Emitted with the ReportResult once it is in the table."""
    sig_report_failed = Signal(str)
    """Emitted with the (Danish) message when a report could not run."""

    def __init__(self, data: ReportData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self.result: ReportResult | None = None
        self._chart: QWidget | None = None
        self.report_list = QListWidget()
        self.report_list.setObjectName("reportList")
        for definition in data.catalogue():
            item = QListWidgetItem(report_name(definition))
            item.setData(Qt.ItemDataRole.UserRole, definition)
            item.setToolTip(report_description(definition))
            self.report_list.addItem(item)
        self.report_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.report_list.setWordWrap(True)
        self.report_list.setSpacing(1)
        self.report_list.setFixedWidth(140)
        self.report_list.currentItemChanged.connect(lambda *_: self._show_parameters())
        self.report_list.itemActivated.connect(lambda _item: self.run())

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.as_of = DateField(today=data.today(), value=data.today())
        self.period_from = DateField(today=data.today(), value=data.today().replace(day=1))
        self.period_to = DateField(today=data.today(), value=data.today())
        self.client = LookupEdit(data.clients, title=self.tr("Clients"))
        self.client.line_edit.setPlaceholderText(self.tr("All clients"))
        self.client.line_edit.setClearButtonEnabled(True)
        self.detailed = QCheckBox(self.tr("Detailed (per case)"))
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setObjectName("primaryButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("reportSubtitle")

        self._labels = {
            "as_of": QLabel(self.tr("As of")),
            "period_from": QLabel(self.tr("From")),
            "period_to": QLabel(self.tr("To")),
            "client": QLabel(self.tr("Client")),
        }
        form = QGridLayout()
        form.setHorizontalSpacing(8)
        for column, key in enumerate(("as_of", "period_from", "period_to", "client")):
            form.addWidget(self._labels[key], 0, column)
            form.addWidget(self.field(key), 1, column)
        self.client.setMinimumWidth(180)
        form.addWidget(self.detailed, 1, 4)
        form.addWidget(self.run_button, 1, 5)
        form.setColumnStretch(6, 1)

        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("listTable")  # the list pages' look
        # a point smaller than the lists: a status report has a dozen columns to fit in 1366 px
        self.table.setStyleSheet("QHeaderView::section { font-size: 9pt; padding: 3px 4px; }")
        small = self.table.font()
        small.setPointSizeF(9)
        self.table.setFont(small)
        self.model.bold_font = QFont(small)
        self.model.bold_font.setBold(True)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setHighlightSections(False)
        self.chart_frame = QFrame()
        self.chart_frame.setObjectName("reportChartFrame")
        self._chart_layout = QVBoxLayout(self.chart_frame)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_frame.setFixedHeight(190)
        self.chart_frame.setMaximumWidth(720)
        self.chart_frame.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.description)
        right_layout.addLayout(form)
        right_layout.addWidget(self.problem_label)
        right_layout.addWidget(self.subtitle)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.chart_frame, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.report_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([140, 990])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 2, 6)
        layout.addWidget(splitter)
        self.report_list.setCurrentRow(0)

    # --- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Reports")

    def ribbon_layout(self) -> RibbonLayout:
        return {
            "actions": ["refresh"],
            "reports": ["print", "export_pdf", "export_excel", "export_csv"],
        }

    def handles_action(self, action_id: str) -> bool:
        return action_id in ("refresh", "print", *EXPORTS)

    def trigger_action(self, action_id: str) -> None:
        if action_id == "refresh":
            self.run()
        elif action_id == "print":
            self.print_report()
        elif action_id in EXPORTS:
            self.export_file(EXPORTS[action_id])

    def refresh(self) -> None:
        self.run()

    # --- parameters -----------------------------------------------------------------------------
    def field(self, key: str) -> QWidget:
        return {
            "as_of": self.as_of,
            "period_from": self.period_from,
            "period_to": self.period_to,
            "client": self.client,
        }[key]

    def definition(self) -> ReportDefinition:
        return self.report_list.currentItem().data(Qt.ItemDataRole.UserRole)

    def select_report(self, report_id: str) -> None:
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(Qt.ItemDataRole.UserRole).report_id == report_id:
                self.report_list.setCurrentRow(row)
                return
        raise KeyError(report_id)

    def _show_parameters(self) -> None:
        definition = self.definition()
        self.heading.setText(report_name(definition))
        self.description.setText(report_description(definition))
        as_of = definition.period_kind is PeriodKind.AS_OF
        for key, shown in (("as_of", as_of), ("period_from", not as_of), ("period_to", not as_of)):
            self._labels[key].setVisible(shown)
            self.field(key).setVisible(shown)
        for key in ("client",):
            self._labels[key].setVisible(definition.has_client_filter)
            self.field(key).setVisible(definition.has_client_filter)
        self.detailed.setVisible(definition.has_detailed)
        self._show_problems([])

    def params(self) -> ReportParams:
        definition = self.definition()
        as_of = definition.period_kind is PeriodKind.AS_OF
        return ReportParams(
            as_of=self.as_of.value() if as_of else None,
            period_from=None if as_of else self.period_from.value(),
            period_to=None if as_of else self.period_to.value(),
            client_no=self.client.text().strip() or None if definition.has_client_filter else None,
            detailed=definition.has_detailed and self.detailed.isChecked(),
        )

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        for key in _FIELDS.values():
            widget = self.field(key)
            mark_invalid(widget.line_edit if key == "client" else widget, None)
        for field, message in problems:
            key = _FIELDS.get(field)
            if key:
                widget = self.field(key)
                mark_invalid(widget.line_edit if key == "client" else widget, message)
        self.problem_label.setText("\n".join(message for _, message in problems))
        self.problem_label.setVisible(bool(problems))

    # --- running --------------------------------------------------------------------------------
    def open_report(self, report_id: str, *, as_of: dt.date | None = None) -> None:
        """Select a report, set its date (default today) and run it: the Role Center's way in."""
        self.select_report(report_id)
        if as_of is not None or self.definition().period_kind is PeriodKind.AS_OF:
            self.as_of.set_value(as_of or self._data.today())
        self.run()

    def run(self) -> None:
        report_id, params = self.definition().report_id, self.params()
        bad_dates = [
            (field, widget.error_message())
            for field, key in _FIELDS.items()
            if isinstance(widget := self.field(key), DateField)
            and widget.isVisibleTo(self)
            and not widget.is_valid()
        ]
        self._show_problems(bad_dates)
        if bad_dates:
            return
        self.run_button.setEnabled(False)

        def work(progress):
            def report(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total)

            result = self._data.run(report_id, params, progress=report)
            import ui.reports.chart  # noqa: F401  (off the GUI thread: matplotlib is slow to load)

            return result

        run_in_background(
            work,
            on_done=self.show_result,
            on_failed=self.show_failure,
            progress_label=self.tr("Running the report …"),
            parent=self,
            owner=self,
        )

    def show_result(self, result: ReportResult) -> None:
        self.run_button.setEnabled(True)
        self.result = result
        self.model.set_result(result)
        lines = self.tr("%n line(s)", "", len(result.rows))
        self.subtitle.setText(" · ".join(x for x in (parameter_line(result), lines) if x))
        self._fit_columns()
        self._show_chart(result)
        self.sig_report_shown.emit(result)

    def show_failure(self, exc: Exception) -> None:
        self.run_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_problems([(p.field, p.message) for p in exc.problems])
        elif isinstance(exc, ServiceError):
            self._show_problems([("", str(exc))])
        else:
            QMessageBox.warning(self, self.tr("Reports"), str(exc))
        self.sig_report_failed.emit(str(exc))

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text (header in bold), no wider: the status report's
        dozen columns must fit beside the navigation at 1366 pixels."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        bold = QFontMetrics(self.model.bold_font)
        for column in range(self.model.columnCount()):
            texts = [self.model.headerData(column, Qt.Orientation.Horizontal)]
            texts += [
                self.model.data(self.model.index(row, column))
                for row in range(min(self.model.rowCount(), 200))
            ]
            width = max(bold.horizontalAdvance(text or "") for text in texts)
            self.table.setColumnWidth(column, min(width + 8, 240))
        # a long name column gives way first, so the amounts stay in sight
        # room for a vertical scroll bar either way: it may come once the rows are laid out
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        spare = self.table.viewport().width() - header.length() - scroll_bar
        names = [i for i, c in enumerate(self.result.columns) if c.key in _NAME_COLUMNS]
        if spare < 0 and names:
            column = names[0]
            self.table.setColumnWidth(column, max(self.table.columnWidth(column) + spare, 80))
        elif spare > 0 and names:
            column = names[0]
            self.table.setColumnWidth(column, self.table.columnWidth(column) + spare)

    def _show_chart(self, result: ReportResult) -> None:
        from ui.reports.chart import report_chart

        if self._chart is not None and shiboken6.isValid(self._chart):
            self._chart_layout.removeWidget(self._chart)
            self._chart.deleteLater()
        self._chart = report_chart(result) if len(result.rows) > 1 else None
        if self._chart is not None:
            self._chart_layout.addWidget(self._chart)
        self.chart_frame.setVisible(self._chart is not None)

    def chart_widget(self) -> QWidget | None:
        return self._chart

    # --- printing and exporting -----------------------------------------------------------------
    def _need_result(self) -> bool:
        if self.result is None:
            self.sig_status_message.emit(self.tr("Run a report first."))
            return False
        return True

    def export_file(self, file_format: str, path: Path | None = None) -> None:
        """Save the report shown as xlsx, pdf or csv; without a path the user picks one."""
        if not self._need_result():
            return
        result = self.result
        if path is None:
            patterns = {
                "xlsx": "Excel (*.xlsx)",
                "pdf": "PDF (*.pdf)",
                "csv": self.tr("CSV (semicolon) (*.csv)"),
            }
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save report"),
                in_documents(f"{result.title} {self._data.today():%Y-%m-%d}.{file_format}"),
                patterns[file_format],
            )
            if not name:
                return
            path = Path(name)
        run_in_background(
            lambda _progress: self._data.export(result, path),
            on_done=lambda saved: self.sig_status_message.emit(
                self.tr("The report was saved in %1").replace("%1", str(saved))
            ),
            on_failed=lambda exc: QMessageBox.warning(self, self.tr("Reports"), str(exc)),
            parent=self,
            owner=self,
        )

    def print_report(self, printer=None) -> None:
        if not self._need_result():
            return
        from ui.framework.printing import ask_for_printer, print_html
        from workflows.reports.export import report_html

        if printer is None:
            printer = ask_for_printer(self, self.result.title)
            if printer is None:
                return
        html, landscape = report_html(
            self.result, firm=self._data.firm_name(), printed_on=self._data.today()
        )
        print_html(printer, html, landscape=landscape)
        self.sig_status_message.emit(self.tr("The report was sent to the printer."))
