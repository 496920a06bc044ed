"""Henvendelser (issue 14): requests on cases — a message to the handler, a recall — listed on
their own page with a Role Center cue, completed from there; a completed recall closes the case.
The suspense list and the requests page have navigation entries."""

from PySide6.QtCore import Qt

from caplegal_desktop.services.cases import actions as case_actions
from models import Case
from tests.cases.helpers import MAIN, press
from tests.follow_ups.builders import new_case
from ui.app import create_main_window
from ui.service_backend import ServiceBackend


def request(ctx, call, **kwargs):
    with ctx.uow(write=True) as uow:
        call(uow.session, user="sekretær", **kwargs)
        uow.commit()


def test_requests_page_cue_and_completing_a_recall_closes_the_case(
    qtbot, ctx, danish_ui, tmp_path, monkeypatch
):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    first, first_no = new_case(ctx)
    second, second_no = new_case(ctx)
    request(ctx, case_actions.message_handler, case_id=first, text="Ring til debitor om afdrag")
    request(ctx, case_actions.request_recall, case_id=second, reason="Klienten trækker sagen")
    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    MAIN[:] = [window]
    window.role_center.refresh()
    cue = window.requests_cue
    qtbot.waitUntil(lambda: cue.isVisible(), timeout=10000)
    assert cue.figure.text() == "2"
    cue.click()
    page = window.current_page()
    assert page.page_id == "requests"
    rows = [[page.table.item(r, c).text() for c in (0, 2, 7)] for r in range(page.table.rowCount())]
    assert rows == [
        [first_no, "Besked til sagsbehandler", "Ring til debitor om afdrag"],
        [second_no, "Tilbagekaldelse", "Klienten trækker sagen"],
    ]
    window.grab().save("/tmp/requests_page.png")
    # the message is completed; the case stays open
    page.table.setCurrentCell(0, 0)
    page.complete_current()
    assert page.table.rowCount() == 1
    # the recall asks first, then closes the case
    asked = []
    page.confirm = lambda question: asked.append(question) or True
    page.complete_current()
    assert asked == [f"Vil du afslutte tilbagekaldelsen? Sag {second_no} lukkes derefter."]
    assert page.table.rowCount() == 0 and page.empty.isVisibleTo(page)
    with ctx.uow() as uow:
        assert uow.session.get(Case, second).status == "closed"
        assert uow.session.get(Case, first).status == "active"
    page.show_completed.setChecked(True)
    assert page.table.rowCount() == 2 and page.table.item(0, 6).text()
    # Enter on a line opens its case
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_Return, widget=page.table)
    assert getattr(window.current_page(), "case_id", None) in (first, second)


def test_the_navigation_reaches_the_suspense_list_and_the_requests(
    qtbot, ctx, danish_ui, tmp_path, monkeypatch
):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    for page_id in ("suspense", "requests"):
        window._on_navigation(page_id)
        assert window.current_page().page_id == page_id
        assert type(window.current_page()).__name__ != "PlaceholderPage"
