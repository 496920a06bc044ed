"""First start of the installed program on a machine without anything: the user chooses a small
demo set or an empty database, names the firm and the first user; cancelling creates nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import default_database_file, needs_first_start
from caplegal_desktop.errors import ValidationError
from caplegal_desktop.first_start import (
    FIRST_START_DEMO_CASES,
    FirstStartChoice,
    set_up_first_start,
)
from models import Case, CompanySetup, Employee
from ui.first_start import FirstStartDialog


@pytest.fixture
def new_machine(tmp_path, monkeypatch):
    """Empty data and config folders, no database named anywhere."""
    monkeypatch.setenv("CAPLEGAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CAPLEGAL_USER", "sekretaer")
    monkeypatch.delenv("CAPLEGAL_DB", raising=False)
    return tmp_path


def _firm_and_employees(context):
    with context.uow() as uow:
        firm = uow.session.scalars(select(CompanySetup.company_name)).one()
        employees = uow.session.execute(
            select(Employee.initials, Employee.name, Employee.login).where(
                Employee.login.is_not(None)
            )
        ).all()
        cases = uow.session.scalar(select(func.count(Case.id)))
    return firm, employees, cases


def test_only_a_machine_without_a_database_is_a_first_start(new_machine, monkeypatch):
    assert needs_first_start()
    assert not needs_first_start("sqlite:///elsewhere.sqlite3")
    monkeypatch.setenv("CAPLEGAL_DB", "postgresql://server/caplegal")
    assert not needs_first_start()
    monkeypatch.delenv("CAPLEGAL_DB")
    AppContext.open().close()
    assert default_database_file().exists()
    assert not needs_first_start()


def test_an_empty_database_gets_the_firm_and_the_first_user(sqlite_url):
    context = AppContext.open(sqlite_url, user="sekretaer")
    choice = FirstStartChoice(False, "  Advokatfirmaet Lund  ", "ml", "Mette Lund")
    result = set_up_first_start(context, choice)
    assert (result.firm_name, result.employee_initials, result.demo_cases) == (
        "Advokatfirmaet Lund",
        "ML",
        0,
    )
    assert _firm_and_employees(context) == (
        "Advokatfirmaet Lund",
        [("ML", "Mette Lund", "sekretaer")],
        0,
    )
    context.close()


def test_the_demo_set_keeps_the_users_firm_name_and_user(sqlite_url):
    context = AppContext.open(sqlite_url, user="sekretaer")
    set_up_first_start(context, FirstStartChoice(True, "Advokatfirmaet Lund", "ML", "Mette Lund"))
    firm, employees, cases = _firm_and_employees(context)
    assert firm == "Advokatfirmaet Lund"
    assert employees == [("ML", "Mette Lund", "sekretaer")]
    assert cases == FIRST_START_DEMO_CASES
    context.close()


def test_bad_answers_are_refused_in_danish_and_change_nothing(sqlite_url):
    context = AppContext.open(sqlite_url, user="sekretaer")
    before = _firm_and_employees(context)
    with pytest.raises(ValidationError) as raised:
        set_up_first_start(context, FirstStartChoice(True, "  ", "M L", ""))
    messages = [p.message for p in raised.value.problems]
    assert messages == [
        "Firmaets navn skal udfyldes.",
        "Initialerne må højst være 10 bogstaver eller cifre.",
        "Navnet skal udfyldes.",
    ]
    assert _firm_and_employees(context) == before
    context.close()


def test_the_dialog_says_what_is_missing_and_closes_on_good_answers(qtbot, tmp_path):
    dialog = FirstStartDialog(login="sekretaer", data_folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Velkommen til CapLegal Desktop"
    assert dialog.empty_button.isChecked()  # a real firm starts empty unless it asks for demo
    dialog.start_button.click()
    assert dialog.isVisible()
    assert "Firmaets navn skal udfyldes." in dialog.problems_label.text()
    dialog.firm_edit.setText("Advokatfirmaet Lund")
    dialog.initials_edit.setText("ML")
    dialog.name_edit.setText("Mette Lund")
    dialog.demo_button.click()
    dialog.grab().save(str(tmp_path / "first-start.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.start_button.click()
    assert dialog.choice() == FirstStartChoice(True, "Advokatfirmaet Lund", "ML", "Mette Lund")


@pytest.fixture
def closes_its_windows(qapp):
    """The program's main window stays open after run_gui returns: closed here, so the later
    tests' Qt event loops do not carry it."""
    before = set(QApplication.topLevelWidgets())
    yield
    for widget in set(QApplication.topLevelWidgets()) - before:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents()
    qapp.processEvents()


def _no_quit_pending(qapp) -> None:
    """A quit Qt posted after an earlier test's window would end the dialog's loop at once."""
    QApplication.sendPostedEvents()
    qapp.processEvents()


def _answer_the_first_start_dialog(*, cancel: bool = False) -> None:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstStartDialog))
    if cancel:
        dialog.reject()
        return
    dialog.firm_edit.setText("Advokatfirmaet Lund")
    dialog.initials_edit.setText("ML")
    dialog.name_edit.setText("Mette Lund")
    dialog.start_button.click()


def test_the_program_asks_fills_the_new_database_and_opens_the_window(
    new_machine, monkeypatch, qapp, closes_its_windows
):
    import main

    monkeypatch.setenv("CAPLEGAL_QUIT_AFTER_MS", "50")
    _no_quit_pending(qapp)
    QTimer.singleShot(200, _answer_the_first_start_dialog)
    assert main.run_gui() == 0
    context = AppContext.open()
    assert _firm_and_employees(context) == (
        "Advokatfirmaet Lund",
        [("ML", "Mette Lund", "sekretaer")],
        0,
    )
    context.close()
    assert not needs_first_start()


def test_cancelling_the_first_start_creates_nothing(new_machine, qapp, closes_its_windows):
    import main

    _no_quit_pending(qapp)
    QTimer.singleShot(200, lambda: _answer_the_first_start_dialog(cancel=True))
    assert main.run_gui() == 0
    assert not default_database_file().exists()
    assert needs_first_start()
