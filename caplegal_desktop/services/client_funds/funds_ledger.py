"""The client funds ledger: `post_funds_entry` is the only code that writes it; balances read it.
Each entry is chained (services/shared/funds_chain.py) and the database refuses to change or
delete one (migration 0014_funds), as for the collection ledger.

Kinds: collected (+ the client's part of payments settled), retained (− the firm's invoice set
off), shortfall (+ what a client owes after a correction or a bounced payment), paid_out (− the
payout, when the bank confirms it). The balance is what the firm holds for the client.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from caplegal_desktop.services.shared.funds_chain import chain_new_entry
from models import Client, ClientFundsEntry
from models.money import ZERO, money_str

KINDS = ("collected", "retained", "shortfall", "paid_out")


def post_funds_entry(
    session: Session,
    *,
    client_id: int,
    settlement_id: int | None,
    kind: str,
    posting_date: date,
    amount: Decimal,
    description: str,
    user: str,
    reverses_entry_id: int | None = None,
) -> ClientFundsEntry:
    assert kind in KINDS, kind
    values = dict(
        client_id=client_id,
        settlement_id=settlement_id,
        kind=kind,
        posting_date=posting_date,
        amount=amount,
        description=description,
        reverses_entry_id=reverses_entry_id,
        posted_at=datetime.now().replace(microsecond=0),
        posted_by=user,
    )
    entry_id, digest = chain_new_entry(session, values)
    entry = ClientFundsEntry(id=entry_id, chain_hash=digest, **values)
    session.add(entry)
    return entry


@dataclass(frozen=True)
class FundsBalance:
    client_no: str
    client_name: str
    collected: Decimal
    retained: Decimal
    shortfall: Decimal
    paid_out: Decimal
    balance: Decimal

    def to_json_dict(self) -> dict:
        return {
            "client_no": self.client_no,
            "client_name": self.client_name,
            **{k: money_str(getattr(self, k)) for k in (*KINDS, "balance")},
        }


def funds_balances(session: Session, *, client_id: int | None = None) -> list[FundsBalance]:
    """Per client with entries: the sums by kind and the balance (never below zero)."""
    sums = [
        func.coalesce(func.sum(case((ClientFundsEntry.kind == k, ClientFundsEntry.amount))), 0)
        for k in KINDS
    ]
    query = (
        select(Client.no, Client.name, *sums)
        .join(ClientFundsEntry, ClientFundsEntry.client_id == Client.id)
        .group_by(Client.id, Client.no, Client.name)
        .order_by(Client.no)
    )
    if client_id is not None:
        query = query.where(Client.id == client_id)
    out = []
    for no, name, *values in session.execute(query):
        amounts = [Decimal(str(v)).quantize(Decimal("0.01")) for v in values]
        # The ledger signs retained and paid_out negative; shown here as positive figures.
        collected, retained, shortfall, paid = amounts
        balance = sum(amounts, ZERO)
        out.append(FundsBalance(no, name, collected, -retained, shortfall, -paid, balance))
    return out
