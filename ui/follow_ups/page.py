"""The Follow-ups overview: to do / due / done, Execute, Resume, Mass execution, the run log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.follow_ups.letter_pdf import letter_pdf
from ui.follow_ups.fields_dialog import TemplateFieldsDialog
from ui.follow_ups.texts import t
from ui.framework.background import run_in_background
from ui.framework.display import datetime_text, enum_text
from ui.framework.flow_layout import FlowLayout
from ui.framework.page import Page
from ui.i18n import format_amount, format_date
from ui.open_file import open_in_default_program

ROW_ID = Qt.ItemDataRole.UserRole
VIEWS = ("to_do", "due", "done")


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.resizeColumnsToContents()  # at least the headers' width in every language
    return table


def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for r, (row_id, texts) in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(ROW_ID, row_id)
            table.setItem(r, c, item)
    # Case numbers, dates and statuses are short: show them whole; the result column stretches.
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)


def _button(key: str, slot) -> QPushButton:
    button = QPushButton(t(key))
    button.setObjectName(f"button_{key}")
    button.clicked.connect(lambda: slot())
    return button


class FollowUpsPage(Page):
    page_id = "follow_ups"

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        # Replaceable in tests: questions, opening files, choosing a template.
        self.confirm = self._confirm
        self.open_file = open_in_default_program
        self.pick_template = self._pick_template
        self.rows_by_id: dict[int, object] = {}
        self.view = QComboBox()
        self.view.setObjectName("followUpView")
        for key, view in zip(("ToDoLbl", "DueLbl", "DoneLbl"), VIEWS, strict=True):
            self.view.addItem(t(key), view)
        self.view.setCurrentIndex(1)
        self.view.currentIndexChanged.connect(lambda _: self.refresh())
        self.mine = QCheckBox(t("MineLbl"))
        self.mine.setObjectName("followUpMine")
        self.mine.toggled.connect(lambda _: self.refresh())
        # As the manual's Sagsopfølgning Oversigt: one line per activity with how many are to be
        # executed and due; marking one shows its cases below. Unticked: the flat list.
        self.grouped = QCheckBox(t("GroupedLbl"))
        self.grouped.setObjectName("followUpGrouped")
        self.grouped.setChecked(True)
        self.grouped.toggled.connect(self._grouping_changed)
        self.group_rows: list = []
        self.groups = _table(
            "activityGroupTable",
            [t(k) for k in ("ActivityLbl", "WorkflowLbl", "ToDoCountLbl", "DueCountLbl")],
        )
        header = self.groups.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the activity's name
        self.groups.itemSelectionChanged.connect(self._show_follow_ups)
        self.table = _table(
            "followUpTable",
            [
                t(k)
                for k in (
                    "CaseLbl",
                    "DueDateLbl",
                    "ActivityLbl",
                    "ResponsibleLbl",
                    "StatusLbl",
                    "ResultLbl",
                )
            ],
        )
        self.table.doubleClicked.connect(lambda _: self._open_case())
        self.runs = _table(
            "runTable",
            [
                t(k)
                for k in (
                    "RunLbl",
                    "StartedLbl",
                    "UserLbl",
                    "FilterLbl",
                    "StatusLbl",
                    "ExecutedLbl",
                    "SkippedLbl",
                    "FailedLbl",
                    "FeesLbl",
                )
            ],
        )
        # the selected run's cases: what was done, held back (with the reason) or failed
        self.run_items = _table(
            "runItemTable", [t(k) for k in ("CaseLbl", "StatusLbl", "ResultLbl")]
        )
        self.runs.itemSelectionChanged.connect(self.show_run_items)
        self.message = QLabel()
        self.message.setObjectName("followUpMessage")
        heading = QLabel(t("FollowUpsTitle"))
        heading.setObjectName("pageTitle")
        bar = QHBoxLayout()
        for widget in (heading, self.view, self.mine, self.grouped):
            bar.addWidget(widget)
        bar.addStretch(1)
        # the buttons wrap under the filters rather than push the window past the screen
        buttons = FlowLayout(spacing=6)
        for key, slot in (
            ("ExecuteAct", self.execute_current),
            ("ResumeAct", self.resume_current),
            ("OpenLetterAct", self.open_current_letter),
            ("LetterPdfAct", self.save_current_letter_as_pdf),
            ("MassAct", self.mass_execute),
            ("FieldsAct", self.show_fields),
            ("ScheduleMissingAct", self.schedule_missing),
        ):
            buttons.addWidget(_button(key, slot))
        run_bar = QHBoxLayout()
        run_heading = QLabel(t("RunsTitle"))
        run_heading.setObjectName("sectionTitle")
        run_bar.addWidget(run_heading)
        run_bar.addStretch(1)
        for key, slot in (
            ("ReexecuteAct", self.reexecute_current),
            ("OpenLettersAct", self.open_run_letters),
            ("PrintAllAct", self.open_combined),
        ):
            run_bar.addWidget(_button(key, slot))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.groups, 2)
        layout.addWidget(self.table, 3)
        layout.addLayout(run_bar)
        layout.addWidget(self.runs, 2)
        layout.addWidget(self.run_items, 2)
        layout.addWidget(self.message)

    def title(self) -> str:
        return t("FollowUpsTitle")

    def ribbon_layout(self):
        return {"process": ["refresh"]}

    def handles_action(self, action_id: str) -> bool:
        return action_id == "refresh"

    def trigger_action(self, action_id: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._fill_groups()
        self._show_follow_ups()
        _fill(
            self.runs,
            [
                (
                    r.id,
                    [
                        str(r.id),
                        datetime_text(r.started_at),
                        r.user,
                        r.filter_text or "",
                        enum_text("run_status", r.status),
                        str(r.executed),
                        str(r.skipped),
                        str(r.failed),
                        format_amount(r.fees_total),
                    ],
                )
                for r in self.ops.runs()
            ],
        )
        self.show_run_items()

    # --- grouped by activity ----------------------------------------------------------------------
    def _grouping_changed(self, grouped: bool) -> None:
        self.groups.setVisible(grouped)
        self.refresh()

    def _fill_groups(self) -> None:
        if not self.grouped.isChecked():
            self.group_rows = []
            return
        chosen = self.current_group()
        self.group_rows = self.ops.activity_groups(mine=self.mine.isChecked())
        self.groups.blockSignals(True)
        _fill(
            self.groups,
            [
                (
                    index,
                    [
                        g.description if g.step_id is not None else t("NoActivityLbl"),
                        g.workflow_code or "",
                        str(g.to_do),
                        str(g.due),
                    ],
                )
                for index, g in enumerate(self.group_rows)
            ],
        )
        self.groups.resizeColumnToContents(3)
        for row in range(self.groups.rowCount()):
            for column in (2, 3):
                self.groups.item(row, column).setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
        again = [i for i, g in enumerate(self.group_rows) if chosen and g.step_id == chosen.step_id]
        if again:
            self.groups.setCurrentCell(again[0], 0)
        self.groups.blockSignals(False)

    def current_group(self):
        """The activity line marked in the grouped view (None: flat view or none marked)."""
        if not self.grouped.isChecked():
            return None
        item = self.groups.item(self.groups.currentRow(), 0)
        if item is None or not self.groups.selectionModel().hasSelection():
            return None
        index = item.data(ROW_ID)
        return (
            self.group_rows[index] if index is not None and index < len(self.group_rows) else None
        )

    def select_group(self, step_id: int | None) -> None:
        for index, group in enumerate(self.group_rows):
            if group.step_id == step_id:
                self.groups.setCurrentCell(index, 0)
                return

    def _show_follow_ups(self) -> None:
        group = self.current_group()
        if group is None:
            rows = self.ops.overview(self.view.currentData(), mine=self.mine.isChecked())
        else:
            rows = self.ops.overview(
                self.view.currentData(), mine=self.mine.isChecked(), activity=group.step_id
            )
        self.rows_by_id = {row.id: row for row in rows}
        _fill(
            self.table,
            [
                (
                    r.id,
                    [
                        r.case_no,
                        format_date(r.due_date),
                        r.description,
                        r.responsible or "",
                        r.status_text,
                        r.result or "",
                    ],
                )
                for r in rows
            ],
        )

    def show_run_items(self) -> None:
        run_id = self.current_id(self.runs)
        items = self.ops.run_items(run_id) if run_id is not None else []
        _fill(
            self.run_items,
            [(i.id, [i.case_no, i.outcome_text, i.message or ""]) for i in items],
        )

    def current_id(self, table: QTableWidget | None = None) -> int | None:
        item = (table or self.table).item((table or self.table).currentRow(), 0)
        return None if item is None else item.data(ROW_ID)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.sig_status_message.emit(text)

    def _selected(self, table=None) -> int | None:
        row_id = self.current_id(table)
        if row_id is None:
            self.say(t("NoRowMsg"))
        return row_id

    def execute_current(self) -> None:
        if (row_id := self._selected()) is None:
            return
        try:
            done = self.ops.execute(row_id)
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(done.message)
        self.refresh()
        if done.letter_path:
            self.open_file(done.letter_path)

    def resume_current(self) -> None:
        if (row_id := self._selected()) is None:
            return
        try:
            self.ops.resume(row_id)
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.refresh()

    def open_current_letter(self) -> None:
        if (row_id := self._selected()) is None:
            return
        path = getattr(self.rows_by_id.get(row_id), "letter_path", None)
        if path:
            self.open_file(Path(path))

    def save_current_letter_as_pdf(self) -> None:
        """The letter as PDF beside it (LibreOffice, or Word on Windows), then opened."""
        if (row_id := self._selected()) is None:
            return
        path = getattr(self.rows_by_id.get(row_id), "letter_path", None)
        if not path:
            self.say(t("NoLetterMsg"))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = letter_pdf(Path(path), Path(path).with_suffix(".pdf"))
        except ServiceError as exc:
            self.say(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.say(t("PdfSavedMsg", pdf))
        self.open_file(pdf)

    def mass_execute(self) -> None:
        """All due follow-ups; in the grouped view with an activity marked, only its due ones."""
        mine = self.mine.isChecked()
        group = self.current_group()
        if group is not None and group.step_id is None:
            self.say(t("NotMassMsg"))
            return
        due = group.due if group is not None else self.ops.due_count(mine=mine)
        if due == 0:
            self.say(t("NothingDueMsg"))
            return
        question = (
            t("MassQst", due) if group is None else t("MassActivityQst", due, group.description)
        )
        if not self.confirm(question):
            return
        step_id = group.step_id if group is not None else None

        def work(progress):
            return self.ops.run_due(
                mine=mine,
                step_id=step_id,
                progress=lambda done, total, case_no: progress.report(
                    done, total, f"{t('CaseLbl')} {case_no}"
                ),
                cancelled=lambda: progress.cancelled,
            )

        self._in_background(work)

    def schedule_missing(self) -> None:
        """Cases that have a workflow but no follow-up (an import, old data) get its first step."""
        try:
            count = self.ops.schedule_missing()
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(t("ScheduledMsg", count))
        self.refresh()

    def reexecute_current(self) -> None:
        if (run_id := self._selected(self.runs)) is None:
            return

        def work(progress):
            return self.ops.reexecute(
                run_id,
                progress=lambda done, total, _no: progress.report(done, total, ""),
                cancelled=lambda: progress.cancelled,
            )

        self._in_background(work)

    def _in_background(self, work) -> None:
        run_in_background(
            work,
            on_done=self._run_finished,
            on_failed=lambda exc: self.say(str(exc)),
            progress_label=t("RunningMsg"),
            parent=self,
        )

    def _run_finished(self, summary) -> None:
        self.say(summary.message)
        self.refresh()
        self._select_run(summary.run_id)

    def _select_run(self, run_id: int) -> None:
        for row in range(self.runs.rowCount()):
            if self.runs.item(row, 0).data(ROW_ID) == run_id:
                self.runs.setCurrentCell(row, 0)
                return

    def open_run_letters(self) -> None:
        """One document for the whole run (a letter per page), never a window per letter."""
        self.open_combined()

    def open_combined(self) -> None:
        if (run_id := self._selected(self.runs)) is not None:
            for path in self.ops.combined_letters(run_id):
                self.open_file(path)

    def show_fields(self) -> TemplateFieldsDialog | None:
        template = self.pick_template()
        if not template:
            return None
        try:
            fields = self.ops.template_fields(template)
        except (ServiceError, ValueError) as exc:
            self.say(str(exc))
            return None
        dialog = TemplateFieldsDialog(Path(template).name, fields, self)
        dialog.open()
        return dialog

    def _open_case(self) -> None:
        row = self.rows_by_id.get(self.current_id())
        if row is not None:
            self.sig_open_record.emit("case", row.case_id)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, t("MassAct"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _pick_template(self) -> str | None:
        name, _ = QFileDialog.getOpenFileName(
            self, t("FieldsAct"), str(self.ops.templates_folder()), "Word (*.docx *.dotx)"
        )
        return name or None
