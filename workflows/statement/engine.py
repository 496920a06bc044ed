"""compute_statement: the collection statement of a case as of any date, from its entries.

The run replays the counted entries in date order: before each payment, credit or write-off the
interest up to and including its date is known; the payment is allocated; a payment that lowers
a principal or an interest-bearing fee lowers the interest base from the next day on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from operator import attrgetter

from models.enums import AllocationOrder, EntryType, RateKind
from models.money import ZERO
from workflows.statement.accrual import InterestAccrual, kroner, next_day_30e, ore
from workflows.statement.allocation import allocate, order_items
from workflows.statement.debtor_view import debtor_statement
from workflows.statement.errors import StatementError
from workflows.statement.figures import (
    FigureSources,
    allocation_line,
    build_claim_statement,
    sum_figures,
)
from workflows.statement.inputs import (
    CaseInput,
    ClaimInput,
    FeeLineInput,
    InterestCodeSpec,
    LedgerEntry,
    RateCap,
)
from workflows.statement.items import CASE_GROUP, DebtItem
from workflows.statement.ledger import COST_TYPES, REDUCING, check_entries, entries_as_of
from workflows.statement.rates import RateSchedule, build_rate_schedule
from workflows.statement.results import Allocation, Allocations, Bucket, RateSpan, Statement

_COST_BUCKET = {
    EntryType.FEE: Bucket.FEE,
    EntryType.SALARY: Bucket.SALARY,
    EntryType.DISBURSEMENT: Bucket.COST,
}


def compute_statement(
    case: CaseInput,
    *,
    as_of: date,
    debtor_party_id: int | None = None,
    allocation_order: AllocationOrder | None = None,
) -> Statement:
    """The statement of `case` as of `as_of` (entries posted later are ignored).

    With `debtor_party_id`, the statement of that debtor: the claims he is liable for, at his
    share (see docs/interest-and-allocation.md). Raises StatementError on bad input.
    """
    check_entries(case)
    claims = sorted((c for c in case.claims if c.invoice_date <= as_of), key=lambda c: c.age_key)
    if case.claims and not claims:  # (a case without any claim simply owes nothing on them)
        raise StatementError(
            f"Opgørelsesdatoen {as_of:%d-%m-%Y} ligger før fordringernes dato.",
            field="as_of",
            rule="as_of_after_claim_date",
        )
    run = _Run(case, claims, as_of)
    run.replay(allocation_order or case.allocation_order)
    statement = run.statement()
    if debtor_party_id is None:
        return statement
    return debtor_statement(statement, claims, debtor_party_id)


def owed_so_far(case: CaseInput, as_of: date) -> CaseInput:
    """The case as an overview (FactBox, list, totals by client) sees it on `as_of`: when all
    its claims arose after that date it owed nothing on them yet, where compute_statement
    refuses a statement asked for that date."""
    if not case.claims or any(c.invoice_date <= as_of for c in case.claims):
        return case
    return replace(case, claims=(), entries=tuple(e for e in case.entries if e.claim_id is None))


class _Run:
    def __init__(self, case: CaseInput, claims: list[ClaimInput], as_of: date):
        self.case = case
        self.claims = claims
        self.as_of = as_of
        self.codes, self._schedules = _setup_of(case.interest_codes)
        groups = {c.claim_id: n for n, c in enumerate(claims)}
        self.group_of = groups
        self.fee_lines = {
            f.fee_line_id: f for f in case.fee_lines if f.claim_id is None or f.claim_id in groups
        }
        self.entries = [e for e in entries_as_of(case.entries, as_of) if self._belongs(e)]
        self.sources: dict[int | None, FigureSources] = defaultdict(FigureSources)
        self.items: list[DebtItem] = []
        # what each payment gave each item, as parallel lists of items and parts (øre ints, or
        # the payment's own Decimal), the takes of one event starting at the index its `marks`
        # entry holds: Allocation tuples are built only if read, and no (item, part) pair is
        # allocated per take (thousands in a long case, each one work for the garbage collector)
        self.take_items: list[DebtItem] = []
        self.take_parts: list[int | Decimal] = []
        self.marks: list[tuple[int, LedgerEntry]] = []
        self.overpayments: list[tuple[Allocation, LedgerEntry]] = []
        self.credit_balance = 0  # øre
        self._build_claim_items()
        self._build_cost_items()

    def _belongs(self, entry: LedgerEntry) -> bool:
        if entry.fee_line_id is not None:
            return entry.fee_line_id in self.fee_lines
        return entry.claim_id is None or entry.claim_id in self.group_of

    def _schedule(
        self, code: str | None, fixed_rate_pct, field: str, cap: RateCap | None = None
    ) -> RateSchedule:
        spec = self.codes.get(code or "")
        if spec is None:
            raise StatementError(f"Ukendt rentekode: {code}.", field=field, rule="known_code")
        if spec.kind is RateKind.CLAIM_FIXED:
            return build_rate_schedule(spec, fixed_rate_pct=fixed_rate_pct, cap=cap)
        key = spec.code if cap is None else (spec.code, cap)
        if key not in self._schedules:
            self._schedules[key] = build_rate_schedule(spec, cap=cap)
        return self._schedules[key]

    def _build_claim_items(self) -> None:
        by_claim: dict[tuple[int | None, EntryType], list[LedgerEntry]] = defaultdict(list)
        for entry in self.entries:
            by_claim[entry.claim_id, entry.entry_type].append(entry)
        for claim in self.claims:
            group = self.group_of[claim.claim_id]
            sources = self.sources[claim.claim_id]
            principal_entries = by_claim[claim.claim_id, EntryType.PRINCIPAL]
            sources.principal_entries.extend(principal_entries)
            principal = sum((e.amount for e in principal_entries), ZERO)
            accrual = None
            if claim.interest_code is not None:
                schedule = self._schedule(
                    claim.interest_code, claim.fixed_rate_pct, "interest_code", claim.rate_cap
                )
                accrual = InterestAccrual(
                    schedule,
                    start=claim.effective_interest_from,
                    stop=claim.interest_stop,
                    base=principal,
                )
                sources.accruals.append(("", accrual))
                self._add(Bucket.INTEREST, group, date.min, 0, claim.claim_id, accrual=accrual)
            self._add(
                Bucket.PRINCIPAL, group, claim.invoice_date, 0, claim.claim_id,
                amount=ore(principal), base_of=accrual,
            )  # fmt: skip
            for entry in by_claim[claim.claim_id, EntryType.INTEREST]:
                sources.interest_entries.append(entry)
                self._add(
                    Bucket.INTEREST, group, entry.posting_date, entry.entry_id,
                    claim.claim_id, amount=ore(entry.amount, entry.entry_id),
                )  # fmt: skip

    def _build_cost_items(self) -> None:
        by_line: dict[int, list[LedgerEntry]] = defaultdict(list)
        for entry in self.entries:
            if entry.entry_type not in COST_TYPES:
                continue
            if entry.fee_line_id is not None:
                by_line[entry.fee_line_id].append(entry)
                continue
            group = self.group_of.get(entry.claim_id, CASE_GROUP)
            self.sources[entry.claim_id].cost_entries.append((entry, None))
            self._add(
                _COST_BUCKET[entry.entry_type], group, entry.posting_date, entry.entry_id,
                entry.claim_id, amount=ore(entry.amount, entry.entry_id),
            )  # fmt: skip
        for line_id, entries in by_line.items():
            self._add_fee_line(self.fee_lines[line_id], entries)

    def _add_fee_line(self, line: FeeLineInput, entries: list[LedgerEntry]) -> None:
        group = self.group_of.get(line.claim_id, CASE_GROUP)
        sources = self.sources[line.claim_id]
        amount = sum((e.amount for e in entries), ZERO)
        sources.cost_entries.extend((e, line) for e in entries)
        sources.fee_lines.append((line, amount))
        accrual = None
        if line.interest_bearing:
            schedule = self._schedule(line.interest_code, line.fixed_rate_pct, "fee_interest_code")
            claim = next((c for c in self.claims if c.claim_id == line.claim_id), None)
            accrual = InterestAccrual(
                schedule,
                start=line.interest_from or line.posting_date,
                stop=claim.interest_stop if claim else None,
                base=amount,
            )
            sources.accruals.append((line.code, accrual))
            self._add(
                Bucket.INTEREST, group, line.posting_date, line.fee_line_id, line.claim_id,
                line.fee_line_id, accrual=accrual,
            )  # fmt: skip
        self._add(
            _COST_BUCKET[entries[0].entry_type], group, line.posting_date, line.fee_line_id,
            line.claim_id, line.fee_line_id, amount=ore(amount), base_of=accrual,
        )  # fmt: skip

    def _add(self, bucket, group, available_from, tie, claim_id, fee_line_id=None, **kw) -> None:
        self.items.append(DebtItem(bucket, group, available_from, tie, claim_id, fee_line_id, **kw))

    def replay(self, order: AllocationOrder) -> None:
        events = sorted((e for e in self.entries if e.entry_type in REDUCING), key=_EVENT_ORDER)
        ordered_cache: dict[tuple, list[DebtItem]] = {}
        take_items, take_parts, marks = self.take_items, self.take_parts, self.marks
        for event in events:
            key = (event.claim_id, event.fee_line_id, event.allocation_targets)
            ordered = ordered_cache.get(key)
            if ordered is None:
                ordered = ordered_cache[key] = order_items(
                    [i for i in self.items if _in_scope(i, event)],
                    order=order,
                    targets=event.allocation_targets,
                )
            day = event.posting_date
            marks.append((len(take_items), event))
            amount = ore(event.amount, event.entry_id)
            if order is AllocationOrder.PRO_RATA and not event.allocation_targets:
                shares, rest = allocate(amount, ordered, day=day, pro_rata=True)
                settled = False
                for item, part in shares:
                    settled |= item.take(day, part)
                    take_items.append(item)
                    take_parts.append(part)
            else:
                rest, settled = _fill_and_take(event, amount, ordered, take_items, take_parts)
            if settled:  # settled items can take nothing more: drop them from the orders
                for ordered in ordered_cache.values():
                    ordered[:] = [i for i in ordered if not i.settled]
            if rest:
                self.credit_balance += rest
                # an untouched payment keeps its own Decimal, as it always did
                part = event.amount if rest == amount else kroner(rest)
                allocation = Allocation(
                    event.entry_id, day, event.entry_type, Bucket.OVERPAYMENT, part, None, None
                )
                take_items.append(_OVERPAID)
                take_parts.append(part)
                self.overpayments.append((allocation, event))
        for item in self.items:
            if item.accrual is not None:
                item.accrual.close_through(self.as_of)

    def allocations(self) -> list[Allocation]:
        new = tuple.__new__
        items, parts = self.take_items, self.take_parts
        ends = [start for start, _ in self.marks[1:]] + [len(items)] if self.marks else []
        found = []
        for (start, event), end in zip(self.marks, ends, strict=True):
            entry_id, day, entry_type = event.entry_id, event.posting_date, event.entry_type
            found.extend(
                new(Allocation, (entry_id, day, entry_type, item.bucket,
                                 part if part.__class__ is Decimal else kroner(part),
                                 item.claim_id, item.fee_line_id))
                for item, part in zip(items[start:end], parts[start:end], strict=True)
            )  # fmt: skip
        return found

    def statement(self) -> Statement:
        allocations = Allocations(build=self.allocations)
        paid_ore: dict[int | None, int] = {}
        for item in self.items:
            if item.paid:
                paid_ore[item.claim_id] = paid_ore.get(item.claim_id, 0) + item.paid
        paid = {claim_id: kroner(amount) for claim_id, amount in paid_ore.items()}
        by_claim = _AllocationsByClaim(allocations, self.entries)
        overpaid = tuple(allocation_line(a, e) for a, e in self.overpayments)
        claims = tuple(
            build_claim_statement(
                c.claim_id,
                c.claim_no,
                c.description,
                self.sources[c.claim_id],
                paid=paid.get(c.claim_id, ZERO),
                allocations=by_claim.of(c.claim_id),
            )
            for c in self.claims
        )
        case_costs = build_claim_statement(
            None,
            "",
            "Sagsomkostninger",
            self.sources[None],
            paid=paid.get(None, ZERO),
            allocations=by_claim.of(None),
        )
        return Statement(
            case_no=self.case.case_no,
            as_of=self.as_of,
            currency=self.case.currency,
            debtor_party_id=None,
            claims=claims,
            case_costs=case_costs,
            totals=sum_figures(
                [c.figures for c in claims] + [case_costs.figures],
                overpaid,
            ),
            allocations=allocations,
            credit_balance=kroner(self.credit_balance),
            overpayment_lines=overpaid,
            rate_spans=self._rate_spans(),
        )

    def _rate_spans(self) -> tuple[RateSpan, ...]:
        """The days each accrual ran interest at its code's rates (the warnings read them)."""
        spans = []
        for claim_id, sources in self.sources.items():
            for _, accrual in sources.accruals:
                span = accrual.span
                if span is not None:
                    spans.append(RateSpan(accrual.schedule.code, claim_id, *span))
        return tuple(spans)


class _AllocationsByClaim:
    """The (allocation, entry) pairs of each claim, grouped only when a specification is read."""

    def __init__(self, allocations: Allocations, entries: list[LedgerEntry]):
        self._allocations = allocations
        self._entries = entries
        self._groups: dict[int | None, list[tuple[Allocation, LedgerEntry]]] | None = None

    def of(self, claim_id: int | None) -> Callable[[], list[tuple[Allocation, LedgerEntry]]]:
        return lambda: self._grouped().get(claim_id, [])

    def _grouped(self) -> dict[int | None, list[tuple[Allocation, LedgerEntry]]]:
        if self._groups is None:
            by_id = {e.entry_id: e for e in self._entries}
            groups: dict[int | None, list[tuple[Allocation, LedgerEntry]]] = {}
            for allocation in self._allocations:
                if allocation.bucket is not Bucket.OVERPAYMENT:
                    pair = (allocation, by_id[allocation.entry_id])
                    groups.setdefault(allocation.claim_id, []).append(pair)
            self._groups = groups
        return self._groups


def _fill_and_take(
    event: LedgerEntry,
    amount: int,
    ordered: list[DebtItem],
    take_items: list[DebtItem],
    take_parts: list[int | Decimal],
) -> tuple[int, bool]:
    """Spread the event's `amount` øre over the ordered items (allocation.allocate without pro
    rata) and book each take at once; the same takes as allocate + DebtItem.take, inlined for
    speed.

    Booking a take early changes nothing later in the loop: a lowered base counts from the
    next day, so interest up to the event day stays as it was. A take of the whole untouched
    payment is recorded with the payment's own Decimal (as the Decimal engine reported it)."""
    whole = amount
    day = event.posting_date
    next_ordinal = day.toordinal() + 1
    next_30e = next_day_30e(day)
    append_item, append_part = take_items.append, take_parts.append
    settled = False
    for item in ordered:
        if day < item.available_from:
            continue
        accrual = item.accrual
        if accrual is None:
            owed = item.amount - item.paid
        elif day < accrual.open_from:
            owed = accrual.closed - item.paid
        else:
            # InterestAccrual.accrued_through's common case (the day in the open segment), as
            # accrual.segment_interest
            segment = accrual._segment
            if segment is not None and day <= segment[0]:
                twice = segment[1] * ((next_30e if segment[4] else next_ordinal) - segment[5])
                if twice >= 0:
                    owed = accrual.closed + (twice + segment[2]) // segment[3] - item.paid
                else:
                    owed = accrual.closed - (segment[2] - twice) // segment[3] - item.paid
            else:
                owed = accrual.accrued_through(day) - item.paid
        if owed <= 0:
            continue
        if owed < amount:  # min(owed, amount), as allocate
            item.paid += owed
            amount -= owed
            append_item(item)
            append_part(owed)
        else:
            item.paid += amount
            append_item(item)
            # the whole untouched payment keeps its own Decimal, as the Decimal engine gave it
            append_part(owed if owed == amount else event.amount if amount == whole else amount)
            amount = 0
        base_of = item.base_of
        if base_of is not None:
            base_of.change_base(day, item.amount - item.paid)
        if accrual is None:
            settled |= item.paid >= item.amount
        elif not accrual.base:
            settled |= item.paid >= accrual.closed
        if not amount:
            break
    return amount, settled


_EVENT_ORDER = attrgetter("posting_date", "entry_id")
_OVERPAID = DebtItem(Bucket.OVERPAYMENT, CASE_GROUP, date.min, 0)  # what no item could take

_SETUPS: dict[int, tuple[tuple[InterestCodeSpec, ...], dict, dict]] = {}


def _setup_of(
    codes: tuple[InterestCodeSpec, ...],
) -> tuple[dict[str, InterestCodeSpec], dict[str, RateSchedule]]:
    """The codes by name and their (immutable) rate schedules, built once per setup tuple: the
    database side passes the same tuple to every statement, so its schedules are reused."""
    found = _SETUPS.get(id(codes))
    if found is None or found[0] is not codes:
        if len(_SETUPS) >= 16:
            _SETUPS.clear()
        found = _SETUPS[id(codes)] = (codes, {spec.code: spec for spec in codes}, {})
    return found[1], found[2]


def _in_scope(item: DebtItem, event: LedgerEntry) -> bool:
    if event.fee_line_id is not None:
        return item.fee_line_id == event.fee_line_id
    if event.claim_id is not None:
        return item.claim_id == event.claim_id
    return True
