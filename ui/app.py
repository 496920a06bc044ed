"""Start the GUI: `run_gui(app_context)` is what main.py calls."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.backend import UiBackend
from ui.i18n import DEFAULT_LANGUAGE, install_language
from ui.main_window import MainWindow
from ui.theme import apply_theme
from workflows.bundle import resources_dir

# A smoke test (and the start-time bench) sets this: the window closes this many ms after it
# was shown, after saying its title on stdout (the frozen program is checked the same way).
QUIT_AFTER_ENV = "CAPLEGAL_QUIT_AFTER_MS"

# Optional feature packages that add cards, wizards and action handlers to the window
FEATURE_MODULES = (
    "ui.case_card",
    "ui.wizard",
    "ui.claims",
    "ui.journal",
    "ui.payment_plan",
    "ui.follow_ups",
    "ui.reports",
    "ui.list_actions",
    "ui.fundament",
    "ui.setup_tables",
    "ui.client_funds",
    "ui.requests",
    "ui.case_import",
    "ui.data_safety",
    "ui.cards",  # after ui.wizard and ui.list_actions: it wraps their new_case / new_record
    "ui.limitation",
    "ui.office",
)


def ensure_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("CapLegal Desktop")
    app.setOrganizationName("CapLegal")
    app.setWindowIcon(QIcon(str(resources_dir("app", "caplegal.png"))))
    apply_theme(app)
    return app


def create_main_window(backend: UiBackend, *, app_context=None) -> MainWindow:
    """Build the main window in the remembered language, with the feature packages installed."""
    install_language(backend.load_language() or DEFAULT_LANGUAGE)
    window = MainWindow(backend)
    install_features(window, app_context)
    return window


def install_features(window: MainWindow, app_context) -> None:
    import importlib

    for name in FEATURE_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        install = getattr(module, "install", None)
        if install is not None:
            install(window, app_context)


def backend_for(app_context) -> UiBackend:
    if app_context is None:
        from ui.sample_backend import SampleBackend

        return SampleBackend()
    from ui.service_backend import ServiceBackend

    return ServiceBackend(app_context)


def run_gui(app_context=None, argv: Sequence[str] | None = None) -> int:
    """Show the main window on the application context's database and run until it closes.

    Without an app_context the window runs on made-up sample data (a demo and a smoke test).
    """
    app = ensure_application(argv)
    window = create_main_window(backend_for(app_context), app_context=app_context)
    window.show()
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:
        QTimer.singleShot(int(quit_after), lambda: _say_shown_and_quit(app, window))
    return app.exec()


def _say_shown_and_quit(app: QApplication, window: MainWindow) -> None:
    if sys.stdout is not None:  # None in the windowed Windows program
        print(f"vindue vist: {window.windowTitle()}", flush=True)
    app.exit(0)  # not quit(): Qt 6 posts that, and a later dialog's loop would take it


if __name__ == "__main__":
    sys.exit(run_gui(None))
