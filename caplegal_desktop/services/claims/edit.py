"""Add/Adjust claims, fees & salary on an existing case; parties and court district.

Posted entries never change: an adjusted amount is posted as a new entry of the difference, a
deleted claim or fee line is cancelled by reversing entries (same type, negated amount,
reverses_entry_id set). Every change leaves a history row. The caller's unit of work commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.master_data import SetupSnapshot
from caplegal_desktop.services.shared import history
from caplegal_desktop.services.shared.ledger import post_entry
from models import Case, CaseParty, Claim, ClaimDebtor, CourtDistrict, FeeLine, LedgerEntry
from models.enums import EntryType, FeeKind, FeeLevel, PartyType
from models.money import ZERO, money_str, round_ore
from workflows.amount_tables import add_vat


@dataclass(frozen=True)
class ClaimDebtorShare:
    party_id: int
    in_solidum: bool = True
    share_pct: Decimal | None = None


@dataclass
class NewClaim:
    description: str
    invoice_date: date
    principal: Decimal
    interest_code: str
    interest_rate_pct: Decimal | None = None
    interest_from: date | None = None
    debtors: list[ClaimDebtorShare] = field(default_factory=list)  # empty: every debtor
    invoice_no: str | None = None
    due_date: date | None = None
    ocr: str | None = None
    customer_no: str | None = None


@dataclass(frozen=True)
class ChangeResult:
    """What changed, so the card knows what to refresh."""

    case_id: int
    entries_posted: int
    history_rows: int


class _Counter:
    def __init__(self, session: Session, case_id: int, user: str) -> None:
        self.session, self.case_id, self.user = session, case_id, user
        self.entries = self.rows = 0

    def post(self, **kwargs) -> LedgerEntry:
        self.entries += 1
        return post_entry(self.session, case_id=self.case_id, user=self.user, **kwargs)

    def note(self, action: str, detail: str | None = None) -> None:
        self.rows += 1
        history.record(
            self.session,
            case_id=self.case_id,
            user=self.user,
            kind="change",
            action=action,
            detail=detail,
        )

    def result(self) -> ChangeResult:
        self.session.flush()
        return ChangeResult(self.case_id, self.entries, self.rows)


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"Sag med id {case_id} findes ikke.")
    return case


def _claim(session: Session, case_id: int, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None or claim.case_id != case_id or claim.deleted:
        raise NotFound(f"Fordringen findes ikke på sagen ({claim_id}).")
    return claim


# --- claims -------------------------------------------------------------------------------------
def add_claim(
    session: Session,
    *,
    case_id: int,
    claim: NewClaim,
    user: str,
    today: date,
    setup: SetupSnapshot,
) -> ChangeResult:
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    case = _case(session, case_id)
    problems = []
    if not claim.description.strip():
        problems.append(Problem("beskrivelse", "Beskrivelsen skal udfyldes."))
    if claim.principal is None or claim.principal <= 0:
        problems.append(Problem("hovedstol", "Hovedstolen skal være større end 0."))
    if claim.interest_code not in setup.interest_codes:
        problems.append(Problem("rentekode", f"Rentekoden {claim.interest_code} findes ikke."))
    problems += invoice_problems(
        invoice_date=claim.invoice_date,
        due_date=claim.due_date,
        invoice_no=claim.invoice_no,
        ocr=claim.ocr,
        customer_no=claim.customer_no,
    )
    if problems:
        raise ValidationError(problems)
    counter = _Counter(session, case_id, user)
    line_no = (
        session.scalar(select(func.max(Claim.line_no)).where(Claim.case_id == case_id)) or 0
    ) + 1
    row = Claim(
        case_id=case_id,
        line_no=line_no,
        description=claim.description.strip(),
        invoice_date=claim.invoice_date,
        principal=round_ore(claim.principal),
        registered_principal=round_ore(claim.principal),
        interest_code=claim.interest_code,
        interest_rate_pct=claim.interest_rate_pct,
        interest_from=claim.interest_from or claim.invoice_date,
        **_invoice_values(claim.invoice_no, claim.due_date, claim.ocr, claim.customer_no),
    )
    shares = claim.debtors or [
        ClaimDebtorShare(cp.party_id)
        for cp in case.parties
        if cp.party_type == PartyType.DEBTOR and not cp.removed
    ]
    for share in shares:
        row.debtors.append(
            ClaimDebtor(
                party_id=share.party_id,
                in_solidum=share.in_solidum,
                share_pct=None if share.in_solidum else share.share_pct,
            )
        )
    session.add(row)
    session.flush()
    counter.post(
        claim_id=row.id,
        entry_type=EntryType.PRINCIPAL,
        posting_date=today,
        amount=row.principal,
        description=f"Hovedstol: {row.description}",
    )
    counter.note(f"Fordring {line_no} tilføjet: {row.description}", money_str(row.principal))
    return counter.result()


def adjust_claim(
    session: Session,
    *,
    case_id: int,
    claim_id: int,
    user: str,
    today: date,
    principal: Decimal | None = None,
    interest_code: str | None = None,
    interest_rate_pct: Decimal | None = None,
    interest_from: date | None = None,
    description: str | None = None,
    invoice_no: str | None = None,
    due_date: date | None = None,
    ocr: str | None = None,
    customer_no: str | None = None,
    expected_version: int | None = None,
) -> ChangeResult:
    """Change a claim's principal (posted as the difference), its interest terms and its
    invoice details (invoice no., due date, OCR, customer no.; "" clears one). A save naming the
    version it read is refused with who and when if the claim changed since."""
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    claim = _claim(session, case_id, claim_id)
    problems = invoice_problems(
        invoice_date=claim.invoice_date,
        due_date=due_date,
        invoice_no=invoice_no,
        ocr=ocr,
        customer_no=customer_no,
    )
    if problems:
        raise ValidationError(problems)
    office.take_version(session, Claim, claim.id, expected_version, what="Fordringen")
    counter = _Counter(session, case_id, user)
    if principal is not None:
        principal = round_ore(principal)
        if principal <= 0:
            raise ValidationError(Problem("hovedstol", "Hovedstolen skal være større end 0."))
        difference = principal - claim.principal
        if difference:
            counter.post(
                claim_id=claim.id,
                entry_type=EntryType.PRINCIPAL,
                posting_date=today,
                amount=difference,
                description=f"Regulering af hovedstol: {claim.description}",
            )
            counter.note(
                f"Hovedstol på fordring {claim.line_no} ændret",
                f"{money_str(claim.principal)} -> {money_str(principal)}",
            )
            claim.principal = claim.registered_principal = principal
    terms = {
        "interest_code": interest_code,
        "interest_rate_pct": interest_rate_pct,
        "interest_from": interest_from,
        "description": description,
    }
    for name, value in terms.items():
        if value is not None and getattr(claim, name) != value:
            counter.note(
                f"Fordring {claim.line_no}: {name} ændret", f"{getattr(claim, name)} -> {value}"
            )
            setattr(claim, name, value)
    invoice = {"invoice_no": invoice_no, "due_date": due_date, "ocr": ocr}
    invoice["customer_no"] = customer_no
    for name, value in _invoice_values(**invoice, keep_none=True).items():
        if getattr(claim, name) != value:
            old = getattr(claim, name)
            counter.note(
                f"Fordring {claim.line_no}: {INVOICE_LABELS[name]} ændret",
                f"{_shown(old)} -> {_shown(value)}",
            )
            setattr(claim, name, value)
    return counter.result()


INVOICE_LABELS = {
    "invoice_no": "fakturanr.",
    "due_date": "forfaldsdato",
    "ocr": "OCR",
    "customer_no": "kundenr.",
}
_INVOICE_WIDTHS = {"invoice_no": 40, "ocr": 40, "customer_no": 30}


def _shown(value) -> str:
    if value is None:
        return "(tom)"
    return f"{value:%d-%m-%Y}" if isinstance(value, date) else str(value)


def _invoice_values(
    invoice_no=None, due_date=None, ocr=None, customer_no=None, *, keep_none: bool = False
) -> dict:
    """The invoice details as stored: texts stripped, "" -> None (cleared). With `keep_none`
    a None (not given) is left out, so an adjustment changes only what it names."""
    given = {"invoice_no": invoice_no, "due_date": due_date, "ocr": ocr}
    given["customer_no"] = customer_no
    values = {}
    for name, value in given.items():
        if value is None and keep_none:
            continue
        if isinstance(value, str):
            value = value.strip() or None
        values[name] = value
    return values


def invoice_problems(
    *, invoice_date: date | None, due_date, invoice_no, ocr, customer_no
) -> list[Problem]:
    """A claim's invoice details: lengths the columns hold, a due date not before the invoice."""
    problems = []
    texts = {"invoice_no": invoice_no, "ocr": ocr, "customer_no": customer_no}
    for name, value in texts.items():
        if value and len(value.strip()) > _INVOICE_WIDTHS[name]:
            problems.append(
                Problem(
                    INVOICE_LABELS[name],
                    f"{INVOICE_LABELS[name].capitalize()} må højst have "
                    f"{_INVOICE_WIDTHS[name]} tegn.",
                )
            )
    if due_date and invoice_date and due_date < invoice_date:
        problems.append(Problem("forfaldsdato", "Forfaldsdatoen kan ikke ligge før fakturadatoen."))
    return problems


def delete_claim(
    session: Session, *, case_id: int, claim_id: int, user: str, today: date
) -> ChangeResult:
    """Cancel a claim: its entries (and those of its fee lines) are reversed, not removed."""
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    claim = _claim(session, case_id, claim_id)
    counter = _Counter(session, case_id, user)
    fee_ids = list(
        session.scalars(select(FeeLine.id).where(FeeLine.claim_id == claim.id, ~FeeLine.deleted))
    )
    _reverse_entries(session, counter, today, claim_id=claim.id, fee_line_ids=fee_ids)
    for fee in session.scalars(select(FeeLine).where(FeeLine.id.in_(fee_ids))):
        fee.deleted = True
    claim.deleted = True
    counter.note(f"Fordring {claim.line_no} slettet: {claim.description}")
    return counter.result()


def _reverse_entries(
    session: Session,
    counter: _Counter,
    today: date,
    *,
    claim_id: int | None = None,
    fee_line_ids: list[int] = (),
) -> None:
    conditions = []
    if claim_id is not None:
        conditions.append(LedgerEntry.claim_id == claim_id)
    if fee_line_ids:
        conditions.append(LedgerEntry.fee_line_id.in_(fee_line_ids))
    entries = list(
        session.scalars(
            select(LedgerEntry)
            .where(LedgerEntry.case_id == counter.case_id)
            .where(conditions[0] if len(conditions) == 1 else conditions[0] | conditions[1])
        )
    )
    already = {e.reverses_entry_id for e in entries if e.reverses_entry_id is not None}
    for entry in entries:
        if entry.reverses_entry_id is not None or entry.id in already:
            continue
        if entry.entry_type not in (
            EntryType.PRINCIPAL,
            EntryType.FEE,
            EntryType.SALARY,
            EntryType.INTEREST,
        ):
            continue  # payments stay; they are re-allocated by the statement
        counter.post(
            claim_id=entry.claim_id,
            fee_line_id=entry.fee_line_id,
            entry_type=entry.entry_type,
            posting_date=today,
            amount=-entry.amount,
            vat_amount=-entry.vat_amount,
            description=f"Tilbageført: {entry.description}",
            reverses_entry_id=entry.id,
        )


# --- fees and salary ----------------------------------------------------------------------------
def add_fee(
    session: Session,
    *,
    case_id: int,
    fee_code: str,
    user: str,
    today: date,
    setup: SetupSnapshot,
    amount_ex_vat: Decimal,
    claim_id: int | None = None,
    basis: Decimal | None = None,
    posting_date: date | None = None,
) -> ChangeResult:
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    case = _case(session, case_id)
    code = setup.fee_codes.get(fee_code)
    if code is None:
        raise ValidationError(Problem("kode", "En linje skal have en gyldig salær-/gebyrkode."))
    if code.level == FeeLevel.CLAIM and claim_id is None:
        raise ValidationError(Problem("fordring", f"Gebyret {fee_code} hører til en fordring."))
    if amount_ex_vat is None or amount_ex_vat < 0:
        raise ValidationError(Problem("beløb", "Beløbet må ikke være negativt."))
    if claim_id is not None:
        _claim(session, case_id, claim_id)
    vat_pct = (
        setup.company.vat_pct if code.vat_applicable and not case.client_vat_registered else ZERO
    )
    amount, vat = add_vat(round_ore(amount_ex_vat), vat_pct)
    counter = _Counter(session, case_id, user)
    line = FeeLine(
        case_id=case_id,
        claim_id=claim_id,
        fee_code=fee_code,
        posting_date=posting_date or today,
        basis=basis,
        registered_basis=basis,
        amount=amount,
        vat_pct=vat_pct,
        vat_amount=vat,
        interest_bearing_in_plan=code.interest_bearing_in_plan,
        apr_included=code.apr_included,
    )
    session.add(line)
    session.flush()
    if amount:
        _post_fee_through_journal_chain(session, line, code, user=user)
        counter.entries += 1
    counter.note(f"{code.description} ({fee_code}) tilføjet", money_str(amount))
    return counter.result()


def _post_fee_through_journal_chain(session: Session, line: FeeLine, code, *, user: str) -> None:
    """A new fee is posted like any journal line: checked, then written by the line poster."""
    from caplegal_desktop.services.journal import LineInput, post_line_now

    entry_type = EntryType.SALARY if code.kind == FeeKind.SALARY else EntryType.FEE
    post_line_now(
        session,
        line=LineInput(
            posting_date=line.posting_date,
            case_id=line.case_id,
            claim_id=line.claim_id,
            entry_type=entry_type,
            description=code.description,
            amount=line.amount,
            vat_amount=line.vat_amount,
            fee_line_id=line.id,
        ),
        user=user,
        source=code.description,
    )


def adjust_fee(
    session: Session, *, case_id: int, fee_line_id: int, amount: Decimal, user: str, today: date
) -> ChangeResult:
    """Change a fee line's amount (incl. VAT): the difference is posted as a new entry."""
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    line = session.get(FeeLine, fee_line_id)
    if line is None or line.case_id != case_id or line.deleted:
        raise NotFound(f"Gebyrlinjen findes ikke på sagen ({fee_line_id}).")
    amount = round_ore(amount)
    if amount < 0:
        raise ValidationError(Problem("beløb", "Beløbet må ikke være negativt."))
    counter = _Counter(session, case_id, user)
    difference = amount - line.amount
    if difference:
        vat = round_ore(amount * line.vat_pct / (100 + line.vat_pct)) if line.vat_pct else ZERO
        entry_type = (
            session.scalar(
                select(LedgerEntry.entry_type).where(LedgerEntry.fee_line_id == line.id).limit(1)
            )
            or EntryType.FEE
        )
        counter.post(
            claim_id=line.claim_id,
            fee_line_id=line.id,
            entry_type=entry_type,
            posting_date=today,
            amount=difference,
            vat_amount=vat - line.vat_amount,
            description=f"Regulering af {line.fee_code}",
        )
        counter.note(
            f"Beløb på {line.fee_code} ændret", f"{money_str(line.amount)} -> {money_str(amount)}"
        )
        line.amount, line.vat_amount = amount, vat
    return counter.result()


def delete_fee(
    session: Session, *, case_id: int, fee_line_id: int, user: str, today: date
) -> ChangeResult:
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    line = session.get(FeeLine, fee_line_id)
    if line is None or line.case_id != case_id or line.deleted:
        raise NotFound(f"Gebyrlinjen findes ikke på sagen ({fee_line_id}).")
    counter = _Counter(session, case_id, user)
    _reverse_entries(session, counter, today, fee_line_ids=[line.id])
    line.deleted = True
    counter.note(f"{line.fee_code} slettet", money_str(line.amount))
    return counter.result()


# --- parties and court district -----------------------------------------------------------------
def _case_party(session: Session, case_id: int, party_id: int, party_type: str) -> CaseParty:
    row = session.scalar(
        select(CaseParty).where(
            CaseParty.case_id == case_id,
            CaseParty.party_id == party_id,
            CaseParty.party_type == party_type,
            ~CaseParty.removed,
        )
    )
    if row is None:
        raise NotFound("Parten findes ikke på sagen.")
    return row


def change_party_type(
    session: Session,
    *,
    case_id: int,
    party_id: int,
    party_type: str,
    new_type: str,
    user: str,
    regarding_party: str | None = None,
) -> ChangeResult:
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    if new_type not in {t.value for t in PartyType}:
        raise ValidationError(Problem("parttype", f"Parttypen {new_type} findes ikke."))
    row = _case_party(session, case_id, party_id, party_type)
    counter = _Counter(session, case_id, user)
    if new_type != row.party_type:
        counter.note("Parttype ændret", f"{row.party_type} -> {new_type}")
        row.party_type = new_type
    if regarding_party is not None and regarding_party != row.regarding_party:
        counter.note("Sag vedr. part ændret", regarding_party)
        row.regarding_party = regarding_party
    return counter.result()


def remove_party(
    session: Session, *, case_id: int, party_id: int, party_type: str, user: str
) -> ChangeResult:
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    row = _case_party(session, case_id, party_id, party_type)
    if party_type == PartyType.DEBTOR:
        others = session.scalar(
            select(func.count(CaseParty.id)).where(
                CaseParty.case_id == case_id,
                CaseParty.party_type == PartyType.DEBTOR,
                ~CaseParty.removed,
                CaseParty.id != row.id,
            )
        )
        if not others:
            raise ValidationError(Problem("parter", "Sagen skal have mindst én debitor."))
    counter = _Counter(session, case_id, user)
    row.removed = True
    counter.note("Part fjernet fra sagen", f"{party_type} {party_id}")
    return counter.result()


def change_court_district(
    session: Session, *, case_id: int, court_district_code: str, user: str
) -> ChangeResult:
    office.require_case(session, case_id, permission=office.CASE_WRITE)
    case = _case(session, case_id)
    court = session.get(CourtDistrict, court_district_code)
    if court is None:
        raise ValidationError(
            Problem("retskreds", f"Retskredsen {court_district_code} findes ikke.")
        )
    counter = _Counter(session, case_id, user)
    if case.court_district_code != court.code:
        counter.note("Retskreds ændret", f"{case.court_district_code or '-'} -> {court.code}")
        case.court_district_code = court.code
    return counter.result()


# --- a fee line's terms (issue 14) ----------------------------------------------------------------
_UNSET = object()
_FEE_TERMS = {
    "registered_basis": "registreret grundlag",
    "interest_code": "rentekode",
    "interest_rate_pct": "rentesats",
    "interest_from": "rente fra",
    "interest_bearing_in_plan": "rentebærende i betalingsplan",
    "apr_included": "ÅOP",
}


def adjust_fee_terms(
    session: Session,
    *,
    case_id: int,
    fee_line_id: int,
    user: str,
    today: date | None = None,
    registered_basis=_UNSET,
    interest_code=_UNSET,
    interest_rate_pct=_UNSET,
    interest_from=_UNSET,
    interest_bearing_in_plan=_UNSET,
    apr_included=_UNSET,
) -> ChangeResult:
    """Change a fee/salary line's registered basis, interest terms and plan/ÅOP flags (no
    entry is posted: the amount is unchanged); each change is a history row old -> new."""
    from models import InterestCode

    line = session.get(FeeLine, fee_line_id)
    if line is None or line.case_id != case_id or line.deleted:
        raise NotFound(f"Gebyrlinjen findes ikke på sagen ({fee_line_id}).")
    given = {
        "registered_basis": registered_basis,
        "interest_code": interest_code,
        "interest_rate_pct": interest_rate_pct,
        "interest_from": interest_from,
        "interest_bearing_in_plan": interest_bearing_in_plan,
        "apr_included": apr_included,
    }
    given = {k: v for k, v in given.items() if v is not _UNSET}
    problems = []
    basis = given.get("registered_basis")
    if basis is not None and basis < 0:
        problems.append(Problem("grundlag", "Det registrerede grundlag må ikke være negativt."))
    code = given.get("interest_code")
    if code is not None and session.get(InterestCode, code) is None:
        problems.append(Problem("rentekode", f"Rentekoden {code} findes ikke."))
    rate = given.get("interest_rate_pct")
    if rate is not None and not (Decimal(0) <= rate < Decimal(100)):
        problems.append(Problem("rentesats", "Rentesatsen skal være mellem 0 og 100 %."))
    if problems:
        raise ValidationError(problems)
    counter = _Counter(session, case_id, user)
    for name, value in given.items():
        old = getattr(line, name)
        if old == value:
            continue
        counter.note(
            f"{line.fee_code}: {_FEE_TERMS[name]} ændret", f"{_term(old)} -> {_term(value)}"
        )
        setattr(line, name, value)
    return counter.result()


def _term(value) -> str:
    if value is None:
        return "(tom)"
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", ",")
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    return str(value)
