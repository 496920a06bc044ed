"""The case list shows disputed and time-barred cases; the objections window asks the client to
decide on an open objection (a request of kind "question", as the portal's Förfrågningar show
it). Real widgets, real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from caplegal_desktop.errors import Conflict
from caplegal_desktop.services.limitation.objections import (
    ASK_DEFAULT,
    ask_client_about_objection,
    close_objection,
)
from models import CaseHistory, RequestMessage, RequestThread
from tests.cases.helpers import raise_failures, when_modal
from tests.limitation.builders import old_case
from tests.limitation.test_limitation_ui import SHOTS, window  # noqa: F401  (fixture)
from tests.limitation.test_objections_and_hold_backs import RECENT_DUE, claim_id_of, objection
from ui.framework.background import wait_for_background


def requests_of(app, case_id):
    """The threads on the case with their first message: (kind, text, closed_at)."""
    with app.uow() as uow:
        return uow.session.execute(
            select(RequestThread.kind, RequestMessage.text, RequestThread.closed_at)
            .join(RequestMessage, RequestMessage.thread_id == RequestThread.id)
            .where(RequestThread.case_id == case_id)
            .order_by(RequestMessage.id)
        ).all()


def test_the_objections_window_asks_the_client(qtbot, app, window):  # noqa: F811
    # GIVEN a case card with an open objection on claim 2
    case_id, _ = old_case(app, due=RECENT_DUE, claims=2)
    objection(app, case_id, claim_id=claim_id_of(app, case_id, 2))
    window.open_record("case", case_id)

    # WHEN the handler marks it and chooses "Spørg klienten …", writing a question
    def choose(listing):
        assert listing.ask_button.text() == "Spørg klienten …"
        assert listing.ask_button.isEnabled()

        def write(asking):
            asking.question.setPlainText("Har kunden fået varme i september?")
            asking.grab().save(f"{SHOTS}ask-client.png")
            asking.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        when_modal(write, after=listing)
        listing.ask_button.click()

    when_modal(choose)
    window.trigger_action("objections")
    raise_failures()
    wait_for_background()
    # THEN the client has an open question (a thread waiting for the client in Förfrågningar)
    # with the objection's facts, and the case tells it
    ((kind, text, completed),) = requests_of(app, case_id)
    assert kind == "question" and completed is None
    assert text.startswith("Indsigelse fra Jens Ærø Sørensen modtaget 20-11-2026 (fordring 2): ")
    assert text.endswith("Har kunden fået varme i september?")
    with app.uow() as uow:
        actions = uow.session.scalars(
            select(CaseHistory.action).where(CaseHistory.case_id == case_id)
        ).all()
    assert "Klienten spurgt om indsigelsen fra Jens Ærø Sørensen" in actions


def test_asking_without_a_question_asks_the_standard_one_and_never_about_a_closed_one(app):
    case_id, _ = old_case(app, due=RECENT_DUE)
    objection_id = objection(app, case_id)
    with app.uow(write=True) as uow:
        ask_client_about_objection(uow.session, objection_id=objection_id, user="test")
        uow.commit()
    ((_kind, text, _),) = requests_of(app, case_id)
    assert text.endswith(ASK_DEFAULT)
    with app.uow(write=True) as uow:
        close_objection(uow.session, objection_id=objection_id, outcome="maintained", user="t")
        uow.commit()
    with app.uow(write=True) as uow, pytest.raises(Conflict, match="afsluttet"):
        ask_client_about_objection(uow.session, objection_id=objection_id, user="test")
    assert len(requests_of(app, case_id)) == 1  # nothing changed


def test_the_case_list_shows_the_marks(qtbot, app, window):  # noqa: F811
    barred, barred_no = old_case(app)
    disputed, disputed_no = old_case(app, due=RECENT_DUE)
    objection(app, disputed)
    page = window.show_page("case_list")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    keys = [c.key for c in page.model.columns()]
    column = keys.index("marks")

    def shown(row: int) -> str:
        return page.model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""

    qtbot.waitUntil(lambda: bool(shown(0)) and bool(shown(1)))
    wait_for_background()
    texts = {
        page.model.index(row, keys.index("no")).data(Qt.ItemDataRole.DisplayRole): shown(row)
        for row in range(2)
    }
    window.grab().save(f"{SHOTS}case-list-marks.png")
    assert "Forældet" in texts[barred_no] and "Bestridt" not in texts[barred_no]
    assert "Bestridt" in texts[disputed_no] and "Forældet" not in texts[disputed_no]
