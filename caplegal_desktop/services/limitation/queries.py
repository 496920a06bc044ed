"""Limitation dates per claim: for one case (card, statement, `case show`), for many (the list,
the Role Center cue, hold-backs)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.services.limitation.gather import CaseFacts, gather, interest_start
from caplegal_desktop.services.limitation.periods import period_table
from models import Case, Claim
from workflows.limitation import ClaimFacts, LimitationResult, PeriodTable, compute_limitation
from workflows.limitation.engine import add_years

ACTIVE_STATUSES = ("active",)
WITHIN_CHOICES = (30, 60, 90)
NEXT_STEP_DK = "Indgiv betalingspåkrav (§ 16) eller få en skriftlig anerkendelse (§§ 5, 15)"
NEXT_STEP_DK_FUNDAMENT = "Anmod om udlæg (§ 18) eller få en skriftlig anerkendelse (§ 15)"
NEXT_STEP_SE = "Send et skriftligt krav (preskriptionslagen 5 § 2 p.)"
COMPONENT_TEXT = {"claim": "Fordring", "interest": "Renter efter fundament"}


@dataclass(frozen=True)
class ClaimLimitation:
    case_id: int
    case_no: str
    claim_id: int
    claim_no: int
    description: str
    component: str  # claim | interest (after a fundament, its own period)
    result: LimitationResult
    next_step: str

    @property
    def date(self) -> date:
        return self.result.date

    def to_json(self) -> dict:
        return {"component": self.component, "next_step": self.next_step, **self.result.to_json()}


def _next_step(case: CaseFacts) -> str:
    if case.country == "SE":
        return NEXT_STEP_SE
    return NEXT_STEP_DK_FUNDAMENT if case.fundament_date else NEXT_STEP_DK


def _limitations(case: CaseFacts, periods: PeriodTable) -> list[ClaimLimitation]:
    out: list[ClaimLimitation] = []
    step = _next_step(case)
    for claim in case.claims:
        events = case.events_for(claim.claim_id)
        facts = ClaimFacts(case.country, claim.start, claim.basis, "claim", claim.description)
        result = compute_limitation(facts, events, periods)
        out.append(
            ClaimLimitation(
                case.case_id,
                case.case_no,
                claim.claim_id,
                claim.claim_no,
                claim.description,
                "claim",
                result,
                step,
            )
        )
        if case.fundament_date and case.country == "DK":
            start = interest_start(case.fundament_date)
            facts = ClaimFacts("DK", start, claim.basis, "interest", "Renter efter fundament")
            interest = compute_limitation(facts, [e for e in events if e.on >= start], periods)
            out.append(
                ClaimLimitation(
                    case.case_id,
                    case.case_no,
                    claim.claim_id,
                    claim.claim_no,
                    claim.description,
                    "interest",
                    interest,
                    step,
                )
            )
    return out


def limitations_for_cases(
    session: Session, case_ids: Sequence[int], periods: PeriodTable | None = None
) -> dict[int, list[ClaimLimitation]]:
    """Every claim's limitation (and its interest's after a fundament), keyed by case id."""
    periods = periods or period_table(session)
    return {cid: _limitations(c, periods) for cid, c in gather(session, case_ids).items()}


def case_limitations(session: Session, *, case_id: int) -> list[ClaimLimitation]:
    return limitations_for_cases(session, [case_id]).get(case_id, [])


def limitation_json_by_claim_no(session: Session, *, case_id: int) -> dict[int, dict]:
    """``{claim_no: {"date", "rule", "events": [...], "interest": {...}}}`` for JSON outputs."""
    out: dict[int, dict] = {}
    for item in case_limitations(session, case_id=case_id):
        if item.component == "claim":
            out[item.claim_no] = item.to_json()
        else:
            out[item.claim_no][item.component] = item.to_json()
    return out


def claim_no_of(claim: dict) -> int | None:
    """The claim no. of a JSON claim (the statement writes it as text, case show as a number)."""
    value = claim.get("claim_no")
    return int(value) if isinstance(value, int) or str(value).isdigit() else None


def add_limitation_to_claims(
    session: Session, *, case_id: int, claims: list[dict], as_of: date | None = None
) -> None:
    """Put ``"limitation"`` (and ``"time_barred"`` when a date is given) on each claim dict."""
    by_no = limitation_json_by_claim_no(session, case_id=case_id)
    for claim in claims:
        found = by_no.get(claim_no_of(claim))
        if found is None:
            continue
        claim["limitation"] = found
        if as_of is not None:
            claim["time_barred"] = as_of >= date.fromisoformat(found["date"])


def earliest_per_case(items: list[ClaimLimitation]) -> ClaimLimitation | None:
    return min(items, key=lambda i: i.date, default=None)


def active_case_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Case.id).where(Case.status.in_(ACTIVE_STATUSES))))


def candidate_case_ids(session: Session, *, limit: date, periods: PeriodTable) -> list[int]:
    """Active cases that can have a claim time-barred by ``limit``. Events only ever move a date
    later, so a claim that started after ``limit`` minus the shortest period cannot."""
    shortest = min(p.years for p in periods.rows.values() if p.code != "DK-PROV" and p.years > 1)
    cutoff = add_years(limit, -shortest)
    return list(
        session.scalars(
            select(Claim.case_id)
            .join(Case, Case.id == Claim.case_id)
            .where(
                Case.status.in_(ACTIVE_STATUSES),
                Claim.deleted.is_(False),
                func.coalesce(Claim.due_date, Claim.invoice_date) <= cutoff,
            )
            .distinct()
        )
    )


def limitation_list(
    session: Session, *, as_of: date, within_days: int = 90, include_barred: bool = True
) -> list[ClaimLimitation]:
    """Claims of active cases that are or become time-barred within ``within_days`` of as_of,
    soonest first."""
    limit = as_of + timedelta(days=within_days)
    periods = period_table(session)
    rows: list[ClaimLimitation] = []
    candidates = candidate_case_ids(session, limit=limit, periods=periods)
    for items in limitations_for_cases(session, candidates, periods).values():
        for item in items:
            if item.date <= limit and (include_barred or item.date > as_of):
                rows.append(item)
    rows.sort(key=lambda r: (r.date, r.case_no, r.claim_no, r.component))
    return rows


@dataclass(frozen=True)
class LimitationCue:
    """The Role Center's figures: claims already time-barred and those due within 30/60/90."""

    time_barred: int
    within: dict[int, int]


def limitation_cue(session: Session, *, as_of: date) -> LimitationCue:
    rows = limitation_list(session, as_of=as_of, within_days=max(WITHIN_CHOICES))
    barred = sum(1 for r in rows if r.date <= as_of)
    within = {
        d: sum(1 for r in rows if as_of < r.date <= as_of + timedelta(days=d))
        for d in WITHIN_CHOICES
    }
    return LimitationCue(barred, within)


def time_barred_claims(
    session: Session, case_ids: Sequence[int], *, as_of: date
) -> dict[int, list[ClaimLimitation]]:
    """The time-barred claims of each case (cases with none are left out)."""
    out: dict[int, list[ClaimLimitation]] = {}
    for case_id, items in limitations_for_cases(session, case_ids).items():
        barred = [i for i in items if i.component == "claim" and i.result.time_barred(as_of)]
        if barred:
            out[case_id] = barred
    return out


TIME_BARRED_MSG = (
    "Holdt tilbage: fordring {claim_no} ({description}) er forældet pr. {day} ({rule})."
)


def time_barred_reasons(
    session: Session, case_ids: Sequence[int], *, as_of: date | None = None
) -> dict[int, str]:
    """Hold-back: cases with a time-barred claim must not be demanded, and why."""
    as_of = as_of or date.today()
    return {
        case_id: TIME_BARRED_MSG.format(
            claim_no=items[0].claim_no,
            description=items[0].description,
            day=f"{items[0].date:%d-%m-%Y}",
            rule=items[0].result.rule,
        )
        for case_id, items in time_barred_claims(session, case_ids, as_of=as_of).items()
    }
