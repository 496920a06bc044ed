"""One translation system for the whole UI, and the polish items of issue 4."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
import shiboken6

from caplegal_desktop.app import AppContext
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.search import browse
from ui.app import create_main_window
from ui.backend import MonthlyFigures
from ui.framework.background import wait_for_background
from ui.framework.wizard import Wizard, WizardStep
from ui.i18n import TRANSLATIONS_DIR, install_language, parse_date
from ui.sample_backend import SampleBackend
from ui.service_backend import ServiceBackend


@pytest.mark.parametrize("code", ["da", "sv"])
def test_every_text_of_the_program_is_translated_in_danish_and_swedish(code):
    tree = ET.parse(TRANSLATIONS_DIR / f"caplegal_{code}.ts")
    unfinished = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in tree.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert not unfinished
    assert (TRANSLATIONS_DIR / f"caplegal_{code}.qm").stat().st_size > 10_000


def test_the_feature_texts_follow_the_chosen_language_through_qt():
    from ui.follow_ups.texts import t as follow_up_text
    from ui.journal.texts import t as journal_text
    from ui.payment_plan import texts as plan_texts

    install_language("sv")
    assert journal_text("PaymentTitle") == "Registrera betalning"
    assert follow_up_text("FollowUpsTitle") == "Bevakningar"
    assert plan_texts.OVERVIEW_TITLE == "Avbetalningsplaner"
    assert plan_texts.STATUS["draft"] == "Utkast"
    install_language("da")
    assert journal_text("PostQst", 3, "STANDARD") == "Vil du bogføre 3 linje(r) i kladden STANDARD?"
    assert plan_texts.PLAN_TITLE.format(no="BP1") == "Betalingsplan BP1"
    install_language("en")
    assert plan_texts.TERMS["month"] == "Month"


def test_the_case_wizard_texts_are_in_the_shared_swedish_catalogue(qapp):
    from PySide6.QtCore import QCoreApplication

    install_language("sv")
    assert QCoreApplication.translate("CaseWizard", "Create case") == "Skapa ärende"


def test_a_date_is_read_day_first_or_year_first():
    assert parse_date("24-11-2026") == dt.date(2026, 11, 24)
    assert parse_date("2026-11-24") == dt.date(2026, 11, 24)
    with pytest.raises(ValueError):
        parse_date("24-11-26x")


def test_a_late_chart_for_a_deleted_role_center_is_dropped_quietly(qtbot):
    window = create_main_window(SampleBackend(cases=50))
    qtbot.addWidget(window)
    wait_for_background()
    page = window.role_center
    shiboken6.delete(page.chart_frame)  # the window is being torn down
    page.show_chart(MonthlyFigures(months=(), cases_created=(), collected=()))
    page.show_figures(SampleBackend(cases=50).role_center_figures())


class _EmptyStep(WizardStep):
    def __init__(self, title):
        super().__init__()
        self._title = title

    def step_title(self):
        return self._title


def test_the_wizard_step_list_rows_do_not_overlap(qtbot):
    steps = [_EmptyStep(name) for name in ("Case", "Client", "Party", "Employees", "Collection")]
    wizard = Wizard(title="T", steps=steps, make_request=dict, submit=lambda _r: None)
    qtbot.addWidget(wizard)
    wizard.show()
    rects = [wizard.step_list.visualItemRect(wizard.step_list.item(i)) for i in range(5)]
    for upper, lower in zip(rects, rects[1:], strict=False):
        assert upper.bottom() < lower.top()
        assert upper.height() >= wizard.step_list.fontMetrics().height() + 8


def test_the_active_cases_cue_opens_only_the_active_cases(qtbot):
    backend = SampleBackend(cases=300)
    window = create_main_window(backend)
    qtbot.addWidget(window)
    wait_for_background()
    window.role_center.sig_cue_clicked.emit("active_cases")
    page = window.current_page()
    active = [i for i, c in backend.cases.items() if c["status"] == "active"]
    assert page.page_id == "case_list" and page.model.rowCount() == len(active)
    window.navigation.sig_page_requested.emit("case_list")
    assert page.model.rowCount() == 300


@pytest.fixture(scope="module")
def demo_context(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('views') / 'demo.sqlite3'}"
    context = AppContext.open(url, user="test")
    generate_demo(context, cases=40, seed=5)
    yield context
    context.close()


def test_the_case_views_narrow_the_list_as_the_cues_count(demo_context, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    source = ServiceBackend(demo_context).list_source("case")
    with demo_context.uow() as uow:
        active = browse.case_ids(uow.session, view="active")
        favourites = browse.case_ids(uow.session, view="favourites")
        everything = browse.case_ids(uow.session)
    assert set(active) < set(everything) or active == everything
    assert list(source.ids(view="active")) == active
    assert list(source.ids(view="favourites")) == favourites
    assert list(source.ids()) == everything
    with demo_context.uow() as uow, pytest.raises(ValueError):
        browse.case_ids(uow.session, view="nonsense")
