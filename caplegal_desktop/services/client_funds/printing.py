"""The settlement as a PDF for the client, in the client's language (its agreement)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound
from caplegal_desktop.services.client_funds.settlements import settlement_json
from models import Client, ClientFundsAgreement, CompanySetup, Settlement
from workflows.client_funds.render import render_settlement_html
from workflows.private_files import write_private_bytes

STATUS_DA = {"draft": "Kladde", "posted": "Bogført", "paid": "Udbetalt", "reversed": "Tilbageført"}
COMPONENTS_DA = {
    "principal": "Hovedstol", "interest": "Renter", "salary": "Inkassosalær", "cost": "Udlæg",
    "fee:reminder": "Rykkergebyr", "fee:compensation": "Kompensation",
    "fee:collection": "Inkassogebyr", "fee:court": "Retsafgift", "fee:other": "Gebyr",
    "overpayment": "Overskydende beløb",
}  # fmt: skip


def settlement_html(session: Session, *, settlement_id: int, today: date | None = None) -> str:
    settlement = session.get(Settlement, settlement_id)
    if settlement is None:
        raise NotFound(f"Afregning {settlement_id} findes ikke.")
    [data] = settlement_json(session, [settlement_id])["settlements"]
    client = session.get(Client, settlement.client_id)
    agreement = session.get(ClientFundsAgreement, client.id)
    company = session.scalars(select(CompanySetup)).one()
    firm_lines = [company.address, f"{company.postcode or ''} {company.city or ''}".strip(),
                  f"CVR {company.cvr}" if company.cvr else None, company.phone, company.email]  # fmt: skip
    client_lines = [client.name, client.address,
                    f"{client.postcode or ''} {client.city or ''}".strip()]  # fmt: skip
    return render_settlement_html(
        data,
        firm={"name": company.company_name, "lines": [x for x in firm_lines if x]},
        client={"no": client.no, "lines": [x for x in client_lines if x]},
        language=agreement.language if agreement else "da",
        printed=today or date.today(),
    )


def settlement_pdf(session: Session, *, settlement_id: int, target: Path) -> bytes:
    from workflows.statement.render import html_to_pdf

    return html_to_pdf(settlement_html(session, settlement_id=settlement_id), target)


def settlement_xlsx(session: Session, *, settlement_id: int, target: Path | None) -> bytes:
    """The settlement's Excel appendix: its figures, and every payment split by component
    (written to `target` too when given)."""
    import io
    from decimal import Decimal

    from openpyxl import Workbook
    from openpyxl.styles import Font

    if session.get(Settlement, settlement_id) is None:
        raise NotFound(f"Afregning {settlement_id} findes ikke.")
    [data] = settlement_json(session, [settlement_id])["settlements"]
    book = Workbook()
    summary = book.active
    summary.title = "Afregning"
    bold = Font(bold=True)
    summary.append(["Afregning", data["id"]])
    summary.append(["Klient", data["client_no"]])
    summary.append(["Indbetalinger til og med", date.fromisoformat(data["period_to"])])
    summary["B3"].number_format = "dd-mm-yyyy"
    summary.append(["Status", STATUS_DA.get(data["status"], data["status"])])
    for key, text in (("collected", "Indgået"), ("client_part", "Klientens andel"),
                      ("firm_part", "Kontorets andel"), ("held", "Tilbagebetales skyldner"),
                      ("vat", "Moms"), ("invoice", "Faktura"), ("set_off", "Modregnet"),
                      ("previously_paid", "Udbetalt tidligere"), ("payout", "Udbetales")):  # fmt: skip
        summary.append([text, Decimal(data[key])])
    for row in summary.iter_rows(min_row=5, min_col=2, max_col=2):
        row[0].number_format = "#,##0.00"
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 16
    lines = book.create_sheet("Linjer")
    lines.append(["Sag", "Dato", "Betalt til klient", "Post", "Beløb", "Klient", "Kontor",
                  "Moms", "Kilde"])  # fmt: skip
    for cell in lines[1]:
        cell.font = bold
    for line in data["lines"]:
        for p in line["parts"]:
            lines.append([line["case_no"], date.fromisoformat(line["posting_date"]),
                          "ja" if line["direct"] else "",
                          COMPONENTS_DA.get(p["component"], p["component"]),
                          Decimal(p["amount"]), Decimal(p["client"]),
                          Decimal(p["firm"]),
                          Decimal(p["vat_in_firm"]) + Decimal(p["vat_on_top"]), p["source"]])  # fmt: skip
    for row in lines.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "dd-mm-yyyy"
    for row in lines.iter_rows(min_row=2, min_col=5, max_col=8):
        for cell in row:
            cell.number_format = "#,##0.00"
    for column, width in zip("ABCDEFGHI", (10, 12, 16, 18, 12, 12, 12, 10, 60), strict=True):
        lines.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    if target is not None:
        write_private_bytes(target, out.getvalue())
    return out.getvalue()
