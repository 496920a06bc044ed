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
