"""The debt a payment plan takes over: one specification item per claim, fee line and interest.

Outstanding principal and interest (accrued to the plan's start) per claim come from the
collection statement (services.statements.case_statement) less what its allocations paid on
them; fee lines and disbursements from the ledger entries that raised them, less the same.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caplegal_desktop.services.statements import case_statement
from models import Claim, FeeCode, FeeLine, InterestCode, LedgerEntry, ReferenceRate
from models.enums import DayCount, EntryType, RateKind
from models.money import ZERO, round_ore
from workflows.payment_plan import ItemKind, PaymentOrder
from workflows.payment_plan.items import BUCKET_OF_KIND

_HUNDRED = Decimal(100)
_COST_TYPES = (EntryType.FEE, EntryType.SALARY, EntryType.DISBURSEMENT)


@dataclass(frozen=True, kw_only=True)
class ItemDraft:
    """A specification line before it is stored: the defaults the plan window shows."""

    item_key: str
    sort_order: int
    kind: ItemKind
    description: str
    claim_date: date
    amount: Decimal
    claim_id: int | None = None
    fee_line_id: int | None = None
    in_solidum: bool = True
    liability_share_pct: Decimal = _HUNDRED
    repayment_share_pct: Decimal | None = None
    payment_priority: int = 0
    payment_pct_limit: Decimal | None = None
    interest_bearing: bool = False
    annual_rate_pct: Decimal = ZERO
    day_count: str = DayCount.THIRTY_E_360.value
    apr_cost: bool = False


def debt_items(
    session: Session,
    *,
    case_id: int,
    debtor_party_ids: Sequence[int],
    as_of: date,
    payment_order: PaymentOrder,
) -> list[ItemDraft]:
    """The items of a new plan for these debtors, outstanding as of ``as_of``."""
    claims = session.scalars(
        select(Claim)
        .where(Claim.case_id == case_id, Claim.deleted.is_(False))
        .options(selectinload(Claim.debtors))
        .order_by(Claim.line_no)
    ).all()
    fee_lines = session.scalars(
        select(FeeLine)
        .where(FeeLine.case_id == case_id, FeeLine.deleted.is_(False))
        .order_by(FeeLine.posting_date, FeeLine.id)
    ).all()
    outstanding = _outstanding(session, case_id, as_of)
    rates = _RateBook(session, as_of)
    priority = {b: n for n, b in enumerate(payment_order.buckets, start=1)}
    chosen = set(debtor_party_ids)
    items: list[ItemDraft] = []
    liability: dict[int, tuple[bool, Decimal]] = {}
    for claim in claims:
        share = _liability(claim, chosen)
        if share is None:
            continue
        liability[claim.id] = share
        in_solidum, share_pct = share
        rate, day_count = rates.for_claim(claim)
        common = dict(claim_id=claim.id, claim_date=claim.due_date or claim.invoice_date)
        common |= dict(in_solidum=in_solidum, liability_share_pct=share_pct)
        items.append(
            ItemDraft(
                item_key=f"claim-{claim.id}",
                sort_order=len(items) + 1,
                kind=ItemKind.CAPITAL,
                description=f"Hovedstol: {claim.description}",
                amount=outstanding.get(("principal", claim.id), ZERO),
                payment_priority=priority[BUCKET_OF_KIND[ItemKind.CAPITAL]],
                interest_bearing=True,
                annual_rate_pct=rate,
                day_count=day_count,
                **common,
            )
        )
        items.append(
            ItemDraft(
                item_key=f"interest-{claim.id}",
                sort_order=len(items) + 1,
                kind=ItemKind.INTEREST,
                description=f"Renter: {claim.description}",
                amount=outstanding.get(("interest", claim.id), ZERO),
                payment_priority=priority[BUCKET_OF_KIND[ItemKind.INTEREST]],
                **common,
            )
        )
    codes = {c.code: c for c in session.scalars(select(FeeCode))}
    for line in fee_lines:
        if line.claim_id is not None and line.claim_id not in liability:
            continue
        in_solidum, share_pct = liability.get(line.claim_id, (True, _HUNDRED))
        code = codes[line.fee_code]
        rate, day_count = rates.for_fee(line, claims)
        items.append(
            ItemDraft(
                item_key=f"fee-{line.id}",
                sort_order=len(items) + 1,
                kind=ItemKind.FEE if code.kind != "salary" else ItemKind.COST,
                description=code.description,
                claim_id=line.claim_id,
                fee_line_id=line.id,
                claim_date=line.posting_date,
                amount=outstanding.get(("fee", line.id), ZERO),
                in_solidum=in_solidum,
                liability_share_pct=share_pct,
                payment_priority=priority[BUCKET_OF_KIND[ItemKind.FEE]],
                interest_bearing=line.interest_bearing_in_plan,
                annual_rate_pct=rate if line.interest_bearing_in_plan else ZERO,
                day_count=day_count,
                apr_cost=line.apr_included,
            )
        )
    for (kind, key), amount in sorted(outstanding.items(), key=lambda kv: str(kv[0])):
        if kind == "disbursement":
            day, text = key
            items.append(
                ItemDraft(
                    item_key=f"cost-{len(items) + 1}",
                    sort_order=len(items) + 1,
                    kind=ItemKind.COST,
                    description=text,
                    claim_date=day,
                    amount=amount,
                    payment_priority=priority[BUCKET_OF_KIND[ItemKind.COST]],
                )
            )
    return [item for item in items if round_ore(item.amount) > 0]


def renumber(items: Iterable[ItemDraft]) -> list[ItemDraft]:
    return [replace(item, sort_order=n) for n, item in enumerate(items, start=1)]


def _liability(claim: Claim, chosen: set[int]) -> tuple[bool, Decimal] | None:
    """(in solidum, share %) of the chosen debtors together; None when none of them owes it."""
    mine = [d for d in claim.debtors if d.party_id in chosen]
    if not claim.debtors:
        return (True, _HUNDRED)
    if not mine:
        return None
    if any(d.in_solidum for d in mine):
        return (True, _HUNDRED)
    return (False, min(_HUNDRED, sum((d.share_pct or ZERO for d in mine), ZERO)))


def _outstanding(session, case_id: int, as_of: date) -> dict:
    statement = case_statement(session, case_id=case_id, as_of=as_of)
    taken: dict[tuple, Decimal] = defaultdict(lambda: ZERO)
    for allocation in statement.allocations:
        if allocation.fee_line_id is not None:
            taken[("fee", allocation.fee_line_id)] += allocation.amount
        elif allocation.claim_id is not None and allocation.bucket in ("principal", "interest"):
            taken[(str(allocation.bucket), allocation.claim_id)] += allocation.amount
    result: dict[tuple, Decimal] = {}
    for claim in statement.claims:
        if claim.claim_id is None:
            continue
        for figure in ("principal", "interest"):
            key = (figure, claim.claim_id)
            result[key] = claim.figures.amount(figure) - taken[key]
    # Fee lines and disbursements are not split per line in the statement figures: use the
    # ledger for what they were raised by, and the statement's allocations for what was paid.
    unassigned = sum(
        (
            a.amount
            for a in statement.allocations
            if a.fee_line_id is None and a.claim_id is None and a.bucket == "cost"
        ),
        ZERO,
    )
    for (kind, key), amount in sorted(
        _raised_costs(session, case_id, as_of).items(), key=lambda kv: str(kv[0])
    ):
        if kind == "fee":
            result[(kind, key)] = amount - taken[(kind, key)]
        else:
            take = min(unassigned, amount)
            result[(kind, key)] = amount - take
            unassigned -= take
    return result


def _raised_costs(session, case_id: int, as_of: date) -> dict:
    rows = session.execute(
        select(
            LedgerEntry.entry_type,
            LedgerEntry.fee_line_id,
            LedgerEntry.posting_date,
            LedgerEntry.description,
            LedgerEntry.amount,
        ).where(
            LedgerEntry.case_id == case_id,
            LedgerEntry.posting_date <= as_of,
            LedgerEntry.entry_type.in_([t.value for t in _COST_TYPES]),
        )
    ).all()
    result: dict[tuple, Decimal] = defaultdict(lambda: ZERO)
    for entry_type, fee_line_id, day, text, amount in rows:
        if fee_line_id is not None:
            result[("fee", fee_line_id)] += amount
        elif entry_type == EntryType.DISBURSEMENT:
            result[("disbursement", (day, text))] += amount
    return result


class _RateBook:
    """The annual rate in force on the plan's start day, per interest code (and the claim's own)."""

    def __init__(self, session: Session, as_of: date):
        self.as_of = as_of
        self.codes = {
            c.code: c
            for c in session.scalars(select(InterestCode).options(selectinload(InterestCode.rates)))
        }
        self.reference: dict[str, Decimal] = {}
        for row in session.scalars(
            select(ReferenceRate)
            .where(ReferenceRate.valid_from <= as_of)
            .order_by(ReferenceRate.valid_from)
        ):
            self.reference[row.series] = row.rate_pct

    def rate(self, code_name: str | None, own_rate: Decimal | None) -> tuple[Decimal, str]:
        code = self.codes.get(code_name) if code_name else None
        if code is None:
            return (own_rate or ZERO, DayCount.THIRTY_E_360.value)
        if code.kind == RateKind.CLAIM_FIXED:
            return (own_rate or ZERO, code.day_count)
        row = None
        for candidate in code.rates:
            if candidate.valid_from <= self.as_of:
                row = candidate
        if row is None:
            return (own_rate or ZERO, code.day_count)
        if code.kind == RateKind.FIXED:
            return (row.fixed_rate_pct or ZERO, code.day_count)
        reference = self.reference.get(code.reference_series or "", ZERO)
        return (reference + (row.margin_pct or ZERO), code.day_count)

    def for_claim(self, claim: Claim) -> tuple[Decimal, str]:
        if claim.interest_stop is not None and claim.interest_stop <= self.as_of:
            return (ZERO, DayCount.THIRTY_E_360.value)
        return self.rate(claim.interest_code, claim.interest_rate_pct)

    def for_fee(self, line: FeeLine, claims: Sequence[Claim]) -> tuple[Decimal, str]:
        if line.interest_code:
            return self.rate(line.interest_code, line.interest_rate_pct)
        owner = next((c for c in claims if c.id == line.claim_id), claims[0] if claims else None)
        return self.for_claim(owner) if owner else (ZERO, DayCount.THIRTY_E_360.value)
