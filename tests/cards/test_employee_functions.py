"""The wizard's employee step: each employee's function from setup; F4 on a function narrows
the employees to those who have it; an unknown function is refused in Danish."""

from __future__ import annotations

from models import Employee
from ui.cards.data import CardsData
from ui.wizard.steps import EmployeesStep


def test_the_function_shows_and_narrows_the_employees(qtbot, sqlite_app, danish_ui):
    with sqlite_app.uow(write=True) as uow:
        uow.session.add_all(
            [
                Employee(initials="ADV", name="Anne Advokat", function_code="ANSVARLIG"),
                Employee(initials="SB1", name="Søren Behandler", function_code="SAGSBEH"),
                Employee(initials="SB2", name="Sara Behandler", function_code="SAGSBEH"),
                Employee(initials="SEK", name="Sekretær", function_code="SEKRETAER"),
            ]
        )
        uow.commit()
    step = EmployeesStep(CardsData(sqlite_app))
    qtbot.addWidget(step)
    step.show()
    step.responsible.set_text("ADV")
    assert step.responsible_function.text() == "ANSVARLIG"
    step.handler_function.set_text("SAGSBEH")
    step.handler.open_drop_down()  # F4
    shown = [
        step.handler.popup.tree.topLevelItem(i).text(0)
        for i in range(step.handler.popup.tree.topLevelItemCount())
    ]
    assert shown == ["SB1", "SB2"]
    step.handler_function.set_text("NOPE")
    assert "Medarbejderfunktionen NOPE findes ikke." in step.problems()
