"""Qt runs offscreen; `ui` is imported first; the UI speaks Danish as the users see it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

import ui  # noqa: F401  (before any Qt call)
from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database


@pytest.fixture
def ctx(sqlite_url):
    context = AppContext(open_database(sqlite_url), Settings(), "test")
    yield context
    context.close()


@pytest.fixture
def danish_ui(qapp):
    from ui.i18n import DEFAULT_LANGUAGE, install_language

    install_language("da")
    yield
    install_language(DEFAULT_LANGUAGE)


def pytest_runtest_logreport(report):
    # A failed UI test can leave a modal open that hangs the teardown; show the failure at once
    if report.failed and report.when == "call":
        print("\n" + str(report.longrepr)[-3000:], flush=True)


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
