"""The office in the desk (docs/office.md): sign-in, Skift adgangskode, the users page.

`install(window, app_context)` registers the users page ("office_users"; its navigation entry
shows only for a role with `users.manage` or `audit.read`) and puts Skift adgangskode in the
status bar for a signed-in user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PAGE_ID = "office_users"
_translate = QCoreApplication.translate


def install(window, app_context) -> None:
    if app_context is None:
        return  # the sample backend has no users
    from ui.pages.list_pages import PAGE_FACTORIES

    def users_page(_backend):
        from ui.office.users_page import users_page_for

        return users_page_for(app_context)

    PAGE_FACTORIES[PAGE_ID] = users_page
    actor = getattr(app_context, "actor", None)
    if actor is not None and actor.user_id is not None:
        _password_button(window, app_context)


def _password_button(window, app_context) -> None:
    from PySide6.QtWidgets import QToolButton

    button = QToolButton()
    button.setObjectName("changePasswordButton")
    button.setAutoRaise(True)

    def name_it(_code: str = "") -> None:
        button.setText(_translate("Office", "Change password"))

    def change() -> None:
        from ui.office.password_dialog import ask_password_change

        if ask_password_change(app_context, window):
            window.statusBar().showMessage(_translate("Office", "Your password is changed."), 5000)

    name_it()
    button.clicked.connect(change)
    window.sig_language_changed.connect(name_it)
    window.action_handlers["change_password"] = change
    window.statusBar().addPermanentWidget(button)
    window.change_password_button = button
