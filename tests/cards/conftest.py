"""The cards' widget tests: the real main window on a real SQLite file with demo data; Danish."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

import ui  # noqa: F401  (before any Qt call)


@pytest.fixture
def danish_ui(qapp):
    from ui.i18n import DEFAULT_LANGUAGE, install_language

    install_language("da")
    yield
    install_language(DEFAULT_LANGUAGE)


@pytest.fixture
def demo_context(tmp_path):
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.services.demo.generate import generate_demo

    context = AppContext.open(f"sqlite:///{tmp_path / 'demo.sqlite3'}", user="test")
    generate_demo(context, cases=6, seed=3)
    yield context
    context.close()


@pytest.fixture
def window(qtbot, demo_context, danish_ui, tmp_path, monkeypatch):
    from tests.cases.helpers import MAIN
    from ui.app import create_main_window
    from ui.framework.background import wait_for_background
    from ui.service_backend import ServiceBackend

    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    demo_context.settings.language = "da"
    window = create_main_window(ServiceBackend(demo_context), app_context=demo_context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    wait_for_background()
    MAIN[:] = [window]
    yield window
    wait_for_background()
    MAIN.clear()


@pytest.fixture(autouse=True)
def modal_watchdog(request):
    if "qtbot" not in request.fixturenames:
        yield
        return
    from tests.cases.helpers import FAILURES, ModalWatchdog

    FAILURES.clear()
    dog = ModalWatchdog()
    yield
    dog.stop()
    assert not FAILURES, f"a dialog was left unanswered: {FAILURES}"


@pytest.fixture
def sqlite_app(sqlite_url):
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.config import Settings
    from caplegal_desktop.db import open_database

    context = AppContext(open_database(sqlite_url), Settings(), "test")
    yield context
    context.close()
