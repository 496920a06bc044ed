"""What a statement holds: figures, the lines behind each figure, interest periods, allocations."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from models.enums import EntryType
from models.money import ZERO, money_str
from workflows.statement.accrual import InterestPeriod
from workflows.statement.rates import RateSchedule
from workflows.statement.warnings import FigureWarning

FIGURES = ("principal", "interest", "fees", "salary", "vat", "costs", "paid", "balance")
_DEBT_FIGURES = ("principal", "interest", "fees", "salary", "costs")


class Bucket(StrEnum):
    """Where a payment lands. fee + salary + cost are the 'costs' of Danish practice."""

    PRINCIPAL = "principal"
    INTEREST = "interest"
    FEE = "fee"
    SALARY = "salary"
    COST = "cost"
    OVERPAYMENT = "overpayment"  # a credit balance in the debtor's favour


class SpecLine(NamedTuple):
    """One line behind a figure (what the UI shows when the user clicks a blue amount)."""

    day: date
    text: str
    amount: Decimal
    entry_id: int | None = None


class RateSpan(NamedTuple):
    """The days first..last an interest code's rates ran on a claim (None: case level)."""

    code: str
    claim_id: int | None
    first: date
    last: date


class Allocation(NamedTuple):
    """Payment entry → the claim / fee line / bucket that took `amount`."""

    entry_id: int
    posting_date: date
    entry_type: EntryType
    bucket: Bucket
    amount: Decimal
    claim_id: int | None = None
    fee_line_id: int | None = None

    def to_json_dict(self) -> dict:
        return {
            "entry_id": self.entry_id,
            "posting_date": self.posting_date.isoformat(),
            "entry_type": str(self.entry_type),
            "bucket": str(self.bucket),
            "claim_id": self.claim_id,
            "fee_line_id": self.fee_line_id,
            "amount": money_str(self.amount),
        }


class _BuiltWhenRead(Sequence):
    """A tuple whose items are built only when first read. Reads like a tuple (and equals one
    with the same items)."""

    __slots__ = ("_build", "_items")

    def __init__(self, items: Iterable = (), *, build: Callable[[], Iterable] | None = None):
        self._build = build
        self._items: tuple | None = None if build else tuple(items)

    def _all(self) -> tuple:
        if self._items is None:
            self._items = tuple(self._build())
            self._build = None
        return self._items

    def __len__(self) -> int:
        return len(self._all())

    def __getitem__(self, index):
        return self._all()[index]

    def __iter__(self) -> Iterator:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _BuiltWhenRead):
            return self._all() == other._all()
        if isinstance(other, tuple | list):
            return self._all() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._all()!r})"


class Allocations(_BuiltWhenRead, Sequence[Allocation]):
    """The allocations of a statement, built only when first read.

    A heavy case has thousands (every payment reaches the interest of many claims) and most
    callers only want the figures, so the engine hands over a builder, not the tuples.
    """

    __slots__ = ()


class InterestPeriods(_BuiltWhenRead, Sequence[InterestPeriod]):
    """A claim's interest periods, built only when first read (a long case has hundreds, and
    most callers only want the figures)."""

    __slots__ = ()


class Figures:
    """The figures of a claim, of the case-level costs or of the whole case, with their lines.

    Every figure equals the sum of its lines; balance = principal + interest + fees + salary +
    costs - paid (VAT is included in fees and salary and shown for information). The engine
    passes the amounts and a function that builds the lines, so lines cost nothing until the
    user asks for them.
    """

    __slots__ = ("_amounts", "_build_lines", "_lines")

    def __init__(
        self,
        lines: Mapping[str, tuple[SpecLine, ...]] | None = None,
        *,
        amounts: Mapping[str, Decimal] | None = None,
        build_lines: Callable[[], Mapping[str, tuple[SpecLine, ...]]] | None = None,
    ):
        if lines is None and (amounts is None or build_lines is None):
            raise TypeError("Figures needs lines, or amounts and a way to build the lines")
        self._lines = lines
        self._amounts = amounts
        self._build_lines = build_lines

    @property
    def lines(self) -> Mapping[str, tuple[SpecLine, ...]]:
        if self._lines is None:
            self._lines = self._build_lines()
        return self._lines

    def amount(self, figure: str) -> Decimal:
        if figure == "balance":
            debt = sum((self.amount(name) for name in _DEBT_FIGURES), ZERO)
            return debt - self.amount("paid")
        if figure not in FIGURES:
            raise KeyError(figure)
        if self._amounts is not None:
            return self._amounts.get(figure, ZERO)
        return sum((line.amount for line in self.lines.get(figure, ())), ZERO)

    principal = property(lambda self: self.amount("principal"))
    interest = property(lambda self: self.amount("interest"))
    fees = property(lambda self: self.amount("fees"))
    salary = property(lambda self: self.amount("salary"))
    vat = property(lambda self: self.amount("vat"))
    costs = property(lambda self: self.amount("costs"))
    paid = property(lambda self: self.amount("paid"))
    balance = property(lambda self: self.amount("balance"))

    def specification(self, figure: str) -> tuple[SpecLine, ...]:
        if figure == "balance":
            debt = [line for name in _DEBT_FIGURES for line in self.lines.get(name, ())]
            paid = [
                SpecLine(line.day, line.text, -line.amount, line.entry_id)
                for line in self.lines.get("paid", ())
            ]
            return tuple(debt + paid)
        if figure not in FIGURES:
            raise KeyError(figure)
        return self.lines.get(figure, ())

    def amounts(self) -> dict[str, Decimal]:
        return {name: self.amount(name) for name in FIGURES}

    def known_amounts(self) -> Mapping[str, Decimal]:
        """Every figure but the balance (the amounts as given, or summed from the lines)."""
        if self._amounts is not None and len(self._amounts) == len(FIGURES) - 1:
            return self._amounts
        return {name: self.amount(name) for name in FIGURES if name != "balance"}


@dataclass(frozen=True, slots=True)
class ClaimStatement:
    claim_id: int | None  # None: the case-level costs
    claim_no: str
    description: str
    figures: Figures
    interest_periods: Sequence[InterestPeriod]  # a tuple or InterestPeriods
    capped_schedule: RateSchedule | None = None  # the claim's schedule when a cap lowered it

    def to_json_dict(self) -> dict:
        data: dict = {"claim_no": self.claim_no, "description": self.description}
        data.update({name: money_str(v) for name, v in self.figures.amounts().items()})
        data["interest_periods"] = [
            _period_json(p, self.capped_schedule) for p in self.interest_periods
        ]
        return data

    def cap_note(self, period: InterestPeriod) -> str:
        """Why the period's rate is lower than agreed ("" when no cap lowered it)."""
        schedule = self.capped_schedule
        return schedule.cap_text(period.first) if schedule is not None else ""


@dataclass(frozen=True, slots=True)
class Statement:
    case_no: str
    as_of: date
    currency: str
    debtor_party_id: int | None
    claims: tuple[ClaimStatement, ...]
    case_costs: ClaimStatement
    totals: Figures
    allocations: Allocations | tuple[Allocation, ...]
    credit_balance: Decimal
    overpayment_lines: tuple[SpecLine, ...] = ()
    rate_spans: tuple[RateSpan, ...] = ()
    # None: not checked (the pure engine alone does not know which figures are confirmed)
    warnings: tuple[FigureWarning, ...] | None = None

    def to_json_dict(self) -> dict:
        data = {
            "case_no": self.case_no,
            "as_of": self.as_of.isoformat(),
            "currency": self.currency,
            "debtor_party_id": self.debtor_party_id,
            "totals": {name: money_str(v) for name, v in self.totals.amounts().items()},
            "credit_balance": money_str(self.credit_balance),
            "claims": [claim.to_json_dict() for claim in self.claims],
            "case_costs": self.case_costs.to_json_dict(),
            "allocations": [a.to_json_dict() for a in self.allocations],
        }
        if self.warnings is not None:
            data["warnings"] = [w.to_json_dict() for w in self.warnings]
        return data


def _period_json(period: InterestPeriod, capped: RateSchedule | None = None) -> dict:
    data = {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        "days": period.days,
        "day_count": str(period.day_count),
        "rate_pct": str(period.rate_pct),
        "base": money_str(period.base),
        "amount": money_str(period.amount),
    }
    uncapped = capped.uncapped_rate_on(period.first) if capped else None
    if uncapped is not None:
        data["agreed_rate_pct"] = str(uncapped)
        data["rate_cap"] = capped.cap_note
    return data
