"""Check line: every problem of a journal line, in Danish, against what the database holds.

The context is loaded once per batch (a few queries whatever the batch size), so checking
10,000 lines costs no more round trips than checking one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem
from caplegal_desktop.services.journal.batches import LineInput
from models import Case, CaseParty, Claim, FeeLine, LedgerEntry, PostingTemplate, TariffCode
from models.enums import AllocationTarget, EntryType, PaymentType
from workflows.exports.columns import danish_amount

JOURNAL_ENTRY_TYPES = (
    EntryType.PAYMENT,
    EntryType.DISBURSEMENT,
    EntryType.CREDIT,
    EntryType.WRITE_OFF,
    EntryType.REVERSAL,
    EntryType.FEE,
    EntryType.SALARY,
)
FEE_ENTRY_TYPES = (EntryType.FEE, EntryType.SALARY)
ENTRY_TYPE_NAMES = {
    "payment": "indbetaling",
    "disbursement": "udlæg",
    "credit": "kreditering",
    "write_off": "afskrivning",
    "reversal": "tilbageførsel",
    "fee": "gebyr",
    "salary": "salær",
}
CHUNK = 900  # below every backend's limit on bound parameters


@dataclass(frozen=True)
class LineProblem:
    line_no: int
    field: str
    message: str

    def as_problem(self) -> Problem:
        return Problem(f"linje {self.line_no}: {self.field}", self.message)


@dataclass(frozen=True)
class ReversedEntry:
    id: int
    case_id: int
    claim_id: int | None
    debtor_party_id: int | None
    entry_type: str
    amount: Decimal
    tariff_code: str | None
    is_reversal: bool


@dataclass
class CheckContext:
    cases: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (no, status)
    claims: dict[int, int] = field(default_factory=dict)  # claim id -> case id
    debtors: set[tuple[int, int]] = field(default_factory=set)  # (case id, party id)
    tariffs: set[str] = field(default_factory=set)
    templates: dict[str, str | None] = field(default_factory=dict)  # code -> entry type
    reversible: dict[int, ReversedEntry] = field(default_factory=dict)
    already_reversed: set[int] = field(default_factory=set)
    fee_lines: dict[int, tuple[int, Decimal]] = field(default_factory=dict)  # id -> (case, amount)
    fee_lines_posted: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, lines: Sequence[LineInput]) -> CheckContext:
        ctx = cls()
        case_ids = {v.case_id for v in lines if v.case_id is not None}
        for chunk in _chunks(case_ids):
            for case_id, no, status in session.execute(
                select(Case.id, Case.no, Case.status).where(Case.id.in_(chunk))
            ):
                ctx.cases[case_id] = (no, status)
            ctx.debtors.update(
                tuple(row)
                for row in session.execute(
                    select(CaseParty.case_id, CaseParty.party_id).where(
                        CaseParty.case_id.in_(chunk),
                        CaseParty.party_type == "DEBITOR",
                        CaseParty.removed.is_(False),
                    )
                )
            )
        claim_ids = {v.claim_id for v in lines if v.claim_id is not None}
        for chunk in _chunks(claim_ids):
            ctx.claims.update(
                (row[0], row[1])
                for row in session.execute(
                    select(Claim.id, Claim.case_id).where(Claim.id.in_(chunk))
                )
            )
        ctx.tariffs = set(session.scalars(select(TariffCode.code)))
        ctx.templates = {
            code: entry_type
            for code, entry_type in session.execute(
                select(PostingTemplate.code, PostingTemplate.entry_type)
            )
        }
        fee_line_ids = {v.fee_line_id for v in lines if v.fee_line_id is not None}
        for chunk in _chunks(fee_line_ids):
            for fee_id, case_id, amount in session.execute(
                select(FeeLine.id, FeeLine.case_id, FeeLine.amount).where(FeeLine.id.in_(chunk))
            ):
                ctx.fee_lines[fee_id] = (case_id, amount)
            ctx.fee_lines_posted.update(
                session.scalars(
                    select(LedgerEntry.fee_line_id).where(LedgerEntry.fee_line_id.in_(chunk))
                )
            )
        reversed_ids = {v.reverses_entry_id for v in lines if v.reverses_entry_id is not None}
        for chunk in _chunks(reversed_ids):
            for e in session.scalars(select(LedgerEntry).where(LedgerEntry.id.in_(chunk))):
                ctx.reversible[e.id] = ReversedEntry(
                    e.id,
                    e.case_id,
                    e.claim_id,
                    e.debtor_party_id,
                    e.entry_type,
                    e.amount,
                    e.tariff_code,
                    e.reverses_entry_id is not None,
                )
            ctx.already_reversed.update(
                session.scalars(
                    select(LedgerEntry.reverses_entry_id).where(
                        LedgerEntry.reverses_entry_id.in_(chunk)
                    )
                )
            )
        return ctx


def check_lines(numbered: Iterable[tuple[int, LineInput]], ctx: CheckContext) -> list[LineProblem]:
    """Every problem of every line; a reversal named twice in one batch is a problem too."""
    problems: list[LineProblem] = []
    reversed_here: set[int] = set()
    for line_no, line in numbered:
        problems += check_line(line_no, line, ctx)
        if line.reverses_entry_id is not None:
            if line.reverses_entry_id in reversed_here:
                problems.append(
                    LineProblem(
                        line_no, "tilbagefører post", "Posten tilbageføres to gange i kladden."
                    )
                )
            reversed_here.add(line.reverses_entry_id)
    return problems


def check_line(line_no: int, v: LineInput, ctx: CheckContext) -> list[LineProblem]:
    found: list[LineProblem] = []

    def problem(field_name: str, message: str) -> None:
        found.append(LineProblem(line_no, field_name, message))

    if v.posting_date is None:
        problem("bogføringsdato", "Bogføringsdato skal udfyldes.")
    if v.case_id is None:
        problem("sag", "Sag skal udfyldes.")
    elif v.case_id not in ctx.cases:
        problem("sag", "Sagen findes ikke.")
    elif ctx.cases[v.case_id][1] == "closed":
        problem("sag", f"Sag {ctx.cases[v.case_id][0]} er lukket; der kan ikke bogføres på den.")
    if (
        v.claim_id is not None
        and v.case_id in ctx.cases
        and ctx.claims.get(v.claim_id) != v.case_id
    ):
        problem("fordring", "Fordringen hører ikke til sagen.")
    if (
        v.debtor_party_id is not None
        and v.case_id in ctx.cases
        and (v.case_id, v.debtor_party_id) not in ctx.debtors
    ):
        problem("debitor", "Parten er ikke debitor på sagen.")
    _check_type_and_codes(v, ctx, problem)
    if not (v.description or "").strip():
        problem("beskrivelse", "Beskrivelse skal udfyldes.")
    if v.entry_type in FEE_ENTRY_TYPES:
        _check_fee_line(v, ctx, problem)
    elif v.fee_line_id is not None:
        problem("gebyrlinje", "Kun gebyr og salær kan pege på en gebyrlinje.")
    if v.entry_type == EntryType.REVERSAL:
        _check_reversal(v, ctx, problem)
    else:
        _check_amount(v, problem)
        if v.reverses_entry_id is not None:
            problem("tilbagefører post", "Kun en tilbageførsel kan pege på en bogført post.")
    targets = [t for t in (v.allocation_targets or "").split(",") if t]
    if any(t not in set(AllocationTarget) for t in targets):
        problem("fordeling", "Fordeling må kun være kapital, gebyr, rente og omkostning.")
    if v.payment_type is not None and v.payment_type not in set(PaymentType):
        problem("betalingstype", "Ukendt betalingstype.")
    return found


def _check_type_and_codes(v: LineInput, ctx: CheckContext, problem) -> None:
    if v.entry_type is None:
        problem("posttype", "Posttype skal udfyldes.")
    elif v.entry_type not in JOURNAL_ENTRY_TYPES:
        problem("posttype", "Posttypen kan ikke bogføres fra kladden.")
    if v.entry_type == EntryType.DISBURSEMENT:
        if not v.tariff_code:
            problem("takstkode", "Takstkode skal udfyldes for udlæg.")
        elif v.tariff_code not in ctx.tariffs:
            problem("takstkode", f"Takstkoden {v.tariff_code} findes ikke.")
    elif v.tariff_code and v.entry_type == EntryType.PAYMENT:
        problem("takstkode", "Takstkode må ikke udfyldes for indbetalinger.")
    elif v.tariff_code:
        problem("takstkode", "Takstkode bruges kun til udlæg.")
    if not v.posting_template:
        problem("bogføringsskabelon", "Bogføringsskabelon skal udfyldes.")
    elif v.posting_template not in ctx.templates:
        problem("bogføringsskabelon", f"Bogføringsskabelonen {v.posting_template} findes ikke.")
    else:
        template_type = ctx.templates[v.posting_template]
        if template_type and v.entry_type and template_type != v.entry_type:
            problem(
                "bogføringsskabelon",
                f"Skabelonen {v.posting_template} er til "
                f"{ENTRY_TYPE_NAMES.get(template_type, template_type)}, ikke "
                f"{ENTRY_TYPE_NAMES.get(v.entry_type, v.entry_type)}.",
            )


def _check_fee_line(v: LineInput, ctx: CheckContext, problem) -> None:
    """A fee or salary line posts the amount of its fee line, once."""
    fee = ctx.fee_lines.get(v.fee_line_id) if v.fee_line_id is not None else None
    if v.fee_line_id is None:
        problem("gebyrlinje", "Gebyr og salær skal pege på sagens gebyrlinje.")
    elif fee is None or fee[0] != v.case_id:
        problem("gebyrlinje", "Gebyrlinjen hører ikke til sagen.")
    elif v.fee_line_id in ctx.fee_lines_posted:
        problem("gebyrlinje", "Gebyrlinjen er allerede bogført.")
    elif v.amount is not None and v.amount != fee[1]:
        problem("beløb", "Beløbet skal være gebyrlinjens beløb inkl. moms.")


def _check_amount(v: LineInput, problem) -> None:
    if v.amount is None:
        problem("beløb", "Beløb skal udfyldes.")
    elif v.amount <= 0:
        problem("beløb", "Beløbet skal være større end 0.")
    elif v.amount != v.amount.quantize(Decimal("0.01")):
        problem("beløb", "Beløbet må højst have to decimaler (øre).")


def _check_reversal(v: LineInput, ctx: CheckContext, problem) -> None:
    entry = ctx.reversible.get(v.reverses_entry_id) if v.reverses_entry_id else None
    if v.reverses_entry_id is None:
        problem("tilbagefører post", "En tilbageførsel skal angive den post, den tilbagefører.")
    elif entry is None:
        problem("tilbagefører post", f"Post {v.reverses_entry_id} findes ikke.")
    elif entry.is_reversal:
        problem("tilbagefører post", "En tilbageførsel kan ikke selv tilbageføres.")
    elif entry.id in ctx.already_reversed:
        problem("tilbagefører post", f"Post {entry.id} er allerede tilbageført.")
    elif v.case_id is not None and entry.case_id != v.case_id:
        problem("tilbagefører post", f"Post {entry.id} hører til en anden sag.")
    elif v.amount is not None and v.amount != entry.amount:
        problem(
            "beløb", f"Beløbet skal være postens beløb ({danish_amount(entry.amount)}) eller tomt."
        )


def _chunks(ids: set[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]
