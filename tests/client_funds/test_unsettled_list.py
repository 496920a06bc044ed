"""The list of payments waiting for a settlement (unsettled_payment) is always what the ledger
and the posted settlements say: every payment no posted settlement holds, carrying its stored
split's sums exactly when the settlement takes it from them. Kept by the posting hook, by posting
and by correcting settlements, and filled by migration 0015 for an older database."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal as D

import pytest
from alembic import command
from sqlalchemy import func, select

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.errors import ValidationError
from caplegal_desktop.migrate import alembic_config
from caplegal_desktop.services.client_funds import correct_settlement, post_settlements
from models import LedgerEntry, PaymentSplitPart, Settlement, SettlementLine, UnsettledPayment
from tests.client_funds.builders import agree, client_of, new_case, pay
from tests.client_funds.test_settlements import TO, drafts, post

FIGURES = ("client", "firm", "held", "vat_in_firm", "vat_on_top")


def listed(app) -> dict[int, tuple | None]:
    """The list as stored: entry id -> its split sums, or None when split on demand."""
    with app.uow() as uow:
        rows = uow.session.execute(
            select(
                UnsettledPayment.ledger_entry_id, *(getattr(UnsettledPayment, f) for f in FIGURES)
            )
        )
        return {i: (None if figures[0] is None else tuple(figures)) for i, *figures in rows}


def expected(app) -> dict[int, tuple | None]:
    """The list as the ledger, the stored splits and the posted settlements define it."""
    with app.uow() as uow:
        s = uow.session
        payments = s.execute(
            select(LedgerEntry.id, LedgerEntry.reverses_entry_id).where(
                LedgerEntry.entry_type == "payment"
            )
        ).all()
        settled = set(
            s.scalars(
                select(SettlementLine.ledger_entry_id)
                .join(Settlement, Settlement.id == SettlementLine.settlement_id)
                .where(Settlement.status == "posted")
            )
        )
        sums = {
            i: tuple(figures)
            for i, *figures in s.execute(
                select(
                    PaymentSplitPart.ledger_entry_id,
                    *(func.sum(getattr(PaymentSplitPart, f)) for f in FIGURES),
                ).group_by(PaymentSplitPart.ledger_entry_id)
            )
        }
    reversed_ = {r for _, r in payments if r is not None}
    return {
        i: (sums.get(i) if r is None and i not in reversed_ else None)
        for i, r in payments
        if i not in settled
    }


def _payments(app) -> dict[str, int]:
    first, _ = new_case(app)
    second, _ = new_case(app, client="Vand og Varme ApS", cvr="10150817", principal="800.00",
                         vat_registered=False)  # fmt: skip
    agree(app, client_of(app, second)[0], set_off=False)
    return {
        "plain": pay(app, first, "1234.56", day=date(2026, 10, 2)),
        "direct": pay(app, first, "99.99", payment_type="payment_to_client"),
        "later": pay(app, second, "1500.00", day=date(2026, 11, 3)),
        "bounced": pay(app, second, "200.00", day=date(2026, 11, 4)),
        "after": pay(app, first, "10.00", day=date(2026, 12, 15)),
    }


def test_the_list_follows_postings_settlements_and_corrections(app):
    ids = _payments(app)
    # GIVEN payments just posted: all waiting, each with its split's sums
    assert listed(app) == expected(app)
    assert all(listed(app)[i] is not None for i in ids.values())
    # WHEN a waiting payment bounces: it and its reversal are split on demand
    second_case = app.database.fetch_all(
        "SELECT case_id FROM ledger_entry WHERE id = :i", {"i": ids["bounced"]}
    )[0][0]
    reversal = pay(app, second_case, "0", reverses=ids["bounced"], day=date(2026, 11, 5))
    waiting = listed(app)
    assert waiting[ids["bounced"]] is None and waiting[reversal] is None
    assert waiting == expected(app)
    # WHEN the month is settled and posted: the payment after it waits, and the bounced payment
    # with its reversal (no settlement holds them: together they are nothing to settle)
    post(app, [s["id"] for s in drafts(app)])
    assert set(listed(app)) == {ids["after"], ids["bounced"], reversal}
    assert listed(app) == expected(app)
    # WHEN a posted settlement is corrected: reversed, made again, posted; nothing waits anew
    with app.uow() as uow:
        first = uow.session.scalar(select(func.min(Settlement.id)))
    with app.uow(write=True) as uow:
        correct_settlement(uow.session, settlement_id=first, user="test", today=TO)
        uow.commit()
    assert listed(app) == expected(app)
    assert set(listed(app)) == {ids["after"], ids["bounced"], reversal}


def _two_drafts_of_one_payment(app) -> tuple[int, int]:
    """One payment in two drafts, as when two seats each made one."""
    case_id, _ = new_case(app)
    pay(app, case_id, "500.00")
    [old] = drafts(app)
    with app.uow(write=True) as uow:
        copy = Settlement(**{c: getattr(uow.session.get(Settlement, old["id"]), c)
                             for c in Settlement.__table__.columns.keys() if c != "id"})  # fmt: skip
        uow.session.add(copy)
        uow.session.flush()
        line = uow.session.scalars(
            select(SettlementLine).where(SettlementLine.settlement_id == old["id"])
        ).one()
        uow.session.add(SettlementLine(**{
            c: getattr(line, c) for c in SettlementLine.__table__.columns.keys() if c != "id"
        } | {"settlement_id": copy.id}))  # fmt: skip
        uow.commit()
        return old["id"], copy.id


def test_a_draft_whose_payment_another_settlement_took_is_refused(app):
    first, second = _two_drafts_of_one_payment(app)
    post(app, [first])
    with pytest.raises(ValidationError, match=f"allerede afregnet \\(afregning {first}\\)"):
        post(app, [second])
    assert listed(app) == expected(app) == {}


def test_two_seats_posting_the_same_payment_at_once_settle_it_once(app):
    first, second = _two_drafts_of_one_payment(app)
    checked, go_on, outcome = threading.Event(), threading.Event(), {}

    def first_seat():
        with app.uow(write=True) as uow:
            post_settlements(uow.session, user="a", settlement_ids=[first])
            checked.set()
            go_on.wait(10)  # holds its transaction open while the second seat posts
            uow.commit()

    def second_seat():
        try:
            with app.uow(write=True) as uow:
                post_settlements(uow.session, user="b", settlement_ids=[second])
                uow.commit()
            outcome["second"] = "posted"
        except ValidationError as exc:
            outcome["second"] = str(exc)

    a = threading.Thread(target=first_seat)
    a.start()
    assert checked.wait(10)
    b = threading.Thread(target=second_seat)
    b.start()
    b.join(1)  # the second seat waits for the first one's lock (row on PostgreSQL, file on SQLite)
    assert b.is_alive()
    go_on.set()
    a.join(10)
    b.join(10)
    # THEN the payment is settled once: the second seat is refused and posted nothing
    assert "afregn" in outcome["second"] and outcome["second"] != "posted"
    with app.uow() as uow:
        statuses = dict(uow.session.execute(select(Settlement.id, Settlement.status)).all())
    assert statuses == {first: "posted", second: "draft"}
    assert listed(app) == expected(app) == {}


def test_the_migration_lists_an_older_databases_unsettled_payments(app):
    ids = _payments(app)
    case_of_bounced = app.database.fetch_all(
        "SELECT case_id FROM ledger_entry WHERE id = :i", {"i": ids["bounced"]}
    )[0][0]
    pay(app, case_of_bounced, "0", reverses=ids["bounced"], day=date(2026, 11, 5))
    [first, *_] = drafts(app, client_no=client_of(app, case_of_bounced)[1])
    post(app, [first["id"]])
    before = listed(app)
    assert before == expected(app) and any(v is None for v in before.values())
    assert sum(v[0] for v in before.values() if v) > D("0")
    # WHEN the database goes back to before the list and up again
    url = app.database.url_text
    app.close()
    command.downgrade(alembic_config(url), "0014_websess")
    command.upgrade(alembic_config(url), "heads")
    # THEN the migration listed the same payments with the same sums
    again = AppContext(open_database(url), Settings(), "test")
    try:
        assert listed(again) == before
    finally:
        again.close()


def test_verify_names_a_payment_missing_from_the_list_and_a_settled_one_left_on_it(app):
    from caplegal_desktop.services.maintenance.verify import ledger_alarm, verify_ledger
    from tests.safety.test_ledger_chain import raw

    case_id, _ = new_case(app)
    settled = pay(app, case_id, "400.00", day=date(2026, 10, 2))
    post(app, [s["id"] for s in drafts(app)])
    waiting = pay(app, case_id, "250.00")
    assert verify_ledger(app.database).intact
    # GIVEN the list edited behind the program's back: one waiting payment dropped, one settled
    # payment put back
    raw(app.database.url_text, f"DELETE FROM unsettled_payment WHERE ledger_entry_id = {waiting}",
        f"INSERT INTO unsettled_payment (ledger_entry_id) VALUES ({settled})")  # fmt: skip
    check = verify_ledger(app.database)
    assert not check.intact and check.funds_intact is False
    assert (f"1 indbetaling(er) mangler på listen over uafregnede indbetalinger (første: post nr. "
            f"{waiting}); de kommer ikke med i nogen afregning.") in check.message()  # fmt: skip
    assert f"står stadig på listen over uafregnede (første: post nr. {settled})" in check.message()
    assert "mangler på listen over uafregnede" in ledger_alarm(app.database)
