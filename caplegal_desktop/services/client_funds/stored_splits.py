"""Settlement from the splits stored when the payments were posted, in SQL: the per-client sums
the figures need and the drafts' lines, one row per payment, written by one INSERT ... SELECT.
Both read the list of payments waiting for a settlement (unsettled_payment), which carries each
payment's stored split summed, so neither groups the split's rows nor scans settled payments.
Python works per client here, never per payment.

Only a plain payment with a stored split that no payment reverses carries the sums; a reversal,
a reversed payment and a payment without a stored split are split the old way (splits.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, case, false, func, insert, literal, select, true
from sqlalchemy.orm import Session

from caplegal_desktop.services.client_funds.splits import STORED_DETAIL
from models import Case, LedgerEntry, Settlement, SettlementLine, UnsettledPayment
from models.enums import PaymentType
from workflows.client_funds import PaymentSplit, SplitPart

_FIGURES = ("client", "firm", "held", "vat_in_firm", "vat_on_top")


def split_on_demand() -> ColumnElement[bool]:
    """A waiting payment (UnsettledPayment row) without its stored split's sums."""
    return UnsettledPayment.client.is_(None)


def _waiting(query, to: date, client_ids: Sequence[int] | None):
    """`query` (from UnsettledPayment) narrowed to the payments up to `to` that carry their
    stored split's sums, joined to their ledger entries and cases."""
    w = UnsettledPayment
    query = (
        query.join(LedgerEntry, LedgerEntry.id == w.ledger_entry_id)
        .join(Case, Case.id == LedgerEntry.case_id)
        .where(w.client.is_not(None), LedgerEntry.posting_date <= to)
    )
    return query.where(Case.client_id.in_(client_ids)) if client_ids is not None else query


def _direct():
    return case((LedgerEntry.payment_type == PaymentType.PAYMENT_TO_CLIENT, true()), else_=false())


def client_sums(
    session: Session, *, to: date, client_ids: Sequence[int] | None
) -> dict[int, list[PaymentSplit]]:
    """Per client, its waiting payments' stored splits summed, one PaymentSplit for the payments
    the firm received and one for those paid to the client directly (what `settle` needs)."""
    w = UnsettledPayment
    query = _waiting(
        select(Case.client_id, _direct(), func.sum(LedgerEntry.amount),
               *(func.sum(getattr(w, f)) for f in _FIGURES)).select_from(w),
        to, client_ids,
    ).group_by(Case.client_id, LedgerEntry.payment_type)  # fmt: skip
    summed: dict[tuple[int, bool], list] = {}
    for client_id, direct, *figures in session.execute(query):
        have = summed.get((client_id, bool(direct)))
        summed[client_id, bool(direct)] = (
            figures if have is None else [a + b for a, b in zip(have, figures, strict=True)]
        )
    sums: dict[int, list[PaymentSplit]] = {}
    for (client_id, direct), (amount, *figures) in summed.items():
        part = SplitPart("sum", amount, *figures, "")
        sums.setdefault(client_id, []).append(PaymentSplit(0, 0, to, amount, direct, (part,)))
    return sums


def insert_lines(
    session: Session, *, to: date, client_ids: Sequence[int] | None, drafts: Sequence[int]
) -> None:
    """The drafts' lines of the payments settled from their stored split, in one statement."""
    if not drafts:
        return
    w, e, line = UnsettledPayment, LedgerEntry, SettlementLine.__table__
    # the client's draft looked up per row, not joined: a join lets the planner start from the
    # drafts and read every payment of their clients' cases
    draft = (
        select(Settlement.id)
        .where(Settlement.client_id == Case.client_id, Settlement.id.in_(list(drafts)))
        .correlate(Case)
        .scalar_subquery()
    )
    rows = _waiting(
        select(draft, e.case_id, e.id, e.posting_date, _direct(), e.amount, w.client, w.firm,
               w.held, w.vat_in_firm + w.vat_on_top, literal(STORED_DETAIL)).select_from(w),
        to, client_ids,
    )  # fmt: skip
    columns = ("settlement_id", "case_id", "ledger_entry_id", "posting_date", "direct", "amount",
               "client_part", "firm_part", "held", "vat", "detail")  # fmt: skip
    session.execute(insert(line).from_select([line.c[name] for name in columns], rows))
