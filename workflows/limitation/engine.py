"""The limitation date of one claim from its start, its basis and its events.

Walks the events in date order. An interruption that comes before the running date starts a
new period from its day (DK §§ 15–19, SE 5–7 §§); a provisional step (DK §§ 20–22) only sets a
floor a year after it ends; an event on or after the running date comes too late and is shown,
not counted (a later acknowledgement may waive limitation — a lawyer's call, not the program's).
An interruption never makes the date earlier: the new date is the later of the old and the new.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from workflows.limitation.types import (
    Basis,
    ClaimFacts,
    EventKind,
    LimitationEvent,
    LimitationResult,
    LimitationStep,
    Period,
    PeriodTable,
)

# Where each event's effect comes from (the period lengths come from the setup rows).
_DK_RULES = {
    EventKind.PAYMENT: "Forældelsesloven §§ 15, 19, stk. 1",
    EventKind.PAYMENT_PLAN: "Forældelsesloven §§ 15, 19, stk. 1",
    EventKind.ACKNOWLEDGEMENT: "Forældelsesloven §§ 15, 19, stk. 1",
    EventKind.DEMAND_LETTER: "Forældelsesloven § 16 (kun retslige skridt afbryder)",
    EventKind.PAYMENT_CLAIM_FILED: "Forældelsesloven §§ 16, 19, stk. 2",
    EventKind.WRIT_FILED: "Forældelsesloven §§ 16, 19, stk. 2",
    EventKind.FUNDAMENT: "Forældelsesloven §§ 5, stk. 1, nr. 3, 19, stk. 2",
    EventKind.UDLAEG_REQUEST: "Forældelsesloven §§ 18, 19, stk. 4",
    EventKind.BANKRUPTCY: "Forældelsesloven §§ 17, 19, stk. 5",
    EventKind.ESTATE: "Forældelsesloven §§ 17, 19, stk. 5",
    EventKind.NEGOTIATION: "Forældelsesloven §§ 20–22 (foreløbig afbrydelse)",
    EventKind.KNOWLEDGE: "Forældelsesloven § 3, stk. 2–3",
    EventKind.ADDRESS_FOUND: "Forældelsesloven § 14 (tillægsfrist)",
}
_SE_RULES = {
    EventKind.PAYMENT: "Preskriptionslagen 5 § 1 p., 6 §",
    EventKind.PAYMENT_PLAN: "Preskriptionslagen 5 § 1 p., 6 §",
    EventKind.ACKNOWLEDGEMENT: "Preskriptionslagen 5 § 1 p., 6 §",
    EventKind.DEMAND_LETTER: "Preskriptionslagen 5 § 2 p., 6 §",
    EventKind.PAYMENT_CLAIM_FILED: "Preskriptionslagen 5 § 3 p., 7 §",
    EventKind.WRIT_FILED: "Preskriptionslagen 5 § 3 p., 7 §",
    EventKind.FUNDAMENT: "Preskriptionslagen 5 § 3 p., 7 § (fristen efter 2 §)",
    EventKind.UDLAEG_REQUEST: "Preskriptionslagen 5 § 3 p., 7 §",
    EventKind.BANKRUPTCY: "Preskriptionslagen 5 § 3 p., 7 §",
    EventKind.ESTATE: "Preskriptionslagen 5 § 1 p., 6 §",
}
WRITTEN_ACK_RULE = "Forældelsesloven §§ 5, stk. 1, nr. 2, 15, 19, stk. 1"
_ACKNOWLEDGING = {EventKind.PAYMENT, EventKind.PAYMENT_PLAN, EventKind.ACKNOWLEDGEMENT}
_LEGAL_STEPS = {
    EventKind.PAYMENT_CLAIM_FILED,
    EventKind.WRIT_FILED,
    EventKind.UDLAEG_REQUEST,
    EventKind.BANKRUPTCY,
    EventKind.ESTATE,
}

TOO_LATE_MSG = (
    "Kom efter forældelsesdatoen og afbryder ikke (en senere anerkendelse kan være et afkald — "
    "vurderes af en jurist)."
)
BEFORE_START_MSG = "Før fristens begyndelse; uden betydning."
DK_LETTER_MSG = "Et brev afbryder ikke forældelse i Danmark; det kræver retslige skridt."
NEW_PERIOD_MSG = "Ny frist på {years} år fra {day}."
FILED_MSG = (
    "Afbrudt ved indgivelsen. Ny frist løber fra afgørelsen; indtil et fundament er "
    "registreret, regnes {years} år fra indgivelsen."
)
FUNDAMENT_MSG = "Fastslået ved {what}: ny frist på {years} år fra {day}."
PROVISIONAL_MSG = "Foreløbig afbrydelse: forældes tidligst {years} år efter {day}."
KNOWLEDGE_MSG = "Fristen regnes fra kreditors kendskab ({day}), dog højst til den absolutte frist."
EXTRA_TIME_MSG = "Tillægsfrist på {years} år fra {day}, dog højst til den absolutte frist."
NOT_IN_COUNTRY_MSG = "Har ingen virkning efter de svenske regler."
START_MSG = "Fristen begynder ved forfald: {years} år."


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _fmt(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _first_period(facts: ClaimFacts, periods: PeriodTable) -> Period:
    if facts.country == "SE":
        return periods.get("SE-CONS" if facts.basis == Basis.CONSUMER else "SE-ORD")
    if facts.component != "claim":
        return periods.get("DK-ORD")  # interest and fees run on their own 3 years (§ 5, stk. 2)
    if facts.basis == Basis.DEBT_INSTRUMENT:
        return periods.get("DK-10Y")
    if facts.basis == Basis.BANK_LOAN:
        return periods.get("DK-BANK")
    return periods.get("DK-ORD")


class _Walk:
    """The running state while the events are applied in date order."""

    def __init__(self, facts: ClaimFacts, periods: PeriodTable):
        self.facts = facts
        self.periods = periods
        self.dk = facts.country != "SE"
        self.period = _first_period(facts, periods)
        self.expiry = add_years(facts.start, self.period.years)
        self.rule, self.source = self.period.rule, self.period.source
        self.absolute = add_years(facts.start, periods.get("DK-ABS").years) if self.dk else None
        self.floor: date | None = None
        self.steps: list[LimitationStep] = [
            LimitationStep(
                on=facts.start,
                event="start",
                label="Forfald",
                effect=START_MSG.format(years=self.period.years),
                rule=self.period.rule,
                source=self.period.source,
                date_after=self.expiry,
            )
        ]

    def _rule(self, kind: EventKind) -> str:
        return (_DK_RULES if self.dk else _SE_RULES).get(kind, "")

    def _skip(self, event: LimitationEvent, effect: str, rule: str = "") -> None:
        self.steps.append(
            LimitationStep(
                on=event.on,
                event=event.kind.value,
                label=event.label,
                effect=effect,
                rule=rule or self._rule(event.kind),
                source="",
                date_after=None,
                counted=False,
            )
        )

    def _move(
        self,
        event: LimitationEvent,
        candidate: date,
        effect: str,
        period: Period,
        rule: str | None = None,
    ) -> None:
        rule = rule or self._rule(event.kind)
        if self.floor is not None and candidate < self.floor:
            candidate = self.floor
        if candidate > self.expiry:
            self.expiry = candidate
            self.rule, self.source = rule, period.source
        self.steps.append(
            LimitationStep(
                on=event.on,
                event=event.kind.value,
                label=event.label,
                effect=effect,
                rule=rule,
                source=period.source,
                date_after=self.expiry,
            )
        )

    def knowledge(self, event: LimitationEvent) -> None:
        if not self.dk:
            self._skip(event, NOT_IN_COUNTRY_MSG)
            return
        absolute = self.periods.get("DK-ABS")
        candidate = min(add_years(event.on, self.period.years), self.absolute)
        self._move(event, candidate, KNOWLEDGE_MSG.format(day=_fmt(event.on)), absolute)

    def apply(self, event: LimitationEvent) -> None:
        kind = event.kind
        if event.on < self.facts.start:
            self._skip(event, BEFORE_START_MSG)
            return
        if kind == EventKind.ADDRESS_FOUND:
            self._extra_time(event)
            return
        if event.on >= self.expiry:
            self._skip(event, TOO_LATE_MSG)
            return
        if kind == EventKind.NEGOTIATION:
            self._provisional(event)
        elif kind == EventKind.DEMAND_LETTER and self.dk:
            self._skip(event, DK_LETTER_MSG)
        elif kind == EventKind.FUNDAMENT:
            self._fundament(event)
        elif kind in (EventKind.PAYMENT_CLAIM_FILED, EventKind.WRIT_FILED):
            self._new_period(event, event.ends or event.on, filed=True)
        elif kind in _LEGAL_STEPS:
            self._new_period(event, event.ends or event.on)
        elif kind == EventKind.ACKNOWLEDGEMENT and event.written and self.dk:
            if self.facts.component == "claim":
                self.period = self.periods.get("DK-10Y")  # § 5, stk. 1, nr. 2
            self._new_period(event, event.on, rule=WRITTEN_ACK_RULE)
        elif kind in _ACKNOWLEDGING or kind == EventKind.DEMAND_LETTER:
            self._new_period(event, event.on)
        else:
            self._skip(event, NOT_IN_COUNTRY_MSG)

    def _new_period(
        self, event: LimitationEvent, from_day: date, filed: bool = False, rule: str | None = None
    ) -> None:
        years = self.period.years
        effect = (
            FILED_MSG.format(years=years)
            if filed and self.dk
            else NEW_PERIOD_MSG.format(years=years, day=_fmt(from_day))
        )
        self._move(event, add_years(from_day, years), effect, self.period, rule)

    def _fundament(self, event: LimitationEvent) -> None:
        if self.dk and self.facts.component == "claim":
            self.period = self.periods.get("DK-10Y")
        years = self.period.years
        effect = FUNDAMENT_MSG.format(
            what=event.label or "dom/forlig", years=years, day=_fmt(event.on)
        )
        self._move(event, add_years(event.on, years), effect, self.period)

    def _provisional(self, event: LimitationEvent) -> None:
        if not self.dk:
            self._skip(event, NOT_IN_COUNTRY_MSG)
            return
        period = self.periods.get("DK-PROV")
        end = event.ends or event.on
        floor = add_years(end, period.years)
        self.floor = max(self.floor or floor, floor)
        self._move(event, floor, PROVISIONAL_MSG.format(years=period.years, day=_fmt(end)), period)

    def _extra_time(self, event: LimitationEvent) -> None:
        if not self.dk:
            self._skip(event, NOT_IN_COUNTRY_MSG)
            return
        if self.absolute is not None and event.on >= self.absolute:
            self._skip(event, TOO_LATE_MSG)
            return
        period = self.periods.get("DK-EXTRA")
        candidate = add_years(event.on, period.years)
        if self.absolute is not None:
            candidate = min(candidate, self.absolute)
        self._move(
            event, candidate, EXTRA_TIME_MSG.format(years=period.years, day=_fmt(event.on)), period
        )

    def result(self) -> LimitationResult:
        return LimitationResult(
            date=self.expiry,
            rule=self.rule,
            source=self.source,
            period_years=self.period.years,
            absolute_stop=self.absolute,
            steps=tuple(self.steps),
        )


def compute_limitation(
    facts: ClaimFacts, events: Iterable[LimitationEvent], periods: PeriodTable
) -> LimitationResult:
    """The limitation date of a claim (or an interest/fee component), with every step explained."""
    walk = _Walk(facts, periods)
    ordered = sorted(events, key=lambda e: (e.on, e.kind.value))
    # Late knowledge moves where the first period runs from, so it goes before the rest.
    for event in ordered:
        if event.kind == EventKind.KNOWLEDGE:
            walk.knowledge(event)
    for event in ordered:
        if event.kind != EventKind.KNOWLEDGE:
            walk.apply(event)
    return walk.result()
