"""Udskriv sag: one PDF of the case card — general fields, parties, claims, the posted entries
and the whole history — for the file or for a colleague without the program.

templates/case/case_print.html.j2 renders with Jinja2; weasyprint makes the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services import office
from caplegal_desktop.services.cases.card import case_card, case_history, entry_figures
from models import CompanySetup, LedgerEntry
from workflows.bundle import templates_dir
from workflows.statement.render import da_date, html_to_pdf, money

TEMPLATES = templates_dir("case")
STATUS_TEXT = {
    "active": "Aktiv",
    "dormant": "Hvilende",
    "recall_requested": "Tilbagekaldelse anmodet",
    "closed": "Lukket",
}
ENTRY_TEXT = {
    "principal": "Hovedstol",
    "fee": "Gebyr",
    "salary": "Inkassosalær",
    "disbursement": "Udlæg",
    "interest": "Rente",
    "payment": "Indbetaling",
    "credit": "Kreditering",
    "write_off": "Afskrivning",
    "reversal": "Tilbageførsel",
}


def case_print_html(session: Session, *, case_id: int, today: date) -> str:
    office.require_case(session, case_id)
    card = case_card(session, case_id=case_id)
    g = card.general
    entries = session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.case_id == case_id)
        .order_by(LedgerEntry.posting_date, LedgerEntry.id)
    ).all()
    figures = entry_figures(session, case_id=case_id, as_of=today)
    firm = session.scalar(select(CompanySetup.company_name)) or ""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
    )
    return environment.get_template("case_print.html.j2").render(
        g=g,
        firm_name=firm,
        printed_on=da_date(today),
        status=STATUS_TEXT.get(g.status, g.status),
        created=f"{da_date(g.created_on)} ({g.created_by})",
        contacts=card.contacts,
        claims=[
            {
                "claim_no": c.claim_no,
                "description": c.description,
                "debtors": c.debtors,
                "invoice_date": da_date(c.invoice_date),
                "principal": money(c.principal),
                "interest_code": c.interest_code,
                "interest_from": da_date(c.interest_from),
            }
            for c in card.claims
        ],
        entries=[
            {
                "day": da_date(e.posting_date),
                "kind": ENTRY_TEXT.get(e.entry_type, e.entry_type),
                "text": e.description,
                "amount": money(e.amount),
            }
            for e in entries
        ],
        balance=money(figures["balance"]),
        history=[
            {
                "at": h.at.strftime("%d-%m-%Y %H:%M"),
                **{k: getattr(h, k) for k in ("user", "action", "detail")},
            }
            for h in case_history(session, case_id=case_id)
        ],
    )


def case_pdf(session: Session, *, case_id: int, target: Path, today: date) -> Path:
    """Write the case's PDF to ``target``."""
    html_to_pdf(case_print_html(session, case_id=case_id, today=today), Path(target))
    return Path(target)
