"""Udskriv kreditomkostninger: the credit costs of a plan with its ÅOP, as a PDF letter.

templates/payment_plan/kreditomkostninger.html.j2 renders with Jinja2; weasyprint makes the PDF.
"""

from __future__ import annotations

from collections import namedtuple
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services.payment_plans.queries import get_plan
from caplegal_desktop.services.payment_plans.store import load_plan
from models import Case, Client, CompanySetup, Employee, Party
from models.money import ZERO
from workflows.bundle import templates_dir
from workflows.payment_plan import PlanTerm, plan_apr
from workflows.statement.render import da_date, html_to_pdf, money

TEMPLATES = templates_dir("payment_plan")
TERM_TEXT = {
    "month": "månedlige",
    "quarter": "kvartalsvise",
    "half_year": "halvårlige",
    "year": "årlige",
}
TERM_EVERY = {
    "month": "hver måned",
    "quarter": "hvert kvartal",
    "half_year": "hvert halve år",
    "year": "hvert år",
}
Letter = namedtuple(
    "Letter",
    "firm_name firm_address firm_phone firm_email firm_cvr debtor_names debtor_address "
    "client_name handler bank_reg_no bank_account_no letter_date",
)
Rate = namedtuple("Rate", "text pct")
Totals = namedtuple("Totals", "instalment to_interest to_costs to_principal")


def credit_costs_html(
    session: Session, *, plan_no: str, today: date, include_schedule: bool = False
) -> str:
    plan = get_plan(session, plan_no=plan_no)
    lines = plan.lines or _quoted_lines(session, plan_no)
    total = Totals(*(sum((getattr(ln, f) for ln in lines), ZERO) for f in Totals._fields))
    rates = sorted(
        {(i.annual_rate_pct, i.day_count) for i in plan.items if i.interest_bearing},
        reverse=True,
    )
    context = {
        "plan": plan,
        "letter": _letter(session, plan, today),
        "lines": lines,
        "totals": total,
        "include_schedule": include_schedule,
        "rates": [Rate("" if len(rates) == 1 else f" ({dc})", _pct(rate)) for rate, dc in rates],
        "plan_costs": sum((i.amount for i in plan.items if i.apr_cost), ZERO),
        "last_instalment": next(
            (ln.instalment for ln in reversed(lines) if ln.period_no), plan.instalment
        ),
        "apr_print": format_decimal(
            _apr_pct(plan, lines).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP),
            format="0.0",
            locale="da_DK",
        ),
        "apr_whole": "år" if plan.term == PlanTerm.YEAR else "måneder",
        "term_text": TERM_TEXT[plan.term],
        "term_every": TERM_EVERY[plan.term],
    }
    return _environment().get_template("kreditomkostninger.html.j2").render(context)


def credit_costs_pdf(
    session: Session,
    *,
    plan_no: str,
    target: Path,
    today: date,
    include_schedule: bool = False,
) -> Path:
    """Write the credit-costs letter of ``plan_no`` to ``target`` (PDF)."""
    html = credit_costs_html(
        session, plan_no=plan_no, today=today, include_schedule=include_schedule
    )
    html_to_pdf(html, Path(target))
    return Path(target)


def _apr_pct(plan, lines) -> Decimal:
    """The ÅOP of the very flows the letter states, by bilag 1's calendar rule - so a plan
    stored before that rule still prints the right figure."""
    if not (plan.credit_amount and lines):
        return plan.apr_pct or ZERO
    return plan_apr(
        start_date=plan.start_date,
        credit_amount=plan.credit_amount,
        payments=[(line.due_date, line.instalment) for line in lines],
        term=PlanTerm(plan.term),
    ).apr_pct


def _quoted_lines(session: Session, plan_no: str):
    from caplegal_desktop.services.payment_plans.plans import stored_quote

    return stored_quote(session, load_plan(session, plan_no)).lines


def _letter(session: Session, plan, today: date) -> Letter:
    company = session.scalars(select(CompanySetup)).one()
    case = session.get(Case, plan.case_id)
    client = session.get(Client, case.client_id)
    handler_id = case.handler_employee_id or case.responsible_employee_id
    handler = session.get(Employee, handler_id) if handler_id else None
    first = session.get(Party, plan.debtors[0].party_id)
    iban = company.iban or ""
    city = f"{first.postcode or ''} {first.city or ''}".strip()
    return Letter(
        firm_name=company.company_name,
        firm_address=tuple(
            x
            for x in (company.address, f"{company.postcode or ''} {company.city or ''}".strip())
            if x
        ),
        firm_phone=company.phone or "",
        firm_email=company.email or "",
        firm_cvr=company.cvr or "",
        debtor_names=[d.name for d in plan.debtors],
        debtor_address=tuple(x for x in (first.address, first.address2, city) if x),
        client_name=client.name,
        handler=handler.name if handler else "",
        bank_reg_no=iban[4:8] if iban.startswith("DK") else "",
        bank_account_no=iban[8:].lstrip("0") if iban.startswith("DK") else iban,
        letter_date=today,
    )


def _pct(rate: Decimal) -> str:
    return format_decimal(rate, format="#,##0.00##", locale="da_DK") + " %"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(money=money, da_date=da_date)
    return env
