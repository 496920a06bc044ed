"""The sign-in dialog, the users page and the conflict message, as real widgets (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.cases.general import STALE
from tests.office.builders import PASSWORD, a_user, signed_in
from ui.i18n import install_language
from ui.office.sign_in_dialog import SignInDialog
from ui.office.users_page import users_page_for


@pytest.fixture
def desk(qapp, sqlite_url):
    install_language("da")
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    context.sign_in()  # the OS user, first to start: Administrator
    yield context
    context.close()


def _attempt_on(context):
    def attempt(login, password):
        from caplegal_desktop.errors import ServiceError

        try:
            context.sign_in(login=login, password=password)
        except ServiceError as exc:
            return str(exc)
        return None

    return attempt


def test_a_wrong_password_is_refused_in_danish_and_ctrl_enter_signs_in(desk, qtbot):
    a_user(desk, "abh", "Sagsbehandler", name="Anne B. Hansen")
    other = AppContext(desk.database, desk.settings, "abh")
    dialog = SignInDialog(_attempt_on(other), database="PostgreSQL: caplegal@server/kontor",
                          login="abh")  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Log ind"
    qtbot.keyClicks(dialog.password_edit, "forkert-kode")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.problem.text() == "Forkert brugernavn eller adgangskode."
    assert dialog.password_edit.text() == "" and other.actor is None
    dialog.grab().save("/tmp/office-sign-in-refused.png")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and other.actor.login == "abh"


def test_esc_cancels_the_sign_in(desk, qtbot):
    dialog = SignInDialog(_attempt_on(desk))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_users_page_lists_users_and_the_audit_log_for_an_administrator(desk, qtbot):
    a_user(desk, "abh", "Sagsbehandler", name="Anne B. Hansen")
    a_user(desk, "rev", "Revisor", name="Revisionsfirmaet")
    page = users_page_for(desk)
    qtbot.addWidget(page)
    page.resize(900, 360)
    page.show()
    logins = [page.users_table.item(r, 0).text() for r in range(page.users_table.rowCount())]
    assert logins == ["abh", "rev", "test"]
    assert page.users_table.horizontalHeaderItem(2).text() == "Rolle"
    kinds = {page.audit_table.item(r, 2).text() for r in range(page.audit_table.rowCount())}
    assert "Bruger oprettet" in kinds
    page.grab().save("/tmp/office-users-page.png")


def test_a_secretary_sees_a_refusal_instead_of_the_users(desk, qtbot):
    a_user(desk, "sek", "Sekretaer")
    seat = signed_in(desk, "sek", change_to="Ny-Adgang-2026")
    page = users_page_for(seat)
    qtbot.addWidget(page)
    assert not page.users_table.isVisibleTo(page) and not page.audit_table.isVisibleTo(page)
    assert (
        page.problem.text() == "Du har ikke adgang til at administrere brugere (rolle: Sekretaer)."
    )
    assert not page.buttons["new"].isVisibleTo(page)


def test_the_conflict_message_names_who_and_when(qtbot):
    from datetime import datetime

    text = STALE.format(who="ABH", at=datetime(2026, 12, 4, 10, 42))
    box = QMessageBox(QMessageBox.Icon.Warning, "CapLegal", text)
    qtbot.addWidget(box)
    box.show()
    assert box.text() == "Sagen er ændret af ABH kl. 10:42 — genindlæs."
    box.grab().save("/tmp/office-conflict.png")


def test_the_ribbon_hides_what_the_role_may_not_do_and_the_status_bar_names_the_user(
    desk, qtbot, tmp_path, monkeypatch
):
    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    a_user(desk, "rev", "Revisor")
    seat = signed_in(desk, "rev", change_to="Ny-Adgang-2026")
    window = create_main_window(ServiceBackend(seat))
    qtbot.addWidget(window)
    window.show()
    ribbon_buttons = {b.objectName() for g in window.ribbon.group_ids()
                      for b in window.ribbon.buttons(g)}  # fmt: skip
    assert "ribbon_new_case" not in ribbon_buttons
    assert "ribbon_register_payment" not in ribbon_buttons
    assert not window.registry.action("post_journal").isEnabled()
    assert window.session_info.user == "rev (Revisor)"
    links = window.role_center.quick_link_buttons
    assert not links["new_case"].isVisibleTo(window) and links["case_list"].isVisibleTo(window)
    # staff who may post see the buttons
    admin_window = create_main_window(ServiceBackend(desk))
    qtbot.addWidget(admin_window)
    admin_buttons = {b.objectName() for g in admin_window.ribbon.group_ids()
                     for b in admin_window.ribbon.buttons(g)}  # fmt: skip
    assert {"ribbon_new_case", "ribbon_register_payment"} <= admin_buttons
    window.grab().save("/tmp/office-revisor-window.png")


def test_an_export_of_the_case_list_is_audited_before_the_file_is_made(
    desk, qtbot, tmp_path, monkeypatch
):
    from caplegal_desktop.services.office.audit import list_entries
    from tests.office.builders import a_case, a_client
    from ui.app import create_main_window
    from ui.framework.background import wait_for_background
    from ui.service_backend import ServiceBackend

    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    a_client(desk, "K100", "Dansk Boldspil")
    a_case(desk, "K100", "Nora Nordahl")
    window = create_main_window(ServiceBackend(desk))
    qtbot.addWidget(window)
    page = window.show_page("case_list")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    target = tmp_path / "sager.csv"
    page.export_file("csv", target)
    wait_for_background()
    qtbot.waitUntil(target.exists)
    with desk.uow() as uow:
        (line,) = list_entries(uow.session, kind="export")
    assert line.login == "test" and line.target == "liste: case"
    assert '"rows": 1' in line.detail and "sager.csv" in line.detail


def test_the_open_case_list_shows_a_case_another_seat_made_within_two_seconds(
    desk, qtbot, tmp_path, monkeypatch
):
    from tests.office.builders import a_case, a_client
    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    a_client(desk, "K100", "Dansk Boldspil")
    a_case(desk, "K100", "Nora Nordahl")
    window = create_main_window(ServiceBackend(desk))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("case_list")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.wait(1100)  # the watcher starts on the first tick
    other_seat = AppContext(type(desk.database)(desk.database.url_text), desk.settings, "seat")
    a_case(other_seat, "K100", "Søren Sydbo")
    other_seat.close()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)


def test_the_open_case_card_shows_a_change_another_seat_made_within_two_seconds(
    desk, qtbot, tmp_path, monkeypatch
):
    from caplegal_desktop.services.cases.general import case_version, save_case_general
    from tests.office.builders import a_case, a_client
    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    a_client(desk, "K100", "Dansk Boldspil")
    case_id, _case_no = a_case(desk, "K100", "Nora Nordahl")
    window = create_main_window(ServiceBackend(desk), app_context=desk)
    qtbot.addWidget(window)
    window.show()
    card = window.open_record("case", case_id)
    qtbot.wait(1100)  # the watcher starts on the first tick
    other_seat = AppContext(type(desk.database)(desk.database.url_text), desk.settings, "seat")
    with other_seat.uow(write=True) as uow:
        version = case_version(uow.session, case_id=case_id).version
        save_case_general(
            uow.session,
            case_id=case_id,
            expected_version=version,
            changes={"regarding": "Kontingent 2026, rykket pr. telefon"},
        )
        uow.commit()
    other_seat.close()
    # the card in front is read again by itself, nothing pressed
    qtbot.waitUntil(
        lambda: card.fields["regarding"].text() == "Kontingent 2026, rykket pr. telefon",
        timeout=2500,
    )
