"""The office page for Administrators (docs/office.md): the users and the audit log.

A view only: it is given two functions that call the services (which check `users.manage`
and `audit.read`); a refusal is shown in place of the table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


class UsersPage(QWidget):
    def __init__(
        self,
        load_users: Callable[[], list],
        load_audit: Callable[[], list],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_users, self._load_audit = load_users, load_audit
        self.tabs = QTabWidget()
        self.users_table = _table([self.tr("User"), self.tr("Name"), self.tr("Role"),
                                   self.tr("Status"), self.tr("Employee"), self.tr("Client"),
                                   self.tr("Departments")])  # fmt: skip
        self.audit_table = _table([self.tr("Time"), self.tr("User"), self.tr("Event"),
                                   self.tr("Regarding"), self.tr("Details")])  # fmt: skip
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setVisible(False)
        self.tabs.addTab(self.users_table, self.tr("Users"))
        self.tabs.addTab(self.audit_table, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        from caplegal_desktop.errors import ServiceError

        try:
            users, lines = self._load_users(), self._load_audit()
        except ServiceError as exc:
            self.problem.setText(str(exc))
            self.problem.setVisible(True)
            self.tabs.setVisible(False)
            return
        self.problem.setVisible(False)
        self.tabs.setVisible(True)
        active, disabled = self.tr("active"), self.tr("disabled")
        _fill(self.users_table, [
            (u.login, u.name, u.role, active if u.active else disabled, u.employee, u.client_no,
             ", ".join(u.departments))
            for u in users
        ])  # fmt: skip
        _fill(self.audit_table, [
            (f"{line.at:%d-%m-%Y %H:%M:%S}", line.login, line.kind, line.target, line.detail)
            for line in lines
        ])  # fmt: skip


def users_page_for(context) -> UsersPage:
    """The page on an application context: each refresh is one read unit of work."""
    from caplegal_desktop.services.office import AUDIT_READ, list_entries, require, users

    def load_users():
        with context.uow() as uow:
            return users.list_users(uow.session)

    def load_audit():
        with context.uow() as uow:
            require(uow.session, AUDIT_READ)
            return list_entries(uow.session, limit=500)

    return UsersPage(load_users, load_audit)
