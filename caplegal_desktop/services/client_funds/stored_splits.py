"""Settlement from the splits stored when the payments were posted (payment_split), in SQL: the
per-client sums the figures need and the drafts' lines, one row per payment, written by one
INSERT ... SELECT ... GROUP BY. Python works per client here, never per payment.

Only a plain payment with a stored split that no payment reverses goes this way; a reversal, a
reversed payment and a payment without a stored split are split the old way (splits.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, and_, case, exists, false, func, insert, literal, select, true
from sqlalchemy.orm import Session, aliased

from caplegal_desktop.services.client_funds.splits import LIVE, STORED_DETAIL
from models import Case, LedgerEntry, PaymentSplitPart, Settlement, SettlementLine
from models.enums import EntryType, PaymentType
from workflows.client_funds import PaymentSplit, SplitPart

_FIGURES = ("amount", "client", "firm", "held", "vat_in_firm", "vat_on_top")


def settled_by_sql() -> ColumnElement[bool]:
    """A payment (a LedgerEntry row joined to its Case) that is settled from its stored split."""
    reversal = aliased(LedgerEntry)
    # not correlated: the reversed ids are read once (reverses_entry_id has no index)
    reversed_ids = select(reversal.reverses_entry_id).where(reversal.reverses_entry_id.is_not(None))
    return and_(
        LedgerEntry.reverses_entry_id.is_(None),
        LedgerEntry.id.not_in(reversed_ids),
        exists(
            select(PaymentSplitPart.id)
            .where(PaymentSplitPart.ledger_entry_id == LedgerEntry.id)
            .correlate(LedgerEntry)
        ),
    )


def _unsettled(to: date, client_ids: Sequence[int] | None) -> list[ColumnElement[bool]]:
    settled = (
        select(SettlementLine.id)
        .join(Settlement, Settlement.id == SettlementLine.settlement_id)
        .where(SettlementLine.ledger_entry_id == LedgerEntry.id, Settlement.status.in_(LIVE))
        .correlate(LedgerEntry)
    )
    return [
        LedgerEntry.entry_type == EntryType.PAYMENT,
        LedgerEntry.posting_date <= to,
        ~exists(settled),
        settled_by_sql(),
        Case.client_id.in_(client_ids) if client_ids is not None else true(),
    ]


def _direct():
    return case((LedgerEntry.payment_type == PaymentType.PAYMENT_TO_CLIENT, true()), else_=false())


def client_sums(
    session: Session, *, to: date, client_ids: Sequence[int] | None
) -> dict[int, list[PaymentSplit]]:
    """Per client, its unsettled stored splits summed, one PaymentSplit for the payments the
    firm received and one for those paid to the client directly (what `settle` needs)."""
    t = PaymentSplitPart
    query = (
        select(Case.client_id, _direct(), *(func.sum(getattr(t, f)) for f in _FIGURES))
        .select_from(LedgerEntry)
        .join(Case, Case.id == LedgerEntry.case_id)
        .join(t, t.ledger_entry_id == LedgerEntry.id)
        .where(*_unsettled(to, client_ids))
        .group_by(Case.client_id, LedgerEntry.payment_type)
    )
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
    t, line = PaymentSplitPart, SettlementLine.__table__
    e = LedgerEntry
    rows = (
        select(
            Settlement.id, e.case_id, e.id, e.posting_date, _direct(), e.amount,
            func.sum(t.client), func.sum(t.firm), func.sum(t.held),
            func.sum(t.vat_in_firm + t.vat_on_top), literal(STORED_DETAIL),
        )
        .select_from(e)
        .join(Case, Case.id == e.case_id)
        .join(t, t.ledger_entry_id == e.id)
        .join(Settlement, and_(Settlement.client_id == Case.client_id,
                               Settlement.id.in_(list(drafts))))
        .where(*_unsettled(to, client_ids))
        .group_by(Settlement.id, e.id, e.case_id, e.posting_date, e.payment_type, e.amount)
        .order_by(Settlement.id, e.id)
    )  # fmt: skip
    columns = ("settlement_id", "case_id", "ledger_entry_id", "posting_date", "direct", "amount",
               "client_part", "firm_part", "held", "vat", "detail")  # fmt: skip
    session.execute(insert(line).from_select([line.c[name] for name in columns], rows))
