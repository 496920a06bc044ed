"""The printable statement and account statement (HTML from Jinja2; PDF via weasyprint)."""

from datetime import date

from models.enums import EntryType, FeeKind
from tests.statements.rules.builders import D, Entries, case, claim
from workflows.statement import FeeLineInput, compute_statement
from workflows.statement.render import (
    LetterContext,
    account_lines,
    html_to_pdf,
    money,
    render_account_html,
    render_statement_html,
)

LETTER = LetterContext(
    firm_name="Holm & Kjær Advokatpartnerselskab",
    firm_address=("Vestergade 12, 2. sal", "8000 Aarhus C"),
    firm_phone="86 12 34 56",
    firm_email="inkasso@holmkjaer.dk",
    firm_cvr="12345678",
    debtor_name="Mette Sørensen",
    debtor_address=("Solsikkevej 7", "8210 Aarhus V"),
    client_name="Aarhus Cykelcenter ApS",
    handler="Louise Bak, advokatsekretær",
    bank_reg_no="5470",
    bank_account_no="1234567",
    letter_date=date(2026, 11, 24),
    payment_deadline=date(2026, 12, 8),
)


def sample_case():
    entries = Entries()
    entries.principal(1, date(2025, 3, 31), "8450.00")
    entries.principal(2, date(2025, 5, 31), "2399.95")
    entries.add(EntryType.FEE, date(2025, 4, 15), "100", claim_id=1, fee_line_id=11)
    entries.add(EntryType.FEE, date(2025, 6, 10), "100", claim_id=2, description="Rykkergebyr")
    entries.add(EntryType.SALARY, date(2025, 7, 1), "1625", fee_line_id=21)
    entries.payment(date(2025, 9, 1), "2000", description="Indbetaling, MobilePay")
    entries.payment(date(2026, 2, 3), "1500", description="Indbetaling, bankoverførsel")
    fee_lines = [
        FeeLineInput(11, 1, "RYKKER", FeeKind.REMINDER, date(2025, 4, 15), D("100")),
        FeeLineInput(21, None, "SALÆR", FeeKind.SALARY, date(2025, 7, 1), D("1625"), D("325")),
    ]
    claims = [
        claim(1, due=date(2025, 3, 31), description="Cykel, faktura 40112"),
        claim(2, due=date(2025, 5, 31), description="Service og reservedele, faktura 40419"),
    ]
    return case(claims, entries, fee_lines=fee_lines)


def test_amounts_and_dates_are_formatted_the_danish_way():
    assert money(D("1234.5")) == "1.234,50"
    assert money(D("1234.56"), currency=True) == "1.234,56 kr."


def test_the_statement_letter_shows_claims_totals_and_payment_details():
    case_input = sample_case()
    statement = compute_statement(case_input, as_of=date(2026, 11, 24))
    html = render_statement_html(case_input, statement, LETTER)
    assert "Opgørelse af gæld pr. 24-11-2026" in html
    assert "Mette Sørensen" in html and "Sagsnr. 2026-0001" in html
    assert money(statement.totals.balance, currency=True) in html
    assert "Rentespecifikation" in html


def test_the_account_statement_ends_on_the_statement_balance():
    case_input = sample_case()
    statement = compute_statement(case_input, as_of=date(2026, 11, 24))
    lines = account_lines(case_input, statement)
    assert lines[-1].balance == statement.totals.balance
    assert [line.day for line in lines] == sorted(line.day for line in lines)
    assert "Kontoudtog pr. 24-11-2026" in render_account_html(case_input, statement, LETTER)


def test_the_statement_renders_to_a_pdf(tmp_path):
    case_input = sample_case()
    statement = compute_statement(case_input, as_of=date(2026, 11, 24))
    pdf = html_to_pdf(render_statement_html(case_input, statement, LETTER), tmp_path / "s.pdf")
    assert pdf.startswith(b"%PDF") and (tmp_path / "s.pdf").stat().st_size > 5000
