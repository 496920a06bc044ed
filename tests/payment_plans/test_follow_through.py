"""Posted payments are matched to the lines of the active plan: paid, partly paid, overdue."""

from datetime import date
from decimal import Decimal

from caplegal_desktop.services.payment_plans import plans
from caplegal_desktop.services.shared.case_refs import case_id_by_no
from caplegal_desktop.services.shared.ledger import post_entry
from caplegal_desktop.services.statements.queries import case_statement
from models.enums import EntryType
from tests.payment_plans.conftest import TODAY, new_case, pay
from workflows.payment_plan import LineStatus

FIRST = date(2026, 2, 1)


def active_plan(app, case_no, periods=6):
    with app.uow(write=True) as uow:
        changed = plans.create_plan(
            uow.session,
            case_no=case_no,
            user="test",
            today=TODAY,
            calculator=plans.CalculatorInput(periods=periods, first_date=FIRST),
        )
        plans.activate_plan(uow.session, plan_no=changed.plan_no, user="test", today=TODAY)
        uow.commit()
    with app.uow() as uow:
        return plans.get_plan(uow.session, plan_no=changed.plan_no)


def follow(app, plan_no, as_of):
    with app.uow() as uow:
        return plans.plan_follow_up(uow.session, plan_no=plan_no, as_of=as_of)


def test_payments_mark_lines_paid_partly_paid_and_overdue(app, case_no):
    plan = active_plan(app, case_no)
    instalment = plan.lines[0].instalment
    # GIVEN the first instalment paid in full and half of the second
    pay(app, case_no, date(2026, 1, 30), str(instalment))
    pay(app, case_no, date(2026, 3, 2), "800.00")
    # WHEN the plan is followed up on 15 April 2026
    result = follow(app, plan.plan_no, date(2026, 4, 15))
    statuses = [line.status for line in result.lines]
    # THEN line 1 (1 February) is paid, 2 partly paid, 3 (1 April) overdue, 4 (1 May) not due
    assert statuses[:4] == [
        LineStatus.PAID,
        LineStatus.PARTLY_PAID,
        LineStatus.OVERDUE,
        LineStatus.NOT_DUE,
    ]
    assert result.arrears == 2 * instalment - Decimal("800.00")


def test_missed_instalments_are_listed_for_the_follow_up_workflow(app):
    paying, missing = new_case(app), new_case(app)
    paid_plan, missed_plan = active_plan(app, paying), active_plan(app, missing)
    pay(app, paying, date(2026, 2, 1), str(paid_plan.lines[0].instalment))
    with app.uow() as uow:
        missed = plans.missed_instalments(uow.session, as_of=date(2026, 2, 10))
    assert [(m.plan_no, m.case_no, m.period_no) for m in missed] == [
        (missed_plan.plan_no, missing, 1)
    ]
    assert missed[0].outstanding == missed_plan.lines[0].instalment
    assert missed[0].debtor_party_ids == tuple(d.party_id for d in missed_plan.debtors)


def test_payments_before_the_plan_and_reversed_payments_do_not_count(app, case_no):
    pay(app, case_no, date(2025, 12, 15), "500.00")  # before the plan: part of its debt
    plan = active_plan(app, case_no)
    entry_id = pay(app, case_no, date(2026, 2, 1), str(plan.lines[0].instalment))
    with app.uow(write=True) as uow:
        post_entry(
            uow.session,
            case_id=case_id_by_no(uow.session, case_no),
            entry_type=EntryType.PAYMENT,
            posting_date=date(2026, 2, 3),
            amount=-plan.lines[0].instalment,
            description="Tilbageført indbetaling",
            user="test",
            reverses_entry_id=entry_id,
        )
        uow.commit()
    result = follow(app, plan.plan_no, date(2026, 2, 10))
    assert result.lines[0].status == LineStatus.OVERDUE and result.total_paid == Decimal(0)
    # the payment before the plan is in its debt: the statement's balance on the plan's day
    with app.uow() as uow:
        statement = case_statement(
            uow.session, case_id=case_id_by_no(uow.session, case_no), as_of=TODAY
        )
    assert plan.debt_at_start == statement.totals.balance < Decimal("10166.67") - 500


def test_a_closed_plan_is_not_followed_up(app, case_no):
    plan = active_plan(app, case_no)
    with app.uow(write=True) as uow:
        plans.close_plan(uow.session, plan_no=plan.plan_no, user="test")
        uow.commit()
    with app.uow() as uow:
        assert plans.missed_instalments(uow.session, as_of=date(2026, 6, 1)) == []
