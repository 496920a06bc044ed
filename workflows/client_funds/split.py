"""The split of one payment into the client's part and the firm's part.

The statement engine says where each krone of a payment landed (principal, interest, a fee of a
kind, salary, cost, overpayment); a share rule per component (a setup row with its source) says
how much of that belongs to the client. Each part is rounded half up to øre on the client's side
and the firm takes the rest, so client + firm + held = the payment, to the øre.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from models.money import ZERO, money_str, round_ore

OVERPAYMENT = "overpayment"


class SplitError(ValueError):
    """A split that cannot be made (a missing rule, allocations that do not add up)."""


@dataclass(frozen=True)
class ShareRule:
    component: str  # principal, interest, salary, cost, fee:<FeeKind>
    valid_from: date
    client_share_pct: Decimal
    firm_vat: bool = False
    client_id: int | None = None  # None: the office's default
    source: str = ""


@dataclass(frozen=True)
class SplitSetup:
    rules: tuple[ShareRule, ...]
    vat_rates: tuple[tuple[date, Decimal], ...] = ()  # (valid from, VAT %)
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def rule(self, component: str, day: date, client_id: int | None) -> ShareRule:
        key = (component, day, client_id)
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = self._find(component, day, client_id)
        return found

    def _find(self, component: str, day: date, client_id: int | None) -> ShareRule:
        for owner in (client_id, None):
            rows = [
                r
                for r in self.rules
                if r.component == component and r.client_id == owner and r.valid_from <= day
            ]
            if rows:
                return max(rows, key=lambda r: r.valid_from)
        raise SplitError(
            f"Der mangler en fordelingsregel for '{component}' gældende {day.isoformat()} "
            "(opsætning: klientmidler)."
        )

    def vat_pct(self, day: date) -> Decimal:
        rows = [(d, pct) for d, pct in self.vat_rates if d <= day]
        if not rows:
            raise SplitError(f"Der mangler en momssats gældende {day.isoformat()}.")
        return max(rows)[1]


class Taken(NamedTuple):
    """What the statement engine allocated of a payment to one bucket (with the fee line's
    amount and VAT when the bucket is a fee line, so the VAT inside it can be told apart)."""

    bucket: str  # workflows.statement.Bucket value
    amount: Decimal
    fee_kind: str | None = None
    line_amount: Decimal | None = None
    line_vat: Decimal | None = None


class SplitPart(NamedTuple):
    component: str
    amount: Decimal
    client: Decimal
    firm: Decimal
    held: Decimal
    vat_in_firm: Decimal  # VAT inside the firm's part (the debtor paid it)
    vat_on_top: Decimal  # VAT the firm invoices the (VAT-registered) client on its part
    source: str

    def to_json_dict(self) -> dict:
        return {
            "component": self.component,
            "amount": money_str(self.amount),
            "client": money_str(self.client),
            "firm": money_str(self.firm),
            "held": money_str(self.held),
            "vat_in_firm": money_str(self.vat_in_firm),
            "vat_on_top": money_str(self.vat_on_top),
            "source": self.source,
        }

    def negated(self) -> SplitPart:
        return SplitPart(self.component, -self.amount, -self.client, -self.firm, -self.held,
                         -self.vat_in_firm, -self.vat_on_top, self.source)  # fmt: skip


@dataclass(frozen=True)
class PaymentSplit:
    entry_id: int
    case_id: int
    posting_date: date
    amount: Decimal
    direct: bool  # paid to the client directly: the client holds its part
    parts: tuple[SplitPart, ...]

    @property
    def client(self) -> Decimal:
        return sum((p.client for p in self.parts), ZERO)

    @property
    def firm(self) -> Decimal:
        return sum((p.firm for p in self.parts), ZERO)

    @property
    def held(self) -> Decimal:
        return sum((p.held for p in self.parts), ZERO)

    @property
    def vat_in_firm(self) -> Decimal:
        return sum((p.vat_in_firm for p in self.parts), ZERO)

    @property
    def vat_on_top(self) -> Decimal:
        return sum((p.vat_on_top for p in self.parts), ZERO)

    def negated(self, *, entry_id: int, posting_date: date) -> PaymentSplit:
        """The split of a reversal: every part of the reversed payment, negated."""
        parts = tuple(p.negated() for p in self.parts)
        return PaymentSplit(entry_id, self.case_id, posting_date, -self.amount, self.direct, parts)

    def to_json_dict(self) -> dict:
        return {
            "entry_id": self.entry_id,
            "posting_date": self.posting_date.isoformat(),
            "amount": money_str(self.amount),
            "direct": self.direct,
            "client_part": money_str(self.client),
            "firm_part": money_str(self.firm),
            "held": money_str(self.held),
            "vat": money_str(self.vat_in_firm + self.vat_on_top),
            "parts": [p.to_json_dict() for p in self.parts],
        }


def component_of(bucket: str, fee_kind: str | None) -> str:
    """The share-rule component of an allocation bucket (a fee by its fee code's kind)."""
    if bucket == "fee":
        return f"fee:{fee_kind or 'other'}"
    if bucket == "capital":
        return "principal"
    return bucket


def split_payment(
    *,
    entry_id: int,
    case_id: int,
    posting_date: date,
    amount: Decimal,
    taken: Iterable[Taken],
    setup: SplitSetup,
    client_id: int | None,
    client_vat_registered: bool,
    direct: bool = False,
) -> PaymentSplit:
    taken = list(taken)
    if sum((t.amount for t in taken), ZERO) != amount:
        raise SplitError(
            f"Fordelingen af indbetaling {entry_id} summer ikke til beløbet {money_str(amount)}."
        )
    parts = [
        _part(t, posting_date, setup, client_id, client_vat_registered)
        for t in _merged(taken)
        if t.amount
    ]
    return PaymentSplit(entry_id, case_id, posting_date, amount, direct, tuple(parts))


def _merged(taken: Sequence[Taken]) -> list[Taken]:
    """One part per component (and per VAT ratio), in the order the engine allocated."""
    merged: dict[tuple, Taken] = {}
    for t in taken:
        key = (t.bucket, t.fee_kind, t.line_amount, t.line_vat)
        have = merged.get(key)
        merged[key] = t if have is None else have._replace(amount=have.amount + t.amount)
    return list(merged.values())


def _part(
    t: Taken, day: date, setup: SplitSetup, client_id: int | None, registered: bool
) -> SplitPart:
    component = component_of(t.bucket, t.fee_kind)
    if component == OVERPAYMENT:
        # Money the debtor paid beyond the debt is owed back to him: neither party's.
        return SplitPart(component, t.amount, ZERO, ZERO, t.amount, ZERO, ZERO,
                         "Overskydende beløb tilbagebetales skyldner")  # fmt: skip
    rule = setup.rule(component, day, client_id)
    client = round_ore(t.amount * rule.client_share_pct / 100)
    firm = t.amount - client
    vat_in, vat_top = ZERO, ZERO
    if rule.firm_vat and firm:
        if registered:
            # The debtor paid no VAT: the firm invoices it to the client, who deducts it.
            vat_top = round_ore(firm * setup.vat_pct(day) / 100)
        elif t.line_vat and t.line_amount:
            vat_in = round_ore(firm * t.line_vat / t.line_amount)
        else:
            pct = setup.vat_pct(day)
            vat_in = round_ore(firm * pct / (100 + pct))
    return SplitPart(component, t.amount, client, firm, ZERO, vat_in, vat_top, rule.source)
