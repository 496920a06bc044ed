"""The Follow-ups page with pytest-qt on a real database: execute, resume, mass run, fields."""

from __future__ import annotations

from datetime import date

import pytest

import ui  # noqa: F401  (before any Qt call: see ui/_none_refcount.py)
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.follow_ups.letters import BUILT_IN_TEMPLATES
from tests.follow_ups.builders import CREATED, new_case
from ui.follow_ups.ops import FollowUpOps
from ui.follow_ups.page import FollowUpsPage
from ui.framework.background import wait_for_background
from ui.i18n import install_language


@pytest.fixture
def ctx(sqlite_url, qapp):
    install_language("da")
    context = AppContext.open(sqlite_url)
    yield context
    context.close()


@pytest.fixture
def page(qtbot, ctx):
    page = FollowUpsPage(FollowUpOps(ctx, today=lambda: CREATED))
    page.opened = []
    page.open_file = page.opened.append
    page.confirm = lambda question: True
    qtbot.addWidget(page)
    return page


def column(page, col: int) -> list[str]:
    return [page.table.item(r, col).text() for r in range(page.table.rowCount())]


def test_the_page_lists_due_follow_ups_and_execute_opens_the_letter(page, ctx):
    _, case_no = new_case(ctx)
    page.refresh()
    assert column(page, 0) == [case_no] and column(page, 2) == ["1. rykker"]
    page.table.setCurrentCell(0, 0)
    page.execute_current()
    assert len(page.opened) == 1 and page.opened[0].suffix == ".docx"
    assert "Rykkergebyr 100,00 kr. bogført" in page.message.text()
    assert page.table.rowCount() == 0  # nothing due any more
    page.view.setCurrentIndex(2)  # done
    assert column(page, 4) == ["Udført"]
    page.table.setCurrentCell(0, 0)
    page.resume_current()
    page.view.setCurrentIndex(1)
    assert column(page, 2) == ["1. rykker"]


def test_mass_execution_runs_in_the_background_and_the_run_can_be_printed_as_one(qtbot, page, ctx):
    for _ in range(3):
        new_case(ctx)
    page.refresh()
    page.mass_execute()
    assert wait_for_background()
    qtbot.waitUntil(lambda: "Kørsel" in page.message.text())
    assert "3 udført" in page.message.text()
    assert page.runs.rowCount() == 1
    page.runs.setCurrentCell(0, 0)
    page.open_combined()
    assert [p.name for p in page.opened] == ["koersel_1_rykker_samlet.docx"]
    page.open_run_letters()  # one combined document, never a window per letter
    assert [p.name for p in page.opened[1:]] == ["koersel_1_rykker_samlet.docx"]


def test_without_a_selection_the_page_says_so(page):
    page.refresh()
    page.execute_current()
    assert page.message.text() == "Vælg en linje først."


def test_the_fields_dialog_lists_a_templates_fields_with_danish_descriptions(page):
    page.pick_template = lambda: str(BUILT_IN_TEMPLATES / "rykker.docx")
    dialog = page.show_fields()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Rykker_Nr" in names
    row = names.index("Debitor_Navn")
    assert dialog.table.item(row, 1).text() == "Debitors navn"
    dialog.close()


def test_the_main_window_opens_the_follow_ups_page_once_installed(qtbot, ctx):
    from ui.app import backend_for, create_main_window
    from ui.follow_ups import install
    from ui.pages.list_pages import PAGE_FACTORIES

    saved = dict(PAGE_FACTORIES)
    try:
        window = create_main_window(backend_for(ctx), app_context=ctx)
        qtbot.addWidget(window)
        install(window, ctx)
        assert isinstance(window.show_page("follow_ups"), FollowUpsPage)
    finally:
        PAGE_FACTORIES.clear()
        PAGE_FACTORIES.update(saved)


def test_the_run_log_shows_a_case_held_back_for_its_active_plan_with_the_reason(qtbot, page, ctx):
    from tests.payment_plans.conftest import new_case as plan_case
    from tests.payment_plans.test_follow_through import active_plan

    # GIVEN a due case paying by an active plan and one that is not
    held, plain = plan_case(ctx), plan_case(ctx)
    plan = active_plan(ctx, held)
    page.ops.today = lambda: date(2026, 1, 2)
    page.refresh()
    # WHEN the due follow-ups are mass-executed
    page.mass_execute()
    assert wait_for_background()
    qtbot.waitUntil(lambda: "Kørsel" in page.message.text())
    # THEN the run reports one skipped, and its lines say why
    assert "1 udført, 1 sprunget over" in page.message.text()
    lines = {
        page.run_items.item(r, 0).text(): (
            page.run_items.item(r, 1).text(),
            page.run_items.item(r, 2).text(),
        )
        for r in range(page.run_items.rowCount())
    }
    assert lines[held] == (
        "Sprunget over",
        f"Holdt tilbage: sagen har en aktiv betalingsplan ({plan.plan_no}).",
    )
    assert lines[plain][0] == "Udført"
    page.resize(1100, 700)
    page.grab().save("/tmp/desk-runlog-held-back.png")


def _executed_letter(page, ctx):
    new_case(ctx)
    page.refresh()
    page.table.setCurrentCell(0, 0)
    page.execute_current()
    page.view.setCurrentIndex(2)  # done: the row with its letter
    page.table.setCurrentCell(0, 0)
    return page.opened.pop()


@pytest.mark.slow
def test_letter_as_pdf_saves_it_beside_the_letter_and_opens_it(page, ctx):
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    letter = _executed_letter(page, ctx)
    page.save_current_letter_as_pdf()
    pdf = letter.with_suffix(".pdf")
    assert page.opened == [pdf]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert page.message.text() == f"PDF gemt: {pdf}"


def test_letter_as_pdf_without_libreoffice_or_word_says_what_to_install(
    page, ctx, tmp_path, monkeypatch
):
    import os

    if os.name == "nt":
        pytest.skip("Word may be installed on this Windows machine")
    letter = _executed_letter(page, ctx)
    monkeypatch.setenv("PATH", str(tmp_path))  # a PC without LibreOffice
    page.save_current_letter_as_pdf()
    assert page.opened == []
    assert "hverken LibreOffice eller Microsoft Word" in page.message.text()
    assert not letter.with_suffix(".pdf").exists()
