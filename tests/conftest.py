"""Test fixtures: every service test runs on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import itertools
import os
import shutil

import pytest
from sqlalchemy import create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CAPLEGAL_USER", "test")
os.environ.setdefault("CAPLEGAL_TEST_KEYRING", "1")  # keyrings.alt allowed in tests only

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.seed import seed_setup
from caplegal_desktop.unit_of_work import UnitOfWork
from tests.support.postgres import PostgresServer, find_bindir

_counter = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_folders(tmp_path_factory):
    folder = tmp_path_factory.mktemp("userdirs")
    os.environ["CAPLEGAL_DATA_DIR"] = str(folder / "data")
    os.environ["CAPLEGAL_CONFIG_DIR"] = str(folder / "config")


@pytest.fixture(scope="session")
def postgres_server():
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing on CI (apt-get install postgresql)")
        pytest.skip("PostgreSQL server binaries not installed")
    server = PostgresServer(bindir)
    server.start()
    yield server
    server.stop()


def _migrate_and_seed(url: str) -> None:
    database = open_database(url)
    with UnitOfWork(database, write=True) as uow:
        seed_setup(uow.session)
        uow.commit()
    database.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    _migrate_and_seed(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_server):
    admin = create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE DATABASE caplegal_template"))
    admin.dispose()
    _migrate_and_seed(postgres_server.url("caplegal_template"))
    return "caplegal_template"


def new_database_url(backend: str, request, tmp_path) -> str:
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "caplegal.sqlite3"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("postgres_template")
    name = f"test_{os.getpid()}_{next(_counter)}"
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE {template}'))
    admin.dispose()
    return server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh, migrated and seeded database on each backend."""
    return new_database_url(request.param, request, tmp_path)


@pytest.fixture
def sqlite_url(request, tmp_path):
    return new_database_url("sqlite", request, tmp_path)


@pytest.fixture
def app(database_url):
    context = AppContext(open_database(database_url), Settings(), "test")
    yield context
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """Settle Qt before and after a GUI test's fixtures are torn down.

    Work a page started on the shared background worker (a FactBox, a cue) must end while its
    page and database are still open, and the page's deferred deletion must happen inside its own
    test: otherwise both spill into the next test's set-up, where a late result meets a page that
    is gone (seen as a rare segmentation fault in pytest-qt's event processing).
    """
    _settle_qt()
    result = yield
    if nextitem is None:  # the run's last test: its teardown has stopped the test servers too
        return result
    _settle_qt()
    _back_to_the_shipped_language()
    return result


def _back_to_the_shipped_language() -> None:
    """A test that switched the program's language does not leave it switched for the next test
    in the same worker (dates and amounts would print as another locale's)."""
    import sys

    if "ui.i18n" not in sys.modules:
        return
    from ui.i18n import DEFAULT_LANGUAGE, current_language, install_language

    if current_language().code != DEFAULT_LANGUAGE:
        install_language(DEFAULT_LANGUAGE)


def _settle_qt() -> None:
    import sys

    if "ui.framework.background" not in sys.modules:
        return  # no Qt in this test run (yet): nothing to settle
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.framework.background import wait_for_background

    app = QCoreApplication.instance()
    if app is None:
        return
    for _round in range(3):  # a result may start the next piece of work
        wait_for_background(30000)
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
