"""The events of many cases at once, from what the program records plus what users added.

One query per kind of record and chunk of cases (never one per case): payments in the ledger,
activated payment plans, fundaments, executed court steps and letters, user-added events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from models import (
    ActivityStep,
    Case,
    CaseParty,
    Claim,
    FollowUp,
    Fundament,
    LedgerEntry,
    LimitationEventRecord,
    Party,
    PaymentPlan,
)
from models.enums import EntryType
from models.fundament import FundamentKind, FundamentStatus
from workflows.limitation import Basis, EventKind, LimitationEvent

CHUNK = 900  # SQLite's bound-parameter limit, with room
SE_CURRENCY = "SEK"  # a Swedish case: preskriptionslagen (docs/limitation.md)
PAYMENT_CLAIM_STEP, UDLAEG_STEP = "BETPAAKRAV", "FOGED"
FUNDAMENT_TEXT = {
    FundamentKind.JUDGMENT.value: "dom",
    FundamentKind.BAILIFF_SETTLEMENT.value: "forlig i fogedretten",
    FundamentKind.PAYMENT_CLAIM.value: "påtegnet betalingspåkrav",
    FundamentKind.OTHER.value: "fundament",
}
BASIS_KINDS = {"basis_debt_instrument": Basis.DEBT_INSTRUMENT, "basis_bank_loan": Basis.BANK_LOAN}


@dataclass
class ClaimRow:
    claim_id: int
    claim_no: int
    description: str
    start: date
    basis: Basis = Basis.ORDINARY


@dataclass
class CaseFacts:
    """One case with its claims and events; events with claim_id None concern every claim."""

    case_id: int
    case_no: str
    country: str
    consumer: bool
    claims: list[ClaimRow] = field(default_factory=list)
    events: list[tuple[int | None, LimitationEvent]] = field(default_factory=list)
    fundament_date: date | None = None  # the first fundament: interest after it runs apart

    def events_for(self, claim_id: int) -> list[LimitationEvent]:
        return [e for cid, e in self.events if cid is None or cid == claim_id]


def _chunks(ids: Sequence[int]):
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def gather(session: Session, case_ids: Sequence[int]) -> dict[int, CaseFacts]:
    """Claims and limitation events of the cases, keyed by case id."""
    facts: dict[int, CaseFacts] = {}
    session.flush()  # the reads go to the connection: what this unit of work changed first
    connection = session.connection()
    for ids in _chunks(sorted(set(case_ids))):
        for read in (_cases, _claims, _payments, _plans, _fundaments, _court_steps_and_letters,
                     _user_events):  # fmt: skip
            read(connection, {"ids": ids}, facts)
    return facts


# Built once (a case page reads them on every view; building a statement costs SQLAlchemy more
# than SQLite takes to answer it); "ids" expands to the chunk's case ids.
_IDS = bindparam("ids", expanding=True)
_DEBTOR_KINDS = (
    select(CaseParty.case_id, Party.kind)
    .join(Party, Party.id == CaseParty.party_id)
    .where(CaseParty.case_id.in_(_IDS), CaseParty.party_type == "DEBITOR")
)
_CASES = select(Case.id, Case.no, Case.currency).where(Case.id.in_(_IDS))
_CLAIMS = (
    select(Claim.case_id, Claim.id, Claim.line_no, Claim.description, Claim.due_date,
           Claim.invoice_date)
    .where(Claim.case_id.in_(_IDS), Claim.deleted.is_(False))
    .order_by(Claim.case_id, Claim.line_no)
)  # fmt: skip
_REVERSED = select(LedgerEntry.reverses_entry_id).where(
    LedgerEntry.case_id.in_(_IDS), LedgerEntry.reverses_entry_id.is_not(None)
)
_PAYMENTS = (
    select(LedgerEntry.id, LedgerEntry.case_id, LedgerEntry.posting_date, LedgerEntry.amount)
    .where(
        LedgerEntry.case_id.in_(_IDS),
        # "|| ''": the case index, not the type index that holds every payment of the firm
        (LedgerEntry.entry_type + "") == EntryType.PAYMENT.value,
        LedgerEntry.amount > 0,
        LedgerEntry.reverses_entry_id.is_(None),
    )
    .order_by(LedgerEntry.posting_date)
)
_PLANS = select(PaymentPlan.case_id, PaymentPlan.no, PaymentPlan.activated_at).where(
    PaymentPlan.case_id.in_(_IDS), PaymentPlan.activated_at.is_not(None)
)
_FUNDAMENTS = (
    select(Fundament.case_id, Fundament.no, Fundament.kind, Fundament.fundament_date)
    .where(Fundament.case_id.in_(_IDS), Fundament.status != FundamentStatus.DRAFT.value)
    .order_by(Fundament.fundament_date)
)
_STEPS_AND_LETTERS = (
    select(FollowUp.case_id, FollowUp.executed_on, FollowUp.description, ActivityStep.code,
           ActivityStep.template_file)
    .join(ActivityStep, ActivityStep.id == FollowUp.step_id)
    .where(FollowUp.case_id.in_(_IDS), FollowUp.status == "done",
           FollowUp.executed_on.is_not(None))
)  # fmt: skip
_EVENT = LimitationEventRecord
_USER_EVENTS = (
    select(_EVENT.case_id, _EVENT.claim_id, _EVENT.kind, _EVENT.event_date, _EVENT.ends_on,
           _EVENT.written, _EVENT.note, _EVENT.document_path)
    .where(_EVENT.case_id.in_(_IDS), _EVENT.removed.is_(False))
    .order_by(_EVENT.event_date, _EVENT.id)
)  # fmt: skip


def _cases(connection, ids: dict, facts: dict[int, CaseFacts]) -> None:
    persons: dict[int, bool] = defaultdict(bool)
    for case_id, kind in connection.execute(_DEBTOR_KINDS, ids):
        persons[case_id] |= kind == "person"
    for case_id, case_no, currency in connection.execute(_CASES, ids):
        country = "SE" if currency == SE_CURRENCY else "DK"
        facts[case_id] = CaseFacts(case_id, case_no, country, persons[case_id])


def _claims(connection, ids: dict, facts: dict[int, CaseFacts]) -> None:
    rows = connection.execute(_CLAIMS, ids)
    for case_id, claim_id, line_no, description, due, invoice in rows:
        case = facts[case_id]
        basis = Basis.CONSUMER if case.country == "SE" and case.consumer else Basis.ORDINARY
        case.claims.append(ClaimRow(claim_id, line_no, description, due or invoice, basis))


def _payments(connection, ids: dict, facts: dict[int, CaseFacts]) -> None:
    reversed_ids = set(connection.scalars(_REVERSED, ids))
    rows = connection.execute(_PAYMENTS, ids)
    for entry_id, case_id, day, amount in rows:
        if entry_id in reversed_ids:
            continue
        label = f"Indbetaling {amount:.2f}".replace(".", ",")
        facts[case_id].events.append((None, LimitationEvent(day, EventKind.PAYMENT, label=label)))


def _plans(connection, ids: dict, facts: dict[int, CaseFacts]) -> None:
    rows = connection.execute(_PLANS, ids)
    for case_id, plan_no, activated in rows:
        event = LimitationEvent(
            activated.date(), EventKind.PAYMENT_PLAN, label=f"Betalingsplan {plan_no}"
        )
        facts[case_id].events.append((None, event))


def _fundaments(connection, ids: dict, facts: dict[int, CaseFacts]) -> None:
    rows = connection.execute(_FUNDAMENTS, ids)
    for case_id, no, kind, day in rows:
        what = FUNDAMENT_TEXT.get(kind, "fundament")
        case = facts[case_id]
        case.events.append((None, LimitationEvent(day, EventKind.FUNDAMENT, label=f"{what} {no}")))
        if case.fundament_date is None:
            case.fundament_date = day


def _court_steps_and_letters(connection, ids: dict, facts: dict[int, CaseFacts]) -> None:
    rows = connection.execute(_STEPS_AND_LETTERS, ids)
    for case_id, day, description, code, template in rows:
        case = facts[case_id]
        if code == PAYMENT_CLAIM_STEP:
            kind = EventKind.PAYMENT_CLAIM_FILED
        elif code == UDLAEG_STEP:
            kind = EventKind.UDLAEG_REQUEST
        elif template and case.country == "SE":  # a letter interrupts only in Sweden
            kind = EventKind.DEMAND_LETTER
        else:
            continue
        case.events.append((None, LimitationEvent(day, kind, label=description)))


def _user_events(connection, ids: dict, facts: dict[int, CaseFacts]) -> None:
    for case_id, claim_id, kind, day, ends, written, note, document in connection.execute(
        _USER_EVENTS, ids
    ):
        case = facts[case_id]
        if kind in BASIS_KINDS:
            for claim in case.claims:
                if claim_id in (None, claim.claim_id):
                    claim.basis = BASIS_KINDS[kind]
            continue
        event = LimitationEvent(
            day, EventKind(kind), ends=ends, written=written, label=note or "", document=document
        )
        case.events.append((claim_id, event))


def interest_start(fundament_date: date) -> date:
    """Interest after a fundament falls due from the next day (forældelsesloven § 5, stk. 2)."""
    return fundament_date + timedelta(days=1)
