"""The main window: ribbon and quick search on top, navigation pane left, pages in the centre."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.actions_catalog import declare_actions
from ui.backend import CASE, UiBackend
from ui.framework.actions import ActionRegistry
from ui.framework.list_page import ListPage
from ui.framework.navigation import NavEntry, NavGroup, NavigationPane
from ui.framework.page import Page
from ui.framework.ribbon import Ribbon
from ui.i18n import current_language, install_language
from ui.office.permissions import hide_forbidden_actions, hide_forbidden_pages
from ui.pages.list_pages import PAGE_FACTORIES, PlaceholderPage
from ui.pages.role_center import ROLE_CENTER, RoleCenterPage
from ui.quick_search import QuickSearchBox
from ui.settings_dialog import SettingsDialog

CardFactory = Callable[[Hashable], Page]
# The case list views (caplegal_desktop.services.search.browse.case_ids `view`) behind the cues
CUE_CASE_VIEWS = {
    "cases_created_today": "created_today",
    "active_cases": "active",
    "favourites": "favourites",
}
# The lists a Role Center cue opens
CUE_PAGES = {
    "cases_created_today": "case_list",
    "active_cases": "case_list",
    "due_follow_ups": "follow_ups",
    "open_requests": "requests",
    "unposted_journal_lines": "journals",
    "favourites": "case_list",
    "case_list": "case_list",
    "total_outstanding": "case_list",
}


_translate = QCoreApplication.translate


def navigation_groups() -> tuple[list[NavEntry], list[NavGroup]]:
    top = [NavEntry(ROLE_CENTER, _translate("MainWindow", "Role Center"), "home")]
    groups = [
        NavGroup(
            _translate("MainWindow", "Collection"),
            [
                NavEntry("case_list", _translate("MainWindow", "Case overview"), "case"),
                NavEntry("payment_plans", _translate("MainWindow", "Payment plans"), "plan"),
                NavEntry("fundaments", _translate("MainWindow", "Enforcement titles"), "fundament"),
                NavEntry("journals", _translate("MainWindow", "Collection journals"), "journal"),
                NavEntry("settlements", _translate("MainWindow", "Client settlements"), "payment"),
                NavEntry("follow_ups", _translate("MainWindow", "Follow-ups"), "followup"),
                NavEntry("requests", _translate("MainWindow", "Requests"), "letter"),
                NavEntry("suspense", _translate("MainWindow", "Suspense list"), "warning"),
                NavEntry("limitation", _translate("MainWindow", "Limitation"), "info"),
            ],
        ),
        NavGroup(
            _translate("MainWindow", "Master data"),
            [
                NavEntry("client_list", _translate("MainWindow", "Clients"), "client"),
                NavEntry("party_list", _translate("MainWindow", "Parties"), "party"),
                NavEntry("employee_list", _translate("MainWindow", "Employees"), "employee"),
            ],
        ),
        NavGroup(
            _translate("MainWindow", "Setup"),
            [
                NavEntry("setup_codes", _translate("MainWindow", "Codes and tables"), "settings"),
                NavEntry("reference_rates", _translate("MainWindow", "Reference rates"), "percent"),
                NavEntry("salary_tables", _translate("MainWindow", "Salary tables"), "report"),
                NavEntry("fixed_fees", _translate("MainWindow", "Fixed fees"), "payment"),
                NavEntry("rate_caps", _translate("MainWindow", "Rate caps"), "percent"),
            ],
        ),
        NavGroup(
            _translate("MainWindow", "Reports"),
            [NavEntry("reports", _translate("MainWindow", "Reports"), "report")],
        ),
        NavGroup(
            _translate("MainWindow", "Administration"),
            [NavEntry("office_users", _translate("MainWindow", "Users and audit log"), "employee")],
        ),
    ]
    return top, groups


class MainWindow(QMainWindow):
    sig_language_changed = Signal(str)
    """Emitted with the new language code after the window was rebuilt in it."""

    def __init__(self, backend: UiBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.backend = backend
        self.card_factories: dict[str, CardFactory] = {}
        self.action_handlers: dict[str, Callable[[], None]] = {}
        self.drill_down_handlers: dict[str, Callable[[str, Hashable], None]] = {}
        self._first_show = True
        self.resize(1366, 768)
        self._build()

    # --- building (again, when the language changes) --------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(_translate("MainWindow", "CapLegal Desktop"))
        for action in self.actions():
            self.removeAction(action)
        self.registry = declare_actions(ActionRegistry(self))
        self.addActions(self.registry.all_actions())
        for action in self.registry.all_actions():
            action.triggered.connect(lambda _c=False, a=action.data(): self.trigger_action(a))

        self.ribbon = Ribbon(self.registry)
        self.quick_search = QuickSearchBox()
        self.quick_search.setObjectName("quickSearch")
        self.quick_search.setToolTip(_translate("MainWindow", "Quick search (Ctrl+K)"))
        self.quick_search.sig_search.connect(self.run_quick_search)
        self.quick_search.sig_open_case.connect(self.open_case_hit)
        self.quick_search.set_suggest(self.backend.quick_search)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 2, 8, 2)
        corner_layout.addWidget(self.quick_search)
        self.settings_button = QToolButton()
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setDefaultAction(self.registry.action("settings"))
        self.settings_button.setAutoRaise(True)
        corner_layout.addWidget(self.settings_button)
        self.ribbon.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        self.navigation = NavigationPane()
        self.navigation.populate(*navigation_groups())
        self.navigation.setMinimumWidth(200)
        self.navigation.sig_page_requested.connect(self._on_navigation)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.pages: dict[str, Page] = {}
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1146])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.ribbon)
        layout.addWidget(splitter, 1)
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(central)

        info = self.session_info = self.backend.session_info()
        hide_forbidden_actions(self.registry, info.permissions)
        hide_forbidden_pages(self.navigation, info.permissions)
        status = self.statusBar()
        for label in getattr(self, "_status_labels", []):
            status.removeWidget(label)
            label.deleteLater()
        self._status_labels = [
            QLabel(_translate("MainWindow", "User: %1").replace("%1", info.user)),
            QLabel(_translate("MainWindow", "Database: %1").replace("%1", info.database)),
            QLabel(_translate("MainWindow", "Company: %1").replace("%1", info.company)),
        ]
        for label, value in zip(
            self._status_labels, (info.user, info.database, info.company), strict=True
        ):
            label.setObjectName("statusField")
            label.setVisible(bool(value))
            status.addPermanentWidget(label)
        if info.notices:
            status.showMessage(" ".join(info.notices), 30000)

        self.role_center = RoleCenterPage(self.backend)
        self.role_center.sig_cue_clicked.connect(self._on_cue_clicked)
        for link_id, button in self.role_center.quick_link_buttons.items():
            action = self.registry.get(link_id)  # a link to an action hidden for the role goes too
            button.setVisible(action is None or action.isVisible())
        self._add_page(self.role_center)
        self.show_page(ROLE_CENTER)

    # --- pages ----------------------------------------------------------------------------------
    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def current_case_id(self) -> Hashable | None:
        """The case of the page in front: a case card's, or the marked row of the case list."""
        page = self.current_page()
        case_id = getattr(page, "case_id", None)
        if case_id is None and isinstance(page, ListPage) and page.page_id == "case_list":
            case_id = page.current_id()
        return case_id

    def page(self, page_id: str) -> Page:
        """The page with this id, built on first use so start-up stays fast."""
        if page_id not in self.pages:
            factory = PAGE_FACTORIES.get(page_id)
            page = factory(self.backend) if factory else None
            if page is None:
                page = PlaceholderPage(page_id, self._nav_title(page_id))
            elif isinstance(page, ListPage):
                page.refresh()
            self._add_page(page)
        return self.pages[page_id]

    def show_page(self, page_id: str) -> Page:
        """Show a page; one built before is read again, so it shows what the database holds."""
        built_before = page_id in self.pages
        page = self.page(page_id)
        if built_before and page is not self.stack.currentWidget():
            page.refresh()
        self.stack.setCurrentWidget(page)
        self.navigation.select_page(page_id)
        self.ribbon.show_layout(page.ribbon_layout())
        self.keep_focus(page)
        return page

    def keep_focus(self, page: Page | None = None) -> None:
        """Keyboard focus is never lost: after a dialog closes or a page opens, the cursor is in
        this window (the page's own choice, else its first field or list), never nowhere."""
        page = page or self.current_page()
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is self and focus.isVisible():
            return
        if QApplication.activeModalWidget() is not None:
            return
        self.activateWindow()
        target = page.focusWidget() if page is not None else None
        if target is None and isinstance(page, ListPage):
            target = page.table
        if target is None and page is not None:
            target = next(
                (
                    w
                    for w in page.findChildren(QWidget)
                    if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                ),
                None,
            )
        (target or page or self).setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_on_changes_elsewhere(self) -> None:
        """Another seat changed something (docs/office.md): a list, the Role Center or a card
        that holds no typing of its own (`rereads_on_changes_elsewhere`, e.g. the case card) in
        front is read again — never while a dialog is open. Cards with fields typed in are
        left alone, so nobody's typing is thrown away."""
        changed = getattr(self.backend, "changed_elsewhere", None)
        if changed is None or not changed():
            return
        page = self.current_page()
        rereads = isinstance(page, ListPage) or page is self.role_center
        rereads = rereads or getattr(page, "rereads_on_changes_elsewhere", False)
        if rereads and QApplication.activeModalWidget() is None:
            page.refresh()

    def refresh_current_page(self) -> None:
        """Read the page in front again (its FactBoxes too); the others are read on return."""
        page = self.current_page()
        if page is not None:
            page.refresh()

    def open_record(self, kind: str, record_id: Hashable) -> Page | None:
        """Open the card of a record; the case card etc. register in `card_factories`."""
        factory = self.card_factories.get(kind)
        if factory is None:
            self.statusBar().showMessage(
                _translate("MainWindow", "There is no card for this record yet."), 5000
            )
            return None
        page = factory(record_id)
        page.page_id = page.page_id or f"{kind}:{record_id}"
        self._add_page(page)
        self.stack.setCurrentWidget(page)
        self.navigation.clearSelection()  # a card is no navigation page: nothing stays marked
        self.ribbon.show_layout(page.ribbon_layout())
        self.keep_focus(page)
        return page

    def drill_down(self, kind: str, key: str, record_id: Hashable) -> None:
        """A blue figure was clicked: a registered handler shows the entries behind it; without
        one, the record's card (whose FactBoxes drill down further) opens."""
        handler = self.drill_down_handlers.get(kind)
        if handler is not None:
            handler(key, record_id)
        else:
            self.open_record(kind, record_id)

    def _add_page(self, page: Page) -> None:
        old = self.pages.get(page.page_id)
        if old is not None and old is not page:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages[page.page_id] = page
        self.stack.addWidget(page)
        page.sig_open_record.connect(self.open_record)
        if isinstance(page, ListPage):
            page.sig_drill_down.connect(self.drill_down)
        page.sig_status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))

    def _nav_title(self, page_id: str) -> str:
        top, groups = navigation_groups()
        entries = top + [entry for group in groups for entry in group.entries]
        return next((e.title for e in entries if e.page_id == page_id), page_id)

    # --- actions --------------------------------------------------------------------------------
    def trigger_action(self, action_id: str) -> None:
        page = self.current_page()
        if action_id in self.action_handlers:
            self.action_handlers[action_id]()
            # a feature's action (payment, new case, ...) may have changed what the page shows
            self.refresh_current_page()
            self.keep_focus()  # its dialog has closed: the cursor comes back to the window
        elif action_id == "find":
            page.focus_filter()
        elif action_id == "quick_search":
            self.quick_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.quick_search.selectAll()
        elif action_id == "settings":
            self.open_settings()
        elif page.handles_action(action_id):
            page.trigger_action(action_id)
        else:
            self.statusBar().showMessage(
                _translate("MainWindow", "This function is not available yet."), 5000
            )

    def _on_cue_clicked(self, cue_id: str) -> None:
        if cue_id in ("new_case", "register_payment"):
            self.trigger_action(cue_id)
            return
        page = self.show_page(CUE_PAGES.get(cue_id, "case_list"))
        if isinstance(page, ListPage) and page.page_id == "case_list":
            view = CUE_CASE_VIEWS.get(cue_id)
            tile = self.role_center.cues.get(cue_id)
            page.set_view(view, tile.caption.text() if tile is not None else "")

    def _on_navigation(self, page_id: str) -> None:
        """The navigation pane always opens the whole list, whatever cue narrowed it before."""
        page = self.show_page(page_id)
        if isinstance(page, ListPage) and page.view() is not None:
            page.set_view(None)

    # --- quick search ---------------------------------------------------------------------------
    def run_quick_search(self, text: str) -> None:
        """One hit opens the case card; several open the case list with just those cases."""
        hits = self.backend.quick_search(text).case_ids
        if not hits:
            no_match = _translate("MainWindow", "No case matches “%1”.").replace("%1", text)
            self.statusBar().showMessage(no_match, 5000)
            # the card shown before is not the answer: the case list says there is none
            page = self.show_page("case_list")
            if isinstance(page, ListPage):
                page.show_only([], no_match)
            self.quick_search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.quick_search.say_no_match(text)
        elif len(hits) == 1 and CASE in self.card_factories:
            self.open_record(CASE, hits[0])
        else:
            page = self.show_page("case_list")
            if isinstance(page, ListPage):
                page.show_only(
                    hits,
                    _translate("MainWindow", "%1 hits for “%2”")
                    .replace("%1", str(len(hits)))
                    .replace("%2", text),
                )

    def open_case_hit(self, case_id: Hashable) -> None:
        """A hit chosen in the quick search's dropdown."""
        if CASE in self.card_factories:
            self.open_record(CASE, case_id)
        else:
            self.run_quick_search(self.quick_search.text().strip())

    # --- settings and language ------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(language=current_language().code, parent=self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_language(dialog.language())

    def apply_language(self, code: str) -> None:
        """Switch the whole program to another language, remember it and rebuild the window."""
        page_id = self.current_page().page_id if self.stack.count() else ROLE_CENTER
        install_language(code)
        self.backend.save_language(code)
        for page in self.pages.values():
            page.deleteLater()
        self._build()
        if page_id in PAGE_FACTORIES:
            self.show_page(page_id)
        self.role_center.refresh()
        self.sig_language_changed.emit(code)

    # --- start-up ------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            self._change_timer = QTimer(self, interval=1000)
            self._change_timer.timeout.connect(self._refresh_on_changes_elsewhere)
            self._change_timer.start()
            # Data and the chart come after the first paint, so the window appears at once
            QTimer.singleShot(0, self.role_center.refresh)
