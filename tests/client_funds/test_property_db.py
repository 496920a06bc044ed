"""The property on the real services and a real SQLite file: over any sequence of payments
(to the firm or directly to the client), settlements, payouts, corrections and bounced payments,
every settled payment's client part + firm part (+ held) is the payment, to the øre, no
client's funds balance ever goes below zero, and the list of payments waiting for a settlement is
exactly the payments no posted settlement holds."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from caplegal_desktop.app import AppContext
from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.client_funds import (
    correct_settlement,
    create_drafts,
    funds_balances,
    post_settlements,
)
from caplegal_desktop.services.client_funds.settlements import mark_paid
from models import Settlement, SettlementLine
from tests.client_funds.builders import new_case, pay
from tests.client_funds.test_unsettled_list import expected, listed

START = date(2026, 11, 2)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("pay"), st.integers(1, 400_000), st.booleans(), st.integers(0, 1)),
        st.tuples(st.just("settle")),
        st.tuples(st.just("payout")),
        st.tuples(st.just("correct")),
        st.tuples(st.just("bounce")),
    ),
    min_size=3,
    max_size=12,
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(actions=steps)
def test_splits_sum_to_the_payments_and_funds_never_go_negative(sqlite_template, actions):
    folder = Path(tempfile.mkdtemp())
    shutil.copy(sqlite_template, folder / "db.sqlite3")
    app = AppContext.open(f"sqlite:///{folder / 'db.sqlite3'}")
    try:
        cases = [new_case(app)[0], new_case(app, client="Vandværket ApS", cvr="25313763",
                                             vat_registered=False)[0]]  # fmt: skip
        day, payments = START, []
        for action in actions:
            day += timedelta(days=1)
            _step(app, action, day, cases, payments)
            _check(app)
    finally:
        app.close()
        shutil.rmtree(folder, ignore_errors=True)


def _step(app, action, day, cases, payments) -> None:
    kind = action[0]
    if kind == "pay":
        _, ore, direct, which = action
        entry = pay(app, cases[which], str(D(ore) / 100), day=day,
                    payment_type="payment_to_client" if direct else None)  # fmt: skip
        payments.append((cases[which], entry))
        return
    with app.uow(write=True) as uow:
        s = uow.session
        posted = list(s.scalars(select(Settlement).where(Settlement.status == "posted")
                                .order_by(Settlement.id)))  # fmt: skip
        if kind == "settle":
            create_drafts(s, to=day, user="t")
            post_settlements(s, user="t")
        elif kind == "payout" and posted:
            mark_paid(s, settlement_id=posted[-1].id, paid_on=day, reference="R", user="t")
        elif kind == "correct" and posted:
            correct_settlement(s, settlement_id=posted[-1].id, user="t", today=day)
        elif kind == "bounce" and payments:
            uow.rollback()
            try:
                case_id, entry = payments.pop()
                pay(app, case_id, "0", reverses=entry, day=day)
            except ValidationError:
                pass  # already reversed or refused: nothing changes
            return
        uow.commit()


def _check(app) -> None:
    with app.uow() as uow:
        for b in funds_balances(uow.session):
            assert b.balance >= 0, b
        live = uow.session.scalars(
            select(SettlementLine).join(Settlement).where(Settlement.status != "draft")
        )
        for line in live:
            assert line.client_part + line.firm_part + line.held == line.amount
    assert listed(app) == expected(app)
