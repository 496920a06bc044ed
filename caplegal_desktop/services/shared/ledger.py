"""Posting to the collection ledger. post_entry is the only code that writes ledger entries.

Each entry is chained (ledger_chain.py): its id is handed out under the chain head's lock and
it carries a hash over its content and its predecessor's hash. Payments posted are handed, in
the same transaction, to the listeners registered with `payment_listeners.on_payments_posted`
(the client funds store where each payment was allocated).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.orm import Session

from caplegal_desktop.services.shared.ledger_chain import chain_new_entries
from caplegal_desktop.services.shared.payment_listeners import listeners as _payment_listeners
from models import LedgerEntry
from models.enums import EntryType

_GATHERED = "caplegal_payments_gathered"


@contextmanager
def payments_gathered(session: Session) -> Iterator[None]:
    """Within, the payments posted are handed to the listeners once, at the end: a journal
    posting writes in chunks, and each case it touches is then read and replayed once, not once
    per chunk."""
    if _GATHERED in session.info:  # an outer gathering hands them on
        yield
        return
    session.info[_GATHERED] = gathered = []
    try:
        yield
    finally:
        del session.info[_GATHERED]
    _notify(session, gathered)


def _payments_posted(session: Session, rows: list[dict]) -> None:
    payments = [row for row in rows if row["entry_type"] == EntryType.PAYMENT]
    gathered = session.info.get(_GATHERED)
    if gathered is not None:
        gathered.extend(payments)
    else:
        _notify(session, payments)


def _notify(session: Session, payments: list[dict]) -> None:
    if payments:
        for listener in _payment_listeners:
            listener(session, payments)


def post_entry(
    session: Session,
    *,
    case_id: int,
    entry_type: str,
    posting_date: date,
    amount: Decimal,
    description: str,
    user: str,
    claim_id: int | None = None,
    fee_line_id: int | None = None,
    debtor_party_id: int | None = None,
    vat_amount: Decimal = Decimal("0"),
    tariff_code: str | None = None,
    allocation_targets: str | None = None,
    reverses_entry_id: int | None = None,
    document_no: str | None = None,
    external_ref: str | None = None,
    payment_type: str | None = None,
) -> LedgerEntry:
    values = dict(
        case_id=case_id,
        claim_id=claim_id,
        fee_line_id=fee_line_id,
        debtor_party_id=debtor_party_id,
        entry_type=entry_type,
        posting_date=posting_date,
        amount=amount,
        vat_amount=vat_amount,
        tariff_code=tariff_code,
        description=description,
        allocation_targets=allocation_targets,
        reverses_entry_id=reverses_entry_id,
        document_no=document_no,
        external_ref=external_ref,
        payment_type=payment_type,
        posted_at=datetime.now().replace(microsecond=0),
        posted_by=user,
    )
    chain_new_entries(session, [values])
    entry = LedgerEntry(**values)
    session.add(entry)
    _payments_posted(session, [values])
    return entry


def post_entries(session: Session, entries: list[dict]) -> int:
    """Post many entries in one statement (journal posting of thousands of lines).

    Each dict holds post_entry's keyword arguments (user included). The same writer as
    post_entry, only without one ORM object per entry, which a 10,000-line batch cannot afford.
    """
    if not entries:
        return 0
    posted_at = datetime.now().replace(microsecond=0)
    rows = [
        {
            "claim_id": None,
            "fee_line_id": None,
            "debtor_party_id": None,
            "vat_amount": Decimal("0"),
            "tariff_code": None,
            "allocation_targets": None,
            "reverses_entry_id": None,
            "document_no": None,
            "external_ref": None,
            "payment_type": None,
            **{k: v for k, v in entry.items() if k != "user"},
            "posted_at": posted_at,
            "posted_by": entry["user"],
        }
        for entry in entries
    ]
    chain_new_entries(session, rows)
    session.execute(insert(LedgerEntry.__table__), rows)
    _payments_posted(session, rows)
    return len(rows)
