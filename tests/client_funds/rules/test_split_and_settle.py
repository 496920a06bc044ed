"""Worked examples of the client funds split and settlement, with the arithmetic written out
(the same examples as docs/client-funds.md), and a property over any sequence of payments,
settlements, payouts, corrections and bounced payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workflows.client_funds import ShareRule, SplitSetup, settle, split_payment
from workflows.client_funds.split import SplitError, Taken

DAY = date(2026, 11, 30)
START = date(2000, 1, 1)
DEFAULTS = (
    ShareRule("principal", START, D("100")),
    ShareRule("interest", START, D("100")),
    ShareRule("fee:reminder", START, D("100")),
    ShareRule("fee:compensation", START, D("100")),
    ShareRule("fee:collection", START, D("0")),
    ShareRule("salary", START, D("0"), firm_vat=True),
    ShareRule("cost", START, D("0")),
)
SETUP = SplitSetup(DEFAULTS, ((START, D("25")),))
CLIENT = 7


def split(amount, taken, *, registered=True, direct=False, setup=SETUP, entry_id=1):
    return split_payment(
        entry_id=entry_id, case_id=1, posting_date=DAY, amount=D(amount), taken=taken,
        setup=setup, client_id=CLIENT, client_vat_registered=registered, direct=direct,
    )  # fmt: skip


def test_a_payment_is_split_with_the_clients_interest_share():
    # GIVEN the client's agreement gives it 50 % of the interest (a client row over the default)
    setup = SplitSetup(DEFAULTS + (ShareRule("interest", START, D("50"), client_id=CLIENT),),
                       SETUP.vat_rates)  # fmt: skip
    # WHEN 1.000,00 lands as salary 300,00, interest 123,45 and principal 576,55
    s = split("1000.00", [Taken("salary", D("300.00")), Taken("interest", D("123.45")),
                          Taken("principal", D("576.55"))], setup=setup)  # fmt: skip
    # THEN interest 123,45 × 50 % = 61,725 -> 61,73 to the client, 61,72 to the firm
    #      client = 576,55 + 61,73 = 638,28; firm = 300,00 + 61,72 = 361,72; sum 1.000,00
    assert (s.client, s.firm, s.held) == (D("638.28"), D("361.72"), D("0"))
    # AND the VAT-registered client is invoiced 25 % VAT on the salary: 300,00 × 25 % = 75,00
    assert (s.vat_in_firm, s.vat_on_top) == (D("0"), D("75.00"))
    figures = settle([s], set_off_allowed=True)
    # AND the VAT is set off: payout = 638,28 − 75,00 = 563,28
    assert (figures.invoice, figures.set_off, figures.payout) == (
        D("75.00"), D("75.00"), D("563.28"))  # fmt: skip


def test_vat_on_salary_for_a_client_that_is_not_vat_registered_is_inside_the_firms_part():
    # GIVEN a salary line of 500,00 incl. 100,00 VAT (the debtor pays the VAT: the client is
    # not VAT-registered), a reminder fee of 100,00 and principal
    salary = Taken("salary", D("500.00"), line_amount=D("500.00"), line_vat=D("100.00"))
    # WHEN 800,00 is paid: salary 500,00, reminder fee 100,00, principal 200,00
    s = split("800.00", [salary, Taken("fee", D("100.00"), fee_kind="reminder"),
                         Taken("principal", D("200.00"))], registered=False)  # fmt: skip
    # THEN the client gets 100,00 + 200,00 = 300,00; the firm 500,00, of which VAT
    #      500,00 × 100,00 / 500,00 = 100,00, and nothing is invoiced on top
    assert (s.client, s.firm, s.vat_in_firm, s.vat_on_top) == (
        D("300.00"), D("500.00"), D("100.00"), D("0"))  # fmt: skip
    figures = settle([s], set_off_allowed=True)
    assert (figures.vat, figures.invoice, figures.payout) == (D("100.00"), D("0"), D("300.00"))


def test_a_payment_directly_to_the_client_is_invoiced_and_set_off_where_the_agreement_allows():
    # GIVEN the debtor paid 1.000,00 to the client directly (salary 400,00, principal 600,00)
    direct = split("1000.00", [Taken("salary", D("400.00")), Taken("principal", D("600.00"))],
                   direct=True, entry_id=1)  # fmt: skip
    # AND paid 2.000,00 to the firm, all principal
    received = split("2000.00", [Taken("principal", D("2000.00"))], entry_id=2)
    # WHEN the client is settled with set-off
    f = settle([direct, received], set_off_allowed=True)
    # THEN collected = 2.000,00 (the direct payment is the client's already)
    #      invoice = the firm's 400,00 + VAT 400,00 × 25 % = 100,00 -> 500,00
    #      set-off = 500,00; payout = 2.000,00 − 500,00 = 1.500,00
    assert (f.collected, f.client_part, f.invoice, f.set_off, f.payout) == (
        D("2000.00"), D("2000.00"), D("500.00"), D("500.00"), D("1500.00"))  # fmt: skip
    # AND without set-off in the agreement all 2.000,00 is paid out and 500,00 invoiced
    f = settle([direct, received], set_off_allowed=False)
    assert (f.set_off, f.payout, f.invoice) == (D("0"), D("2000.00"), D("500.00"))


def test_a_correction_pays_only_the_difference_to_what_the_reversed_settlement_paid():
    # GIVEN the first settlement above (interest 50 %) paid out 563,28; the interest share is
    # corrected to 100 %, so the settlement is reversed and made again
    s = split("1000.00", [Taken("salary", D("300.00")), Taken("interest", D("123.45")),
                          Taken("principal", D("576.55"))])  # fmt: skip
    f = settle([s], set_off_allowed=True, previously_paid=D("563.28"))
    # THEN client part = 123,45 + 576,55 = 700,00; available = 700,00 − 563,28 = 136,72
    #      set-off 75,00; payout = 136,72 − 75,00 = 61,72
    assert (f.client_part, f.set_off, f.payout, f.shortfall) == (
        D("700.00"), D("75.00"), D("61.72"), D("0"))  # fmt: skip


def test_a_bounced_payment_after_payout_leaves_the_client_owing_the_firm():
    # GIVEN 2.000,00 principal was settled and paid out; the bank returns it (a reversal)
    s = split("2000.00", [Taken("principal", D("2000.00"))])
    reversal = s.negated(entry_id=2, posting_date=DAY)
    # WHEN the next settlement holds only the reversal
    f = settle([reversal], set_off_allowed=True)
    # THEN client part −2.000,00: nothing to pay out, a shortfall of 2.000,00 is invoiced
    assert (f.client_part, f.payout, f.shortfall, f.invoice) == (
        D("-2000.00"), D("0"), D("2000.00"), D("2000.00"))  # fmt: skip


def test_an_overpayment_is_held_for_the_debtor_not_split():
    s = split("150.00", [Taken("principal", D("100.00")), Taken("overpayment", D("50.00"))])
    assert (s.client, s.firm, s.held) == (D("100.00"), D("0"), D("50.00"))


def test_a_missing_rule_or_allocations_that_do_not_add_up_are_refused_in_danish():
    with pytest.raises(SplitError, match="fordelingsregel"):
        split("10.00", [Taken("fee", D("10.00"), fee_kind="court")])
    with pytest.raises(SplitError, match="summer ikke"):
        split("10.00", [Taken("principal", D("9.99"))])


# -- property --------------------------------------------------------------------------------

BUCKETS = ["principal", "interest", "salary", "cost", "fee:reminder", "fee:collection"]
amounts = st.integers(min_value=1, max_value=2_000_000).map(lambda ore: D(ore) / 100)
pcts = st.integers(min_value=0, max_value=10000).map(lambda x: D(x) / 100)


def _taken(bucket: str, amount: D) -> Taken:
    if bucket.startswith("fee:"):
        return Taken("fee", amount, fee_kind=bucket[4:])
    return Taken(bucket, amount)


@st.composite
def payments(draw):
    amount = draw(amounts)
    cuts = sorted(draw(st.lists(st.integers(0, int(amount * 100)), max_size=4)))
    edges = [0, *cuts, int(amount * 100)]
    pieces = [D(b - a) / 100 for a, b in zip(edges, edges[1:], strict=False)]
    taken = [_taken(draw(st.sampled_from(BUCKETS)), p) for p in pieces if p]
    return amount, taken, draw(st.booleans()), draw(st.booleans())


actions = st.one_of(
    payments().map(lambda p: ("pay", p)),
    st.just(("settle", None)),
    st.just(("payout", None)),
    st.just(("correct", None)),
    st.just(("bounce", None)),
)


@settings(max_examples=150, deadline=None)
@given(
    interest_pct=pcts,
    salary_pct=pcts,
    vat=st.sampled_from([D("25"), D("12.5"), D("0")]),
    set_off=st.booleans(),
    steps=st.lists(actions, max_size=25),
)
def test_client_plus_firm_is_the_payments_and_the_client_ledger_never_goes_negative(
    interest_pct, salary_pct, vat, set_off, steps
):
    rules = tuple(
        ShareRule(r.component, r.valid_from, {"interest": interest_pct, "salary": salary_pct}.get(
            r.component, r.client_share_pct), r.firm_vat)
        for r in DEFAULTS
    )  # fmt: skip
    setup = SplitSetup(rules, ((START, vat),))
    unsettled, settled, posted, ledger, ids = [], [], [], D("0"), iter(range(1, 10_000))
    for kind, value in steps:
        if kind == "pay":
            amount, taken, registered, direct = value
            s = split_payment(entry_id=next(ids), case_id=1, posting_date=DAY, amount=amount,
                              taken=taken, setup=setup, client_id=CLIENT,
                              client_vat_registered=registered, direct=direct)  # fmt: skip
            assert s.client + s.firm + s.held == amount
            unsettled.append(s)
        elif kind == "bounce" and settled:
            unsettled.append(settled.pop().negated(entry_id=next(ids), posting_date=DAY))
        elif kind == "settle" and unsettled:
            f = settle(unsettled, set_off_allowed=set_off)
            ledger += f.client_part - f.set_off + f.shortfall
            posted.append([f, unsettled, False])
            settled.extend(s for s in unsettled if s.amount > 0)
            unsettled = []
        elif kind == "payout" and posted and not posted[-1][2]:
            posted[-1][2] = True
            ledger -= posted[-1][0].payout
        elif kind == "correct" and posted:
            old, lines, paid = posted.pop()
            ledger -= old.client_part - old.set_off + old.shortfall  # the reversal
            # What the reversed settlement's chain already paid out is paid only once.
            before = old.previously_paid + (old.payout if paid else D("0"))
            f = settle(lines, set_off_allowed=set_off, previously_paid=before)
            ledger += f.client_part - f.set_off + f.shortfall
            posted.append([f, lines, False])
        assert ledger >= 0
        # The ledger holds exactly what is still to be paid out to the client.
        assert ledger == sum((f.payout for f, _, paid in posted if not paid), D("0"))
        total = sum(((p.client + p.firm + p.held) for f in posted for p in f[1]), D("0"))
        assert total == sum((p.amount for f in posted for p in f[1]), D("0"))
