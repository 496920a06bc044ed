"""The payments waiting for a settlement (unsettled_payment): on the list from the payment's
posting until a posted settlement holds it, back on it when that settlement is reversed. A
payment settled from its stored split carries the split's sums, so a settlement reads its
lines from this list alone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete, exists, func, insert, select, update
from sqlalchemy.orm import Session

from models import SettlementLine, UnsettledPayment
from workflows.client_funds import PaymentSplit

FIGURES = ("client", "firm", "held", "vat_in_firm", "vat_on_top")


def put_on(
    session: Session, entry_ids: Iterable[int], splits: Mapping[int, PaymentSplit] | None = None
) -> None:
    """Just-posted payments (or those a reversed settlement freed) wait for a settlement; those
    in `splits` (a stored split of a plain payment) carry its sums."""
    splits = splits or {}
    rows = []
    for entry_id in entry_ids:
        split = splits.get(entry_id)
        figures = (getattr(split, name) for name in FIGURES) if split else (None,) * 5
        rows.append({"ledger_entry_id": entry_id, **dict(zip(FIGURES, figures, strict=True))})
    if rows:
        session.execute(insert(UnsettledPayment.__table__), rows)


def reversed_(session: Session, entry_ids: Iterable[int]) -> None:
    """Waiting payments a reversal was just posted for are split on demand, with it."""
    ids = list(entry_ids)
    if ids:
        waiting = UnsettledPayment.__table__
        session.execute(
            update(waiting).where(waiting.c.ledger_entry_id.in_(ids)).values(dict.fromkeys(FIGURES))
        )


def take_off(session: Session, settlement_ids: Sequence[int]) -> int:
    """The payments the settlements being posted hold are settled: taken off the list. Returns
    how many were on it (fewer than the lines' payments: another seat took some meanwhile)."""
    if not settlement_ids:
        return 0
    held = select(SettlementLine.ledger_entry_id).where(
        SettlementLine.settlement_id.in_(list(settlement_ids))
    )
    waiting = UnsettledPayment.__table__
    return session.execute(delete(waiting).where(waiting.c.ledger_entry_id.in_(held))).rowcount


def held_payments(session: Session, settlement_ids: Sequence[int]) -> int:
    """How many payments the settlements' lines hold."""
    line = SettlementLine
    return session.scalar(
        select(func.count(func.distinct(line.ledger_entry_id))).where(
            line.settlement_id.in_(list(settlement_ids))
        )
    )


def freed_by(session: Session, settlement_id: int) -> None:
    """A reversed settlement's payments wait again (until the settlement made anew is posted),
    split on demand."""
    put_on(
        session,
        session.scalars(
            select(SettlementLine.ledger_entry_id).where(
                SettlementLine.settlement_id == settlement_id
            )
        ),
    )


def no_longer_waiting(session: Session, settlement_ids: Sequence[int]) -> list[int]:
    """The payments these drafts hold that a settlement posted since has taken."""
    line, waiting = SettlementLine, UnsettledPayment
    return list(
        session.scalars(
            select(line.ledger_entry_id).where(
                line.settlement_id.in_(list(settlement_ids)),
                ~exists(
                    select(waiting.ledger_entry_id).where(
                        waiting.ledger_entry_id == line.ledger_entry_id
                    )
                ),
            )
        )
    )
