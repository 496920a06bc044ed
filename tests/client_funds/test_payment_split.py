"""Each payment's split (the client's and the firm's part per component) is stored when it is
posted (payment_split), by the share rules valid that day; the drafts sum those rows in SQL. The
stored split must be the split made on demand, to the øre, for every kind of payment: an interest
share, VAT on salary (on top and inside), set-off, a direct payment and a reversal (SQLite,
PostgreSQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.client_funds.splits import (
    load_split_setup,
    split_payments,
    stored_split_parts,
    unsettled_payments,
)
from models import FundsShareRule
from tests.client_funds.builders import agree, client_of, forget_stored_splits, new_case, pay
from tests.client_funds.test_settlements import TO, drafts, post


def _share_interest(app, client_id: int, pct: str) -> None:
    with app.uow(write=True) as uow:
        uow.session.add(FundsShareRule(client_id=client_id, component="interest",
                                       valid_from=date(2000, 1, 1), client_share_pct=D(pct),
                                       source="Klientaftale § 4"))  # fmt: skip
        uow.commit()


def _mixed_payments(app) -> None:
    """A VAT-registered client sharing interest 50/50 (VAT on top of the salary, set-off); a
    client not VAT-registered without set-off (VAT inside the salary); a direct payment."""
    first, _ = new_case(app)
    first_client, _ = client_of(app, first)
    _share_interest(app, first_client, "50")
    second, _ = new_case(app, client="Vand og Varme ApS", cvr="10150817", principal="800.00",
                         vat_registered=False)  # fmt: skip
    agree(app, client_of(app, second)[0], set_off=False)
    pay(app, first, "1234.56", day=date(2026, 10, 2))
    pay(app, first, "2000.00", day=date(2026, 11, 20))
    pay(app, first, "99.99", payment_type="payment_to_client")
    pay(app, second, "1500.00", day=date(2026, 11, 3))
    pay(app, second, "300.00", payment_type="payment_to_client")


def _without_ids(settlements: list[dict]) -> list[dict]:
    return [{k: v for k, v in s.items() if k != "id"} for s in settlements]


def test_the_stored_split_is_the_split_made_on_demand(app):
    _mixed_payments(app)
    with app.uow() as uow:
        payments = unsettled_payments(uow.session, to=TO, client_ids=None)
        stored = stored_split_parts(uow.session, [p.entry_id for p in payments])
        setup = load_split_setup(uow.session)
        on_demand = split_payments(uow.session, payments, as_of=TO, setup=setup, stored=False)
    assert len(stored) == len(payments) == 5
    assert {s.entry_id: list(s.parts) for s in on_demand} == stored
    components = {p.component for parts in stored.values() for p in parts}
    assert {"interest", "salary"} <= components
    assert any(p.vat_on_top for parts in stored.values() for p in parts)
    assert any(p.vat_in_firm for parts in stored.values() for p in parts)
    assert any(p.client and p.firm for parts in stored.values() for p in parts)  # interest 50/50


def test_drafts_from_stored_splits_equal_drafts_split_on_demand(app):
    _mixed_payments(app)
    summed = drafts(app)
    assert any(s["set_off"] != "0.00" for s in summed)
    assert any(s["invoice"] != "0.00" for s in summed)
    forget_stored_splits(app)
    assert _without_ids(drafts(app)) == _without_ids(summed)


def test_a_reversal_stores_its_originals_split_negated_and_settles_as_before(app):
    case_id, _ = new_case(app)
    _share_interest(app, client_of(app, case_id)[0], "50")
    original = pay(app, case_id, "2000.00")
    [s] = drafts(app)
    post(app, [s["id"]])
    reversal = pay(app, case_id, "0", reverses=original, day=TO)
    with app.uow() as uow:
        stored = stored_split_parts(uow.session, [original, reversal])
    assert stored[reversal] == [p.negated() for p in stored[original]]
    [again] = drafts(app)
    assert D(again["client_part"]) == -D(s["client_part"])
    [line] = again["lines"]
    assert line["parts"] == [p.negated().to_json_dict() for p in stored[original]]


def test_a_payment_without_a_share_rule_is_posted_and_split_on_demand(app):
    case_id, _ = new_case(app)
    with app.uow(write=True) as uow:
        for rule in uow.session.query(FundsShareRule).filter_by(component="salary"):
            rule.valid_from = date(2027, 1, 1)  # no salary rule yet on the payment's day
        uow.commit()
    entry = pay(app, case_id, "1500.00")
    with app.uow() as uow:
        assert stored_split_parts(uow.session, [entry]) == {}
    # the settlement names the missing rule in Danish, as before
    with pytest.raises(ValidationError, match="mangler en fordelingsregel for 'salary'"):
        drafts(app)
