"""One client's settlements, their documents and its client funds balance, as the portal's
Klientmedelsredovisning and the desktop's client card show them.

A Klient user sees their own client only: another client's settlement answers exactly like one
that does not exist. A user limited to some of the client's departments sees the settlements
that hold payments on their departments' cases, with those lines only and their totals; what
belongs to the whole client (set-off, payout, the balance, the settlement's documents) is not
theirs and answers like something that does not exist. Office staff need funds.read and name
the client. Drafts are the office's work in progress and are never shown to the client."""

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
from models import Case, Client, Settlement, SettlementLine
from models.money import money_str

SHOWN = ("posted", "paid", "reversed")
NOT_FOUND = "Afregning {id} findes ikke."


class DepartmentsOnly(NotFound):
    """The user sees only some departments' cases: nothing that spans the whole client."""


WHOLE_CLIENT_ONLY = (
    "Afregninger omfatter alle klientens afdelinger og vises kun for brugere med adgang til hele "
    "klienten."
)
# a department user's view of a settlement: the sums of their lines; the rest is the client's
LINE_FIGURES = {"collected": "amount", "client_part": "client_part", "firm_part": "firm_part",
                "held": "held", "vat": "vat"}  # fmt: skip


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
    departments_only: bool = False  # the sums of the user's departments' lines; no payout


def funds_scope(session: Session, client_id: int | None = None) -> tuple[int, tuple[int, ...]]:
    """The client whose funds the acting user may see and the departments they are limited to
    (() for the whole client)."""
    actor = office.current_actor(session)
    if actor.is_scoped:
        office.require(session, office.PORTAL_USE, target="klientmidler")
        if actor.client_id is None:
            raise NotFound("Ingen klient.")
        return actor.client_id, tuple(sorted(actor.department_ids))
    return funds_client(session, client_id), ()


def funds_client(session: Session, client_id: int | None = None) -> int:
    """The client whose funds the acting user may see: a Klient user's own, or the one named by
    a user with funds.read."""
    actor = office.current_actor(session)
    if actor.is_scoped:
        office.require(session, office.PORTAL_USE, target="klientmidler")
        if actor.client_id is None:
            raise NotFound("Ingen klient.")
        if actor.department_ids:
            raise DepartmentsOnly(WHOLE_CLIENT_ONLY)
        return actor.client_id
    office.require(session, office.FUNDS_READ, target="klientmidler")
    if client_id is None or session.get(Client, client_id) is None:
        raise NotFound("Klienten findes ikke.")
    return client_id


def client_settlements(session: Session, client_id: int | None = None) -> list[SettlementRow]:
    """The client's settlements beyond draft, newest first; for a department user those with
    lines on their departments' cases, with the sums of those lines."""
    client_id, departments = funds_scope(session, client_id)
    if departments:
        return _department_rows(session, client_id, departments)
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


def _department_rows(
    session: Session, client_id: int, departments: tuple[int, ...]
) -> list[SettlementRow]:
    sums = (func.sum(getattr(SettlementLine, c)) for c in ("amount", "client_part", "firm_part",
                                                          "vat"))  # fmt: skip
    rows = session.execute(
        select(Settlement, func.min(SettlementLine.posting_date), *sums)
        .join(SettlementLine, SettlementLine.settlement_id == Settlement.id)
        .join(Case, Case.id == SettlementLine.case_id)
        .where(
            Settlement.client_id == client_id,
            Settlement.status.in_(SHOWN),
            Case.client_id == client_id,
            Case.department_id.in_(departments),
        )
        .group_by(Settlement.id)
        .order_by(Settlement.period_to.desc(), Settlement.id.desc())
    )
    return [
        SettlementRow(
            s.id,
            s.status,
            start,
            s.period_to,
            collected,
            client_part,
            firm_part,
            vat,
            None,
            None,
            s.posted_at.date() if s.posted_at else None,
            s.paid_on,
            departments_only=True,
        )  # fmt: skip
        for s, start, collected, client_part, firm_part, vat in rows
    ]


def _own(session: Session, settlement_id: int, client_id: int | None) -> Settlement:
    return _shown(session, settlement_id, funds_client(session, client_id))


def _shown(session: Session, settlement_id: int, client_id: int) -> Settlement:
    found = session.get(Settlement, settlement_id)
    if found is None or found.client_id != client_id or found.status not in SHOWN:
        raise NotFound(NOT_FOUND.format(id=settlement_id))
    return found


def client_settlement(session: Session, settlement_id: int, client_id: int | None = None) -> dict:
    """One settlement with its lines (settlement_json's shape) and its paid date. For a
    department user: their departments' lines and those lines' sums only (a settlement without
    such lines answers like one that does not exist); "departments_only" says which it is."""
    client_id, departments = funds_scope(session, client_id)
    found = _shown(session, settlement_id, client_id)
    [data] = settlement_json(session, [found.id])["settlements"]
    data["paid_on"] = found.paid_on.isoformat() if found.paid_on else None
    data["departments_only"] = bool(departments)
    if departments:
        data = _department_view(session, data, client_id, departments)
    return data


def _department_view(
    session: Session, data: dict, client_id: int, departments: tuple[int, ...]
) -> dict:
    theirs = set(
        session.scalars(
            select(Case.no)
            .join(SettlementLine, SettlementLine.case_id == Case.id)
            .where(
                SettlementLine.settlement_id == data["id"],
                Case.client_id == client_id,
                Case.department_id.in_(departments),
            )
        )
    )
    lines = [line for line in data["lines"] if line["case_no"] in theirs]
    if not lines:
        raise NotFound(NOT_FOUND.format(id=data["id"]))
    figures = {
        name: money_str(sum((Decimal(line[key]) for line in lines), Decimal("0")))
        for name, key in LINE_FIGURES.items()
    }
    kept = ("id", "client_no", "status", "period_to", "paid_on", "departments_only")
    return {**{k: data[k] for k in kept}, **figures, "lines": lines}


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
    """What the office holds for the client (None: nothing booked yet); the whole client's, so
    DepartmentsOnly for a department user."""
    client_id = funds_client(session, client_id)
    found = funds_balances(session, client_id=client_id)
    return found[0] if found else None
