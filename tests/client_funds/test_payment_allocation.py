"""Each payment's allocation is stored when it is posted (payment_allocation, in the payment's
own transaction), so a settlement splits stored rows instead of replaying every paying case; a
reversal stores its original's rows negated; a payment without stored rows (posted before
migration 0014) is allocated on demand, the old way, with the same result (SQLite, PostgreSQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sqlalchemy import select

from caplegal_desktop.services.client_funds.splits import (
    load_split_setup,
    split_payments,
    stored_allocations,
    unsettled_payments,
)
from models import LedgerEntry, PaymentAllocation
from tests.client_funds.builders import forget_stored_splits, new_case, pay
from tests.client_funds.test_settlements import TO, allocated, drafts


def some_payments(app) -> dict[str, int]:
    """A partial payment, a later one, an overpayment, a payment made to the client directly."""
    first, _ = new_case(app)
    second, _ = new_case(app, client="Vand og Varme ApS", cvr="10150817", principal="800.00",
                         vat_registered=False)  # fmt: skip
    return {
        "partial": pay(app, first, "1234.56", day=date(2026, 10, 2)),
        "later": pay(app, first, "2000.00", day=date(2026, 11, 20)),
        "overpaid": pay(app, second, "5000.00", day=date(2026, 11, 3)),
        "direct": pay(app, first, "99.99", payment_type="payment_to_client"),
    }


def stored(app) -> dict[int, list[tuple[str, D]]]:
    with app.uow() as uow:
        rows = uow.session.execute(
            select(PaymentAllocation.ledger_entry_id, PaymentAllocation.bucket,
                   PaymentAllocation.amount).order_by(PaymentAllocation.id)
        )  # fmt: skip
        out: dict[int, list[tuple[str, D]]] = {}
        for entry_id, bucket, amount in rows:
            out.setdefault(entry_id, []).append((bucket, amount))
        return out


def test_posting_a_payment_stores_where_the_statement_allocated_it(app):
    payments = some_payments(app)
    rows = stored(app)
    assert set(payments.values()) <= set(rows)
    with app.uow() as uow:
        amounts = dict(uow.session.execute(select(LedgerEntry.id, LedgerEntry.amount)).all())
    for entry_id in payments.values():
        assert sum(a for _b, a in rows[entry_id]) == amounts[entry_id]
    # the overpayment: all of the debt, and the rest owed back to the debtor
    assert rows[payments["overpaid"]][-1][0] == "overpayment"
    # stored as of each payment's day: what the statement says today for the later payment
    by_bucket: dict[str, D] = {}
    for bucket, amount in rows[payments["later"]]:
        by_bucket[bucket] = by_bucket.get(bucket, D("0")) + amount
    case_id = _case_of(app, payments["later"])
    assert by_bucket == allocated(app, case_id, payments["later"])


def _case_of(app, entry_id: int) -> int:
    return app.database.fetch_all(
        "SELECT case_id FROM ledger_entry WHERE id = :i", {"i": entry_id}
    )[0][0]


def test_the_stored_split_is_the_split_made_on_demand(app):
    some_payments(app)
    with app.uow() as uow:
        payments = unsettled_payments(uow.session, to=TO, client_ids=None)
        setup = load_split_setup(uow.session)
        assert len(stored_allocations(uow.session, [p.entry_id for p in payments])) == len(payments)
        kept = split_payments(uow.session, payments, as_of=TO, setup=setup)
        replayed = split_payments(uow.session, payments, as_of=TO, setup=setup, stored=False)
    assert [s.to_json_dict() for s in kept] == [s.to_json_dict() for s in replayed]
    assert len(kept) == 4


def test_a_reversal_stores_its_originals_allocation_negated(app):
    case_id, _ = new_case(app)
    original = pay(app, case_id, "700.00")
    reversal = pay(app, case_id, "0", reverses=original)
    rows = stored(app)
    assert rows[reversal] == [(bucket, -amount) for bucket, amount in rows[original]]


def test_payments_posted_before_the_table_are_allocated_on_demand_with_the_same_result(app):
    some_payments(app)
    with_rows = drafts(app)
    forget_stored_splits(app, allocations=True)  # as an old database
    assert stored(app) == {}
    without = drafts(app)  # the drafts are made again, replaying the cases
    strip = [{k: v for k, v in s.items() if k != "id"} for s in with_rows]
    assert [{k: v for k, v in s.items() if k != "id"} for s in without] == strip
