"""Settlements on real SQLite and PostgreSQL: drafts split by the statement's allocation, posting
all or nothing, the client funds ledger, direct payments, corrections and bounced payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.client_funds import (
    correct_settlement,
    create_drafts,
    funds_balances,
    post_settlements,
    settlement_json,
)
from caplegal_desktop.services.client_funds.settlements import mark_paid
from caplegal_desktop.services.statements import case_statement
from models import ClientFundsEntry, Settlement
from tests.client_funds.builders import TODAY, agree, client_of, new_case, pay

TO = date(2026, 11, 30)


def drafts(app, client_no=None) -> list[dict]:
    with app.uow(write=True) as uow:
        changed = create_drafts(uow.session, to=TO, user="test", client_no=client_no)
        uow.commit()
        return settlement_json(uow.session, changed.settlement_ids)["settlements"]


def post(app, ids=None):
    with app.uow(write=True) as uow:
        changed = post_settlements(uow.session, user="test", settlement_ids=ids)
        uow.commit()
        return changed


def balance(app, client_no) -> D:
    with app.uow() as uow:
        rows = {r.client_no: r for r in funds_balances(uow.session)}
    return rows[client_no].balance if client_no in rows else D("0.00")


def allocated(app, case_id, entry_id) -> dict[str, D]:
    with app.uow() as uow:
        statement = case_statement(uow.session, case_id=case_id, as_of=TO)
    out: dict[str, D] = {}
    for a in statement.allocations:
        if a.entry_id == entry_id:
            out[str(a.bucket)] = out.get(str(a.bucket), D("0")) + a.amount
    return out


def test_a_payment_is_split_as_the_statement_allocated_it_and_posting_fills_the_ledger(app):
    # GIVEN a case of a VAT-registered client: principal 5.000,00, salary 1.000,00 and interest
    case_id, _ = new_case(app)
    client_id, client_no = client_of(app, case_id)
    # WHEN the debtor pays 1.500,00 (Danish order: costs, then interest, then principal)
    entry = pay(app, case_id, "1500.00")
    buckets = allocated(app, case_id, entry)
    assert buckets["salary"] == D("1000.00")
    interest, principal = buckets["interest"], buckets["principal"]
    assert interest + principal == D("500.00")
    [s] = drafts(app)
    # THEN client part = interest + principal = 500,00 (100 % by the default rules),
    #      firm part = salary 1.000,00; VAT on top 1.000,00 × 25 % = 250,00 set off
    #      payout = 500,00 − 250,00 = 250,00
    assert (s["client_no"], s["collected"], s["client_part"], s["firm_part"]) == (
        client_no, "1500.00", "500.00", "1000.00")  # fmt: skip
    assert (s["vat"], s["set_off"], s["payout"]) == ("250.00", "250.00", "250.00")
    [line] = s["lines"]
    assert {p["component"]: p["client"] for p in line["parts"]} == {
        "salary": "0.00", "interest": str(interest), "principal": str(principal)}  # fmt: skip
    assert all(p["source"] for p in line["parts"])
    # AND posting writes collected 500,00 and retained −250,00: the firm holds 250,00
    post(app, [s["id"]])
    assert balance(app, client_no) == D("250.00")
    # AND the payment is settled: a new run finds nothing for the client
    assert drafts(app, client_no) == []
    # AND the bank's confirmation pays it out: balance 0
    with app.uow(write=True) as uow:
        assert mark_paid(uow.session, settlement_id=s["id"], paid_on=TO, reference="X", user="t")
        assert not mark_paid(uow.session, settlement_id=s["id"], paid_on=TO, reference="X",
                             user="t")  # fmt: skip
        uow.commit()
    assert balance(app, client_no) == D("0.00")
    del client_id


def test_no_set_off_without_the_agreement_and_a_direct_payment_is_invoiced(app):
    # GIVEN a client whose agreement does not allow set-off
    case_id, _ = new_case(app)
    client_id, client_no = client_of(app, case_id)
    agree(app, client_id, set_off=False)
    # AND the debtor paid 1.000,00 directly to the client (all salary) and 800,00 to the firm
    pay(app, case_id, "1000.00", payment_type="payment_to_client")
    pay(app, case_id, "800.00")
    [s] = drafts(app)
    # THEN collected is only the 800,00 the firm received (interest + principal: client's)
    #      invoice = the firm's 1.000,00 held by the client + VAT 250,00 = 1.250,00, not set off
    assert (s["collected"], s["client_part"], s["firm_part"]) == ("800.00", "800.00", "0.00")
    assert (s["invoice"], s["set_off"], s["payout"]) == ("1250.00", "0.00", "800.00")
    assert [line["direct"] for line in s["lines"]] == [True, False]


def test_posting_is_all_or_nothing_and_refusals_are_danish(app):
    a, _ = new_case(app)
    b, _ = new_case(app, client="Vandværket ApS", cvr="25313763")
    pay(app, a, "300.00")
    pay(app, b, "400.00")
    first, second = drafts(app)
    post(app, [first["id"]])
    # WHEN posting both, one of which is posted already
    with pytest.raises(ValidationError, match="ikke en kladde"):
        post(app, [first["id"], second["id"]])
    # THEN the other is not posted either
    with app.uow() as uow:
        assert uow.session.get(Settlement, second["id"]).status == "draft"
    with pytest.raises(ValidationError, match="findes ikke"):
        post(app, [999])


def test_a_correction_reverses_and_settles_again_paying_only_the_difference(app):
    case_id, _ = new_case(app)
    client_id, client_no = client_of(app, case_id)
    pay(app, case_id, "1500.00")
    [s] = drafts(app)
    post(app, [s["id"]])
    with app.uow(write=True) as uow:
        mark_paid(uow.session, settlement_id=s["id"], paid_on=TO, reference="A", user="t")
        uow.commit()
    # GIVEN the client's interest share is corrected to 0 % after the payout of 250,00
    from models import FundsShareRule

    with app.uow(write=True) as uow:
        uow.session.add(FundsShareRule(client_id=client_id, component="interest",
                                       valid_from=date(2000, 1, 1), client_share_pct=D("0"),
                                       source="Klientaftale af 1-11-2026 § 4"))  # fmt: skip
        uow.commit()
    # WHEN the settlement is corrected
    with app.uow(write=True) as uow:
        changed = correct_settlement(uow.session, settlement_id=s["id"], user="t", today=TO)
        uow.commit()
        old, new = settlement_json(uow.session, changed.settlement_ids)["settlements"]
    # THEN the old one is reversed, never edited; the new one holds the same payment
    assert old["status"] == "reversed" and old["payout"] == s["payout"]
    assert new["status"] == "posted" and new["previously_paid"] == "250.00"
    # AND client part = principal only; available = principal − 250,00 already paid
    principal = D(new["client_part"])
    assert principal < D(s["client_part"])
    expected = principal - D("250.00")
    if expected >= 0:
        assert D(new["payout"]) + D(new["set_off"]) == expected
    else:
        assert (new["payout"], D(new["shortfall"])) == ("0.00", -expected)
    # AND the ledger is never below zero: it holds exactly the new payout
    assert balance(app, client_no) == D(new["payout"])
    with app.uow() as uow:
        reversals = uow.session.scalar(
            select(func.count()).where(ClientFundsEntry.reverses_entry_id.is_not(None))
        )
    assert reversals == 2  # collected and retained of the old settlement


def test_a_payment_bounced_after_payout_leaves_a_shortfall_not_a_negative_balance(app):
    case_id, _ = new_case(app)
    _, client_no = client_of(app, case_id)
    entry = pay(app, case_id, "2000.00")
    [s] = drafts(app)
    post(app, [s["id"]])
    with app.uow(write=True) as uow:
        mark_paid(uow.session, settlement_id=s["id"], paid_on=TO, reference="A", user="t")
        uow.commit()
    pay(app, case_id, "0", reverses=entry, day=TO)
    [again] = drafts(app)
    assert D(again["client_part"]) == -D(s["client_part"])
    assert again["payout"] == "0.00"
    assert D(again["shortfall"]) == D(s["client_part"])
    post(app, [again["id"]])
    assert balance(app, client_no) == D("0.00")


def test_a_payment_reversed_before_settling_is_left_out_with_its_reversal(app):
    case_id, _ = new_case(app)
    entry = pay(app, case_id, "700.00")
    pay(app, case_id, "0", reverses=entry, day=TODAY)
    assert drafts(app) == []
