"""Udskriv kreditomkostninger: a Danish letter with the ÅOP and, if asked, the schedule."""

from datetime import date

from caplegal_desktop.services.payment_plans import plans
from caplegal_desktop.services.payment_plans.printing import credit_costs_html, credit_costs_pdf
from tests.payment_plans.conftest import TODAY

TWELVE = plans.CalculatorInput(periods=12, first_date=date(2026, 2, 1))


def active_plan_no(app, case_no) -> str:
    with app.uow(write=True) as uow:
        changed = plans.create_plan(
            uow.session, case_no=case_no, user="test", today=TODAY, calculator=TWELVE
        )
        plans.activate_plan(uow.session, plan_no=changed.plan_no, user="test", today=TODAY)
        uow.commit()
    return changed.plan_no


def test_the_letter_states_the_credit_cost_and_apr_in_danish(app, case_no):
    plan_no = active_plan_no(app, case_no)
    with app.uow() as uow:
        html = credit_costs_html(uow.session, plan_no=plan_no, today=TODAY)
        with_schedule = credit_costs_html(
            uow.session, plan_no=plan_no, today=TODAY, include_schedule=True
        )
        plan = plans.get_plan(uow.session, plan_no=plan_no)
    assert "Kreditomkostninger ved afdragsordning" in html
    # 10,4 %: the instalments on the 1st are whole months from the plan's start (bilag 1)
    assert "ÅOP 10,4 %" in html and "Jens Sørensen" in html
    assert "10.166,67 kr." in html  # the debt at the plan's start
    assert "Betalingsoplysninger" not in html
    assert "Betalingsoplysninger" in with_schedule and "01-01-2027" in with_schedule
    assert f"{plan.instalment}".replace(".", ",") in with_schedule


def test_a_calculated_draft_prints_too(sqlite_url, tmp_path):
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.config import Settings
    from caplegal_desktop.db import open_database
    from tests.payment_plans.conftest import new_case

    app = AppContext(open_database(sqlite_url), Settings(), "test")
    case_no = new_case(app)
    with app.uow(write=True) as uow:
        draft = plans.create_plan(
            uow.session, case_no=case_no, user="test", today=TODAY, calculator=TWELVE
        )
        uow.commit()
    with app.uow() as uow:
        target = credit_costs_pdf(
            uow.session,
            plan_no=draft.plan_no,
            target=tmp_path / "k.pdf",
            today=TODAY,
            include_schedule=True,
        )
    assert target.read_bytes().startswith(b"%PDF")
    app.close()
