"""The desk's office, as real widgets on a real database (pytest-qt): Skift adgangskode (from the
status bar, and forced at sign-in by a temporary password), the users page's administration,
its navigation entry for the roles that use it, and a conflict shown on a client card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.master_data import client_card
from tests.cases.helpers import CTRL, raise_failures, when_modal
from tests.office.builders import PASSWORD, a_client, a_user, signed_in
from ui.framework.background import wait_for_background
from ui.i18n import install_language
from ui.office.password_dialog import ChangePasswordDialog, change_own_password
from ui.office.sign_in_dialog import SignInDialog, ask_sign_in
from ui.office.users_page import users_page_for

MINE = "Min-Egen-Kode-42"


@pytest.fixture
def desk(qapp, sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    install_language("da")
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    context.sign_in()  # the OS user, first to start: Administrator
    yield context
    context.close()


def _signs_in(context, login, password) -> bool:
    seat = AppContext(context.database, context.settings, login)
    try:
        seat.sign_in(login=login, password=password)
    except ServiceError:
        return False
    return not seat.actor.must_change_password


def test_change_password_refuses_a_wrong_current_one_then_changes_it(desk, qtbot):
    a_user(desk, "abh", "Sagsbehandler")
    seat = signed_in(desk, "abh", change_to="Ny-Adgang-2026")
    dialog = ChangePasswordDialog(lambda c, n: change_own_password(seat, c, n), login="abh")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Skift adgangskode"
    qtbot.keyClicks(dialog.current_edit, "forkert-kode-1")
    qtbot.keyClicks(dialog.new_edit, MINE)
    qtbot.keyClicks(dialog.repeat_edit, MINE)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.problem.text() == "Den nuværende adgangskode er forkert."
    assert dialog.current_edit.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.current_edit, "Ny-Adgang-2026")
    qtbot.keyClicks(dialog.new_edit, MINE)
    qtbot.keyClicks(dialog.repeat_edit, "noget-andet-1")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.problem.text() == "De to nye adgangskoder er ikke ens."
    dialog.grab().save("/tmp/office-change-password.png")
    qtbot.keyClicks(dialog.current_edit, "Ny-Adgang-2026")
    qtbot.keyClicks(dialog.new_edit, "kort")
    qtbot.keyClicks(dialog.repeat_edit, "kort")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return, CTRL)
    assert "mindst 10 tegn" in dialog.problem.text()
    qtbot.keyClicks(dialog.current_edit, "Ny-Adgang-2026")
    qtbot.keyClicks(dialog.new_edit, MINE)
    qtbot.keyClicks(dialog.repeat_edit, MINE)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _signs_in(desk, "abh", MINE) and not _signs_in(desk, "abh", "Ny-Adgang-2026")


def test_esc_cancels_the_change(desk, qtbot):
    dialog = ChangePasswordDialog(lambda c, n: "nej", login="test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_temporary_password_opens_the_change_at_sign_in(desk, qtbot):
    a_user(desk, "abh", "Sagsbehandler")  # its password is temporary
    seat = AppContext(desk.database, desk.settings, "abh")
    shots = []

    def change_it(dialog):
        assert isinstance(dialog, ChangePasswordDialog) and dialog.forced
        assert not dialog.current_edit.isVisibleTo(dialog)  # it was just typed
        qtbot.keyClicks(dialog.new_edit, MINE)
        qtbot.keyClicks(dialog.repeat_edit, MINE)
        dialog.grab().save("/tmp/office-forced-change.png")
        shots.append(dialog.windowTitle())
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return, CTRL)

    def sign_in(dialog):
        assert isinstance(dialog, SignInDialog)
        qtbot.keyClicks(dialog.password_edit, PASSWORD)
        when_modal(change_it, after=dialog)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return, CTRL)

    when_modal(sign_in)
    assert ask_sign_in(seat)
    raise_failures()
    assert shots == ["Skift adgangskode"]
    assert seat.actor.login == "abh" and not seat.actor.must_change_password
    assert _signs_in(desk, "abh", MINE)


def test_cancelling_the_forced_change_signs_nobody_in(desk, qtbot):
    a_user(desk, "abh", "Sagsbehandler")
    seat = AppContext(desk.database, desk.settings, "abh")
    said = []

    def cancel(dialog):
        dialog.reject()

    def sign_in(dialog):
        qtbot.keyClicks(dialog.password_edit, PASSWORD)
        when_modal(cancel, after=dialog)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return, CTRL)
        said.append(dialog.problem.text())
        dialog.reject()

    when_modal(sign_in)
    assert not ask_sign_in(seat)
    raise_failures()
    assert said == ["Skift din adgangskode, før du fortsætter."] and seat.actor is None


def _row_of(page, login):
    return next(r for r in range(page.users_table.rowCount())
                if page.users_table.item(r, 0).text() == login)  # fmt: skip


def test_an_administrator_adds_a_klient_user_with_a_temporary_password_shown_once(desk, qtbot):
    a_client(desk, "K100", "Dansk Boldspil")
    from tests.office.builders import a_department

    a_department(desk, "K100", "NORD", "Klubber i Nordjylland")
    page = users_page_for(desk)
    qtbot.addWidget(page)
    page.resize(1000, 420)
    page.show()

    def fill(dialog):
        qtbot.keyClicks(dialog.login, "nord")
        qtbot.keyClicks(dialog.name, "DBU Nord")
        dialog.role.setCurrentIndex(dialog.role.findData("Klient"))
        qtbot.keyClicks(dialog.client, "K999")
        qtbot.keyClicks(dialog.departments, "nord")
        qtbot.keyClick(dialog.login, Qt.Key.Key_Return, CTRL)
        assert dialog.problem.text() == "Klient K999 findes ikke."  # stays open
        dialog.client.clear()
        qtbot.keyClicks(dialog.client, "K100")
        dialog.grab().save("/tmp/office-new-user.png")
        qtbot.keyClick(dialog.login, Qt.Key.Key_Return, CTRL)

    when_modal(fill)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.users_table, Qt.Key.Key_N, CTRL)
    raise_failures()
    row = _row_of(page, "nord")
    values = [page.users_table.item(row, c).text() for c in range(8)]
    assert values == ["nord", "DBU Nord", "Klient", "aktiv", "", "K100", "NORD", "midlertidig"]
    secret = page.secret_dialog.secret.text()
    assert len(secret) == 12 and page.secret_dialog.windowTitle() == "Midlertidig adgangskode"
    page.secret_dialog.grab().save("/tmp/office-secret.png")
    page.secret_dialog.close()
    seat = AppContext(desk.database, desk.settings, "nord")
    assert seat.sign_in(login="nord", password=secret).must_change_password
    page.grab().save("/tmp/office-users-admin.png")


def test_disable_enable_reset_and_tokens_from_the_page(desk, qtbot):
    a_user(desk, "abh", "Sagsbehandler")
    page = users_page_for(desk)
    qtbot.addWidget(page)
    page.show()
    page.users_table.selectRow(_row_of(page, "abh"))
    assert not page.buttons["enable"].isEnabled()
    page.buttons["disable"].click()
    assert page.users_table.item(_row_of(page, "abh"), 3).text() == "deaktiveret"
    assert page.status.text() == "abh er deaktiveret; API-nøglerne er tilbagekaldt."
    assert not _signs_in(desk, "abh", PASSWORD) and page.buttons["enable"].isEnabled()
    page.buttons["enable"].click()
    assert page.users_table.item(_row_of(page, "abh"), 3).text() == "aktiv"
    page.buttons["password"].click()
    temporary = page.secret_dialog.secret.text()
    page.secret_dialog.close()
    seat = AppContext(desk.database, desk.settings, "abh")
    assert seat.sign_in(login="abh", password=temporary).must_change_password
    page.buttons["token"].click()
    token = page.secret_dialog.secret.text()
    assert token.startswith("clt_") and page.secret_dialog.windowTitle() == "Ny API-nøgle"
    page.secret_dialog.close()
    assert seat.sign_in(token=token).login == "abh"
    page.buttons["revoke"].click()
    with pytest.raises(ServiceError, match="API-nøglen er ugyldig"):
        seat.sign_in(token=token)
    kinds = [page.audit_table.item(r, 2).text() for r in range(page.audit_table.rowCount())]
    for kind in (
        "Bruger ændret",
        "Adgangskode skiftet",
        "API-nøgle oprettet",
        "API-nøgle tilbagekaldt",
    ):
        assert kind in kinds
    wait_for_background()


def test_the_last_administrator_cannot_be_disabled_from_the_page(desk, qtbot):
    page = users_page_for(desk)
    qtbot.addWidget(page)
    page.users_table.selectRow(_row_of(page, "test"))
    page.buttons["disable"].click()
    assert page.status.text() == "Den sidste aktive administrator kan ikke deaktiveres."
    assert page.users_table.item(_row_of(page, "test"), 3).text() == "aktiv"


def _window(qtbot, context):
    from ui.app import create_main_window
    from ui.service_backend import ServiceBackend

    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    return window


def test_the_navigation_entry_shows_for_the_roles_that_use_it(desk, qtbot):
    a_user(desk, "sek", "Sekretaer")
    a_user(desk, "rev", "Revisor")
    admin_window = _window(qtbot, desk)
    entry = admin_window.navigation.item_of("office_users")
    assert entry.text(0) == "Brugere og revisionslog" and not entry.isHidden()
    admin_window.show()
    admin_window.navigation.setCurrentItem(entry)
    qtbot.keyClick(admin_window.navigation, Qt.Key.Key_Return)
    page = admin_window.current_page()
    assert page.page_id == "office_users" and page.users_table.rowCount() == 3
    assert admin_window.change_password_button.text() == "Skift adgangskode"
    admin_window.grab().save("/tmp/office-users-in-window.png")
    secretary = _window(qtbot, signed_in(desk, "sek", change_to="Ny-Adgang-2026"))
    assert secretary.navigation.item_of("office_users").isHidden()
    revisor = _window(qtbot, signed_in(desk, "rev", change_to="Ny-Adgang-2026"))
    assert not revisor.navigation.item_of("office_users").isHidden()
    page = revisor.show_page("office_users")
    assert page.users_problem.text() == (
        "Du har ikke adgang til at administrere brugere (rolle: Revisor)."
    )
    assert page.tabs.currentIndex() == 1 and page.audit_table.rowCount() > 0
    wait_for_background()


def test_a_client_card_saved_meanwhile_on_another_seat_is_refused_on_the_card(desk, qtbot):
    from ui.cards.client_card import ClientCardPage
    from ui.cards.data import CardsData

    client_id = a_client(desk, "K100", "Dansk Boldspil")
    a_user(desk, "abh", "Sagsbehandler")
    a_user(desk, "klm", "Sagsbehandler")
    first = signed_in(desk, "abh", change_to="Ny-Adgang-2026")
    second = signed_in(desk, "klm", change_to="Ny-Adgang-2026")
    card = ClientCardPage(CardsData(second), client_id)  # KLM has the card open
    qtbot.addWidget(card)
    card.resize(1000, 600)
    card.show()
    with first.uow(write=True) as uow:  # ABH saves the client meanwhile
        loaded = client_card.client_card(uow.session, client_id=client_id)
        loaded.card.city = "Brøndby"
        client_card.save_client_card(uow.session, client_id=client_id, card=loaded.card,
                                     user="abh", today=loaded_today(), expected_version=0)  # fmt: skip
        uow.commit()
    said = []

    def read_the_box(box):
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.grab().save("/tmp/office-conflict-desk.png")
        box.accept()

    card.editors["navn"].setText("Noget andet")
    when_modal(read_the_box)
    assert not card.save()
    raise_failures()
    assert said and said[0].startswith("Klienten er ændret af abh kl. ")
    assert said[0].endswith(" — genindlæs.")
    with desk.uow() as uow:
        now = client_card.client_card(uow.session, client_id=client_id)
    assert (now.card.name, now.card.city, now.version) == ("Dansk Boldspil", "Brøndby", 1)
    wait_for_background()


def loaded_today():
    import datetime as dt

    return dt.date(2026, 12, 4)
