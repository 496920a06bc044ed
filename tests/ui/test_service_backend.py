"""The main window on a real (small demo) database, through the services only."""

import pytest

from caplegal_desktop.app import AppContext
from caplegal_desktop.services.demo.generate import generate_demo
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.service_backend import ServiceBackend


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('ui_db') / 'demo.sqlite3'}"
    context = AppContext.open(url, user="test")
    generate_demo(context, cases=150, seed=3)
    yield context
    context.close()


@pytest.fixture
def backend(context, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    context.settings.language = "en"
    return ServiceBackend(context)


def test_case_overview_lists_every_case_with_its_remaining_debt(qtbot, backend):
    window = create_main_window(backend)
    qtbot.addWidget(window)
    page = window.show_page("case_list")
    assert page.model.rowCount() == 150
    first = page.model.row_data(0)
    assert first["no"] and first["outstanding"] is not None
    wait_for_background()


def test_case_factbox_figures_add_up_to_the_total_debt(qtbot, backend):
    window = create_main_window(backend)
    qtbot.addWidget(window)
    page = window.show_page("case_list")
    page.select_row(0)
    values = backend.factbox_values("case", page.current_id())
    parts = values["principal"] + values["interest"] + values["costs"] - values["paid"]
    assert parts == values["total"]


def test_quick_search_by_case_number_finds_exactly_that_case(qtbot, backend):
    window = create_main_window(backend)
    qtbot.addWidget(window)
    page = window.show_page("case_list")
    case_id, case_no = page.model.id_at(5), page.model.row_data(5)["no"]
    window.run_quick_search(case_no)
    assert window.current_page().model.ids() == [case_id]


def test_role_center_counts_come_from_the_database(qtbot, backend):
    window = create_main_window(backend)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.role_center.sig_figures_loaded, timeout=5000):
        window.show()
    assert window.role_center.figures.active_cases > 0
    qtbot.waitUntil(lambda: window.role_center.chart_widget() is not None, timeout=10000)
    wait_for_background()


def test_every_list_page_opens_on_the_services(qtbot, backend):
    window = create_main_window(backend)
    qtbot.addWidget(window)
    for page_id in ("client_list", "party_list", "employee_list", "setup_codes"):
        page = window.show_page(page_id)
        assert page.model.rowCount() > 0, page_id
        assert page.model.row_data(0) is not None


def test_language_choice_is_saved_in_the_settings(qtbot, backend, context):
    window = create_main_window(backend)
    qtbot.addWidget(window)
    window.apply_language("sv")
    assert context.settings.language == "sv"
    assert window.registry.action("post_journal").text() == "Bokför"
    wait_for_background()
