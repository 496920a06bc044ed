"""The team of a new case comes from its case type (set up in Koder og tabeller)."""

from __future__ import annotations

from caplegal_desktop.services.master_data.master_data import create_case_type
from ui.cards.data import CardsData
from ui.wizard.steps import CaseStep


def test_choosing_the_case_type_fills_its_team_unless_one_was_typed(qtbot, sqlite_app, danish_ui):
    with sqlite_app.uow(write=True) as uow:
        create_case_type(
            uow.session, code="INK-STUD", description="Studenterinkasso", team="Stud.jur."
        )
        uow.commit()
    step = CaseStep(CardsData(sqlite_app))
    qtbot.addWidget(step)
    step.case_type.set_text("INK-STUD")
    assert step.team.text() == "Stud.jur."
    step.case_type.set_text("INK-ALM")  # no team on that type: the filled one goes again
    assert step.team.text() == ""
    step.team.setFocus()
    qtbot.keyClicks(step.team, "Erhverv")
    step.case_type.set_text("INK-STUD")  # the user's own team stays
    assert step.team.text() == "Erhverv"
