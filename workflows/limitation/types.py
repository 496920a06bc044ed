"""The values the limitation rules read and return."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Basis(StrEnum):
    """What the claim rests on at its start; decides the first period's length."""

    ORDINARY = "ordinary"  # DK § 3, stk. 1 (3 years); SE 2 § 1 st. (10 years)
    DEBT_INSTRUMENT = "debt_instrument"  # gældsbrev: DK § 5, stk. 1, nr. 1 (10 years)
    BANK_LOAN = "bank_loan"  # DK § 6 (10 years)
    CONSUMER = "consumer"  # SE 2 § 2 st. (3 years); in DK as ordinary


class EventKind(StrEnum):
    """Something that happened to a claim and may move its limitation date."""

    PAYMENT = "payment"  # a part payment: acknowledgement by conduct (DK § 15; SE 5 § 1 p.)
    PAYMENT_PLAN = "payment_plan"  # an agreed plan: acknowledgement (DK § 15; SE 5 § 1 p.)
    ACKNOWLEDGEMENT = "acknowledgement"  # the debtor acknowledges (DK § 15), written or not
    DEMAND_LETTER = "demand_letter"  # a written demand: interrupts in SE (5 § 2 p.), not in DK
    PAYMENT_CLAIM_FILED = "payment_claim_filed"  # betalingspåkrav filed (DK § 16; SE 5 § 3 p.)
    WRIT_FILED = "writ_filed"  # stævning filed (DK § 16)
    FUNDAMENT = "fundament"  # judgment, settlement, endorsed påkrav (DK §§ 5, 19, stk. 2)
    UDLAEG_REQUEST = "udlaeg_request"  # request for udlæg, lønindeholdelse, set-off (DK § 18)
    BANKRUPTCY = "bankruptcy"  # bankruptcy, reconstruction (DK § 17)
    ESTATE = "estate"  # claim filed in an estate (dødsbo) (DK § 17)
    NEGOTIATION = "negotiation"  # provisional: negotiations, authority case (DK §§ 20–22)
    KNOWLEDGE = "knowledge"  # creditor learned of the claim or debtor late (DK § 3, stk. 2)
    ADDRESS_FOUND = "address_found"  # debtor's whereabouts learned (extra time, DK § 14)


@dataclass(frozen=True)
class Period:
    """One legal period as a setup row: its length and where the rule comes from."""

    code: str
    country: str
    years: int
    rule: str
    source: str


@dataclass(frozen=True)
class PeriodTable:
    """The periods a country's rules read, by code (``DK-ORD``, ``DK-10Y`` ...)."""

    rows: Mapping[str, Period]

    @classmethod
    def from_rows(cls, rows: Iterable[Period]) -> PeriodTable:
        return cls({row.code: row for row in rows})

    def get(self, code: str) -> Period:
        try:
            return self.rows[code]
        except KeyError:
            raise LookupError(f"Forældelsesfristen {code} mangler i opsætningen.") from None


@dataclass(frozen=True)
class LimitationEvent:
    on: date
    kind: EventKind
    # The day a step ended (the fogedforretning, the estate, the negotiations), when later.
    ends: date | None = None
    written: bool = False  # a written acknowledgement of existence and amount: 10 years (DK § 5)
    label: str = ""  # what the user sees: "Indbetaling 500,00", "Betalingspåkrav BP-12"
    document: str | None = None


@dataclass(frozen=True)
class ClaimFacts:
    """One claim, or one component with its own period (interest, fees after a fundament)."""

    country: str  # DK or SE
    start: date  # DK § 2: the due date; SE 2 §: when the claim arose
    basis: Basis = Basis.ORDINARY
    component: str = "claim"  # claim | interest | fee
    label: str = ""


@dataclass(frozen=True)
class LimitationStep:
    """One line of the specification: which event did what, under which rule."""

    on: date
    event: str  # EventKind value or "start"
    label: str
    effect: str  # Danish sentence for the user
    rule: str
    source: str
    date_after: date | None  # the limitation date after this step (None: no effect)
    counted: bool = True  # False: the event came too late or does not interrupt here

    def to_json(self) -> dict:
        return {
            "date": self.on.isoformat(),
            "event": self.event,
            "label": self.label,
            "effect": self.effect,
            "rule": self.rule,
            "source": self.source,
            "limitation_after": self.date_after.isoformat() if self.date_after else None,
            "counted": self.counted,
        }


@dataclass(frozen=True)
class LimitationResult:
    date: date
    rule: str  # the rule that set the date
    source: str
    period_years: int
    absolute_stop: date | None
    steps: tuple[LimitationStep, ...] = field(default_factory=tuple)

    def time_barred(self, as_of: date) -> bool:
        return as_of >= self.date

    def days_left(self, as_of: date) -> int:
        return (self.date - as_of).days

    def setting_step(self) -> LimitationStep:
        """The step that set the date: the first counted one that reached it (dates only rise)."""
        return next(s for s in self.steps if s.counted and s.date_after == self.date)

    def to_json(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "rule": self.rule,
            "source": self.source,
            "period_years": self.period_years,
            "absolute_stop": self.absolute_stop.isoformat() if self.absolute_stop else None,
            "events": [s.to_json() for s in self.steps],
        }
