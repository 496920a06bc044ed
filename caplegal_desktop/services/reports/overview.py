"""The portal's Översikt: key figures and the cases submitted today, limited to what the acting
user may see (a Klient user: their client's cases, or their departments')."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.services import office
from models import Case, Client, LedgerEntry
from models.enums import CaseStatus, EntryType
from models.ledger_sign import DEBT_TYPES
from models.money import ZERO, round_ore


@dataclass(frozen=True)
class KeyFigures:
    active: int
    closed: int
    outstanding: Decimal  # posted debt less posted payments on open cases (no accrual to today)
    collected_this_month: Decimal
    submitted_today: int


@dataclass(frozen=True)
class SubmittedCase:
    case_no: str
    client_name: str
    external_ref: str | None
    status: str


def _scoped(query, session: Session):
    office.require(session, office.CASE_READ)
    scope = office.case_scope(office.current_actor(session), Case)
    return query if scope is None else query.where(scope)


def key_figures(session: Session, *, today: date) -> KeyFigures:
    counts = _scoped(
        select(
            func.sum(sql_case((Case.status != CaseStatus.CLOSED, 1), else_=0)),
            func.sum(sql_case((Case.status == CaseStatus.CLOSED, 1), else_=0)),
            func.sum(sql_case((Case.created_on == today, 1), else_=0)),
        ),
        session,
    )
    open_cases, closed, submitted = session.execute(counts).one()
    signed = sql_case(
        (LedgerEntry.entry_type.in_(sorted(str(t) for t in DEBT_TYPES)), LedgerEntry.amount),
        else_=-LedgerEntry.amount,
    )
    outstanding = _scoped(
        select(func.sum(signed))
        .join(Case, Case.id == LedgerEntry.case_id)
        .where(Case.status != CaseStatus.CLOSED),
        session,
    )
    collected = _scoped(
        select(func.sum(LedgerEntry.amount))
        .join(Case, Case.id == LedgerEntry.case_id)
        .where(
            LedgerEntry.entry_type == EntryType.PAYMENT,
            LedgerEntry.posting_date.between(today.replace(day=1), today),
        ),
        session,
    )
    return KeyFigures(
        active=int(open_cases or 0),
        closed=int(closed or 0),
        outstanding=round_ore(Decimal(session.scalar(outstanding) or ZERO)),
        collected_this_month=round_ore(Decimal(session.scalar(collected) or ZERO)),
        submitted_today=int(submitted or 0),
    )


def submitted_today(session: Session, *, today: date, limit: int = 20) -> list[SubmittedCase]:
    query = _scoped(
        select(Case.no, Client.name, Case.external_ref, Case.status)
        .join(Client, Client.id == Case.client_id)
        .where(Case.created_on == today)
        .order_by(Case.id.desc())
        .limit(limit),
        session,
    )
    return [SubmittedCase(*row) for row in session.execute(query)]
