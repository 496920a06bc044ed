"""Opening and closing the cards in the main window, and the client pages' New / New case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ui.framework.list_page import ListPage

_translate = QCoreApplication.translate
CLIENT_LIST, PARTY_LIST = "client_list", "party_list"


class CardOpener:
    def __init__(self, window, data: Callable) -> None:
        self.window = window
        self.data = data

    # --- the cards ------------------------------------------------------------------------------
    def client_card(self, client_id):
        from ui.cards.client_card import ClientCardPage

        page = ClientCardPage(self.data(), None if client_id is None else int(client_id))
        self._wire(page, CLIENT_LIST)
        return page

    def party_card(self, party_id):
        from ui.cards.party_card import PartyCardPage

        page = PartyCardPage(self.data(), int(party_id))
        self._wire(page, PARTY_LIST)
        return page

    def _wire(self, page, list_id: str) -> None:
        page.on_close = lambda: self.close_card(page, list_id)
        page.on_saved = lambda _saved: self._rekey(page)

    def _rekey(self, page) -> None:
        """A new client's card is known by its id once saved (so reopening finds it)."""
        client_id = getattr(page, "client_id", None)
        if client_id is None or page.page_id == f"client:{client_id}":
            return
        pages = self.window.pages
        if pages.get(page.page_id) is page:
            del pages[page.page_id]
        page.page_id = f"client:{client_id}"
        pages[page.page_id] = page

    def close_card(self, page, list_id: str) -> None:
        """Back to the list the card came from; the list shows what was saved."""
        window = self.window
        if window.pages.get(page.page_id) is page:
            del window.pages[page.page_id]
        window.stack.removeWidget(page)
        page.deleteLater()
        # the list may already be in front once the card is gone: read it again anyway
        window.show_page(list_id).refresh()

    # --- New (Ctrl+N) and New case (Ctrl+Shift+N) ----------------------------------------------------
    def new_record(self, *, fallback: Callable[[], None] | None) -> None:
        page = self.window.current_page()
        if getattr(page, "page_id", "") == CLIENT_LIST or page.objectName() == "clientCard":
            self.window.open_record("client", None)
        elif getattr(page, "page_id", "") == "setup_codes" and self._code_table(page):
            self.new_code(page, self._code_table(page))
        elif fallback is not None:
            fallback()

    @staticmethod
    def _code_table(page) -> str | None:
        """'fee' or 'tariff' when the marked row of Koder og tabeller is such a code."""
        current = page.current_id()
        table = str(current).split(":", 1)[0] if current is not None else ""
        return table if table in ("fee", "tariff") else None

    def new_code(self, page, table: str):
        from ui.cards.setup_codes import NewCodeDialog

        dialog = NewCodeDialog(self.data(), table, parent=self.window)
        self.code_dialog = dialog  # the tests reach the open dialog through this
        if dialog.exec():
            created = dialog.result_value
            page.refresh()
            record_id = f"{table}:{created.no}"
            if page.model.row_of(record_id) < 0 and page.filter_edit.text():
                page.filter_edit.clear()  # the new code does not match the filter: show all
                page.refresh()
            page.select_row(page.model.row_of(record_id))
            self.window.statusBar().showMessage(
                _translate("SetupCodes", "Code %1 created.").replace("%1", created.no), 6000
            )
        return dialog

    def new_case(self, *, fallback: Callable[[], None] | None) -> None:
        client_no = self.current_client_no()
        if client_no is None:
            if fallback is not None:
                fallback()
            return
        from ui.wizard.case_wizard import run_new_case

        def opened(created) -> None:
            if "case" in self.window.card_factories:
                self.window.open_record("case", created.case_id)

        run_new_case(self.data(), client_no=client_no, parent=self.window, on_created=opened)

    def current_client_no(self) -> str | None:
        """The client of the client card in front, or of the marked row of the client list."""
        page = self.window.current_page()
        if page.objectName() == "clientCard":
            return page.client_no()
        if isinstance(page, ListPage) and page.page_id == CLIENT_LIST and page.current_id():
            row = page.model.row_data(page.model.row_of(page.current_id())) or {}
            return row.get("no")
        return None
