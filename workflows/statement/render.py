"""The printable statement (inkassoopgørelse) and account statement (inkassokontoudtog).

Jinja2 templates in templates/statement/ render to HTML; weasyprint turns the HTML into PDF.
Amounts and dates are formatted with Babel for da_DK (1.234,56 kr., 24-11-2026).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from models.enums import EntryType
from models.money import ZERO
from workflows.bundle import templates_dir
from workflows.private_files import write_private_bytes
from workflows.statement.figures import BUCKET_TEXT
from workflows.statement.inputs import CaseInput
from workflows.statement.ledger import REDUCING, entries_as_of
from workflows.statement.results import Statement

TEMPLATES = templates_dir("statement")
LOCALE = "da_DK"
_ENTRY_TEXT = {
    EntryType.PRINCIPAL: "Hovedstol",
    EntryType.FEE: "Gebyr",
    EntryType.SALARY: "Inkassosalær",
    EntryType.DISBURSEMENT: "Udlæg",
    EntryType.INTEREST: "Rente",
    EntryType.PAYMENT: "Indbetaling",
    EntryType.CREDIT: "Kreditering",
    EntryType.WRITE_OFF: "Afskrivning",
    EntryType.REVERSAL: "Tilbageførsel",
}


@dataclass(frozen=True, slots=True)
class LetterContext:
    """Who writes to whom, and where to pay; all plain text from the case and the setup."""

    firm_name: str
    firm_address: tuple[str, ...]
    firm_phone: str
    firm_email: str
    firm_cvr: str
    debtor_name: str
    debtor_address: tuple[str, ...]
    client_name: str
    handler: str
    bank_reg_no: str
    bank_account_no: str
    letter_date: date
    payment_deadline: date | None = None


@dataclass(frozen=True, slots=True)
class AccountLine:
    day: date
    text: str
    debit: Decimal
    credit: Decimal
    balance: Decimal


def money(amount: Decimal, *, currency: bool = False) -> str:
    text = format_decimal(amount, format="#,##0.00", locale=LOCALE)
    return f"{text} kr." if currency else text


def da_date(day: date) -> str:
    return format_date(day, "dd-MM-yyyy", locale=LOCALE)


def pct(rate: Decimal) -> str:
    return format_decimal(rate, format="#,##0.00", locale=LOCALE) + " %"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(money=money, da_date=da_date, pct=pct)
    return env


def account_lines(case: CaseInput, statement: Statement) -> list[AccountLine]:
    """All counted entries by date with a running balance, ending in the computed interest.

    The last balance equals the statement's balance (whole case).
    """
    rows = sorted(
        entries_as_of(case.entries, statement.as_of), key=lambda e: (e.posting_date, e.entry_id)
    )
    computed_interest = statement.totals.interest - sum(
        (e.amount for e in rows if e.entry_type is EntryType.INTEREST), ZERO
    )
    lines, balance = [], ZERO
    for entry in rows:
        reduces = entry.entry_type in REDUCING
        balance += -entry.amount if reduces else entry.amount
        text = entry.description or _ENTRY_TEXT[entry.entry_type]
        debit, credit = (ZERO, entry.amount) if reduces else (entry.amount, ZERO)
        lines.append(AccountLine(entry.posting_date, text, debit, credit, balance))
    if computed_interest:
        balance += computed_interest
        text = f"Renter beregnet til og med {da_date(statement.as_of)}"
        lines.append(AccountLine(statement.as_of, text, computed_interest, ZERO, balance))
    return lines


def render_statement_html(
    case: CaseInput, statement: Statement, letter: LetterContext, marks: dict | None = None
) -> str:
    """`marks` (services.limitation.statement_print_marks): claims disputed and time-barred
    are marked, and time-barred claims are kept out of what the debtor is asked to pay."""
    due_dates = {c.claim_id: c.due_date or c.invoice_date for c in case.claims}
    marks = marks or {}
    barred = marks.get("time_barred", {})
    barred_balance = sum(
        (c.figures.balance for c in statement.claims if c.claim_id in barred), Decimal("0")
    )
    return (
        _environment()
        .get_template("inkassoopgoerelse.html.j2")
        .render(
            s=statement,
            letter=letter,
            due_dates=due_dates,
            bucket_text=BUCKET_TEXT,
            disputed=marks.get("disputed", set()),
            barred=barred,
            barred_balance=barred_balance,
            demanded=statement.totals.balance - barred_balance,
        )
    )


def render_account_html(case: CaseInput, statement: Statement, letter: LetterContext) -> str:
    return (
        _environment()
        .get_template("inkassokontoudtog.html.j2")
        .render(s=statement, letter=letter, lines=account_lines(case, statement))
    )


def html_to_pdf(html: str, target: Path | None = None) -> bytes:
    """PDF bytes of the HTML (written to `target` too when given)."""
    from weasyprint import HTML  # heavy import, only when printing

    pdf = HTML(string=html, base_url=str(TEMPLATES)).write_pdf()
    if target is not None:
        write_private_bytes(target, pdf)
    return pdf
