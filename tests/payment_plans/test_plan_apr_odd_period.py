"""A plan with an odd first period (taken on the 12th, instalments on the 15th): its ÅOP counts
time by kreditaftaleloven bilag 1 (Annex I remark (c)) on every path - the service quote, the
stored plan, the credit-costs PDF and `caplegal plan ...` - on SQLite and PostgreSQL.

Each instalment on the 15th is n whole months back to 15 January, then 3 days to the 12th; the
year counted back from 15 January 2026 to 15 January 2025 has 365 days, so t_n = n/12 + 3/365
(the pattern of the Commission's example, SWD(2012) 128 final §4.1.1: drawdown 12/01/2012,
instalments 15/02, 15/03, 15/04/2012 -> 1/12 + 3/365, 2/12 + 3/365, 3/12 + 3/365).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.payment_plans import plans
from caplegal_desktop.services.payment_plans.printing import credit_costs_html, credit_costs_pdf
from tests.payment_plans.conftest import new_case
from tests.payment_plans.rules.test_apr import bisect_rate

ROOT = Path(__file__).parents[2]
TAKEN = date(2026, 1, 12)  # the plan's day: the credit amount is advanced here
FIRST = date(2026, 2, 15)
TWELVE_ON_THE_15TH = plans.CalculatorInput(periods=12, first_date=FIRST)


def annex_rate(credit_amount: Decimal, lines) -> float:
    """The rate for t_n = n/12 + 3/365, by a bisection sharing no code with the program."""
    payments = [
        (line_no / 12 + 3 / 365, float(instalment))
        for line_no, (due, instalment) in enumerate(lines, start=1)
        if due.day == 15
    ]
    assert len(payments) == len(lines)
    return bisect_rate([(0.0, float(credit_amount))], payments)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_service_quote_the_stored_plan_and_the_letter_count_months_back_then_days(
    app, case_no, tmp_path
):
    # GIVEN a case of 10.000 kr at 10 % and a plan taken on 12 January 2026
    # WHEN it is quoted for 12 instalments on the 15th from 15 February, then activated
    with app.uow() as uow:
        quote = plans.quote_case(
            uow.session, case_no=case_no, today=TAKEN, calculator=TWELVE_ON_THE_15TH
        )
    with app.uow(write=True) as uow:
        draft = plans.create_plan(
            uow.session,
            case_no=case_no,
            user="test",
            today=TAKEN,
            calculator=TWELVE_ON_THE_15TH,
        )
        plans.activate_plan(uow.session, plan_no=draft.plan_no, user="test", today=TAKEN)
        uow.commit()
    # THEN the quote's ÅOP is the rate for the Annex's times, to six decimals
    flows = [(line.due_date, line.instalment) for line in quote.lines]
    expected = annex_rate(quote.credit_amount, flows)
    assert round(quote.apr.rate, 6) == round(expected, 6)
    # AND the stored plan, the letter and its PDF state that same figure
    with app.uow() as uow:
        plan = plans.get_plan(uow.session, plan_no=draft.plan_no)
        html = credit_costs_html(uow.session, plan_no=draft.plan_no, today=TAKEN)
        pdf = credit_costs_pdf(
            uow.session, plan_no=draft.plan_no, target=tmp_path / "k.pdf", today=TAKEN
        )
    assert plan.apr_pct == quote.apr.apr_pct
    printed = f"ÅOP {quote.apr.apr_pct_print} %".replace(".", ",")
    assert printed in html
    assert printed in pdf_text(pdf)
    assert "hele måneder tilbage fra hver forfaldsdag" in html


def test_a_plan_stored_by_the_old_count_prints_the_annex_figure(app, case_no):
    # GIVEN an active plan whose stored ÅOP was computed before issue 11 (days from the start)
    with app.uow(write=True) as uow:
        draft = plans.create_plan(
            uow.session,
            case_no=case_no,
            user="test",
            today=TAKEN,
            calculator=TWELVE_ON_THE_15TH,
        )
        plans.activate_plan(uow.session, plan_no=draft.plan_no, user="test", today=TAKEN)
        plans.load_plan(uow.session, draft.plan_no).apr_pct = Decimal("99.9000")
        uow.commit()
    # WHEN the credit-costs letter is made
    with app.uow() as uow:
        plan = plans.get_plan(uow.session, plan_no=draft.plan_no)
        html = credit_costs_html(uow.session, plan_no=draft.plan_no, today=TAKEN)
    # THEN it states the ÅOP of its own flows by the Annex, not the stored figure
    expected = annex_rate(plan.credit_amount, [(ln.due_date, ln.instalment) for ln in plan.lines])
    shown = Decimal(str(expected * 100)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    assert f"ÅOP {shown} %".replace(".", ",") in html
    assert "ÅOP 99,9 %" not in html


def caplegal(*args):
    return subprocess.run(
        [sys.executable, "-m", "main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=300,
    )


@pytest.fixture
def cli_case_any_backend(database_url):
    context = AppContext(open_database(database_url), Settings(), "test")
    try:
        yield database_url, new_case(context)
    finally:
        context.close()


def test_the_cli_quote_plan_and_apr_agree_on_the_annex_count(cli_case_any_backend, tmp_path):
    url, case_no = cli_case_any_backend
    calculator = ("--periods", "12", "--first-date", "2026-02-15", "--as-of", "2026-01-12")
    # WHEN the plan is quoted through `caplegal plan quote`
    quoted = caplegal("--db", url, "plan", "quote", case_no, *calculator, "--json")
    assert quoted.returncode == 0, quoted.stderr
    quote = json.loads(quoted.stdout)
    flows = [
        (date.fromisoformat(ln["due_date"]), Decimal(ln["instalment"])) for ln in quote["lines"]
    ]
    # THEN its ÅOP is the Annex's rate to six decimals (four decimals of a percentage)
    expected = annex_rate(Decimal(quote["credit_amount"]), flows)
    assert quote["apr_pct"] == str(
        Decimal(str(expected * 100)).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    )
    # AND `caplegal plan apr` on the same dated flows gives the same figure
    path = tmp_path / "flows.json"
    path.write_text(
        json.dumps(
            {
                "advances": [{"date": "2026-01-12", "amount": quote["credit_amount"]}],
                "payments": [
                    {"date": ln["due_date"], "amount": ln["instalment"]} for ln in quote["lines"]
                ],
            }
        )
    )
    apr = caplegal("plan", "apr", str(path), "--json")
    assert apr.returncode == 0, apr.stderr
    assert json.loads(apr.stdout) == {
        "apr_pct": quote["apr_pct"],
        "apr_pct_print": quote["apr_pct_print"],
    }
    # AND the plan created and activated from the CLI stores and prints it
    created = caplegal("--db", url, "plan", "create", case_no, *calculator, "--activate", "--json")
    assert created.returncode == 0, created.stderr
    plan_no = json.loads(created.stdout)["plan_no"]
    shown = json.loads(caplegal("--db", url, "plan", "show", plan_no, "--json").stdout)
    assert shown["apr_pct"] == quote["apr_pct"]
    pdf = tmp_path / "kreditomkostninger.pdf"
    printed = caplegal("--db", url, "plan", "print", plan_no, "--pdf", str(pdf))
    assert printed.returncode == 0, printed.stderr
    assert f"ÅOP {quote['apr_pct_print']} %".replace(".", ",") in pdf_text(pdf)
