"""One client's settlements, their documents and its client funds balance, as the portal's
Klientmedelsredovisning and the desktop's client card show them.

A Klient user sees their own client only: another client's settlement answers exactly like one
that does not exist. A user limited to some of the client's departments sees no settlements (a
settlement spans every department's cases). Office staff need funds.read and name the client.
Drafts are the office's work in progress and are never shown to the client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound
from caplegal_desktop.services import office
from caplegal_desktop.services.client_funds.funds_ledger import FundsBalance, funds_balances
from caplegal_desktop.services.client_funds.printing import settlement_html, settlement_xlsx
from caplegal_desktop.services.client_funds.settlements import settlement_json
from models import Client, Settlement, SettlementLine

SHOWN = ("posted", "paid", "reversed")
NOT_FOUND = "Afregning {id} findes ikke."


class DepartmentsOnly(NotFound):
    """The user sees only some departments' cases, so no whole-client settlement."""


@dataclass(frozen=True)
class SettlementRow:
    id: int
    status: str
    period_from: date | None  # the first payment settled
    period_to: date
    collected: Decimal
    client_part: Decimal
    firm_part: Decimal
    vat: Decimal
    set_off: Decimal
    payout: Decimal
    posted_at: date | None
    paid_on: date | None


def funds_client(session: Session, client_id: int | None = None) -> int:
    """The client whose funds the acting user may see: a Klient user's own, or the one named by
    a user with funds.read."""
    actor = office.current_actor(session)
    if actor.is_scoped:
        office.require(session, office.PORTAL_USE, target="klientmidler")
        if actor.client_id is None:
            raise NotFound("Ingen klient.")
        if actor.department_ids:
            raise DepartmentsOnly(
                "Afregninger omfatter alle klientens afdelinger og vises kun for brugere med "
                "adgang til hele klienten."
            )
        return actor.client_id
    office.require(session, office.FUNDS_READ, target="klientmidler")
    if client_id is None or session.get(Client, client_id) is None:
        raise NotFound("Klienten findes ikke.")
    return client_id


def client_settlements(session: Session, client_id: int | None = None) -> list[SettlementRow]:
    """The client's settlements beyond draft, newest first."""
    client_id = funds_client(session, client_id)
    first_day = (
        select(func.min(SettlementLine.posting_date))
        .where(SettlementLine.settlement_id == Settlement.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Settlement, first_day)
        .where(Settlement.client_id == client_id, Settlement.status.in_(SHOWN))
        .order_by(Settlement.period_to.desc(), Settlement.id.desc())
    )
    return [
        SettlementRow(
            s.id,
            s.status,
            start,
            s.period_to,
            s.collected,
            s.client_part,
            s.firm_part,
            s.vat,
            s.set_off,
            s.payout,
            s.posted_at.date() if s.posted_at else None,
            s.paid_on,
        )  # fmt: skip
        for s, start in rows
    ]


def _own(session: Session, settlement_id: int, client_id: int | None) -> Settlement:
    client_id = funds_client(session, client_id)
    found = session.get(Settlement, settlement_id)
    if found is None or found.client_id != client_id or found.status not in SHOWN:
        raise NotFound(NOT_FOUND.format(id=settlement_id))
    return found


def client_settlement(session: Session, settlement_id: int, client_id: int | None = None) -> dict:
    """One settlement with its lines (settlement_json's shape) and its paid date."""
    found = _own(session, settlement_id, client_id)
    [data] = settlement_json(session, [found.id])["settlements"]
    data["paid_on"] = found.paid_on.isoformat() if found.paid_on else None
    return data


def settlement_document(
    session: Session, settlement_id: int, kind: str, client_id: int | None = None
) -> tuple[str, bytes]:
    """(file name, content) of the settlement's PDF (the client's language) or Excel appendix."""
    found = _own(session, settlement_id, client_id)
    if kind == "pdf":
        from workflows.statement.render import html_to_pdf

        return f"afregning-{found.id}.pdf", html_to_pdf(
            settlement_html(session, settlement_id=found.id)
        )
    if kind == "xlsx":
        return f"afregning-{found.id}.xlsx", settlement_xlsx(
            session, settlement_id=found.id, target=None
        )
    raise NotFound(NOT_FOUND.format(id=settlement_id))


def client_balance(session: Session, client_id: int | None = None) -> FundsBalance | None:
    """What the office holds for the client (None: nothing booked yet)."""
    client_id = funds_client(session, client_id)
    found = funds_balances(session, client_id=client_id)
    return found[0] if found else None
